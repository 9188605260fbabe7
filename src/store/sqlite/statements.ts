/**
 * The statements of the Responses repository's hot paths, built and prepared once per database.
 */
import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { SqliteDb } from './database.js';
import {
  conversations,
  files,
  items,
  prompts,
  responseEvents,
  responses,
  vectorStoreFileBatches,
  vectorStoreFiles,
  vectorStores,
} from './schema.js';

export const p = sql.placeholder;
/**
 * A placeholder in update().set(): drizzle binds it like any value there, through the column's
 * encoder (JSON for the JSON columns), but its types admit placeholders only in values() and where.
 */
export const setTo = <T>(name: string) => p(name) as unknown as T;
export const byIdAndTenant = and(eq(responses.id, p('id')), eq(responses.tenant, p('tenant')));

/**
 * A new row's seq: one more than the table's largest, read in the INSERT itself (one index probe on
 * the unique seq index). SQLite runs one writer at a time, even across processes, so two inserts
 * never read the same max; the unique index would refuse it if they did. After the newest row is
 * deleted its seq may be given again, which keeps the order of the rows that exist (as rowid did).
 */
export const nextSeq = (
  table:
    | typeof responses
    | typeof files
    | typeof conversations
    | typeof prompts
    | typeof vectorStores
    | typeof vectorStoreFiles
    | typeof vectorStoreFileBatches,
): SQL => sql`(SELECT coalesce(max(seq), 0) + 1 FROM ${table})`;

/**
 * The statements of the create path, built and prepared once: drizzle's query building and
 * SQLite's compilation were a fifth of a stored create's CPU.
 */
export function prepare(db: SqliteDb) {
  return {
    insertResponse: db
      .insert(responses)
      .values({
        id: p('id'),
        seq: nextSeq(responses),
        tenant: p('tenant'),
        createdAt: p('createdAt'),
        model: p('model'),
        status: p('status'),
        previousResponseId: p('previousResponseId'),
        background: p('background'),
        response: p('response'),
        request: p('request'),
        leaseOwner: p('leaseOwner'),
        leaseExpiresAt: p('leaseExpiresAt'),
      })
      .prepare(),
    insertItem: db
      .insert(items)
      .values({
        responseId: p('responseId'),
        tenant: p('tenant'),
        kind: p('kind'),
        position: p('position'),
        itemId: p('itemId'),
        item: p('item'),
      })
      .prepare(),
    deleteOutput: db
      .delete(items)
      .where(and(eq(items.responseId, p('id')), eq(items.kind, 'output')))
      .prepare(),
    get: db.select({ response: responses.response }).from(responses).where(byIdAndTenant).prepare(),
    getRequest: db.select({ request: responses.request }).from(responses).where(byIdAndTenant).prepare(),
    findItem: db
      .select({ item: items.item })
      .from(items)
      .where(and(eq(items.tenant, p('tenant')), eq(items.itemId, p('itemId'))))
      .prepare(),
    appendEvent: db
      .insert(responseEvents)
      .values({
        responseId: p('id'),
        tenant: p('tenant'),
        sequenceNumber: p('sequenceNumber'),
        event: p('event'),
      })
      .prepare(),
    eventsAfter: db
      .select({ event: responseEvents.event })
      .from(responseEvents)
      .where(
        and(
          eq(responseEvents.responseId, p('id')),
          eq(responseEvents.tenant, p('tenant')),
          gt(responseEvents.sequenceNumber, p('after')),
        ),
      )
      .orderBy(asc(responseEvents.sequenceNumber))
      .prepare(),
    // The chain that ends with a response, oldest first, in one statement: the links are walked
    // on responses_chain alone. CROSS JOIN keeps SQLite's planner from scanning the tenant's rows
    // at every step (it did, once another index on tenant existed); elsewhere it is a plain join.
    // Portable SQL on the driver's own statement: drizzle's builder has no recursive CTE.
    walk: db.$client.prepare<{ id: string; tenant: string; max: number }, { id: string; status: string }>(
      `WITH RECURSIVE chain(id, previous, status, depth) AS (
        SELECT id, previous_response_id, status, 0 FROM responses WHERE id = @id AND tenant = @tenant
        UNION ALL
        SELECT r.id, r.previous_response_id, r.status, c.depth + 1
          FROM chain c CROSS JOIN responses r
          WHERE r.id = c.previous AND r.tenant = @tenant AND c.depth < @max
      )
      SELECT id, status FROM chain ORDER BY depth DESC`,
    ),
    turnItems: db
      .select({ kind: items.kind, item: items.item })
      .from(items)
      .where(eq(items.responseId, p('id')))
      .orderBy(asc(items.kind), asc(items.position))
      .prepare(),
    renew: db
      .update(responses)
      .set({ leaseExpiresAt: setTo<number>('until') })
      .where(and(eq(responses.id, p('id')), eq(responses.leaseOwner, p('owner'))))
      .returning({ status: responses.status })
      .prepare(),
  };
}
