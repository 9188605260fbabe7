/**
 * Stored responses: the Response object, its input and output items, the events of background
 * runs, and the background job queue (status + lease). Every read and write is scoped to a tenant.
 */
import { and, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type {
  CreateResponseBody,
  ItemField,
  ResponseResource,
  ResponseStatus,
  ResponseStreamEvent,
} from '../api-types.js';
import type { SqliteDb } from './database.js';
import { pageBounds, toPage, UnknownCursorError, type Page, type PageQuery } from './pagination.js';
import { byIdAndTenant, prepare, setTo } from './responses-statements.js';
import { responseItems, responses } from './schema.js';
import { FINISHED, TurnCache, type Turn } from './turns.js';

export type { Turn } from './turns.js';

export interface Lease {
  owner: string;
  ms: number;
}

export interface QueuedJob {
  tenant: string;
  id: string;
  request: CreateResponseBody;
}

export interface ResponsesRepository {
  /**
   * Stores a new response with its input items. A response that runs in this process right away
   * takes a lease, so that if the process dies, expired() finds it.
   */
  insert(
    tenant: string,
    response: ResponseResource,
    request: CreateResponseBody,
    input: ItemField[],
    lease?: Lease,
  ): Promise<void>;
  /**
   * Writes the response object (and, when given, its output items) in one transaction. With `from`,
   * only when its stored status is one of those: a cancel that landed first is not overwritten.
   * Returns whether it wrote.
   */
  save(
    tenant: string,
    response: ResponseResource,
    output?: ItemField[],
    from?: ResponseStatus[],
  ): Promise<boolean>;
  get(tenant: string, id: string): Promise<ResponseResource | undefined>;
  getRequest(tenant: string, id: string): Promise<CreateResponseBody | undefined>;
  delete(tenant: string, id: string): Promise<boolean>;
  list(tenant: string, page: PageQuery & { model?: string | undefined }): Promise<Page<ResponseResource>>;
  listInputItems(tenant: string, id: string, page: PageQuery): Promise<Page<ItemField>>;
  /** The turns of the chain that ends with `id`, oldest first; stops at a deleted ancestor. */
  chain(tenant: string, id: string): Promise<Turn[]>;
  /** A stored input or output item by its id, for item_reference. */
  findItem(tenant: string, itemId: string): Promise<ItemField | undefined>;
  appendEvent(id: string, event: ResponseStreamEvent): Promise<void>;
  eventsAfter(id: string, sequenceNumber: number): Promise<ResponseStreamEvent[]>;
  /** Takes the oldest queued background response and leases it to `owner`. */
  claim(owner: string, leaseMs: number): Promise<QueuedJob | undefined>;
  /** Extends a lease; returns the stored status (so a runner sees a cancel), or undefined if lost. */
  renew(id: string, owner: string, leaseMs: number): Promise<ResponseStatus | undefined>;
  /** In-progress responses whose lease ran out (their runner died). */
  expired(): Promise<Array<{ tenant: string; id: string }>>;
}

/** A bound on a chain's length, so that a cycle (which the API cannot create) could not loop forever. */
const MAX_CHAIN = 1_000_000;
/** How many items of finished turns are kept in memory (a few hundred bytes each). */
const TURN_CACHE_ITEMS = 20_000;

export class SqliteResponsesRepository implements ResponsesRepository {
  private readonly q: ReturnType<typeof prepare>;
  /** save()'s update, by the statuses it may overwrite and whether it releases the lease. */
  private readonly updates = new Map<string, ReturnType<SqliteResponsesRepository['prepareUpdate']>>();

  private readonly turns = new TurnCache(TURN_CACHE_ITEMS);

  constructor(private readonly db: SqliteDb) {
    this.q = prepare(db);
  }

  async insert(
    tenant: string,
    response: ResponseResource,
    request: CreateResponseBody,
    input: ItemField[],
    lease?: Lease,
  ) {
    this.db.transaction(() => {
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
    });
  }

  async save(tenant: string, response: ResponseResource, output?: ItemField[], from?: ResponseStatus[]) {
    const finished = response.status !== 'queued' && response.status !== 'in_progress';
    const key = `${from?.join(',') ?? ''}|${finished}`;
    let update = this.updates.get(key);
    if (!update) this.updates.set(key, (update = this.prepareUpdate(finished, from)));
    return this.db.transaction(() => {
      const written = update.run({ id: response.id, tenant, status: response.status, response });
      if (written.changes === 0) return false;
      if (output) {
        // Only an unguarded save (no `from`) can rewrite a finished turn; this process then forgets it.
        this.turns.delete(response.id);
        this.q.deleteOutput.run({ id: response.id });
        this.insertItems(tenant, response.id, 'output', output);
      }
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

  private insertItems(tenant: string, responseId: string, kind: 'input' | 'output', items: ItemField[]) {
    for (const [position, item] of items.entries())
      this.q.insertItem.run({ responseId, tenant, kind, position, itemId: item.id, item });
  }

  async get(tenant: string, id: string) {
    return this.q.get.get({ id, tenant })?.response as ResponseResource | undefined;
  }

  async getRequest(tenant: string, id: string) {
    return this.q.getRequest.get({ id, tenant })?.request as CreateResponseBody | undefined;
  }

  async delete(tenant: string, id: string) {
    const result = this.db
      .delete(responses)
      .where(and(eq(responses.id, id), eq(responses.tenant, tenant)))
      .run();
    return result.changes > 0;
  }

  async list(tenant: string, page: PageQuery & { model?: string | undefined }) {
    // rowid is insertion order: a stable total order even when created_at ties.
    const rowid = sql<number>`${responses}.rowid`;
    const where: SQL[] = [eq(responses.tenant, tenant)];
    if (page.model) where.push(eq(responses.model, page.model));
    const bounds = pageBounds(rowid, page, (id, param) => {
      const row = this.db
        .select({ rowid })
        .from(responses)
        .where(and(eq(responses.id, id), eq(responses.tenant, tenant)))
        .get();
      if (!row) throw new UnknownCursorError(param);
      return row.rowid;
    });
    const rows = this.db
      .select({ response: responses.response })
      .from(responses)
      .where(and(...where, ...bounds.where))
      .orderBy(bounds.orderBy)
      .limit(page.limit + 1)
      .all();
    return toPage(
      rows.map((r) => r.response as ResponseResource),
      page.limit,
    );
  }

  async listInputItems(tenant: string, id: string, page: PageQuery) {
    const where: SQL[] = [
      eq(responseItems.responseId, id),
      eq(responseItems.tenant, tenant),
      eq(responseItems.kind, 'input'),
    ];
    const bounds = pageBounds(responseItems.position, page, (itemId, param) => {
      const row = this.db
        .select({ position: responseItems.position })
        .from(responseItems)
        .where(and(...where, eq(responseItems.itemId, itemId)))
        .get();
      if (!row) throw new UnknownCursorError(param);
      return row.position;
    });
    const rows = this.db
      .select({ item: responseItems.item })
      .from(responseItems)
      .where(and(...where, ...bounds.where))
      .orderBy(bounds.orderBy)
      .limit(page.limit + 1)
      .all();
    return toPage(
      rows.map((r) => r.item as ItemField),
      page.limit,
    );
  }

  async chain(tenant: string, id: string) {
    const turns: Turn[] = [];
    for (const link of this.q.walk.all({ id, tenant, max: MAX_CHAIN })) {
      let turn = this.turns.get(link.id);
      if (!turn) {
        turn = { input: [], output: [] };
        for (const row of this.q.turnItems.all({ id: link.id })) turn[row.kind].push(row.item as ItemField);
        if (FINISHED.has(link.status)) this.turns.set(link.id, turn);
      }
      turns.push(turn);
    }
    return turns;
  }

  async findItem(tenant: string, itemId: string) {
    return this.q.findItem.get({ tenant, itemId })?.item as ItemField | undefined;
  }

  async appendEvent(id: string, event: ResponseStreamEvent) {
    this.q.appendEvent.run({ id, sequenceNumber: event.sequence_number, event });
  }

  async eventsAfter(id: string, sequenceNumber: number) {
    return this.q.eventsAfter.all({ id, after: sequenceNumber }).map((r) => r.event as ResponseStreamEvent);
  }

  async claim(owner: string, leaseMs: number) {
    const now = Date.now();
    // One statement, so two runners (even in two processes) never claim the same job. The stored
    // Response says in_progress from then on too: a GET must not see 'queued' while it runs.
    const row = this.db.get<{ id: string; tenant: string; request: string } | undefined>(sql`
      UPDATE responses SET status = 'in_progress', lease_owner = ${owner}, lease_expires_at = ${now + leaseMs},
        response = json_set(response, '$.status', 'in_progress')
      WHERE id = (SELECT id FROM responses WHERE status = 'queued' ORDER BY rowid LIMIT 1)
        AND status = 'queued'
      RETURNING id, tenant, request`);
    if (!row) return undefined;
    return { id: row.id, tenant: row.tenant, request: JSON.parse(row.request) as CreateResponseBody };
  }

  async renew(id: string, owner: string, leaseMs: number) {
    return this.q.renew.get({ id, owner, until: Date.now() + leaseMs })?.status as ResponseStatus | undefined;
  }

  async expired() {
    return this.db
      .select({ tenant: responses.tenant, id: responses.id })
      .from(responses)
      .where(and(eq(responses.status, 'in_progress'), lt(responses.leaseExpiresAt, Date.now())))
      .all();
  }
}
