/**
 * Stored responses on PostgreSQL: the same semantics as the SQLite repository, and the job queue
 * with FOR UPDATE SKIP LOCKED. The hot paths are single named statements (responses-statements.ts).
 */
import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type pg from 'pg';
import type {
  CreateResponseBody,
  ItemField,
  ResponseResource,
  ResponseStatus,
  ResponseStreamEvent,
} from '../../api-types.js';
import { appendsTo } from '../appends.js';
import { pageBounds, type PageQuery } from '../pagination.js';
import type { InsertOptions, QueuedJob, ResponseQueue, ResponsesRepository } from '../responses.js';
import { FINISHED, MAX_CHAIN, TURN_CACHE_ITEMS, TurnCache, type Turn } from '../turns.js';
import type { PostgresDatabase, PostgresDb } from './database.js';
import { deleteUnheld, itemArrays } from './items.js';
import * as q from './responses-statements.js';
import { items, responses } from './schema.js';
import { fromPgText, toPgText } from './text.js';

/** sequence_number is an int4; a starting_after past it (the API allows any integer) finds nothing. */
const MAX_INT4 = 2_147_483_647;

export class PostgresResponsesRepository implements ResponsesRepository, ResponseQueue {
  private readonly db: PostgresDb;
  private readonly pool: pg.Pool;
  private readonly turns = new TurnCache(TURN_CACHE_ITEMS);

  constructor(database: PostgresDatabase) {
    this.db = database.db;
    this.pool = database.pool;
  }

  private async rows<R extends pg.QueryResultRow>(
    statement: pg.QueryConfig,
    values: unknown[],
  ): Promise<R[]> {
    return (await this.pool.query<R>({ ...statement, values })).rows;
  }

  async insert(
    tenant: string,
    response: ResponseResource,
    request: CreateResponseBody,
    input: ItemField[],
    { lease, events = [] }: InsertOptions = {},
  ) {
    await this.rows(q.insertResponse, [
      toPgText(response.id),
      toPgText(tenant),
      response.created_at,
      toPgText(response.model),
      response.status,
      response.previous_response_id == null ? null : toPgText(response.previous_response_id),
      response.background ?? false,
      JSON.stringify(response),
      JSON.stringify(request),
      lease ? toPgText(lease.owner) : null,
      lease ? Date.now() + lease.ms : null,
      ...itemArrays(input),
      events.map((event) => event.sequence_number),
      events.map((event) => JSON.stringify(event)),
    ]);
  }

  async save(tenant: string, response: ResponseResource, output?: ItemField[], from?: ResponseStatus[]) {
    const finished = response.status !== 'queued' && response.status !== 'in_progress';
    const conversation = appendsTo(response);
    const statement = q.saveResponse({
      finished,
      guarded: from !== undefined,
      output: output !== undefined,
      append: conversation !== undefined,
    });
    const values: unknown[] = [
      toPgText(response.id),
      toPgText(tenant),
      response.status,
      JSON.stringify(response),
    ];
    if (from) values.push(from);
    if (output) values.push(...itemArrays(output));
    if (conversation !== undefined) values.push(toPgText(conversation));
    const [row] = await this.rows<{ written: number }>(statement, values);
    if (!row?.written) return false;
    // Only an unguarded save (no `from`) can rewrite a finished turn; this process then forgets it.
    if (output) this.turns.delete(response.id);
    return true;
  }

  async get(tenant: string, id: string) {
    const [row] = await this.rows<{ response: ResponseResource }>(q.getResponse, [
      toPgText(id),
      toPgText(tenant),
    ]);
    return row?.response;
  }

  async getRequest(tenant: string, id: string) {
    const [row] = await this.rows<{ request: CreateResponseBody }>(q.getRequest, [
      toPgText(id),
      toPgText(tenant),
    ]);
    return row?.request;
  }

  async delete(tenant: string, id: string) {
    return this.db.transaction(async (tx) => {
      const byId = and(eq(responses.id, id), eq(responses.tenant, tenant));
      // The response's row first, as save takes it first: a save under way then finishes before
      // this touches its items (the other way round, each could wait for the other).
      const [found] = await tx.select({ id: responses.id }).from(responses).where(byId).for('update');
      if (!found) return false;
      const ofResponse = and(eq(items.responseId, id), eq(items.tenant, tenant));
      // Items no conversation holds go with the response; the others stay the conversation's,
      // kind and position kept (its turns tell input from output by them), and any of those that
      // a conversation let go of meanwhile go too (items.ts says why).
      await tx.delete(items).where(and(ofResponse, isNull(items.conversationId)));
      const kept = await tx
        .update(items)
        .set({ responseId: null })
        .where(ofResponse)
        .returning({ itemId: items.itemId });
      await tx.delete(responses).where(byId);
      await deleteUnheld(
        tx,
        tenant,
        kept.map((row) => row.itemId),
      );
      return true;
    });
  }

