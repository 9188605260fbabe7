/**
 * The PostgreSQL schema: the same tables as SQLite's (src/store/sqlite/schema.ts), every row with
 * its tenant. Times are bigint (ms and s: an int4 would overflow), list order is an identity column.
 *
 * The API objects are `json`, not `jsonb`: jsonb re-sorts object keys (a stored reply would come
 * back in another key order, and a background run's json_schema with its properties reordered,
 * which changes what the model writes) and refuses U+0000 and lone surrogates, all of which SQLite
 * keeps. json keeps the text as JSON.stringify wrote it, at no cost, and no query looks inside a
 * document (the claim appends the status: responses-statements.ts).
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  index,
  integer,
  json,
  pgTable,
  primaryKey,
  real,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type {
  ConversationResource,
  CreateResponseBody,
  ItemField,
  ResponseResource,
  ResponseStreamEvent,
} from '../../api-types.js';
import type { PromptVersion } from '../prompts.js';
import type { Attributes, ExpiresAfter, StoreFileError } from '../vector-stores.js';
import { clientText } from './text.js';

export { fileBlobs } from './blobs-schema.js';

const ms = (name: string) => bigint(name, { mode: 'number' });

export const responses = pgTable(
  'responses',
  {
    id: clientText('id').primaryKey(),
    /** Insertion order: lists and the queue order by it. */
    seq: ms('seq').generatedAlwaysAsIdentity().notNull(),
    tenant: clientText('tenant').notNull(),
    createdAt: ms('created_at').notNull(),
    model: clientText('model').notNull(),
    status: text('status').notNull(),
    previousResponseId: clientText('previous_response_id'),
    background: boolean('background').notNull().default(false),
    /** The Response object as the API returns it. */
    response: json('response').$type<ResponseResource>().notNull(),
    /** The create request as the client sent it, for background runs and replays. */
    request: json('request').$type<CreateResponseBody>().notNull(),
    /** Job queue: who runs a background response, and until when (ms) its lease holds. */
    leaseOwner: clientText('lease_owner'),
    leaseExpiresAt: ms('lease_expires_at'),
    /** How many times the queue handed the response to a runner (a dead runner's job is re-queued). */
    attempts: integer('attempts').notNull().default(0),
  },
  (t) => [
    index('responses_tenant_seq').on(t.tenant, t.seq),
    index('responses_queue').on(t.status, t.leaseExpiresAt),
    // A previous_response_id chain is walked link by link from this index alone.
    index('responses_chain').on(t.id, t.tenant, t.previousResponseId, t.status),
  ],
);

/**
 * Every stored item, once: a response's input and output items, a conversation's items, or both
 * (see sqlite/schema.ts). A row outlives the one it leaves (the foreign keys clear their column);
 * the delete paths delete a row that belongs to neither.
 */
export const items = pgTable(
  'items',
  {
    tenant: clientText('tenant').notNull(),
    itemId: clientText('item_id').notNull(),
    item: json('item').$type<ItemField>().notNull(),
    responseId: clientText('response_id').references(() => responses.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: ['input', 'output'] }),
    position: integer('position'),
    conversationId: clientText('conversation_id').references(() => conversations.id, {
      onDelete: 'set null',
    }),
    conversationPosition: integer('conversation_position'),
    /** The append the row came with (its first item's conversation_position): turns() groups by it. */
    turn: integer('turn'),
  },
  (t) => [
    // Also the arbiter of save()'s upsert of the output (ON CONFLICT (response_id, kind, position)).
    uniqueIndex('items_response').on(t.responseId, t.kind, t.position),
    uniqueIndex('items_conversation').on(t.conversationId, t.conversationPosition),
    // item_reference input items, and a conversation's items, are looked up by id.
    index('items_tenant_item').on(t.tenant, t.itemId),
  ],
);

/** Conversations: the API object, and where the next appended item goes. */
export const conversations = pgTable(
  'conversations',
  {
    id: clientText('id').primaryKey(),
    /** Creation order: lists order by it. */
    seq: ms('seq').generatedAlwaysAsIdentity().notNull(),
    tenant: clientText('tenant').notNull(),
    createdAt: ms('created_at').notNull(),
    /** The Conversation object as the API returns it. */
    conversation: json('conversation').$type<ConversationResource>().notNull(),
    /**
     * The conversation_position the next appended item gets: an append reserves its positions with
     * one UPDATE … RETURNING, whose row lock also makes concurrent appends wait for each other.
     */
    nextPosition: integer('next_position').notNull().default(0),
  },
  (t) => [index('conversations_tenant_seq').on(t.tenant, t.seq)],
);

/** Prompts: which versions exist (1 … latest_version) and which is the default. */
export const prompts = pgTable(
  'prompts',
  {
    promptId: clientText('prompt_id').primaryKey(),
    seq: ms('seq').generatedAlwaysAsIdentity().notNull(),
    tenant: clientText('tenant').notNull(),
    createdAt: ms('created_at').notNull(),
    defaultVersion: integer('default_version').notNull(),
    /** An update bumps it only from the version it replaces (UPDATE … WHERE latest_version = $n). */
    latestVersion: integer('latest_version').notNull(),
  },
  (t) => [index('prompts_tenant_seq').on(t.tenant, t.seq)],
);

/** A prompt's versions, each the PromptVersion object as stored (is_default is the prompt's). */
export const promptVersions = pgTable(
  'prompt_versions',
  {
    promptId: clientText('prompt_id')
      .notNull()
      .references(() => prompts.promptId, { onDelete: 'cascade' }),
    tenant: clientText('tenant').notNull(),
    version: integer('version').notNull(),
    createdAt: ms('created_at').notNull(),
    prompt: json('prompt').$type<PromptVersion>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.promptId, t.version] })],
);

