/**
 * The database schema. Every row carries the tenant that owns it; every lookup filters on it.
 * JSON columns hold API objects exactly as they are returned, so a read needs no re-assembly.
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const responses = sqliteTable(
  'responses',
  {
    id: text('id').primaryKey(),
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
  },
  (t) => [
    index('responses_tenant_created').on(t.tenant, t.createdAt),
    index('responses_queue').on(t.status, t.leaseExpiresAt),
    // A previous_response_id chain is walked link by link from this index alone.
    index('responses_chain').on(t.id, t.tenant, t.previousResponseId, t.status),
  ],
);

/** A response's input items (in request order) and output items (in output order). */
export const responseItems = sqliteTable(
  'response_items',
  {
    responseId: text('response_id')
      .notNull()
      .references(() => responses.id, { onDelete: 'cascade' }),
    tenant: text('tenant').notNull(),
    kind: text('kind', { enum: ['input', 'output'] }).notNull(),
    position: integer('position').notNull(),
    itemId: text('item_id').notNull(),
    item: text('item', { mode: 'json' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.kind, t.position] }),
    // item_reference input items are looked up by id.
    index('response_items_tenant_item').on(t.tenant, t.itemId),
  ],
);

/** The streaming events of background responses, for GET ?stream=true&starting_after=N. */
export const responseEvents = sqliteTable(
  'response_events',
  {
    responseId: text('response_id')
      .notNull()
      .references(() => responses.id, { onDelete: 'cascade' }),
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
    tenant: text('tenant').notNull(),
    filename: text('filename').notNull(),
    purpose: text('purpose').notNull(),
    bytes: integer('bytes').notNull(),
    /** From the upload's Content-Type, or the filename's extension when that says nothing. */
    mimeType: text('mime_type').notNull(),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at'),
  },
  (t) => [index('files_tenant_created').on(t.tenant, t.createdAt), index('files_expires').on(t.expiresAt)],
);
