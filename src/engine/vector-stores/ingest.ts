/**
 * Ingestion: a store file in progress is a job in the database (IngestQueue), claimed with a lease
 * that the runner (engine/background.ts) renews while the job runs. A job reads the file's bytes,
 * extracts its text, chunks it, embeds the chunks when the store has a model, indexes them and
 * finishes the store file. A runner that dies leaves its lease to run out; the job is then claimed
 * again by any process (failed after MAX_INGEST_ATTEMPTS claims). A job cancelled or detached while
 * it ran finishes nothing and takes back the chunks it wrote.
 */
import { EventEmitter } from 'node:events';
import type { ChunkIndex } from '../../store/chunks.js';
import type { FileStore } from '../../store/files.js';
import type {
  IngestJob,
  IngestOutcome,
  IngestQueue,
  StoreFileError,
  VectorStoresRepository,
} from '../../store/vector-stores.js';
import type { JobQueue } from '../background.js';
import { keepLease, type LeaseEvents } from '../responses/lease.js';
import type { Retrieval } from './retrieval.js';

/** A job whose runner died this many times (it may be what kills them) fails. */
export const MAX_INGEST_ATTEMPTS = 3;

export interface IngestDeps {
  queue: IngestQueue;
  chunks: Pick<ChunkIndex, 'replace' | 'remove'>;
  files: Pick<FileStore, 'read'>;
  /** What became of a store file whose job lost it. */
  storeFiles: Pick<VectorStoresRepository, 'getFile'>;
  retrieval: Pick<Retrieval, 'extract' | 'chunk' | 'embed'>;
  /** This process's name in leases. */
  owner: string;
  leaseMs: number;
}

const QUEUED = 'queued';

export class IngestJobs implements JobQueue<IngestJob> {
  readonly kind = 'ingestion job';
  private readonly events = new EventEmitter();
  /**
   * Each claim leases under a name of its own: a file attached again while its job runs is claimed
   * anew in this same process, and the old job must find it is no longer its own.
   */
  private readonly leases = new WeakMap<IngestJob, string>();
  private claims = 0;

  constructor(private readonly deps: IngestDeps) {
    this.events.setMaxListeners(0);
  }

  /** Jobs were queued in this process: the runner claims them now rather than at its next poll. */
  readonly queued = (): void => {
    this.events.emit(QUEUED);
  };

  onQueued(listener: () => void): () => void {
    this.events.on(QUEUED, listener);
    return () => this.events.off(QUEUED, listener);
  }

  describe(job: IngestJob): { key: string; fields: Record<string, unknown> } {
    // The claim's lease, not the file: a file attached again runs anew beside its old job, and the
    // runner must wait for (and count) both.
    return {
      key: this.leaseOf(job),
      fields: { vectorStoreId: job.vectorStoreId, fileId: job.fileId },
    };
  }

  async claim(): Promise<IngestJob | undefined> {
    // A job whose runner died too often is failed before anything claims it again: the sweep comes
    // less often than claims, and the job may be what kills its runners.
    await this.deps.queue.failExhausted(MAX_INGEST_ATTEMPTS);
    const lease = `${this.deps.owner}#${++this.claims}`;
    const job = await this.deps.queue.claim(lease, this.deps.leaseMs);
    if (job) this.leases.set(job, lease);
    return job;
  }

  private leaseOf(job: IngestJob): string {
    return this.leases.get(job) ?? this.deps.owner;
  }

  /** A renewal that finds the store file no longer in progress (cancelled, detached) stops the job. */
  hold(job: IngestJob, on: LeaseEvents): () => void {
    const { queue, leaseMs } = this.deps;
    return keepLease(
      () => queue.renew(job, this.leaseOf(job), leaseMs).then((status) => status === 'in_progress'),
      leaseMs,
      on,
    );
  }

  /** A lapsed lease makes a job claimable again by itself; only the ones claimed too often fail. */
  sweep(): Promise<number> {
    return this.deps.queue.failExhausted(MAX_INGEST_ATTEMPTS);
  }

  async run(job: IngestJob, signal: AbortSignal): Promise<void> {
    let outcome: IngestOutcome;
    let indexed = false;
    try {
      const result = await this.ingest(job, signal);
      if (!result) return;
      indexed = 'text' in result;
      outcome =
        'error' in result
          ? { status: 'failed', lastError: result.error }
          : { status: 'completed', usageBytes: Buffer.byteLength(result.text), text: result.text };
    } catch (error) {
      // Stopped (cancelled, detached, shut down): the chunks, if it wrote them, are not its to keep.
      if (signal.aborted) return this.takeBack(job);
      outcome = { status: 'failed', lastError: serverError(error) };
    }
    const wrote = await this.deps.queue.finish(job, this.leaseOf(job), outcome);
    if (!wrote && indexed) await this.takeBack(job);
  }

  /**
   * Extracts, chunks, embeds and indexes; the text once indexed, or why the file has none; undefined
   * when the job lost its store file before it indexed anything.
   */
  private async ingest(
    job: IngestJob,
    signal: AbortSignal,
  ): Promise<{ text: string } | { error: StoreFileError } | undefined> {
    const { files, retrieval, chunks, queue, leaseMs } = this.deps;
    const found = await files.read(job.tenant, job.fileId);
    if (!found)
      return { error: { code: 'invalid_file', message: 'The file was deleted before it was ingested.' } };
    const extracted = await retrieval.extract({
      filename: found.record.file.filename,
      mimeType: found.record.mimeType,
      bytes: found.bytes,
    });
    if ('error' in extracted) return extracted;
    const chunked = await retrieval.chunk(extracted.text, job.chunking);
    if ('error' in chunked) return chunked;
    const pieces = await retrieval.embed(job.embedding, chunked, signal);
    signal.throwIfAborted();
    // Attached again, cancelled or detached while this ran: another job (or none) owns the chunks
    // now, and writing these would put back what the reset removed.
    if ((await queue.renew(job, this.leaseOf(job), leaseMs)) !== 'in_progress') return undefined;
    await chunks.replace(job.tenant, job.vectorStoreId, job.fileId, pieces);
    return { text: extracted.text };
  }

  /**
   * The job lost its store file after it may have written chunks. Detached or cancelled: they go.
   * Attached again (in progress, or completed by the job that followed): they are that job's now.
   */
  private async takeBack(job: IngestJob): Promise<void> {
    const now = await this.deps.storeFiles.getFile(job.tenant, job.vectorStoreId, job.fileId);
    if (now?.status === 'in_progress' || now?.status === 'completed') return;
    await this.deps.chunks.remove(job.tenant, job.vectorStoreId, job.fileId);
  }
}

function serverError(error: unknown): StoreFileError {
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'server_error', message: `Ingesting the file failed: ${message}` };
}
