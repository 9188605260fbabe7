/**
 * Runs queued background responses. The queue is the responses table: a job is claimed with a
 * lease in one statement, the lease is renewed while the run lasts, and a run whose lease lapses
 * (its process died) is failed by whichever process sweeps next. So several replicas can share one
 * database, and a restart never leaves a response in progress forever.
 */
import type { Logger } from 'pino';
import type { QueuedJob } from '../store/responses.js';
import type { ResponsesEngine } from './responses.js';

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
  private stopped = false;
  private readonly kick = () => void this.fill();

  constructor(
    private readonly engine: ResponsesEngine,
    private readonly options: RunnerOptions,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.engine.changes.on('queued', this.kick);
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
    this.engine.changes.off('queued', this.kick);
    for (const t of this.timers) clearInterval(t);
    const all = Promise.all([...this.active.values()].map((r) => r.done));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([all, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
  }

  private async sweep(): Promise<void> {
    try {
      const failed = await this.engine.failAbandoned();
      if (failed) this.log.warn({ failed }, 'failed responses whose runner stopped');
    } catch (error) {
      this.log.error({ err: error }, 'sweeping abandoned responses failed');
    }
  }

  private async fill(): Promise<void> {
    if (this.claiming || this.stopped) return;
    this.claiming = true;
    try {
      while (!this.stopped && this.active.size < this.options.concurrency) {
        const job = await this.engine.store.claim(this.engine.options.owner, this.engine.options.leaseMs);
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
    const { owner, leaseMs } = this.engine.options;
    const abort = () => controller.abort();
    this.engine.changes.on(`cancel:${job.id}`, abort);
    // Renewing the lease also tells this process when another one cancelled the response.
    const renewal = setInterval(() => {
      this.engine.store.renew(job.id, owner, leaseMs).then(
        (status) => {
          if (status !== 'in_progress') abort();
        },
        // The database closed under a run that outlived shutdown: its lease runs out, and the
        // next sweep (of whichever process) fails it.
        (error: unknown) => this.log.warn({ err: error, responseId: job.id }, 'renewing a lease failed'),
      );
    }, leaseMs / 3);
    renewal.unref();
    const done = this.engine
      .runQueued(job.tenant, job.id, job.request, controller.signal)
      .catch((error: unknown) =>
        this.log.error({ err: error, responseId: job.id }, 'background response failed'),
      )
      .finally(() => {
        clearInterval(renewal);
        this.engine.changes.off(`cancel:${job.id}`, abort);
        this.active.delete(job.id);
        this.kick();
      });
    this.active.set(job.id, { controller, done });
  }
}
