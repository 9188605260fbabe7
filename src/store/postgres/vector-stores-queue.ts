/**
 * The ingestion queue on PostgreSQL, with the semantics of sqlite/vector-stores-queue.ts (lease
 * times in Unix ms). The claim is one statement whose FOR UPDATE SKIP LOCKED lets runners of any
 * number of pools and processes claim at once, each a different job.
 */
import { and, eq, gte, lt } from 'drizzle-orm';
import type pg from 'pg';
import { EXHAUSTED_ERROR, finishedColumns, toIngestJob, type ClaimedRow } from '../vector-stores-rows.js';
import { leasedBy } from '../vector-stores-sql.js';
import type { IngestJob, IngestOutcome, IngestQueue, StoreFileStatus } from '../vector-stores.js';
import type { PostgresDatabase, PostgresDb } from './database.js';
import { vectorStoreFiles } from './schema.js';
import { fromPgText, toPgText } from './text.js';

/**
 * $1 owner, $2 now, $3 the lease's end: the oldest in_progress file whose lease is null or lapsed,
 * leased to $1, with its store's embedding model.
 */
const claimStatement = {
  name: 'vector_store_files_claim',
  text: `WITH job AS (
    SELECT tenant, vector_store_id, file_id FROM vector_store_files
    WHERE status = 'in_progress' AND (lease_expires_at IS NULL OR lease_expires_at < $2)
    ORDER BY seq LIMIT 1
    FOR UPDATE SKIP LOCKED
  )
  UPDATE vector_store_files f SET lease_owner = $1, lease_expires_at = $3, attempts = f.attempts + 1
  FROM job, vector_stores s
  WHERE f.tenant = job.tenant AND f.vector_store_id = job.vector_store_id AND f.file_id = job.file_id
    AND s.id = f.vector_store_id
  RETURNING f.tenant, f.vector_store_id, f.file_id, f.max_chunk_size_tokens, f.chunk_overlap_tokens,
    f.attempts, s.embedding_model, s.embedding_dimensions`,
};

export class PostgresIngestQueue implements IngestQueue {
  private readonly db: PostgresDb;
  private readonly pool: pg.Pool;

  constructor(database: PostgresDatabase) {
    this.db = database.db;
    this.pool = database.pool;
  }

  async claim(owner: string, leaseMs: number, now = Date.now()) {
    const { rows } = await this.pool.query<ClaimedRow>({
      ...claimStatement,
      values: [toPgText(owner), now, now + leaseMs],
    });
    const row = rows[0];
    if (!row) return undefined;
    return toIngestJob(row, fromPgText);
  }

  async renew(job: IngestJob, owner: string, leaseMs: number) {
    const [row] = await this.db
      .update(vectorStoreFiles)
      .set({ leaseExpiresAt: Date.now() + leaseMs })
      .where(leasedBy(vectorStoreFiles, job, owner))
      .returning({ status: vectorStoreFiles.status });
    return row?.status as StoreFileStatus | undefined;
  }

  async finish(job: IngestJob, owner: string, outcome: IngestOutcome) {
    const written = await this.db
      .update(vectorStoreFiles)
      .set(finishedColumns(outcome))
      .where(and(leasedBy(vectorStoreFiles, job, owner), eq(vectorStoreFiles.status, 'in_progress')));
    return (written.rowCount ?? 0) > 0;
  }

  async failExhausted(maxAttempts: number, now = Date.now()) {
    const written = await this.db
      .update(vectorStoreFiles)
      .set({ status: 'failed', lastError: EXHAUSTED_ERROR, leaseOwner: null, leaseExpiresAt: null })
      .where(
        and(
          eq(vectorStoreFiles.status, 'in_progress'),
          lt(vectorStoreFiles.leaseExpiresAt, now),
          gte(vectorStoreFiles.attempts, maxAttempts),
        ),
      );
    return written.rowCount ?? 0;
  }
}
