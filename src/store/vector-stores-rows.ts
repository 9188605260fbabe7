/**
 * What both dialects' vector-store repositories share: rows to records, a batch's derived status,
 * the expiry arithmetic, and the one message of a job failed for running out of attempts.
 */
import type {
  Attributes,
  BatchRecord,
  EmbeddingSpec,
  ExpiresAfter,
  FileCounts,
  IngestJob,
  IngestOutcome,
  NewVectorStore,
  NewStoreFile,
  SearchMode,
  StoreFileError,
  StoreFileRecord,
  StoreFileStatus,
  VectorStoreChanges,
  VectorStoreRecord,
} from './vector-stores.js';

const DAY_SECONDS = 86_400;

/** The store columns as both schemas name them. */
export interface VectorStoreRow {
  id: string;
  name: string;
  metadata: unknown;
  createdAt: number;
  lastActiveAt: number;
  expiresAfter: unknown;
  expiresAt: number | null;
  searchMode: string | null;
  embeddingModel: string | null;
  embeddingDimensions: number | null;
}

/** A store's (or a batch's) files added up by status, and its completed files' bytes. */
export interface FileTotals extends FileCounts {
  usageBytes: number;
}

export interface StoreFileRow {
  vectorStoreId: string;
  fileId: string;
  status: string;
  attributes: unknown;
  maxChunkSizeTokens: number;
  chunkOverlapTokens: number;
  usageBytes: number;
  lastError: unknown;
  createdAt: number;
  batchId: string | null;
}

const STATUSES: StoreFileStatus[] = ['in_progress', 'completed', 'failed', 'cancelled'];

/**
 * FileTotals over the rows of `vector_store_files f` a correlated subquery selects, as one JSON
 * object (so a store, or a page of them, is read with its counts in one query): `jsonObject` is
 * SQLite's json_object or PostgreSQL's json_build_object.
 */
export function totalsJson(jsonObject: 'json_object' | 'json_build_object'): string {
  const byStatus = STATUSES.map((s) => `'${s}', count(*) FILTER (WHERE f.status = '${s}')`);
  const usage = `coalesce(sum(f.usage_bytes) FILTER (WHERE f.status = 'completed'), 0)`;
  return `${jsonObject}(${byStatus.join(', ')}, 'total', count(*), 'usageBytes', ${usage})`;
}

/** totalsJson's object as the driver returns it: text from SQLite, parsed already from PostgreSQL. */
export function toTotals(raw: unknown): FileTotals {
  const totals = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, unknown> | null;
  const n = (key: keyof FileTotals) => Number(totals?.[key] ?? 0);
  return {
    in_progress: n('in_progress'),
    completed: n('completed'),
    failed: n('failed'),
    cancelled: n('cancelled'),
    total: n('total'),
    usageBytes: n('usageBytes'),
  };
}

export function counts({ usageBytes: _, ...fileCounts }: FileTotals): FileCounts {
  return fileCounts;
}

export function embeddingOf(model: string | null, dimensions: number | null): EmbeddingSpec | null {
  return model !== null && dimensions !== null ? { model, dimensions } : null;
}

/** A claimed row, as both dialects' claim statements return it. */
export interface ClaimedRow {
  tenant: string;
  vector_store_id: string;
  file_id: string;
  max_chunk_size_tokens: number;
  chunk_overlap_tokens: number;
  attempts: number;
  embedding_model: string | null;
  embedding_dimensions: number | null;
}

/** `text` decodes what the driver returned as text (PostgreSQL's escape of U+0000). */
export function toIngestJob(row: ClaimedRow, text: (value: string) => string = (v) => v): IngestJob {
  return {
    tenant: text(row.tenant),
    vectorStoreId: text(row.vector_store_id),
    fileId: text(row.file_id),
    chunking: { maxChunkSizeTokens: row.max_chunk_size_tokens, chunkOverlapTokens: row.chunk_overlap_tokens },
    embedding: embeddingOf(row.embedding_model && text(row.embedding_model), row.embedding_dimensions),
    attempts: row.attempts,
  };
}

export function toBatchRecord(
  vectorStoreId: string,
  row: { id: string; createdAt: number; cancelled: boolean; totals: unknown },
): BatchRecord {
  const fileCounts = counts(toTotals(row.totals));
  return {
    id: row.id,
    vectorStoreId,
    createdAt: row.createdAt,
    status: batchStatus(row.cancelled, fileCounts),
    fileCounts,
  };
}

