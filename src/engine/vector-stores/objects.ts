/** Vector-store records (store/vector-stores.ts) as the API objects OpenAI returns, and its 404s. */
import { notFound } from '../../errors.js';
import { chunkingStrategyOf } from '../../retrieval/chunk.js';
import type { BatchRecord, StoreFileRecord, VectorStoreRecord } from '../../store/vector-stores.js';
import type {
  VectorStoreFileBatchObject,
  VectorStoreFileObject,
  VectorStoreObject,
} from '../../api-types.js';

export const vectorStoreNotFound = (id: string) =>
  notFound(`No vector store found with id '${id}'.`, 'vector_store_id');

export const storeFileNotFound = (vectorStoreId: string, fileId: string) =>
  notFound(`No file found with id '${fileId}' in vector store '${vectorStoreId}'.`, 'file_id');

export const batchNotFound = (vectorStoreId: string, batchId: string) =>
  notFound(`No file batch found with id '${batchId}' in vector store '${vectorStoreId}'.`, 'batch_id');

/** An uploaded file the request names that the tenant does not have. */
export const uploadNotFound = (fileId: string, param: string) =>
  notFound(`No such File object: ${fileId}`, param);

export function vectorStoreObject(record: VectorStoreRecord): VectorStoreObject {
  return {
    id: record.id,
    object: 'vector_store',
    created_at: record.createdAt,
    name: record.name,
    usage_bytes: record.usageBytes,
    file_counts: { ...record.fileCounts },
    // Expired stores are never shown (they are 404s), so a store is in progress or completed.
    status: record.fileCounts.in_progress > 0 ? 'in_progress' : 'completed',
    ...(record.expiresAfter ? { expires_after: { ...record.expiresAfter } } : {}),
    expires_at: record.expiresAt,
    last_active_at: record.lastActiveAt,
    metadata: record.metadata ?? {},
    search_mode: record.searchMode,
  };
}

export function storeFileObject(record: StoreFileRecord): VectorStoreFileObject {
  return {
    id: record.fileId,
    object: 'vector_store.file',
    usage_bytes: record.usageBytes,
    created_at: record.createdAt,
    vector_store_id: record.vectorStoreId,
    status: record.status,
    last_error: record.lastError && { ...record.lastError },
    chunking_strategy: chunkingStrategyOf(record.chunking),
    attributes: record.attributes ?? {},
  };
}

export function batchObject(record: BatchRecord): VectorStoreFileBatchObject {
  return {
    id: record.id,
    object: 'vector_store.files_batch',
    created_at: record.createdAt,
    vector_store_id: record.vectorStoreId,
    status: record.status,
    file_counts: { ...record.fileCounts },
  };
}
