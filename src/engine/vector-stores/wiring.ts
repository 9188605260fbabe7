/**
 * Builds the Vector Stores API's parts for the composition root (src/gateway.ts): the service the
 * handlers call, the ingestion runner, and the sweep of expired stores.
 */
import type { Logger } from 'pino';
import type { FileStore } from '../../store/files.js';
import type { Store } from '../../store/store.js';
import { BackgroundRunner, type RunnerOptions } from '../background.js';
import { IngestJobs } from './ingest.js';
import type { Retrieval } from './retrieval.js';
import { VectorStoresService } from './service.js';

export interface VectorStoresOptions {
  retrieval: Retrieval;
  /** This process's name in leases. */
  owner: string;
  leaseMs: number;
  runner: RunnerOptions;
  /** How often expired stores are deleted (they are 404s from the moment they expire). */
  sweepMs: number;
}

export interface VectorStoresParts {
  service: VectorStoresService;
  jobs: IngestJobs;
  start(): void;
  /** Stops claiming and waits (at most `timeoutMs`) for the jobs in progress. */
  stop(timeoutMs: number): Promise<void>;
}

export function vectorStoresOf(
  store: Store,
  files: FileStore,
  options: VectorStoresOptions,
  log: Logger,
): VectorStoresParts {
  const { retrieval } = options;
  const jobs = new IngestJobs({
    queue: store.ingestion,
    chunks: store.chunks,
    files,
    storeFiles: store.vectorStores,
    retrieval,
    owner: options.owner,
    leaseMs: options.leaseMs,
  });
  const service = new VectorStoresService({
    repo: store.vectorStores,
    files,
    retrieval,
    queued: jobs.queued,
  });
  const runner = new BackgroundRunner(jobs, options.runner, log.child({ component: 'ingestion' }));
  let sweeper: NodeJS.Timeout | undefined;
  const sweep = () =>
    void service
      .sweepExpired()
      .catch((error: unknown) => log.error({ err: error }, 'deleting expired vector stores failed'));
  return {
    service,
    jobs,
    start() {
      runner.start();
      sweep();
      sweeper = setInterval(sweep, options.sweepMs).unref();
    },
    stop(timeoutMs) {
      clearInterval(sweeper);
      return runner.stop(timeoutMs);
    },
  };
}
