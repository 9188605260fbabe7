/**
 * Runs jobs queued in the database: background responses, vector store file ingestion. A job is
 * claimed with a lease in one statement, the lease is renewed while the run lasts, and a job whose
 * lease lapses (its process died) is taken over by whichever process sweeps or claims next (for a
 * response: queued again when it had streamed nothing yet, else failed, responses/queue.ts). So
 * several replicas can share one database, and a restart never leaves a job in progress forever.
 * The runner knows a queue only through the JobQueue port.
 */
import type { Logger } from 'pino';
import type { LeaseEvents } from './responses/lease.js';

export interface JobQueue<Job> {
  /** What the jobs are, in log lines ("background response", "ingestion job"). */
  readonly kind: string;
  /** The job's identity, unique among the jobs in progress, and its fields in log lines. */
  describe(job: Job): { key: string; fields: Record<string, unknown> };
  /** Takes the oldest queued job, leased to this process; undefined when none waits. */
  claim(): Promise<Job | undefined>;
  /** Runs a claimed job to its end; `signal` stops it. */
  run(job: Job, signal: AbortSignal): Promise<void>;
  /** Keeps the job's lease while it runs, until the returned function is called. */
  hold(job: Job, on: LeaseEvents): () => void;
  /** Takes over the jobs whose lease ran out (their process died): queued again or failed; returns how many. */
  sweep(): Promise<number>;
  /** Calls `listener` whenever this process queues a job; returns the unsubscribe. */
  onQueued(listener: () => void): () => void;
}

export interface RunnerOptions {
  /** How many jobs of the queue this process runs at once. */
  concurrency: number;
  /** How often the queue is checked for jobs another replica enqueued. */
  pollMs: number;
  /** How often jobs whose lease ran out (their process died) are looked for. */
  sweepMs: number;
}

export class BackgroundRunner<Job> {
  private readonly active = new Map<string, { controller: AbortController; done: Promise<void> }>();
  private readonly timers: NodeJS.Timeout[] = [];
  private claiming = false;
  private sweeping = false;
  private stopped = false;
  private unsubscribe: (() => void) | undefined;
  private readonly kick = () => void this.fill();

  constructor(
    private readonly queue: JobQueue<Job>,
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
      if (failed) this.log.warn({ failed }, `took over ${this.queue.kind}s whose runner stopped`);
    } catch (error) {
      this.log.error({ err: error }, `sweeping abandoned ${this.queue.kind}s failed`);
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
      this.log.error({ err: error }, `claiming a ${this.queue.kind} failed`);
    } finally {
      this.claiming = false;
    }
  }

  private run(job: Job): void {
    const { key, fields } = this.queue.describe(job);
    const controller = new AbortController();
    const release = this.queue.hold(job, {
      // Cancelled (by this process or another) or deleted: the run stops.
      lost: () => controller.abort(),
      // The database closed under a run that outlived shutdown: its lease runs out, and the
      // next sweep (of whichever process) fails it.
      failed: (error) => this.log.warn({ err: error, ...fields }, 'renewing a lease failed'),
    });
    const done = this.queue
      .run(job, controller.signal)
      .catch((error: unknown) => this.log.error({ err: error, ...fields }, `${this.queue.kind} failed`))
      .finally(() => {
        release();
        this.active.delete(key);
        this.kick();
      });
    this.active.set(key, { controller, done });
  }
}
