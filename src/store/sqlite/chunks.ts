/**
 * The chunk index on SQLite: rows in vector_store_chunks, words in its FTS5 table (kept in step by
 * the migration's triggers), embeddings in sqlite-vec's tables (chunk-vectors.ts). A search joins
 * its hits to vector_store_files so that only completed store files' chunks are found.
 */
import type Sqlite from 'better-sqlite3';
import { keywordScore, searchRankings, vectorScore } from '../chunk-fusion.js';
import { queryTerms } from '../chunk-terms.js';
import type { ChunkHit, ChunkIndex, ChunkInput, ChunkQuery } from '../chunks.js';
import { ChunkVectors, MAX_K } from './chunk-vectors.js';
import type { SqliteDb } from './database.js';

/** The terms as an FTS5 query: each a quoted string (so no word is an operator), any of them matching. */
const ftsQuery = (terms: string[]) => terms.map((term) => `"${term}"`).join(' OR ');

/**
 * One of a ranking's first k candidates, joined to its chunk and store file: the fields are null
 * when it is not one to find (another tenant's, another store's, a file not completed or not
 * among the query's fileIds).
 */
interface Candidate {
  fileId: string | null;
  chunkIndex: number | null;
  text: string | null;
  /** The ranking's: −bm25 for keyword (higher is better), the cosine distance for vector (lower is). */
  value: number;
}

/**
 * The first `limit` candidates to find, of the first k of a ranking (k from `k`): while the k
 * held fewer and the ranking had more than k, again with k four times larger (up to maxK).
 * Filtering after the ranking keeps the index's own order and costs a join per candidate, not per
 * match: a query's words match thousands of chunks, of which ten are wanted.
 */
function firstFound(
  limit: number,
  [start, maxK]: [k: number, maxK: number],
  candidates: (k: number) => Candidate[],
  score: (value: number) => number,
): ChunkHit[] {
  for (let k = Math.min(start, maxK); ; k = Math.min(4 * k, maxK)) {
    const ranked = candidates(k);
    const hits: ChunkHit[] = [];
    for (const { fileId, chunkIndex, text, value } of ranked)
      if (fileId !== null && chunkIndex !== null && text !== null)
        hits.push({ fileId, index: chunkIndex, text, score: score(value) });
    if (hits.length >= limit || ranked.length < k || k === maxK) return hits.slice(0, limit);
  }
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
    // The FTS5 index is every store's: its best k, then those of this store (bm25() is negative,
    // more negative is better).
    this.matching = sqlite.prepare(
      `WITH ranked AS MATERIALIZED (
         SELECT rowid AS id, bm25(vector_store_chunks_fts) AS bm25 FROM vector_store_chunks_fts
         WHERE vector_store_chunks_fts MATCH @match ORDER BY bm25, rowid LIMIT @k
       )
       SELECT f.file_id AS fileId, c.chunk_index AS chunkIndex, c.text AS text, -ranked.bm25 AS value
       FROM ranked
       LEFT JOIN vector_store_chunks c ON c.id = ranked.id AND c.tenant = @tenant AND c.vector_store_id = @store
         AND (@files IS NULL OR c.file_id IN (SELECT value FROM json_each(@files)))
       LEFT JOIN vector_store_files f ON f.tenant = c.tenant AND f.vector_store_id = c.vector_store_id
         AND f.file_id = c.file_id AND f.status = 'completed'
       ORDER BY ranked.bm25, ranked.id`,
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
    return searchRankings(query, {
      keyword: (depth) => this.keyword(tenant, query, depth),
      vector: (depth) => this.nearest(tenant, query, depth),
    });
  }

  private keyword(tenant: string, query: ChunkQuery, limit: number): ChunkHit[] {
    const terms = queryTerms(query.text);
    if (terms.length === 0) return [];
    const params = {
      match: ftsQuery(terms),
      tenant,
      store: query.vectorStoreId,
      files: query.fileIds ? JSON.stringify(query.fileIds) : null,
    };
    const candidates = (k: number) => this.matching.all({ ...params, k }) as Candidate[];
    return firstFound(limit, [2 * limit, Number.MAX_SAFE_INTEGER], candidates, keywordScore);
  }

  private nearest(tenant: string, query: ChunkQuery, limit: number): ChunkHit[] {
    const { embedding, vectorStoreId, fileIds } = query;
    if (!embedding) throw new Error(`a ${query.mode} search needs the query's embedding`);
    const candidates = (k: number) => this.vectors.nearest(tenant, vectorStoreId, embedding, k, fileIds);
    // k = limit: vec0's cost grows with k (100k vectors of 256: 21 ms for k = 20, 30 for 100), and a
    // second round (a store file whose chunks are written but not yet completed) is rare.
    return firstFound(limit, [limit, MAX_K], candidates, (distance) => vectorScore(1 - distance));
  }
}