export function toVectorStoreRecord(row: VectorStoreRow, totals: FileTotals): VectorStoreRecord {
  return {
    id: row.id,
    name: row.name,
    metadata: (row.metadata ?? null) as Record<string, string> | null,
    createdAt: row.createdAt,
    lastActiveAt: row.lastActiveAt,
    expiresAfter: (row.expiresAfter ?? null) as ExpiresAfter | null,
    expiresAt: row.expiresAt,
    searchMode: row.searchMode as SearchMode | null,
    embedding: embeddingOf(row.embeddingModel, row.embeddingDimensions),
    usageBytes: totals.usageBytes,
    fileCounts: counts(totals),
  };
}

export function toStoreFileRecord(row: StoreFileRow): StoreFileRecord {
  return {
    vectorStoreId: row.vectorStoreId,
    fileId: row.fileId,
    status: row.status as StoreFileStatus,
    attributes: (row.attributes ?? null) as Attributes | null,
    chunking: { maxChunkSizeTokens: row.maxChunkSizeTokens, chunkOverlapTokens: row.chunkOverlapTokens },
    usageBytes: Number(row.usageBytes),
    lastError: (row.lastError ?? null) as StoreFileError | null,
    createdAt: row.createdAt,
    batchId: row.batchId,
  };
}

/** cancelled once cancelled; in_progress while any file is; failed when every file failed; else completed. */
export function batchStatus(cancelled: boolean, fileCounts: FileCounts): BatchRecord['status'] {
  if (cancelled) return 'cancelled';
  if (fileCounts.in_progress > 0) return 'in_progress';
  if (fileCounts.total > 0 && fileCounts.failed === fileCounts.total) return 'failed';
  return 'completed';
}

/** When a store with this policy expires, its anchor (last_active_at) being `lastActiveAt`. */
export function expiresAtFrom(expiresAfter: ExpiresAfter | null, lastActiveAt: number): number | null {
  return expiresAfter ? lastActiveAt + expiresAfter.days * DAY_SECONDS : null;
}

export { DAY_SECONDS };

/** The columns an update sets (only those it changes; expires_at follows a new policy). */
export function storeChanges(changes: VectorStoreChanges, lastActiveAt: number) {
  const set: {
    name?: string;
    metadata?: Record<string, string> | null;
    expiresAfter?: ExpiresAfter | null;
    expiresAt?: number | null;
    searchMode?: SearchMode | null;
  } = {};
  if (changes.name !== undefined) set.name = changes.name;
  if (changes.metadata !== undefined) set.metadata = changes.metadata;
  if (changes.searchMode !== undefined) set.searchMode = changes.searchMode;
  if (changes.expiresAfter !== undefined) {
    set.expiresAfter = changes.expiresAfter;
    set.expiresAt = expiresAtFrom(changes.expiresAfter, lastActiveAt);
  }
  return Object.keys(set).length > 0 ? set : undefined;
}

/** One row per file id (the last one given wins): an upsert must not meet the same row twice. */
export function distinctFiles(files: NewStoreFile[]): NewStoreFile[] {
  return [...new Map(files.map((f) => [f.fileId, f])).values()];
}

/** A new store's columns, as both schemas name them (last_active_at starts at created_at). */
export function newStoreRow(tenant: string, store: NewVectorStore) {
  return {
    id: store.id,
    tenant,
    name: store.name,
    metadata: store.metadata,
    createdAt: store.createdAt,
    lastActiveAt: store.createdAt,
    expiresAfter: store.expiresAfter,
    expiresAt: store.expiresAt,
    searchMode: store.searchMode,
    embeddingModel: store.embedding?.model ?? null,
    embeddingDimensions: store.embedding?.dimensions ?? null,
  };
}

/** What a finished job writes: the lease released, the text kept for …/content when completed. */
export function finishedColumns(outcome: IngestOutcome) {
  return {
    status: outcome.status,
    usageBytes: outcome.status === 'completed' ? outcome.usageBytes : 0,
    content: outcome.status === 'completed' ? outcome.text : null,
    lastError: outcome.status === 'failed' ? outcome.lastError : null,
    leaseOwner: null,
    leaseExpiresAt: null,
  };
}

export const EXHAUSTED_ERROR: StoreFileError = {
  code: 'server_error',
  message: 'The file could not be ingested: its ingestion was interrupted too many times.',
};
