/**
 * Stored responses: the Response object, its input and output items, the events of background
 * runs (ResponsesRepository), and the background job queue, status + lease (ResponseQueue). Every
 * read and write of a response's data is scoped to a tenant. Implemented per dialect (sqlite/, postgres/).
 */
import type {
  CreateResponseBody,
  ItemField,
  ResponseResource,
  ResponseStatus,
  ResponseStreamEvent,
} from '../api-types.js';
import type { Page, PageQuery } from './pagination.js';
import type { Turn } from './turns.js';

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

export interface InsertOptions {
  lease?: Lease | undefined;
  events?: ResponseStreamEvent[] | undefined;
}

export interface ResponsesRepository {
  /**
   * Stores a new response with its input items, and its first events, atomically: a queued
   * response is claimable the moment it is visible, and its runner numbers its events after these.
   * A response that runs in this process right away takes a lease, so that if the process dies,
   * the queue's expired() finds it.
   */
  insert(
    tenant: string,
    response: ResponseResource,
    request: CreateResponseBody,
    input: ItemField[],
    options?: InsertOptions,
  ): Promise<void>;
  /**
   * Writes the response object (and, when given, its output items) in one transaction. With `from`,
   * only when its stored status is one of those: a cancel that landed first is not overwritten.
   * A response with a `conversation` that this write moves to completed or incomplete has its
   * input items then its output items appended to that conversation (when it still exists) in the
   * same transaction, as ConversationsRepository.append does; a failed or cancelled one appends
   * nothing. Returns whether it wrote.
   */
  save(
    tenant: string,
    response: ResponseResource,
    output?: ItemField[],
    from?: ResponseStatus[],
  ): Promise<boolean>;
  get(tenant: string, id: string): Promise<ResponseResource | undefined>;
  getRequest(tenant: string, id: string): Promise<CreateResponseBody | undefined>;
  /** Deletes the response; its items that a conversation holds stay the conversation's. */
  delete(tenant: string, id: string): Promise<boolean>;
  /** In insertion order (or its reverse), which is a total order even when created_at ties. */
  list(tenant: string, page: PageQuery & { model?: string | undefined }): Promise<Page<ResponseResource>>;
  listInputItems(tenant: string, id: string, page: PageQuery): Promise<Page<ItemField>>;
  /** The turns of the chain that ends with `id`, oldest first; stops at a deleted ancestor. */
  chain(tenant: string, id: string): Promise<Turn[]>;
  /** A stored item by its id (a response's input or output, or a conversation's), for item_reference. */
  findItem(tenant: string, itemId: string): Promise<ItemField | undefined>;
  appendEvent(tenant: string, id: string, event: ResponseStreamEvent): Promise<void>;
  eventsAfter(tenant: string, id: string, sequenceNumber: number): Promise<ResponseStreamEvent[]>;
}

/** The background job queue: queued responses are claimed with a lease, renewed while they run. */
export interface ResponseQueue {
  /**
   * Takes the oldest queued background response (insertion order) and leases it to `owner`; a job
   * is claimed by exactly one caller, however many processes claim at once.
   */
  claim(owner: string, leaseMs: number): Promise<QueuedJob | undefined>;
  /** Extends a lease; returns the stored status (so a runner sees a cancel), or undefined if lost. */
  renew(id: string, owner: string, leaseMs: number): Promise<ResponseStatus | undefined>;
  /**
   * Writes `response` (queued again, or failed) over an in-progress response whose lease ran out,
   * and clears the lease; false when the lease was renewed, or the response settled, meanwhile (so
   * two sweeps, or a sweep and a runner, never both act on one job).
   */
  settleExpired(tenant: string, response: ResponseResource): Promise<boolean>;
  /**
   * In-progress responses whose lease ran out (their runner died), with how many times each was
   * claimed (0 for a foreground response, which is never queued).
   */
  expired(): Promise<Array<{ tenant: string; id: string; attempts: number }>>;
}
