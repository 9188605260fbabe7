/**
 * What the PostgreSQL repositories share about `items`: the arrays a statement takes them as, and
 * what the delete paths do. A row that belongs to neither a response nor a conversation is
 * deleted. On SQLite one writer at a time makes "delete the rows the other does not hold" enough;
 * here a conversation's delete and a response's delete (or deleteItem) can each see the other's
 * row as still held, and each leave it, so that it would belong to neither and still be found by
 * findItem. So each path first clears its own link with an UPDATE (which waits for the other's
 * lock on the row and re-reads it), and then, in a later statement that sees what the other
 * committed, deletes the rows of those item ids left with neither.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { ItemField } from '../../api-types.js';
import type { PostgresDb } from './database.js';
import { items } from './schema.js';
import { toPgText } from './text.js';

/** The items of a statement: their ids (as stored) and their JSON, as two arrays to unnest. */
export function itemArrays(list: ItemField[]): [string[], string[]] {
  return [list.map((item) => toPgText(item.id)), list.map((item) => JSON.stringify(item))];
}

/** The database, or a transaction on it. */
export type Queries = Pick<PostgresDb, 'select' | 'insert' | 'update' | 'delete'>;

/** Deletes the tenant's rows of these item ids that belong to neither a response nor a conversation. */
export async function deleteUnheld(db: Queries, tenant: string, itemIds: string[]): Promise<void> {
  if (itemIds.length === 0) return;
  await db
    .delete(items)
    .where(
      and(
        eq(items.tenant, tenant),
        inArray(items.itemId, [...new Set(itemIds)]),
        isNull(items.responseId),
        isNull(items.conversationId),
      ),
    );
}
