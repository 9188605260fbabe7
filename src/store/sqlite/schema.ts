/**
 * The SQLite schema (postgres/schema.ts is the same in PostgreSQL's types). Every row carries the
 * tenant that owns it; every lookup filters on it. JSON columns hold API objects exactly as they are
 * returned, so a read needs no re-assembly. `seq` is a table's insertion order, assigned on insert
 * (statements.ts), by which lists and the queue are ordered.
 */
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Migration 0004 added seq to tables that had rows, and ADD COLUMN … NOT NULL needs a default;
 * every insert assigns max + 1 (never 0) and the unique index refuses a duplicate.
 */
const seq = () => integer('seq').notNull().default(0);

export const responses = sqliteTable(
  'responses',
  {
    id: text('id').primaryKey(),
    seq: seq(),
    tenant: text('tenant').notNull(),
    createdAt: integer('created_at').notNull(),
    model: text('model').notNull(),
    status: text('status').notNull(),
    previousResponseId: text('previous_response_id'),
    background: integer('background', { mode: 'boolean' }).notNull().default(false),
    /** The Response object as the API returns it. */
    response: text('response', { mode: 'json' }).notNull(),
    /** The create request as the client sent it, for background runs and replays. */
    request: text('request', { mode: 'json' }).notNull(),
    /** Job queue: who runs a background response, and until when its lease holds. */
    leaseOwner: text('lease_owner'),
    leaseExpiresAt: integer('lease_expires_at'),
    /** How many times the queue handed the response to a runner (a dead runner's job is re-queued). */
    attempts: integer('attempts').notNull().default(0),
  },
  (t) => [
    uniqueIndex('responses_seq').on(t.seq),
    index('responses_tenant_seq').on(t.tenant, t.seq),
    // claim() takes the first queued by seq; expired() looks for lapsed in_progress leases.
    index('responses_claim').on(t.status, t.seq),
    index('responses_queue').on(t.status, t.leaseExpiresAt),
    // A previous_response_id chain is walked link by link from this index alone.
    index('responses_chain').on(t.id, t.tenant, t.previousResponseId, t.status),
  ],
);

/**
 * Every stored item, once: a response's input items (in request order) and output items (in output
 * order), a conversation's items (in conversation order), or both, when a finished response was
 * appended to its conversation (save) and its rows were given a conversation and a position. A row
 * outlives the one it leaves (the foreign keys clear their column); the delete paths delete a row
 * that belongs to neither.
 */
export const items = sqliteTable(
  'items',
  {
    tenant: text('tenant').notNull(),
    itemId: text('item_id').notNull(),
    item: text('item', { mode: 'json' }).notNull(),
    responseId: text('response_id').references(() => responses.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: ['input', 'output'] }),
    position: integer('position'),
    conversationId: text('conversation_id').references(() => conversations.id, { onDelete: 'set null' }),
    conversationPosition: integer('conversation_position'),
    /** The append the row came with (its first item's conversation_position): turns() groups by it. */
    turn: integer('turn'),
  },
  (t) => [
    uniqueIndex('items_response').on(t.responseId, t.kind, t.position),
    uniqueIndex('items_conversation').on(t.conversationId, t.conversationPosition),
    // item_reference input items, and a conversation's items, are looked up by id.
    index('items_tenant_item').on(t.tenant, t.itemId),
  ],
);

/** Conversations: the API object, and where the next appended item goes. */
export const conversations = sqliteTable(
  'conversations',
  {
    id: text('id').primaryKey(),
    seq: integer('seq').notNull(),
    tenant: text('tenant').notNull(),
    createdAt: integer('created_at').notNull(),
    /** The Conversation object as the API returns it. */
    conversation: text('conversation', { mode: 'json' }).notNull(),
    /**
     * The conversation_position the next appended item gets: an append reserves its positions with
     * one UPDATE … RETURNING, so two appends never take the same ones.
     */
    nextPosition: integer('next_position').notNull().default(0),
  },
  (t) => [uniqueIndex('conversations_seq').on(t.seq), index('conversations_tenant_seq').on(t.tenant, t.seq)],
);

/** Prompts: which versions exist (1 … latest_version) and which is the default. */
export const prompts = sqliteTable(
  'prompts',
  {
    promptId: text('prompt_id').primaryKey(),
    seq: integer('seq').notNull(),
    tenant: text('tenant').notNull(),
    createdAt: integer('created_at').notNull(),
    defaultVersion: integer('default_version').notNull(),
    /** An update bumps it only from the version it replaces (UPDATE … WHERE latest_version = ?). */
    latestVersion: integer('latest_version').notNull(),
  },
  (t) => [uniqueIndex('prompts_seq').on(t.seq), index('prompts_tenant_seq').on(t.tenant, t.seq)],
);

/** A prompt's versions, each the PromptVersion object as stored (is_default is the prompt's). */
export const promptVersions = sqliteTable(
  'prompt_versions',
  {
    promptId: text('prompt_id')
      .notNull()
      .references(() => prompts.promptId, { onDelete: 'cascade' }),
    tenant: text('tenant').notNull(),
    version: integer('version').notNull(),
    createdAt: integer('created_at').notNull(),
    prompt: text('prompt', { mode: 'json' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.promptId, t.version] })],
);

