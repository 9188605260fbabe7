/** The drizzle conditions and columns of vector stores that both dialects' tables spell alike. */
import { and, eq, sql, type Column, type SQL } from 'drizzle-orm';
import { totalsJson } from './vector-stores-rows.js';
import type { IngestJob } from './vector-stores.js';

type StoreTable = Record<
  | 'id'
  | 'name'
  | 'metadata'
  | 'createdAt'
  | 'lastActiveAt'
  | 'expiresAfter'
  | 'expiresAt'
  | 'searchMode'
  | 'embeddingModel'
  | 'embeddingDimensions',
  Column
>;

/** A store's columns and its files' totals (one correlated subquery): a VectorStoreRow to select. */
export function storeColumns<T extends StoreTable>(
  table: T,
  jsonObject: Parameters<typeof totalsJson>[0],
): Pick<T, keyof StoreTable> & { totals: SQL<unknown> } {
  return {
    id: table.id,
    name: table.name,
    metadata: table.metadata,
    createdAt: table.createdAt,
    lastActiveAt: table.lastActiveAt,
    expiresAfter: table.expiresAfter,
    expiresAt: table.expiresAt,
    searchMode: table.searchMode,
    embeddingModel: table.embeddingModel,
    embeddingDimensions: table.embeddingDimensions,
    totals: sql<unknown>`(SELECT ${sql.raw(totalsJson(jsonObject))} FROM vector_store_files f
      WHERE f.tenant = vector_stores.tenant AND f.vector_store_id = vector_stores.id)`,
  };
}

/**
 * The job's row while `owner` holds it for this attempt: a lease that lapsed and was handed on
 * (to another runner, or to this one again) is another attempt.
 */
export function leasedBy(
  table: Record<'tenant' | 'vectorStoreId' | 'fileId' | 'leaseOwner' | 'attempts', Column>,
  job: IngestJob,
  owner: string,
) {
  return and(
    eq(table.tenant, job.tenant),
    eq(table.vectorStoreId, job.vectorStoreId),
    eq(table.fileId, job.fileId),
    eq(table.leaseOwner, owner),
    eq(table.attempts, job.attempts),
  );
}

/** The rows of one store of the tenant, in a table that has both (its files, its chunks). */
export function inStore(
  table: Record<'tenant' | 'vectorStoreId', Column>,
  tenant: string,
  vectorStoreId: string,
): SQL[] {
  return [eq(table.tenant, tenant), eq(table.vectorStoreId, vectorStoreId)];
}

/**
 * What attaching a file already in the store sets (ON CONFLICT … DO UPDATE): in_progress again,
 * unleased, with the new row's attributes, chunking, time and batch, as if new (its seq, its
 * place in lists, kept).
 */
export function resetOnConflict() {
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  return {
    status: 'in_progress',
    attributes: excluded('attributes'),
    maxChunkSizeTokens: excluded('max_chunk_size_tokens'),
    chunkOverlapTokens: excluded('chunk_overlap_tokens'),
    usageBytes: 0,
    lastError: null,
    createdAt: excluded('created_at'),
    batchId: excluded('batch_id'),
    content: null,
    leaseOwner: null,
    leaseExpiresAt: null,
    attempts: 0,
  };
}
