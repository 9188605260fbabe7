/**
 * Runs queued background responses. The queue is the responses table: a job is claimed with a
 * lease in one statement, the lease is renewed while the run lasts, and a run whose lease lapses
 * (its process died) is taken over by whichever process sweeps next: queued again when it had streamed
 * nothing yet, else failed (responses/queue.ts). So several replicas can share one
 * database, and a restart never leaves a response in progress forever. The runner knows the queue
 * only through the JobQueue port (engine/responses/queue.ts implements it).
 */
import type { Logger } from 'pino';
import type { QueuedJob } from '../store/responses.js';
import type { LeaseEvents } from './responses/lease.js';

export interface JobQueue {
  /** Takes the oldest queued job, leased to this process; undefined when none waits. */
  claim(): Promise<QueuedJob | undefined>;
  /** Runs a claimed job to its end; `signal` stops it. */
  run(job: QueuedJob, signal: AbortSignal): Promise<void>;
  /** Keeps the job's lease while it runs, until the returned function is called. */
  hold(job: QueuedJob, on: LeaseEvents): () => void;
  /** Takes over the jobs whose lease ran out (their process died): queued again or failed; returns how many. */
  sweep(): Promise<number>;
  /** Calls `listener` whenever this process queues a job; returns the unsubscribe. */
  onQueued(listener: () => void): () => void;
}

export interface RunnerOptions {
  /** How many background responses this process runs at once. */
  concurrency: number;
  /** How often the queue is checked for jobs another replica enqueued. */
  pollMs: number;
  /** How often runs whose lease ran out (their process died) are looked for. */
  sweepMs: number;
}

export class BackgroundRunner {
  private readonly active = new Map<string, { controller: AbortController; done: Promise<void> }>();
  private readonly timers: NodeJS.Timeout[] = [];
  private claiming = false;
  private sweeping = false;
  private stopped = false;
  private unsubscribe: (() => void) | undefined;
  private readonly kick = () => void this.fill();

  constructor(
    private readonly queue: JobQueue,
    private readonly options: RunnerOptions,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.unsubscribe = this.queue.onQueued(this.kick);
    const poll = setInterval(this.kick, this.options.pollMs);
    const sweep = setInterval(() => void this.sweep(), this.options.sweepMs);
    poll.unref();
    sweep.unref();
    this.timers.push(poll, sweep);
    void this.sweep().then(this.kick);
  }

  /** Stops claiming and waits (at most `timeoutMs`) for the runs in progress. */
  async stop(timeoutMs: number): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    for (const t of this.timers) clearInterval(t);
    const all = Promise.all([...this.active.values()].map((r) => r.done));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([all, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
  }

  private async sweep(): Promise<void> {
    // One sweep at a time: a slow one (a loaded database) is not joined by the next tick's.
    if (this.sweeping) return;
    this.sweeping = true;
    try {
      const failed = await this.queue.sweep();
      if (failed) this.log.warn({ failed }, 'failed responses whose runner stopped');
    } catch (error) {
      this.log.error({ err: error }, 'sweeping abandoned responses failed');
    } finally {
      this.sweeping = false;
    }
  }

  private async fill(): Promise<void> {
    if (this.claiming || this.stopped) return;
    this.claiming = true;
    try {
      while (!this.stopped && this.active.size < this.options.concurrency) {
        const job = await this.queue.claim();
        if (!job) break;
        this.run(job);
      }
    } catch (error) {
      this.log.error({ err: error }, 'claiming a background response failed');
    } finally {
      this.claiming = false;
    }
  }

  private run(job: QueuedJob): void {
    const controller = new AbortController();
    const release = this.queue.hold(job, {
      // Cancelled (by this process or another) or deleted: the run stops.
      lost: () => controller.abort(),
      // The database closed under a run that outlived shutdown: its lease runs out, and the
      // next sweep (of whichever process) fails it.
      failed: (error) => this.log.warn({ err: error, responseId: job.id }, 'renewing a lease failed'),
    });
    const done = this.queue
      .run(job, controller.signal)
      .catch((error: unknown) =>
        this.log.error({ err: error, responseId: job.id }, 'background response failed'),
      )
      .finally(() => {
        release();
        this.active.delete(job.id);
        this.kick();
      });
    this.active.set(job.id, { controller, done });
  }
}
