/**
 * The chunks' embeddings on SQLite: sqlite-vec's vec0 tables, one per dimension (a table's vectors
 * all have its length; stores made with different models live side by side), each made on first
 * use with a trigger that deletes a chunk's vector with its row, so the repository's deletes of
 * chunks (a store, a file, a re-added file) need not know these tables. The store id is vec0's
 * partition key, so a search reads only that store's vectors; the file id is a metadata column, so
 * a search restricted to some files (what the request's filters left) compares only theirs.
 */
import type Sqlite from 'better-sqlite3';

/** sqlite-vec's limit on a vector's length. */
const MAX_DIMENSIONS = 8192;
/** sqlite-vec's limit on a KNN query's k. */
export const MAX_K = 4096;

export interface Neighbour {
  fileId: string | null;
  chunkIndex: number | null;
  text: string | null;
  /** sqlite-vec's cosine distance, 1 − cosine similarity. */
  value: number;
}

const tableOf = (dimensions: number) => `vector_store_chunk_vectors_${dimensions}`;

/** The vector's bytes as vec0 reads a float32 vector. */
const bytesOf = (vector: Float32Array) => Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);

function checkDimensions(dimensions: number): void {
  // The length names the table: only a plain integer in vec0's range may go into the statement.
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > MAX_DIMENSIONS)
    throw new Error(`an embedding of ${dimensions} dimensions cannot be indexed (1 to ${MAX_DIMENSIONS})`);
}

interface Table {
  insert: Sqlite.Statement;
  /** By store; by store and files. */
  nearest: Sqlite.Statement;
  nearestInFiles: Sqlite.Statement;
}

export class ChunkVectors {
  private readonly tables = new Map<number, Table>();

  constructor(private readonly sqlite: Sqlite.Database) {}

  /** Inside the caller's transaction: the chunk's row is already there (its id is `chunkId`). */
  insert(chunkId: number | bigint, vectorStoreId: string, fileId: string, embedding: Float32Array): void {
    const table = this.table(embedding.length, true)!;
    // vec0 takes only an integer key, and better-sqlite3 binds a JS number as a float unless BigInt.
    table.insert.run(BigInt(chunkId), bytesOf(embedding), vectorStoreId, fileId);
  }

  /**
   * The k vectors of the store nearest the query, nearest first, joined to their chunk when it is
   * the tenant's and its store file is completed (the others come back with null fields, so the
   * caller can tell a short list from a filtered one). Empty when no vector of that length exists.
   */
  nearest(
    tenant: string,
    vectorStoreId: string,
    embedding: Float32Array,
    k: number,
    fileIds: readonly string[] | undefined,
  ): Neighbour[] {
    const table = this.table(embedding.length, false);
    if (!table) return [];
    const params = { tenant, store: vectorStoreId, embedding: bytesOf(embedding), k };
    return (
      fileIds === undefined
        ? table.nearest.all(params)
        : table.nearestInFiles.all({ ...params, files: JSON.stringify(fileIds) })
    ) as Neighbour[];
  }

  /** The table of vectors of this length and its statements; made first when `create`, else undefined if none. */
  private table(dimensions: number, create: boolean): Table | undefined {
    const known = this.tables.get(dimensions);
    if (known) return known;
    checkDimensions(dimensions);
    const name = tableOf(dimensions);
    if (create) {
      this.sqlite.exec(
        `CREATE VIRTUAL TABLE IF NOT EXISTS ${name} USING vec0(
           chunk_id INTEGER PRIMARY KEY,
           embedding float[${dimensions}] distance_metric=cosine,
           vector_store_id TEXT PARTITION KEY,
           file_id TEXT
         );
         CREATE TRIGGER IF NOT EXISTS ${name}_delete AFTER DELETE ON vector_store_chunks BEGIN
           DELETE FROM ${name} WHERE chunk_id = old.id;
         END;`,
      );
    } else if (!this.sqlite.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(name)) return undefined;
    const knn = (files: string) => `
      WITH knn AS MATERIALIZED (
        SELECT chunk_id, distance FROM ${name}
        WHERE embedding MATCH @embedding AND k = @k AND vector_store_id = @store ${files}
      )
      SELECT f.file_id AS fileId, c.chunk_index AS chunkIndex, c.text AS text, knn.distance AS value
      FROM knn
      LEFT JOIN vector_store_chunks c ON c.id = knn.chunk_id AND c.tenant = @tenant
      LEFT JOIN vector_store_files f ON f.tenant = c.tenant AND f.vector_store_id = c.vector_store_id
        AND f.file_id = c.file_id AND f.status = 'completed'
      ORDER BY knn.distance, knn.chunk_id`;
    const table: Table = {
      insert: this.sqlite.prepare(
        `INSERT INTO ${name} (chunk_id, embedding, vector_store_id, file_id) VALUES (?, ?, ?, ?)`,
      ),
      nearest: this.sqlite.prepare(knn('')),
      nearestInFiles: this.sqlite.prepare(knn('AND file_id IN (SELECT value FROM json_each(@files))')),
    };
    this.tables.set(dimensions, table);
    return table;
  }
}
