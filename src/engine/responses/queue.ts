/**
 * Background responses: queued in the store, claimed and run by the runner (engine/background.ts)
 * through the JobQueue this implements, and failed by a sweep when their runner died.
 */
import type { ResponseResource, ResponseStreamEvent } from '../../api-types.js';
import type { ProviderRegistry } from '../../providers/registry.js';
import type { ConversationsRepository } from '../../store/conversations.js';
import type { QueuedJob, ResponseQueue } from '../../store/responses.js';
import type { JobQueue } from '../background.js';
import { ResponseRun, type RunError } from '../events/run.js';
import type { HostedTools } from '../tools/hosted.js';
import type { Admitted } from './admit.js';
import { firstCall, isAbort, runError, type FirstCall } from './call.js';
import type { ChangeFeed } from './follow.js';
import { conversationId, earlierTurns, type UploadedFiles } from './history.js';
import { holdLease, type LeaseEvents } from './lease.js';
import { drive, runOptions, type LoopDeps } from './loop.js';

export interface QueueDeps extends LoopDeps {
  queue: ResponseQueue;
  conversations: Pick<ConversationsRepository, 'turns'>;
  providers: ProviderRegistry;
  files: UploadedFiles;
  feed: ChangeFeed;
  hosted: HostedTools;
  /** This process's name in leases. */
  owner: string;
  leaseMs: number;
}

/** How many times a background response may be claimed before a runner that dies with it fails it. */
export const MAX_ATTEMPTS = 3;

/**
 * A run whose stored events are only these has sent nothing of its output to anyone (in_progress
 * says only that the model answered), so it can be started again from the beginning.
 */
const NOT_STARTED: ReadonlySet<string> = new Set([
  'response.created',
  'response.queued',
  'response.in_progress',
]);

/** Stores a background response as queued, with its first events; the runner picks it up. */
export async function enqueue(deps: QueueDeps, a: Admitted): Promise<void> {
  a.response.status = 'queued';
  const run = new ResponseRun(a.response, runOptions(a, new Map()));
  // One write: a runner (here or in another process) may claim it the moment it is visible.
  const events = [run.created(), run.queued()];
  await deps.store.insert(a.tenant, a.response, a.request, a.input, { events });
  deps.feed.queued();
}

/** A run that failed before it produced anything: its error event and response.failed. */
function failedEvents(response: ResponseResource, sequence: number, error: RunError): ResponseStreamEvent[] {
  return new ResponseRun(
    response,
    { reasoningSummary: false, logprobs: false, maxToolCalls: null },
    sequence,
  ).fail(error);
}

export class ResponseJobs implements JobQueue<QueuedJob> {
  readonly kind = 'background response';

  constructor(private readonly deps: QueueDeps) {}

  describe(job: QueuedJob): { key: string; fields: Record<string, unknown> } {
    return { key: job.id, fields: { responseId: job.id } };
  }

  claim(): Promise<QueuedJob | undefined> {
    return this.deps.queue.claim(this.deps.owner, this.deps.leaseMs);
  }

  /** Renewing the lease also tells this process when another one cancelled the response. */
  hold(job: QueuedJob, on: LeaseEvents): () => void {
    const stopCancel = on.lost ? this.deps.feed.onCancel(job.id, on.lost) : undefined;
    const release = holdLease(this.deps.queue, job.id, { owner: this.deps.owner, ms: this.deps.leaseMs }, on);
    return () => {
      release();
      stopCancel?.();
    };
  }

  onQueued(listener: () => void): () => void {
    return this.deps.feed.onQueued(listener);
  }

  /** Runs a claimed background response. */
  async run(job: QueuedJob, signal: AbortSignal): Promise<void> {
    const { store, feed } = this.deps;
    const { tenant, id, request } = job;
    const response = await store.get(tenant, id);
    if (!response) return;
    response.status = 'in_progress';
    const chain = await store.chain(tenant, id);
    const own = chain.pop() ?? { input: [], output: [] };
    const stored = await store.eventsAfter(tenant, id, -1);
    const emit = async (event: ResponseStreamEvent) => {
      await store.appendEvent(tenant, id, event);
      feed.changed(id);
    };
    let a: Admitted;
    let first: FirstCall;
    try {
      // A conversation is read as it is now: turns appended since the request was queued are context.
      const history = conversationId(request.conversation)
        ? await earlierTurns(this.deps, tenant, request)
        : chain;
      const route = await this.deps.providers.route(request.model ?? response.model);
      const offered = route.provider.nativeResponses ? new Map() : this.deps.hosted.offers(request);
      a = { tenant, request, route, history, input: own.input, response, offered, notOffered: [] };
      first = await firstCall(a, this.deps, {
        signal,
        stream: true,
        failuresAreResults: true,
      });
    } catch (error) {
      if (isAbort(error, signal)) return;
      for (const event of failedEvents(response, stored.length, runError(error))) {
        if (event.type === 'response.failed') await store.save(tenant, response, [], ['in_progress']);
        await emit(event);
      }
      return;
    }
    // The runner holds this run's lease (and learns of a cancel from renewing it).
    const events = drive(this.deps, {
      a,
      context: first.context,
      first: first.opened,
      signal,
      stream: true,
      sequenceStart: stored.length,
    });
    for await (const event of events) await emit(event);
    feed.changed(id);
  }

  /**
   * Responses that were in progress in a process that stopped renewing its lease: a background one
   * whose run had streamed nothing yet goes back to the queue, for another runner to start again
   * (up to MAX_ATTEMPTS claims, so a job that kills its runner every time stops); any other fails.
   */
  async sweep(): Promise<number> {
    const { store, queue, feed } = this.deps;
    const abandoned = await queue.expired();
    for (const { tenant, id, attempts } of abandoned) {
      const response = await store.get(tenant, id);
      if (!response) continue;
      const stored = await store.eventsAfter(tenant, id, -1);
      if (response.background && attempts < MAX_ATTEMPTS && stored.every((e) => NOT_STARTED.has(e.type))) {
        if (await queue.settleExpired(tenant, { ...response, status: 'queued' })) feed.queued();
        continue;
      }
      const events = failedEvents(response, stored.length, {
        code: 'server_error',
        message: 'The gateway stopped while this response was in progress.',
      });
      if (!(await queue.settleExpired(tenant, response))) continue;
      if (response.background) for (const event of events) await store.appendEvent(tenant, id, event);
      feed.changed(id);
    }
    return abandoned.length;
  }
}
