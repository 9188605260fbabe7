/**
 * Appending to a conversation on SQLite, shared by ConversationsRepository.append (new rows) and
 * ResponsesRepository.save (a finished response's rows, given a conversation and positions). Each
 * method is synchronous and must run inside the caller's transaction: the positions are reserved
 * from conversations.next_position and the rows written in it, and SQLite runs one writer at a
 * time (across processes too), so two appends never interleave. And the one page of items that a
 * response's input and a conversation's items are both listed by.
 */
import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { ItemField } from '../../api-types.js';
import { pageBounds, type Page, type PageQuery } from '../pagination.js';
import type { SqliteDb } from './database.js';
import { conversations, items } from './schema.js';
import { p } from './statements.js';

export class ConversationItems {
  private readonly reserve;
  private readonly pending;
  private readonly assign;
  private readonly insert;

  constructor(db: SqliteDb) {
    // The reserved positions are next_position - n … next_position - 1.
    this.reserve = db
      .update(conversations)
      .set({ nextPosition: sql`${conversations.nextPosition} + ${p('n')}` })
      .where(and(eq(conversations.id, p('id')), eq(conversations.tenant, p('tenant'))))
      .returning({ next: conversations.nextPosition })
      .prepare();
    this.pending = db
      .select({ n: sql<number>`count(*)` })
      .from(items)
      .where(and(eq(items.responseId, p('responseId')), isNull(items.conversationId)))
      .prepare();
    // A response's rows not yet in a conversation, input before output ('input' < 'output'), each
    // in its order. Only rows of no conversation: saving a response twice appends it once.
    this.assign = db.$client.prepare<{ responseId: string; conversationId: string; base: number }>(
      `UPDATE items SET conversation_id = @conversationId, conversation_position = @base + r.n - 1, turn = @base
      FROM (
        SELECT kind, position, row_number() OVER (ORDER BY kind, position) AS n
          FROM items WHERE response_id = @responseId AND conversation_id IS NULL
      ) AS r
      WHERE items.response_id = @responseId AND items.kind = r.kind AND items.position = r.position`,
    );
    this.insert = db
      .insert(items)
      .values({
        tenant: p('tenant'),
        itemId: p('itemId'),
        item: p('item'),
        conversationId: p('conversationId'),
        conversationPosition: p('position'),
        turn: p('turn'),
      })
      .prepare();
  }

  /** The first of `n` positions at the end of the conversation, or undefined when it is unknown. */
  private take(tenant: string, conversationId: string, n: number): number | undefined {
    const row = this.reserve.get({ id: conversationId, tenant, n });
    return row && row.next - n;
  }

  /** Appends a stored response's input then output items as one turn; false when the conversation is unknown. */
  appendResponse(tenant: string, responseId: string, conversationId: string): boolean {
    const n = this.pending.get({ responseId })?.n ?? 0;
    const base = this.take(tenant, conversationId, n);
    if (base === undefined) return false;
    if (n > 0) this.assign.run({ responseId, conversationId, base });
    return true;
  }

  /** Stores `list` at the end of the conversation as one turn; undefined when it is unknown. */
  appendItems(tenant: string, conversationId: string, list: ItemField[]): ItemField[] | undefined {
    const base = this.take(tenant, conversationId, list.length);
    if (base === undefined) return undefined;
    this.insertAt(tenant, conversationId, base, list);
    return list;
  }

  /** Stores `list` at positions base, base + 1, … (a new conversation's first items: base 0). */
  insertAt(tenant: string, conversationId: string, base: number, list: ItemField[]): void {
    for (const [i, item] of list.entries())
      this.insert.run({
        tenant,
        itemId: item.id,
        item,
        conversationId,
        position: base + i,
        turn: base,
      });
  }
}

/**
 * A page of the items `where` selects, ordered by `column` (a response's position, or the
 * conversation's); a cursor is an item id among them (its first place, should an id be there twice).
 */
export async function itemsPage(
  db: SqliteDb,
  where: SQL | undefined,
  column: typeof items.position | typeof items.conversationPosition,
  page: PageQuery,
): Promise<Page<ItemField>> {
  const bounds = await pageBounds(column, page, (itemId) => {
    const row = db
      .select({ value: column })
      .from(items)
      .where(and(where, eq(items.itemId, itemId)))
      .orderBy(asc(column))
      .limit(1)
      .get();
    return row?.value ?? undefined;
  });
  const rows = db
    .select({ item: items.item })
    .from(items)
    .where(and(where, ...bounds.where))
    .orderBy(bounds.orderBy)
    .limit(bounds.limit)
    .all();
  return bounds.page(rows.map((r) => r.item as ItemField));
}
