/**
 * Conversations on PostgreSQL, with the semantics of the SQLite repository (sqlite/conversations.ts):
 * the conversation row, and its items as rows of `items` shared with responses. Creating, appending
 * and reading turns are single named statements (conversations-statements.ts); an append's
 * UPDATE … RETURNING of next_position serializes appends across pools and processes. The delete
 * paths lock what they delete first, and delete what they leave held by nobody (items.ts).
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type pg from 'pg';
import type { ConversationResource, ItemField } from '../../api-types.js';
import type { ConversationsRepository } from '../conversations.js';
import { pageBounds, type PageQuery } from '../pagination.js';
import type { Turn } from '../turns.js';
import * as q from './conversations-statements.js';
import type { PostgresDatabase, PostgresDb } from './database.js';
import { deleteUnheld, itemArrays } from './items.js';
import { conversations, items } from './schema.js';
import { toPgText } from './text.js';

export class PostgresConversationsRepository implements ConversationsRepository {
  private readonly db: PostgresDb;
  private readonly pool: pg.Pool;

  constructor(database: PostgresDatabase) {
    this.db = database.db;
    this.pool = database.pool;
  }

  private byId(tenant: string, id: string) {
    return and(eq(conversations.id, id), eq(conversations.tenant, tenant));
  }

  /** The rows of one conversation (of the tenant: a conversation id is the tenant's alone). */
  private inConversation(tenant: string, id: string) {
    return and(eq(items.conversationId, id), eq(items.tenant, tenant));
  }

  async create(tenant: string, conversation: ConversationResource, list: ItemField[]) {
    await this.pool.query({
      ...q.createConversation,
      values: [
        toPgText(conversation.id),
        toPgText(tenant),
        conversation.created_at,
        JSON.stringify(conversation),
        ...itemArrays(list),
      ],
    });
  }

  async get(tenant: string, id: string) {
    const [row] = await this.db
      .select({ conversation: conversations.conversation })
      .from(conversations)
      .where(this.byId(tenant, id));
    return row?.conversation;
  }

  async update(tenant: string, id: string, metadata: ConversationResource['metadata']) {
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .select({ conversation: conversations.conversation })
        .from(conversations)
        .where(this.byId(tenant, id))
        .for('update');
      if (!row) return undefined;
      const conversation = { ...row.conversation, metadata };
      await tx.update(conversations).set({ conversation }).where(this.byId(tenant, id));
      return conversation;
    });
  }

  async delete(tenant: string, id: string) {
    return this.db.transaction(async (tx) => {
      // The row lock first: an append under way commits before this goes on (its items are then
      // seen below), and a later one finds no conversation.
      const [found] = await tx
        .select({ id: conversations.id })
        .from(conversations)
        .where(this.byId(tenant, id))
        .for('update');
      if (!found) return false;
      await tx.delete(items).where(and(this.inConversation(tenant, id), isNull(items.responseId)));
      // A response's rows stay the response's (kind and position kept, for its chain).
      const kept = await tx
        .update(items)
        .set({ conversationId: null, conversationPosition: null, turn: null })
        .where(this.inConversation(tenant, id))
        .returning({ itemId: items.itemId });
      await tx.delete(conversations).where(this.byId(tenant, id));
      await deleteUnheld(
        tx,
        tenant,
        kept.map((row) => row.itemId),
      );
      return true;
    });
  }

  async list(tenant: string, page: PageQuery) {
    const bounds = await pageBounds(conversations.seq, page, async (id) => {
      const [row] = await this.db
        .select({ seq: conversations.seq })
        .from(conversations)
        .where(this.byId(tenant, id));
      return row?.seq;
    });
    const rows = await this.db
      .select({ conversation: conversations.conversation })
      .from(conversations)
      .where(and(eq(conversations.tenant, tenant), ...bounds.where))
      .orderBy(bounds.orderBy)
      .limit(bounds.limit);
    return bounds.page(rows.map((r) => r.conversation));
  }

  async append(tenant: string, id: string, list: ItemField[]) {
    const { rows } = await this.pool.query({
      ...q.appendItems,
      values: [toPgText(id), toPgText(tenant), ...itemArrays(list)],
    });
    return rows.length > 0 ? list : undefined;
  }

  async listItems(tenant: string, id: string, page: PageQuery) {
    const where = this.inConversation(tenant, id);
    const bounds = await pageBounds(items.conversationPosition, page, async (itemId) => {
      // An item id there twice is a cursor at its first place.
      const [row] = await this.db
        .select({ position: items.conversationPosition })
        .from(items)
        .where(and(where, eq(items.itemId, itemId)))
        .orderBy(asc(items.conversationPosition))
        .limit(1);
      return row?.position ?? undefined;
    });
    const rows = await this.db
      .select({ item: items.item })
      .from(items)
      .where(and(where, ...bounds.where))
      .orderBy(bounds.orderBy)
      .limit(bounds.limit);
    return bounds.page(rows.map((r) => r.item));
  }

  async getItem(tenant: string, id: string, itemId: string) {
    const [row] = await this.db
      .select({ item: items.item })
      .from(items)
      .where(and(this.inConversation(tenant, id), eq(items.itemId, itemId)))
      .orderBy(asc(items.conversationPosition))
      .limit(1);
    return row?.item;
  }

  async deleteItem(tenant: string, id: string, itemId: string) {
    return this.db.transaction(async (tx) => {
      // Out of the conversation first, then deleted if no response holds it (items.ts says why).
      const left = await tx
        .update(items)
        .set({ conversationId: null, conversationPosition: null, turn: null })
        .where(and(this.inConversation(tenant, id), eq(items.itemId, itemId)))
        .returning({ itemId: items.itemId });
      if (left.length === 0) return false;
      await deleteUnheld(tx, tenant, [itemId]);
      return true;
    });
  }

  async turns(tenant: string, id: string) {
    const { rows } = await this.pool.query<{
      turn: number | null;
      kind: 'input' | 'output' | null;
      item: ItemField | null;
    }>({ ...q.turnItems, values: [toPgText(id), toPgText(tenant)] });
    if (rows.length === 0) return undefined;
    const turns: Turn[] = [];
    let last: number | null | undefined;
    for (const row of rows) {
      if (!row.item) continue;
      if (turns.length === 0 || row.turn !== last) turns.push({ input: [], output: [] });
      last = row.turn;
      // A response's output rows keep their kind after the response is deleted; items added
      // through the API have none, and are input.
      turns.at(-1)![row.kind === 'output' ? 'output' : 'input'].push(row.item);
    }
    return turns;
  }
}