/** The streaming events of background responses, for GET ?stream=true&starting_after=N. */
export const responseEvents = pgTable(
  'response_events',
  {
    responseId: clientText('response_id')
      .notNull()
      .references(() => responses.id, { onDelete: 'cascade' }),
    tenant: clientText('tenant').notNull(),
    sequenceNumber: integer('sequence_number').notNull(),
    event: json('event').$type<ResponseStreamEvent>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.sequenceNumber] })],
);

/** Uploaded files: their metadata here, their bytes in the blob store under the same id. */
export const files = pgTable(
  'files',
  {
    id: clientText('id').primaryKey(),
    /** Upload order: lists order by it. */
    seq: ms('seq').generatedAlwaysAsIdentity().notNull(),
    tenant: clientText('tenant').notNull(),
    filename: clientText('filename').notNull(),
    purpose: clientText('purpose').notNull(),
    bytes: ms('bytes').notNull(),
    /** From the upload's Content-Type, or the filename's extension when that says nothing. */
    mimeType: clientText('mime_type').notNull(),
    createdAt: ms('created_at').notNull(),
    expiresAt: ms('expires_at'),
  },
  (t) => [index('files_tenant_seq').on(t.tenant, t.seq), index('files_expires').on(t.expiresAt)],
);

/**
 * Vector stores (see sqlite/schema.ts): file_counts and usage_bytes are added up from
 * vector_store_files by the read, so they never drift from the files' statuses.
 */
export const vectorStores = pgTable(
  'vector_stores',
  {
    id: clientText('id').primaryKey(),
    seq: ms('seq').generatedAlwaysAsIdentity().notNull(),
    tenant: clientText('tenant').notNull(),
    name: clientText('name').notNull(),
    metadata: json('metadata').$type<Record<string, string>>(),
    createdAt: ms('created_at').notNull(),
    lastActiveAt: ms('last_active_at').notNull(),
    /** `{anchor, days}`; expires_at moves with last_active_at while it is set. */
    expiresAfter: json('expires_after').$type<ExpiresAfter>(),
    expiresAt: ms('expires_at'),
    searchMode: text('search_mode'),
    /** Both null: no embedding model was configured when the store was made (keyword search only). */
    embeddingModel: clientText('embedding_model'),
    embeddingDimensions: integer('embedding_dimensions'),
  },
  (t) => [
    index('vector_stores_tenant_seq').on(t.tenant, t.seq),
    index('vector_stores_expires').on(t.expiresAt),
  ],
);

/**
 * The files attached to a store, each an ingestion job while in_progress (claimed with a lease and
 * FOR UPDATE SKIP LOCKED). Their chunks are deleted with them, in the same transaction, by the
 * repository (no foreign key: the chunk index writes its rows on its own).
 */
export const vectorStoreFiles = pgTable(
  'vector_store_files',
  {
    tenant: clientText('tenant').notNull(),
    vectorStoreId: clientText('vector_store_id')
      .notNull()
      .references(() => vectorStores.id, { onDelete: 'cascade' }),
    fileId: clientText('file_id').notNull(),
    seq: ms('seq').generatedAlwaysAsIdentity().notNull(),
    status: text('status').notNull(),
    attributes: json('attributes').$type<Attributes>(),
    maxChunkSizeTokens: integer('max_chunk_size_tokens').notNull(),
    chunkOverlapTokens: integer('chunk_overlap_tokens').notNull(),
    usageBytes: ms('usage_bytes').notNull().default(0),
    lastError: json('last_error').$type<StoreFileError>(),
    createdAt: ms('created_at').notNull(),
    /** The batch that last attached it, if a batch did. */
    batchId: clientText('batch_id'),
    /** The parsed text, as it was chunked, for …/files/{id}/content. */
    content: clientText('content'),
    leaseOwner: clientText('lease_owner'),
    leaseExpiresAt: ms('lease_expires_at'),
    attempts: integer('attempts').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenant, t.vectorStoreId, t.fileId] }),
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
export const vectorStoreFileBatches = pgTable('vector_store_file_batches', {
  id: clientText('id').primaryKey(),
  seq: ms('seq').generatedAlwaysAsIdentity().notNull(),
  tenant: clientText('tenant').notNull(),
  vectorStoreId: clientText('vector_store_id')
    .notNull()
    .references(() => vectorStores.id, { onDelete: 'cascade' }),
  createdAt: ms('created_at').notNull(),
  cancelled: boolean('cancelled').notNull().default(false),
});

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The chunks of the store files (the ChunkIndex's): full-text search through the generated tsv and
 * its GIN index, vectors in `embedding` (real[], so that no extension is needed; pgvector can come
 * later behind the ChunkIndex interface). The text is plain text: the writer strips U+0000, which
 * PostgreSQL refuses and which carries nothing to search.
 */
export const vectorStoreChunks = pgTable(
  'vector_store_chunks',
  {
    id: ms('id').primaryKey().generatedAlwaysAsIdentity(),
    tenant: clientText('tenant').notNull(),
    vectorStoreId: clientText('vector_store_id').notNull(),
    fileId: clientText('file_id').notNull(),
    chunkIndex: integer('chunk_index').notNull(),
    text: text('text').notNull(),
    tokens: integer('tokens').notNull(),
    embedding: real('embedding').array(),
    tsv: tsvector('tsv').generatedAlwaysAs(sql`to_tsvector('english', text)`),
  },
  (t) => [
    uniqueIndex('vector_store_chunks_file').on(t.tenant, t.vectorStoreId, t.fileId, t.chunkIndex),
    index('vector_store_chunks_tsv').using('gin', t.tsv),
  ],
);
