/**
 * The chunk index of vector stores: the chunks of each store file, searchable by keyword (SQLite
 * FTS5's BM25; PostgreSQL's full-text search), by vector (sqlite-vec's index; a PostgreSQL
 * implementation may use pgvector) or both fused (reciprocal rank fusion). The engine and
 * retrieval see only this interface, so an index can be swapped per dialect without touching them.
 * Only chunks of store files that are `completed` are ever found.
 */
import type { SearchMode } from './vector-stores.js';

export interface ChunkInput {
  /** The chunk's place in its file, from 0. */
  index: number;
  text: string;
  tokens: number;
  /** Present when the store has an embedding model; its length is the store's dimensions. */
  embedding?: Float32Array | undefined;
}

export interface ChunkQuery {
  vectorStoreId: string;
  /** The query text, for keyword search. */
  text: string;
  /** The query's embedding, for vector and hybrid search (the store's model and dimensions). */
  embedding?: Float32Array | undefined;
  mode: SearchMode;
  /** At most this many hits. */
  limit: number;
  /** Only chunks of these files (what the request's filters left); undefined: every file. */
  fileIds?: readonly string[] | undefined;
}

export interface ChunkHit {
  fileId: string;
  index: number;
  text: string;
  /** In [0, 1], higher is better; comparable within one mode, so a score_threshold means something. */
  score: number;
}

export interface ChunkIndex {
  /** Replaces a store file's chunks with these, in one transaction. */
  replace(tenant: string, vectorStoreId: string, fileId: string, chunks: ChunkInput[]): Promise<void>;
  /** Removes a store file's chunks, or with no fileId every chunk of the store. */
  remove(tenant: string, vectorStoreId: string, fileId?: string): Promise<void>;
  /** The best hits first. */
  search(tenant: string, query: ChunkQuery): Promise<ChunkHit[]>;
}
