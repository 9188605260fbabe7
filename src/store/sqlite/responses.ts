/**
 * Stored responses and the background job queue on SQLite. Writes are synchronous better-sqlite3
 * transactions on prepared statements (statements.ts): nothing awaits inside one.
 */
import { and, eq, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type {
  CreateResponseBody,
  ItemField,
  ResponseResource,
  ResponseStatus,
  ResponseStreamEvent,
} from '../../api-types.js';
import { appendsTo } from '../appends.js';
import { pageBounds, type PageQuery } from '../pagination.js';
import type { InsertOptions, ResponseQueue, ResponsesRepository } from '../responses.js';
import { FINISHED, MAX_CHAIN, TURN_CACHE_ITEMS, TurnCache, type Turn } from '../turns.js';
import type { SqliteDb } from './database.js';
import { ConversationItems, itemsPage } from './items.js';
import { byIdAndTenant, prepare, setTo } from './statements.js';
import { items, responses } from './schema.js';
import { writeTransaction } from './write-transaction.js';

export class SqliteResponsesRepository implements ResponsesRepository, ResponseQueue {
  private readonly q: ReturnType<typeof prepare>;
  /** save()'s update, by the statuses it may overwrite and whether it releases the lease. */
  private readonly updates = new Map<string, ReturnType<SqliteResponsesRepository['prepareUpdate']>>();

  private readonly turns = new TurnCache(TURN_CACHE_ITEMS);

  private readonly conversationItems: ConversationItems;

  constructor(private readonly db: SqliteDb) {
    this.q = prepare(db);
    this.conversationItems = new ConversationItems(db);
  }

  async insert(
    tenant: string,
    response: ResponseResource,
    request: CreateResponseBody,
    input: ItemField[],
    { lease, events = [] }: InsertOptions = {},
  ) {
    writeTransaction(this.db, () => {
      this.q.insertResponse.run({
        id: response.id,
        tenant,
        createdAt: response.created_at,
        model: response.model,
        status: response.status,
        previousResponseId: response.previous_response_id,
        background: response.background,
        response,
        request,
        leaseOwner: lease?.owner ?? null,
        leaseExpiresAt: lease ? Date.now() + lease.ms : null,
      });
      this.insertItems(tenant, response.id, 'input', input);
      for (const event of events) this.writeEvent(tenant, response.id, event);
    });
  }

  async save(tenant: string, response: ResponseResource, output?: ItemField[], from?: ResponseStatus[]) {
    const finished = response.status !== 'queued' && response.status !== 'in_progress';
    const key = `${from?.join(',') ?? ''}|${finished}`;
    let update = this.updates.get(key);
    if (!update) this.updates.set(key, (update = this.prepareUpdate(finished, from)));
    return writeTransaction(this.db, () => {
      const written = update.run({ id: response.id, tenant, status: response.status, response });
      if (written.changes === 0) return false;
      if (output) {
        // Only an unguarded save (no `from`) can rewrite a finished turn; this process then forgets it.
        this.turns.delete(response.id);
        this.q.deleteOutput.run({ id: response.id });
        this.insertItems(tenant, response.id, 'output', output);
      }
      const conversation = appendsTo(response);
      if (conversation) this.conversationItems.appendResponse(tenant, response.id, conversation);
      return true;
    });
  }

  private prepareUpdate(finished: boolean, from: ResponseStatus[] | undefined) {
    return this.db
      .update(responses)
      .set({
        status: setTo<string>('status'),
        response: setTo<ResponseResource>('response'),
        ...(finished ? { leaseOwner: null, leaseExpiresAt: null } : {}),
      })
      .where(from ? and(byIdAndTenant, inArray(responses.status, from)) : byIdAndTenant)
      .prepare();
  }

  private insertItems(tenant: string, responseId: string, kind: 'input' | 'output', list: ItemField[]) {
    for (const [position, item] of list.entries())
      this.q.insertItem.run({ responseId, tenant, kind, position, itemId: item.id, item });
  }

  async get(tenant: string, id: string) {
    return this.q.get.get({ id, tenant })?.response as ResponseResource | undefined;
  }

  async getRequest(tenant: string, id: string) {
    return this.q.getRequest.get({ id, tenant })?.request as CreateResponseBody | undefined;
  }

  async delete(tenant: string, id: string) {
    return writeTransaction(this.db, () => {
      // Items no conversation holds go with the response; the others stay the conversation's
      // (the foreign key clears their response_id).
      this.db
        .delete(items)
        .where(and(eq(items.responseId, id), eq(items.tenant, tenant), isNull(items.conversationId)))
        .run();
      const result = this.db
        .delete(responses)
        .where(and(eq(responses.id, id), eq(responses.tenant, tenant)))
        .run();
      return result.changes > 0;
    });
  }

  async list(tenant: string, page: PageQuery & { model?: string | undefined }) {
    const where: SQL[] = [eq(responses.tenant, tenant)];
    if (page.model) where.push(eq(responses.model, page.model));
    const bounds = await pageBounds(responses.seq, page, (id) => {
      const row = this.db
        .select({ seq: responses.seq })
        .from(responses)
        .where(and(eq(responses.id, id), eq(responses.tenant, tenant)))
        .get();
      return row?.seq;
    });
    const rows = this.db
      .select({ response: responses.response })
      .from(responses)
      .where(and(...where, ...bounds.where))
      .orderBy(bounds.orderBy)
      .limit(bounds.limit)
      .all();
    return bounds.page(rows.map((r) => r.response as ResponseResource));
  }

  async listInputItems(tenant: string, id: string, page: PageQuery) {
    const where = and(eq(items.responseId, id), eq(items.tenant, tenant), eq(items.kind, 'input'));
    return itemsPage(this.db, where, items.position, page);
  }

  async chain(tenant: string, id: string) {
    const turns: Turn[] = [];
    for (const link of this.q.walk.all({ id, tenant, max: MAX_CHAIN })) {
      let turn = this.turns.get(link.id);
      if (!turn) {
        turn = { input: [], output: [] };
        // A response's rows always have a kind.
        for (const row of this.q.turnItems.all({ id: link.id })) turn[row.kind!].push(row.item as ItemField);
        if (FINISHED.has(link.status)) this.turns.set(link.id, turn);
      }
      turns.push(turn);
    }
    return turns;
  }

  async findItem(tenant: string, itemId: string) {
    return this.q.findItem.get({ tenant, itemId })?.item as ItemField | undefined;
  }

  async appendEvent(tenant: string, id: string, event: ResponseStreamEvent) {
    this.writeEvent(tenant, id, event);
  }

  private writeEvent(tenant: string, id: string, event: ResponseStreamEvent) {
    this.q.appendEvent.run({ id, tenant, sequenceNumber: event.sequence_number, event });
  }

  async eventsAfter(tenant: string, id: string, sequenceNumber: number) {
    return this.q.eventsAfter
      .all({ id, tenant, after: sequenceNumber })
      .map((r) => r.event as ResponseStreamEvent);
  }

  async claim(owner: string, leaseMs: number) {
    const now = Date.now();
    // One statement, so two runners (even in two processes) never claim the same job. The stored
    // Response says in_progress from then on too: a GET must not see 'queued' while it runs.
    const row = this.db.get<{ id: string; tenant: string; request: string } | undefined>(sql`
      UPDATE responses SET status = 'in_progress', lease_owner = ${owner}, lease_expires_at = ${now + leaseMs},
        attempts = attempts + 1,
        response = json_set(response, '$.status', 'in_progress')
      WHERE id = (SELECT id FROM responses WHERE status = 'queued' ORDER BY seq LIMIT 1)
        AND status = 'queued'
      RETURNING id, tenant, request`);
    if (!row) return undefined;
    return { id: row.id, tenant: row.tenant, request: JSON.parse(row.request) as CreateResponseBody };
  }

  async renew(id: string, owner: string, leaseMs: number) {
    return this.q.renew.get({ id, owner, until: Date.now() + leaseMs })?.status as ResponseStatus | undefined;
  }

  async settleExpired(tenant: string, response: ResponseResource) {
    const written = this.db
      .update(responses)
      .set({ status: response.status, response, leaseOwner: null, leaseExpiresAt: null })
      .where(
        and(
          eq(responses.id, response.id),
          eq(responses.tenant, tenant),
          eq(responses.status, 'in_progress'),
          lt(responses.leaseExpiresAt, Date.now()),
        ),
      )
      .run();
    return written.changes > 0;
  }

  async expired() {
    return this.db
      .select({ tenant: responses.tenant, id: responses.id, attempts: responses.attempts })
      .from(responses)
      .where(and(eq(responses.status, 'in_progress'), lt(responses.leaseExpiresAt, Date.now())))
      .all();
  }
}
