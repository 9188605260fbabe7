/**
 * Conversations on SQLite: the conversation row, and its items as rows of `items` (shared with
 * responses: a row may be a response's too). Writes are synchronous better-sqlite3 transactions.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { ConversationResource, ItemField } from '../../api-types.js';
import type { ConversationsRepository } from '../conversations.js';
import { pageBounds, type PageQuery } from '../pagination.js';
import type { Turn } from '../turns.js';
import type { SqliteDb } from './database.js';
import { ConversationItems, itemsPage } from './items.js';
import { conversations, items } from './schema.js';
import { nextSeq } from './statements.js';
import { writeTransaction } from './write-transaction.js';

export class SqliteConversationsRepository implements ConversationsRepository {
  private readonly appender: ConversationItems;

  constructor(private readonly db: SqliteDb) {
    this.appender = new ConversationItems(db);
  }

  private byId(tenant: string, id: string) {
    return and(eq(conversations.id, id), eq(conversations.tenant, tenant));
  }

  /** The rows of one conversation (of the tenant: a conversation id is the tenant's alone). */
  private inConversation(tenant: string, id: string) {
    return and(eq(items.conversationId, id), eq(items.tenant, tenant));
  }

  async create(tenant: string, conversation: ConversationResource, list: ItemField[]) {
    writeTransaction(this.db, () => {
      this.db
        .insert(conversations)
        .values({
          id: conversation.id,
          seq: nextSeq(conversations),
          tenant,
          createdAt: conversation.created_at,
          conversation,
          nextPosition: list.length,
        })
        .run();
      this.appender.insertAt(tenant, conversation.id, 0, list);
    });
  }

  async get(tenant: string, id: string) {
    const row = this.db
      .select({ conversation: conversations.conversation })
      .from(conversations)
      .where(this.byId(tenant, id))
      .get();
    return row?.conversation as ConversationResource | undefined;
  }

  async update(tenant: string, id: string, metadata: ConversationResource['metadata']) {
    return writeTransaction(this.db, () => {
      const row = this.db
        .select({ conversation: conversations.conversation })
        .from(conversations)
        .where(this.byId(tenant, id))
        .get();
      if (!row) return undefined;
      const conversation = { ...(row.conversation as ConversationResource), metadata };
      this.db.update(conversations).set({ conversation }).where(this.byId(tenant, id)).run();
      return conversation;
    });
  }

  async delete(tenant: string, id: string) {
    return writeTransaction(this.db, () => {
      // Its items no response holds go with it; a response's stay that response's (the foreign key
      // clears their conversation_id).
      this.db
        .delete(items)
        .where(and(this.inConversation(tenant, id), isNull(items.responseId)))
        .run();
      return this.db.delete(conversations).where(this.byId(tenant, id)).run().changes > 0;
    });
  }

  async list(tenant: string, page: PageQuery) {
    const bounds = await pageBounds(conversations.seq, page, (id) => {
      const row = this.db
        .select({ seq: conversations.seq })
        .from(conversations)
        .where(this.byId(tenant, id))
        .get();
      return row?.seq;
    });
    const rows = this.db
      .select({ conversation: conversations.conversation })
      .from(conversations)
      .where(and(eq(conversations.tenant, tenant), ...bounds.where))
      .orderBy(bounds.orderBy)
      .limit(bounds.limit)
      .all();
    return bounds.page(rows.map((r) => r.conversation as ConversationResource));
  }

  async append(tenant: string, id: string, list: ItemField[]) {
    return writeTransaction(this.db, () => this.appender.appendItems(tenant, id, list));
  }

  async listItems(tenant: string, id: string, page: PageQuery) {
    return itemsPage(this.db, this.inConversation(tenant, id), items.conversationPosition, page);
  }

  async getItem(tenant: string, id: string, itemId: string) {
    const row = this.db
      .select({ item: items.item })
      .from(items)
      .where(and(this.inConversation(tenant, id), eq(items.itemId, itemId)))
      .orderBy(asc(items.conversationPosition))
      .limit(1)
      .get();
    return row?.item as ItemField | undefined;
  }

  async deleteItem(tenant: string, id: string, itemId: string) {
    return writeTransaction(this.db, () => {
      const rows = and(this.inConversation(tenant, id), eq(items.itemId, itemId));
      // A row no response holds is deleted; a response's leaves the conversation and stays the response's.
      const deleted = this.db
        .delete(items)
        .where(and(rows, isNull(items.responseId)))
        .run().changes;
      const left = this.db
        .update(items)
        .set({ conversationId: null, conversationPosition: null, turn: null })
        .where(rows)
        .run().changes;
      return deleted + left > 0;
    });
  }

  async turns(tenant: string, id: string) {
    // Read only: a deferred transaction, one snapshot for both reads.
    return this.db.transaction(() => {
      if (!this.db.select({ id: conversations.id }).from(conversations).where(this.byId(tenant, id)).get())
        return undefined;
      const rows = this.db
        .select({ turn: items.turn, kind: items.kind, item: items.item })
        .from(items)
        .where(this.inConversation(tenant, id))
        .orderBy(asc(items.conversationPosition))
        .all();
      const turns: Turn[] = [];
      let last: number | null | undefined;
      for (const row of rows) {
        if (turns.length === 0 || row.turn !== last) turns.push({ input: [], output: [] });
        last = row.turn;
        // A response's output rows keep their kind after the response is deleted; items added
        // through the API have none, and are input.
        turns.at(-1)![row.kind === 'output' ? 'output' : 'input'].push(row.item as ItemField);
      }
      return turns;
    });
  }
}
