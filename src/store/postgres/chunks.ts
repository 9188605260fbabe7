/**
 * The chunk index on PostgreSQL: rows in vector_store_chunks, whose generated `tsv` column (GIN
 * indexed) is the keyword index, and whose `embedding real[]` is compared with the query's by a
 * cosine similarity computed in SQL, over the store's chunks.
 *
 * That vector search is exact and reads every embedding of the store: this machine's Debian has no
 * pgvector package. pgvector slots in here, and only here: a `vector(n)` column (or an expression
 * index casting `embedding`) with an HNSW index using vector_cosine_ops, and `ORDER BY embedding
 * <=> $query` in chunkStatements.nearest; the engine sees only ChunkIndex.
 */
import type pg from 'pg';
import { keywordScore, searchRankings, vectorScore } from '../chunk-fusion.js';
import { queryTerms } from '../chunk-terms.js';
import type { ChunkHit, ChunkIndex, ChunkInput, ChunkQuery } from '../chunks.js';
import type { PostgresDatabase } from './database.js';
import { chunkStatements } from './chunks-statements.js';

/** The terms as a tsquery: each a quoted lexeme (to_tsquery stems it and drops stop words), any of them matching. */
const tsQuery = (terms: string[]) => terms.map((term) => `'${term}'`).join(' | ');

/** PostgreSQL's text refuses U+0000 (and a chunk's text is searched, not handed back byte for byte). */
const storable = (text: string) => (text.includes('\u0000') ? text.replaceAll('\u0000', '') : text);

/** An array literal, for the real[] column (pg would send a Float32Array as its toString()). */
const realArray = (vector: Float32Array) => `{${vector.join(',')}}`;

interface HitRow {
  fileId: string;
  chunkIndex: number;
  text: string;
  /** ts_rank_cd for keyword, cosine similarity for vector. */
  score: number;
}

const toHits = (rows: HitRow[], score: (value: number) => number): ChunkHit[] =>
  rows.map((row) => ({ fileId: row.fileId, index: row.chunkIndex, text: row.text, score: score(row.score) }));

export class PostgresChunkIndex implements ChunkIndex {
  private readonly pool: pg.Pool;

  constructor(database: PostgresDatabase) {
    this.pool = database.pool;
  }

  async replace(tenant: string, vectorStoreId: string, fileId: string, chunks: ChunkInput[]): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query({ ...chunkStatements.deleteFile, values: [tenant, vectorStoreId, fileId] });
      await client.query({
        ...chunkStatements.insert,
        values: [
          tenant,
          vectorStoreId,
          fileId,
          chunks.map((chunk) => chunk.index),
          chunks.map((chunk) => storable(chunk.text)),
          chunks.map((chunk) => chunk.tokens),
          chunks.map((chunk) => (chunk.embedding ? realArray(chunk.embedding) : null)),
        ],
      });
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async remove(tenant: string, vectorStoreId: string, fileId?: string): Promise<void> {
    if (fileId === undefined)
      await this.pool.query({ ...chunkStatements.deleteStore, values: [tenant, vectorStoreId] });
    else await this.pool.query({ ...chunkStatements.deleteFile, values: [tenant, vectorStoreId, fileId] });
  }

  async search(tenant: string, query: ChunkQuery): Promise<ChunkHit[]> {
    return searchRankings(query, {
      keyword: (depth) => this.keyword(tenant, query, depth),
      vector: (depth) => this.nearest(tenant, query, depth),
    });
  }

  private async keyword(tenant: string, query: ChunkQuery, limit: number): Promise<ChunkHit[]> {
    const terms = queryTerms(query.text);
    if (terms.length === 0) return [];
    const { rows } = await this.pool.query<HitRow>({
      ...chunkStatements.matching,
      values: [tenant, query.vectorStoreId, tsQuery(terms), query.fileIds ?? null, limit],
    });
    return toHits(rows, keywordScore);
  }

  private async nearest(tenant: string, query: ChunkQuery, limit: number): Promise<ChunkHit[]> {
    if (!query.embedding) throw new Error(`a ${query.mode} search needs the query's embedding`);
    const { rows } = await this.pool.query<HitRow>({
      ...chunkStatements.nearest,
      values: [tenant, query.vectorStoreId, Array.from(query.embedding), query.fileIds ?? null, limit],
    });
    return toHits(rows, vectorScore);
  }
}
