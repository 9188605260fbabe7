/**
 * The chunk index on SQLite: rows in vector_store_chunks, words in its FTS5 table (kept in step by
 * the migration's triggers), embeddings in sqlite-vec's tables (chunk-vectors.ts). A search joins
 * its hits to vector_store_files so that only completed store files' chunks are found.
 */
import type Sqlite from 'better-sqlite3';
import { fuseRankings, fusionDepth, keywordScore, vectorScore } from '../chunk-fusion.js';
import { queryTerms } from '../chunk-terms.js';
import type { ChunkHit, ChunkIndex, ChunkInput, ChunkQuery } from '../chunks.js';
import { ChunkVectors, MAX_K } from './chunk-vectors.js';
import type { SqliteDb } from './database.js';

/** The terms as an FTS5 query: each a quoted string (so no word is an operator), any of them matching. */
const ftsQuery = (terms: string[]) => terms.map((term) => `"${term}"`).join(' OR ');

interface KeywordRow {
  fileId: string;
  chunkIndex: number;
  text: string;
  relevance: number;
}

export class SqliteChunkIndex implements ChunkIndex {
  private readonly vectors: ChunkVectors;
  private readonly insertChunk: Sqlite.Statement;
  private readonly deleteFile: Sqlite.Statement;
  private readonly deleteStore: Sqlite.Statement;
  private readonly matching: Sqlite.Statement;
  private readonly writeFile: (
    tenant: string,
    vectorStoreId: string,
    fileId: string,
    chunks: ChunkInput[],
  ) => void;

  constructor(db: SqliteDb) {
    const sqlite = db.$client;
    this.vectors = new ChunkVectors(sqlite);
    this.insertChunk = sqlite.prepare(
      `INSERT INTO vector_store_chunks (tenant, vector_store_id, file_id, chunk_index, text, tokens)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.deleteFile = sqlite.prepare(
      'DELETE FROM vector_store_chunks WHERE tenant = ? AND vector_store_id = ? AND file_id = ?',
    );
    this.deleteStore = sqlite.prepare(
      'DELETE FROM vector_store_chunks WHERE tenant = ? AND vector_store_id = ?',
    );
    // FTS5 first (CROSS JOIN keeps the planner from probing the index once per chunk of the store);
    // bm25() is negative, more negative is better.
    this.matching = sqlite.prepare(
      `SELECT c.file_id AS fileId, c.chunk_index AS chunkIndex, c.text AS text,
              -bm25(vector_store_chunks_fts) AS relevance
       FROM vector_store_chunks_fts
       CROSS JOIN vector_store_chunks c ON c.id = vector_store_chunks_fts.rowid
       CROSS JOIN vector_store_files f ON f.tenant = c.tenant AND f.vector_store_id = c.vector_store_id
         AND f.file_id = c.file_id
       WHERE vector_store_chunks_fts MATCH @match AND c.tenant = @tenant AND c.vector_store_id = @store
         AND f.status = 'completed'
         AND (@files IS NULL OR c.file_id IN (SELECT value FROM json_each(@files)))
       ORDER BY relevance DESC, c.id
       LIMIT @limit`,
    );
    this.writeFile = sqlite.transaction(
      (tenant: string, vectorStoreId: string, fileId: string, chunks: ChunkInput[]) => {
        this.deleteFile.run(tenant, vectorStoreId, fileId);
        for (const chunk of chunks) {
          const { lastInsertRowid } = this.insertChunk.run(
            tenant,
            vectorStoreId,
            fileId,
            chunk.index,
            chunk.text,
            chunk.tokens,
          );
          if (chunk.embedding) this.vectors.insert(lastInsertRowid, vectorStoreId, fileId, chunk.embedding);
        }
      },
    );
  }

  async replace(tenant: string, vectorStoreId: string, fileId: string, chunks: ChunkInput[]): Promise<void> {
    this.writeFile(tenant, vectorStoreId, fileId, chunks);
  }

  async remove(tenant: string, vectorStoreId: string, fileId?: string): Promise<void> {
    if (fileId === undefined) this.deleteStore.run(tenant, vectorStoreId);
    else this.deleteFile.run(tenant, vectorStoreId, fileId);
  }

  async search(tenant: string, query: ChunkQuery): Promise<ChunkHit[]> {
    if (query.limit < 1 || query.fileIds?.length === 0) return [];
    switch (query.mode) {
      case 'keyword':
        return this.keyword(tenant, query, query.limit);
      case 'vector':
        return this.nearest(tenant, query, query.limit);
      case 'hybrid': {
        const depth = fusionDepth(query.limit);
        return fuseRankings(
          [this.keyword(tenant, query, depth), this.nearest(tenant, query, depth)],
          query.limit,
        );
      }
    }
  }

  private keyword(tenant: string, query: ChunkQuery, limit: number): ChunkHit[] {
    const terms = queryTerms(query.text);
    if (terms.length === 0) return [];
    const rows = this.matching.all({
      match: ftsQuery(terms),
      tenant,
      store: query.vectorStoreId,
      files: query.fileIds ? JSON.stringify(query.fileIds) : null,
      limit,
    }) as KeywordRow[];
    return rows.map((row) => ({
      fileId: row.fileId,
      index: row.chunkIndex,
      text: row.text,
      score: keywordScore(row.relevance),
    }));
  }

  /**
   * The index's k nearest, of which those of other tenants or of store files not completed are
   * dropped: while that leaves fewer than `limit` and the index had more, ask again for more.
   */
  private nearest(tenant: string, query: ChunkQuery, limit: number): ChunkHit[] {
    if (!query.embedding) throw new Error(`a ${query.mode} search needs the query's embedding`);
    for (let k = Math.min(limit, MAX_K); ; k = Math.min(k * 4, MAX_K)) {
      const neighbours = this.vectors.nearest(tenant, query.vectorStoreId, query.embedding, k, query.fileIds);
      const hits: ChunkHit[] = [];
      for (const { fileId, chunkIndex, text, distance } of neighbours)
        if (fileId !== null && chunkIndex !== null && text !== null)
          hits.push({ fileId, index: chunkIndex, text, score: vectorScore(1 - distance) });
      if (hits.length >= limit || neighbours.length < k || k === MAX_K) return hits.slice(0, limit);
    }
  }
}
