/**
 * What the vector-store engine uses of src/retrieval/: the port, so the service and the ingestion
 * runner are tested with small fakes and src/gateway.ts plugs the real extraction, chunking,
 * embeddings and search in.
 */
import type { ChunkInput } from '../../store/chunks.js';
import type {
  Chunking,
  EmbeddingSpec,
  StoreFileError,
  VectorStoreRecord,
} from '../../store/vector-stores.js';
import type { FileContent } from '../files.js';
import type {
  ChunkingStrategyRequest,
  VectorStoreSearchRequest,
  VectorStoreSearchResultItem,
} from '../../api-types.js';

/** A file's text, or why it has none (a format not read, a file that cannot be parsed). */
export type Extracted = { text: string } | { error: StoreFileError };

export interface Embeddings {
  /** The configured model with its dimensions (learnt from a first call when not configured). */
  spec(): Promise<EmbeddingSpec>;
}

/** A chunk before it is embedded. */
export type PlainChunk = Omit<ChunkInput, 'embedding'>;

export interface Retrieval {
  /** A request's chunking_strategy as stored (auto → the defaults); a bad one → 400 naming `param`.… */
  chunkingOf(strategy: ChunkingStrategyRequest | undefined, param: string): Chunking;
  extract(file: FileContent): Promise<Extracted>;
  /** The text's chunks, or why it cannot be chunked (a text past the most one file may hold). */
  chunk(text: string, chunking: Chunking): Promise<PlainChunk[] | { error: StoreFileError }>;
  /** The chunks with their vectors, embedded in batches with the store's model (null: as they are). */
  embed(embedding: EmbeddingSpec | null, chunks: PlainChunk[], signal: AbortSignal): Promise<ChunkInput[]>;
  /** Undefined: no embedding model is configured, new stores are keyword-only. */
  embeddings: Embeddings | undefined;
  /**
   * Searches the stores (already looked up), each in the request's mode or its own; a malformed
   * query, filter or mode → 400 naming it.
   */
  search(
    tenant: string,
    stores: VectorStoreRecord[],
    request: VectorStoreSearchRequest,
    signal: AbortSignal,
  ): Promise<{ searchQuery: string[]; data: VectorStoreSearchResultItem[] }>;
}