/** The streaming events of background responses, for GET ?stream=true&starting_after=N. */
export const responseEvents = sqliteTable(
  'response_events',
  {
    responseId: text('response_id')
      .notNull()
      .references(() => responses.id, { onDelete: 'cascade' }),
    /** Added by migration 0004 (backfilled from responses); the default only serves ADD COLUMN. */
    tenant: text('tenant').notNull().default(''),
    sequenceNumber: integer('sequence_number').notNull(),
    event: text('event', { mode: 'json' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.sequenceNumber] })],
);

/** Uploaded files: their metadata here, their bytes in the blob store under the same id. */
export const files = sqliteTable(
  'files',
  {
    id: text('id').primaryKey(),
    seq: seq(),
    tenant: text('tenant').notNull(),
    filename: text('filename').notNull(),
    purpose: text('purpose').notNull(),
    bytes: integer('bytes').notNull(),
    /** From the upload's Content-Type, or the filename's extension when that says nothing. */
    mimeType: text('mime_type').notNull(),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at'),
  },
  (t) => [
    uniqueIndex('files_seq').on(t.seq),
    index('files_tenant_seq').on(t.tenant, t.seq),
    index('files_expires').on(t.expiresAt),
  ],
);

/**
 * Vector stores. file_counts and usage_bytes are not kept here: a read adds them up from
 * vector_store_files, so they never drift from the files' statuses.
 */
export const vectorStores = sqliteTable(
  'vector_stores',
  {
    id: text('id').primaryKey(),
    seq: integer('seq').notNull(),
    tenant: text('tenant').notNull(),
    name: text('name').notNull(),
    metadata: text('metadata', { mode: 'json' }),
    createdAt: integer('created_at').notNull(),
    lastActiveAt: integer('last_active_at').notNull(),
    /** `{anchor, days}`; expires_at moves with last_active_at while it is set. */
    expiresAfter: text('expires_after', { mode: 'json' }),
    expiresAt: integer('expires_at'),
    searchMode: text('search_mode'),
    /** Both null: no embedding model was configured when the store was made (keyword search only). */
    embeddingModel: text('embedding_model'),
    embeddingDimensions: integer('embedding_dimensions'),
  },
  (t) => [
    uniqueIndex('vector_stores_seq').on(t.seq),
    index('vector_stores_tenant_seq').on(t.tenant, t.seq),
    index('vector_stores_expires').on(t.expiresAt),
  ],
);

/**
 * The files attached to a store, each an ingestion job while in_progress (claimed with a lease, as
 * background responses are). Their chunks are vector_store_chunks' rows, deleted with them in the
 * same transaction by the repository (no foreign key: the chunk index writes its rows on its own).
 */
export const vectorStoreFiles = sqliteTable(
  'vector_store_files',
  {
    tenant: text('tenant').notNull(),
    vectorStoreId: text('vector_store_id')
      .notNull()
      .references(() => vectorStores.id, { onDelete: 'cascade' }),
    fileId: text('file_id').notNull(),
    seq: integer('seq').notNull(),
    status: text('status').notNull(),
    attributes: text('attributes', { mode: 'json' }),
    maxChunkSizeTokens: integer('max_chunk_size_tokens').notNull(),
    chunkOverlapTokens: integer('chunk_overlap_tokens').notNull(),
    usageBytes: integer('usage_bytes').notNull().default(0),
    lastError: text('last_error', { mode: 'json' }),
    createdAt: integer('created_at').notNull(),
    /** The batch that last attached it, if a batch did. */
    batchId: text('batch_id'),
    /** The parsed text, as it was chunked, for …/files/{id}/content. */
    content: text('content'),
    leaseOwner: text('lease_owner'),
    leaseExpiresAt: integer('lease_expires_at'),
    attempts: integer('attempts').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenant, t.vectorStoreId, t.fileId] }),
    uniqueIndex('vector_store_files_seq').on(t.seq),
    index('vector_store_files_store_seq').on(t.vectorStoreId, t.seq),
    index('vector_store_files_batch_seq').on(t.batchId, t.seq),
    // A deleted file is detached from every store of its tenant.
    index('vector_store_files_file').on(t.tenant, t.fileId),
    // claim() takes the first queued by seq; failExhausted() looks for lapsed leases.
    index('vector_store_files_claim').on(t.status, t.seq),
    index('vector_store_files_queue').on(t.status, t.leaseExpiresAt),
  ],
);

/** File batches: their files are the vector_store_files rows with their batch_id. */
export const vectorStoreFileBatches = sqliteTable(
  'vector_store_file_batches',
  {
    id: text('id').primaryKey(),
    seq: integer('seq').notNull(),
    tenant: text('tenant').notNull(),
    vectorStoreId: text('vector_store_id')
      .notNull()
      .references(() => vectorStores.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
    cancelled: integer('cancelled', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('vector_store_file_batches_seq').on(t.seq)],
);

/**
 * The chunks of the store files (the ChunkIndex's). `id` is the rowid, the content_rowid of the
 * FTS5 table vector_store_chunks_fts (and the key of the sqlite-vec tables) that triggers keep in
 * step: those are hand-written in migration 0008, drizzle-kit cannot say them.
 */
export const vectorStoreChunks = sqliteTable(
  'vector_store_chunks',
  {
    id: integer('id').primaryKey(),
    tenant: text('tenant').notNull(),
    vectorStoreId: text('vector_store_id').notNull(),
    fileId: text('file_id').notNull(),
    chunkIndex: integer('chunk_index').notNull(),
    text: text('text').notNull(),
    tokens: integer('tokens').notNull(),
  },
  (t) => [uniqueIndex('vector_store_chunks_file').on(t.tenant, t.vectorStoreId, t.fileId, t.chunkIndex)],
);
