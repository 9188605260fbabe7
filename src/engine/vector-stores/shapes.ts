/**
 * The Vector Stores API's shapes as the engine sees them. They stand in for the contract's types
 * (src/api-types.ts) until the contract lands; then every name here becomes an alias of the
 * generated type and nothing else changes.
 */
import type { Attributes, SearchMode, StoreFileStatus } from '../../store/vector-stores.js';

export type ChunkingStrategyParam =
  | { type: 'auto' }
  | { type: 'static'; static: { max_chunk_size_tokens: number; chunk_overlap_tokens: number } };

export interface FileCountsObject {
  in_progress: number;
  completed: number;
  failed: number;
  cancelled: number;
  total: number;
}

export interface VectorStoreObject {
  id: string;
  object: 'vector_store';
  created_at: number;
  name: string;
  usage_bytes: number;
  file_counts: FileCountsObject;
  status: 'expired' | 'in_progress' | 'completed';
  expires_after?: { anchor: 'last_active_at'; days: number };
  expires_at?: number | null;
  last_active_at: number | null;
  metadata: Record<string, string> | null;
}

export interface VectorStoreFileObject {
  id: string;
  object: 'vector_store.file';
  usage_bytes: number;
  created_at: number;
  vector_store_id: string;
  status: StoreFileStatus;
  last_error: { code: 'server_error' | 'unsupported_file' | 'invalid_file'; message: string } | null;
  chunking_strategy?: {
    type: 'static';
    static: { max_chunk_size_tokens: number; chunk_overlap_tokens: number };
  };
  attributes?: Attributes | null;
}

export interface VectorStoreFileBatchObject {
  id: string;
  object: 'vector_store.files_batch';
  created_at: number;
  vector_store_id: string;
  status: 'in_progress' | 'completed' | 'cancelled' | 'failed';
  file_counts: FileCountsObject;
}

export interface VectorStoreFileContentResponse {
  object: 'vector_store.file_content.page';
  data: Array<{ type: 'text'; text: string }>;
  has_more: boolean;
  next_page: string | null;
}

export interface VectorStoreSearchResultItem {
  file_id: string;
  filename: string;
  score: number;
  attributes: Attributes | null;
  content: Array<{ type: 'text'; text: string }>;
}

export interface VectorStoreSearchResultsPage {
  object: 'vector_store.search_results.page';
  search_query: string[];
  data: VectorStoreSearchResultItem[];
  has_more: boolean;
  next_page: string | null;
}

export interface CreateVectorStoreRequest {
  file_ids?: string[];
  name?: string;
  description?: string;
  expires_after?: { anchor: 'last_active_at'; days: number };
  chunking_strategy?: ChunkingStrategyParam;
  metadata?: Record<string, string> | null;
  search_mode?: SearchMode;
}

export interface UpdateVectorStoreRequest {
  name?: string | null;
  expires_after?: { anchor: 'last_active_at'; days: number } | null;
  metadata?: Record<string, string> | null;
}

export interface CreateVectorStoreFileRequest {
  file_id: string;
  chunking_strategy?: ChunkingStrategyParam;
  attributes?: Attributes | null;
}

export interface CreateVectorStoreFileBatchRequest {
  file_ids?: string[];
  files?: CreateVectorStoreFileRequest[];
  chunking_strategy?: ChunkingStrategyParam;
  attributes?: Attributes | null;
}

/** A comparison or compound filter over attributes (ComparisonFilter | CompoundFilter). */
export type SearchFilter =
  | { type: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'nin'; key: string; value: unknown }
  | { type: 'and' | 'or'; filters: SearchFilter[] };

export interface VectorStoreSearchRequest {
  query: string | string[];
  rewrite_query?: boolean;
  max_num_results?: number;
  filters?: SearchFilter;
  ranking_options?: { ranker?: 'none' | 'auto' | 'default-2024-11-15'; score_threshold?: number };
  search_mode?: SearchMode;
}
