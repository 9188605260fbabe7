/**
 * Stored responses: the Response object, its input and output items, the events of background
 * runs, and the background job queue (status + lease). Every read and write is scoped to a tenant.
 */
import { and, asc, eq, gt, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type {
  CreateResponseBody,
  ItemField,
  ResponseResource,
  ResponseStatus,
  ResponseStreamEvent,
} from '../api-types.js';
import type { SqliteDb } from './database.js';
import { pageBounds, toPage, UnknownCursorError, type Page, type PageQuery } from './pagination.js';
import { responseEvents, responseItems, responses } from './schema.js';

/** One earlier turn of a previous_response_id chain: what was sent and what came back. */
export interface Turn {
  input: ItemField[];
  output: ItemField[];
}

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

const ITEMS_BY_POSITION = [responseItems.responseId, responseItems.kind, responseItems.position];

export class SqliteResponsesRepository implements ResponsesRepository {
  constructor(private readonly db: SqliteDb) {}

  async insert(
    tenant: string,
    response: ResponseResource,
    request: CreateResponseBody,
    input: ItemField[],
    lease?: Lease,
  ) {
    this.db.transaction((tx) => {
      tx.insert(responses)
        .values({
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
        })
        .run();
      if (input.length)
        tx.insert(responseItems)
          .values(itemRows(tenant, response.id, 'input', input))
          .run();
    });
  }

  async save(tenant: string, response: ResponseResource, output?: ItemField[], from?: ResponseStatus[]) {
    return this.db.transaction((tx) => {
      const where = [eq(responses.id, response.id), eq(responses.tenant, tenant)];
      if (from) where.push(inArray(responses.status, from));
      const finished = response.status !== 'queued' && response.status !== 'in_progress';
      const written = tx
        .update(responses)
        .set({
          status: response.status,
          response,
          ...(finished ? { leaseOwner: null, leaseExpiresAt: null } : {}),
        })
        .where(and(...where))
        .run();
      if (written.changes === 0) return false;
      if (output) {
        tx.delete(responseItems)
          .where(and(eq(responseItems.responseId, response.id), eq(responseItems.kind, 'output')))
          .run();
        if (output.length)
          tx.insert(responseItems)
            .values(itemRows(tenant, response.id, 'output', output))
            .run();
      }
      return true;
    });
  }

  async get(tenant: string, id: string) {
    const row = this.db
      .select({ response: responses.response })
      .from(responses)
      .where(and(eq(responses.id, id), eq(responses.tenant, tenant)))
      .get();
    return row?.response as ResponseResource | undefined;
  }

  async getRequest(tenant: string, id: string) {
    const row = this.db
      .select({ request: responses.request })
      .from(responses)
      .where(and(eq(responses.id, id), eq(responses.tenant, tenant)))
      .get();
    return row?.request as CreateResponseBody | undefined;
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
    const seen = new Set<string>();
    let next: string | null = id;
    while (next && !seen.has(next)) {
      seen.add(next);
      const row: { previous: string | null } | undefined = this.db
        .select({ previous: responses.previousResponseId })
        .from(responses)
        .where(and(eq(responses.id, next), eq(responses.tenant, tenant)))
        .get();
      if (!row) break;
      const items = this.db
        .select({ kind: responseItems.kind, item: responseItems.item })
        .from(responseItems)
        .where(eq(responseItems.responseId, next))
        .orderBy(...ITEMS_BY_POSITION.map((c) => asc(c)))
        .all();
      turns.push({
        input: items.filter((i) => i.kind === 'input').map((i) => i.item as ItemField),
        output: items.filter((i) => i.kind === 'output').map((i) => i.item as ItemField),
      });
      next = row.previous;
    }
    return turns.reverse();
  }

  async findItem(tenant: string, itemId: string) {
    const row = this.db
      .select({ item: responseItems.item })
      .from(responseItems)
      .where(and(eq(responseItems.tenant, tenant), eq(responseItems.itemId, itemId)))
      .get();
    return row?.item as ItemField | undefined;
  }

  async appendEvent(id: string, event: ResponseStreamEvent) {
    this.db
      .insert(responseEvents)
      .values({ responseId: id, sequenceNumber: event.sequence_number, event })
      .run();
  }

  async eventsAfter(id: string, sequenceNumber: number) {
    return this.db
      .select({ event: responseEvents.event })
      .from(responseEvents)
      .where(and(eq(responseEvents.responseId, id), gt(responseEvents.sequenceNumber, sequenceNumber)))
      .orderBy(asc(responseEvents.sequenceNumber))
      .all()
      .map((r) => r.event as ResponseStreamEvent);
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
    const row = this.db
      .update(responses)
      .set({ leaseExpiresAt: Date.now() + leaseMs })
      .where(and(eq(responses.id, id), eq(responses.leaseOwner, owner)))
      .returning({ status: responses.status })
      .get();
    return row?.status as ResponseStatus | undefined;
  }

  async expired() {
    return this.db
      .select({ tenant: responses.tenant, id: responses.id })
      .from(responses)
      .where(and(eq(responses.status, 'in_progress'), lt(responses.leaseExpiresAt, Date.now())))
      .all();
  }
}

function itemRows(tenant: string, responseId: string, kind: 'input' | 'output', items: ItemField[]) {
  return items.map((item, position) => ({ responseId, tenant, kind, position, itemId: item.id, item }));
}
