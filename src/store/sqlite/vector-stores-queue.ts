/**
 * The ingestion queue on SQLite: the in_progress rows of vector_store_files, leased as background
 * responses are (lease times in Unix ms). A claim is one UPDATE … RETURNING, so two runners (in
 * two processes too: SQLite has one writer at a time) never take the same job. A job's writes
 * check its owner and its attempt, so a runner whose lease lapsed and was handed on writes nothing.
 */
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import { EXHAUSTED_ERROR, finishedColumns, toIngestJob, type ClaimedRow } from '../vector-stores-rows.js';
import { leasedBy } from '../vector-stores-sql.js';
import type { IngestJob, IngestOutcome, IngestQueue, StoreFileStatus } from '../vector-stores.js';
import type { SqliteDb } from './database.js';
import { vectorStoreFiles, vectorStores } from './schema.js';

export class SqliteIngestQueue implements IngestQueue {
  constructor(private readonly db: SqliteDb) {}

  async claim(owner: string, leaseMs: number, now = Date.now()) {
    const row = this.db.get<ClaimedRow | undefined>(sql`
      UPDATE vector_store_files
        SET lease_owner = ${owner}, lease_expires_at = ${now + leaseMs}, attempts = attempts + 1
      WHERE rowid = (
          SELECT rowid FROM vector_store_files
          WHERE status = 'in_progress' AND (lease_expires_at IS NULL OR lease_expires_at < ${now})
          ORDER BY seq LIMIT 1)
      RETURNING tenant, vector_store_id, file_id, max_chunk_size_tokens, chunk_overlap_tokens, attempts,
        (SELECT embedding_model FROM ${vectorStores} s WHERE s.id = vector_store_id) AS embedding_model,
        (SELECT embedding_dimensions FROM ${vectorStores} s WHERE s.id = vector_store_id) AS embedding_dimensions`);
    if (!row) return undefined;
    return toIngestJob(row);
  }

  async renew(job: IngestJob, owner: string, leaseMs: number) {
    const [row] = this.db
      .update(vectorStoreFiles)
      .set({ leaseExpiresAt: Date.now() + leaseMs })
      .where(leasedBy(vectorStoreFiles, job, owner))
      .returning({ status: vectorStoreFiles.status })
      .all();
    return row?.status as StoreFileStatus | undefined;
  }

  async finish(job: IngestJob, owner: string, outcome: IngestOutcome) {
    const written = this.db
      .update(vectorStoreFiles)
      .set(finishedColumns(outcome))
      .where(and(leasedBy(vectorStoreFiles, job, owner), eq(vectorStoreFiles.status, 'in_progress')))
      .run();
    return written.changes > 0;
  }

  async failExhausted(maxAttempts: number, now = Date.now()) {
    const written = this.db
      .update(vectorStoreFiles)
      .set({ status: 'failed', lastError: EXHAUSTED_ERROR, leaseOwner: null, leaseExpiresAt: null })
      .where(
        and(
          eq(vectorStoreFiles.status, 'in_progress'),
          lt(vectorStoreFiles.leaseExpiresAt, now),
          gte(vectorStoreFiles.attempts, maxAttempts),
        ),
      )
      .run();
    return written.changes;
  }
}