  async list(tenant: string, page: PageQuery & { model?: string | undefined }) {
    const where: SQL[] = [eq(responses.tenant, tenant)];
    if (page.model) where.push(eq(responses.model, page.model));
    const bounds = await pageBounds(responses.seq, page, async (id) => {
      const [row] = await this.db
        .select({ seq: responses.seq })
        .from(responses)
        .where(and(eq(responses.id, id), eq(responses.tenant, tenant)));
      return row?.seq;
    });
    const rows = await this.db
      .select({ response: responses.response })
      .from(responses)
      .where(and(...where, ...bounds.where))
      .orderBy(bounds.orderBy)
      .limit(bounds.limit);
    return bounds.page(rows.map((r) => r.response));
  }

  async listInputItems(tenant: string, id: string, page: PageQuery) {
    const where: SQL[] = [eq(items.responseId, id), eq(items.tenant, tenant), eq(items.kind, 'input')];
    const bounds = await pageBounds(items.position, page, async (itemId) => {
      const [row] = await this.db
        .select({ position: items.position })
        .from(items)
        .where(and(...where, eq(items.itemId, itemId)));
      return row?.position ?? undefined;
    });
    const rows = await this.db
      .select({ item: items.item })
      .from(items)
      .where(and(...where, ...bounds.where))
      .orderBy(bounds.orderBy)
      .limit(bounds.limit);
    return bounds.page(rows.map((r) => r.item));
  }

  async chain(tenant: string, id: string) {
    const links = await this.rows<{ id: string; status: string }>(q.walkChain, [
      toPgText(id),
      toPgText(tenant),
      MAX_CHAIN,
    ]);
    const turns = new Map<string, Turn | undefined>(
      links.map((link) => [link.id, this.turns.get(fromPgText(link.id))]),
    );
    const missing = links.filter((link) => !turns.get(link.id)).map((link) => link.id);
    if (missing.length > 0) {
      for (const id of missing) turns.set(id, { input: [], output: [] });
      const rows = await this.rows<{ response_id: string; kind: 'input' | 'output'; item: ItemField }>(
        q.turnItems,
        [missing],
      );
      for (const row of rows) turns.get(row.response_id)![row.kind].push(row.item);
      for (const link of links)
        if (missing.includes(link.id) && FINISHED.has(link.status))
          this.turns.set(fromPgText(link.id), turns.get(link.id)!);
    }
    return links.map((link) => turns.get(link.id)!);
  }

  async findItem(tenant: string, itemId: string) {
    const [row] = await this.rows<{ item: ItemField }>(q.findItem, [toPgText(tenant), toPgText(itemId)]);
    return row?.item;
  }

  async appendEvent(tenant: string, id: string, event: ResponseStreamEvent) {
    await this.rows(q.appendEvent, [
      toPgText(id),
      toPgText(tenant),
      event.sequence_number,
      JSON.stringify(event),
    ]);
  }

  async eventsAfter(tenant: string, id: string, sequenceNumber: number) {
    const after = Math.min(sequenceNumber, MAX_INT4);
    const rows = await this.rows<{ event: ResponseStreamEvent }>(q.eventsAfter, [
      toPgText(id),
      toPgText(tenant),
      after,
    ]);
    return rows.map((r) => r.event);
  }

  async claim(owner: string, leaseMs: number): Promise<QueuedJob | undefined> {
    const [row] = await this.rows<{ id: string; tenant: string; request: CreateResponseBody }>(q.claim, [
      toPgText(owner),
      Date.now() + leaseMs,
    ]);
    return row && { id: fromPgText(row.id), tenant: fromPgText(row.tenant), request: row.request };
  }

  async renew(id: string, owner: string, leaseMs: number) {
    const [row] = await this.rows<{ status: ResponseStatus }>(q.renew, [
      toPgText(id),
      toPgText(owner),
      Date.now() + leaseMs,
    ]);
    return row?.status;
  }

  async settleExpired(tenant: string, response: ResponseResource) {
    const rows = await this.rows(q.settleExpired, [
      toPgText(response.id),
      toPgText(tenant),
      response.status,
      JSON.stringify(response),
      Date.now(),
    ]);
    return rows.length > 0;
  }

  async expired() {
    const rows = await this.rows<{ tenant: string; id: string; attempts: number }>(q.expired, [Date.now()]);
    return rows.map((r) => ({ tenant: fromPgText(r.tenant), id: fromPgText(r.id), attempts: r.attempts }));
  }
}
