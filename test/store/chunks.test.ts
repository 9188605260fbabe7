/**
 * The ChunkIndex suite (suites/chunks.ts) on each dialect, with the store files' rows written by
 * plain SQL; then what only SQLite's index does: sqlite-vec's tables, their delete trigger, and
 * FTS5's folding of accents.
 */
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { openDatabase, type Database } from '../../src/store/sqlite/database.js';
import type { Store } from '../../src/store/store.js';
import { freshDatabaseUrl, postgresUrl } from '../support/database.js';
import { newFile, newStore } from './suites/vector-stores.js';
import { chunk, describeChunkIndex, FILE_A, FILE_B, query, T, VS, type StoreFiles } from './suites/chunks.js';

const sqlitePath = (url: string) => url.slice('sqlite:'.length);

/** A second connection to the same file: the store's own keeps its database handle to itself. */
async function sqliteFiles(url: string): Promise<StoreFiles> {
  const database = openDatabase(sqlitePath(url));
  const sqlite = database.db.$client;
  const addStore = sqlite.prepare(
    `INSERT OR IGNORE INTO vector_stores (id, seq, tenant, name, created_at, last_active_at)
     VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM vector_stores), ?, 'test', 0, 0)`,
  );
  const setFile = sqlite.prepare(
    `INSERT INTO vector_store_files (tenant, vector_store_id, file_id, seq, status, max_chunk_size_tokens,
       chunk_overlap_tokens, created_at)
     VALUES (?, ?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM vector_store_files), ?, 800, 400, 0)
     ON CONFLICT (tenant, vector_store_id, file_id) DO UPDATE SET status = excluded.status`,
  );
  return {
    set: async (tenant, vectorStoreId, fileId, status) => {
      addStore.run(vectorStoreId, tenant);
      setFile.run(tenant, vectorStoreId, fileId, status);
    },
    close: async () => database.close(),
  };
}

async function postgresFiles(url: string): Promise<StoreFiles> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    set: async (tenant, vectorStoreId, fileId, status) => {
      await client.query(
        `INSERT INTO vector_stores (id, tenant, name, created_at, last_active_at)
         VALUES ($1, $2, 'test', 0, 0) ON CONFLICT (id) DO NOTHING`,
        [vectorStoreId, tenant],
      );
      await client.query(
        `INSERT INTO vector_store_files (tenant, vector_store_id, file_id, status, max_chunk_size_tokens,
           chunk_overlap_tokens, created_at)
         VALUES ($1, $2, $3, $4, 800, 400, 0)
         ON CONFLICT (tenant, vector_store_id, file_id) DO UPDATE SET status = excluded.status`,
        [tenant, vectorStoreId, fileId, status],
      );
    },
    close: () => client.end(),
  };
}

const sqliteUrl = () => freshDatabaseUrl({ dialect: 'sqlite', file: true });

describeChunkIndex('SQLite', sqliteUrl, sqliteFiles);
describeChunkIndex('PostgreSQL', postgresUrl, postgresFiles);

describe('SQLite: chunk index internals', () => {
  let url: string;
  let store: Store;
  let files: StoreFiles;
  let raw: Database;

  beforeEach(async () => {
    url = await sqliteUrl();
    store = await openStore(url);
    files = await sqliteFiles(url);
    raw = openDatabase(sqlitePath(url));
  });

  afterEach(async () => {
    raw.close();
    await files.close();
    await store.close();
  });

  const count = (table: string) =>
    raw.db.$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

  it("deletes chunks' vectors with them, whoever deletes the chunks", async () => {
    for (const fileId of [FILE_A, FILE_B]) {
      await files.set(T, VS, fileId, 'completed');
      await store.chunks.replace(T, VS, fileId, [chunk(0, 'one', [1, 0]), chunk(1, 'two', [0, 1])]);
    }
    expect(count('vector_store_chunk_vectors_2')).toBe(4);
    // replace() deletes the file's old chunks first.
    await store.chunks.replace(T, VS, FILE_A, [chunk(0, 'three', [1, 1])]);
    expect(count('vector_store_chunk_vectors_2')).toBe(3);
    await store.chunks.remove(T, VS, FILE_A);
    expect(count('vector_store_chunk_vectors_2')).toBe(2);
    // Another connection (the vector-store repository's deletes) deleting the rows directly.
    raw.db.$client.prepare('DELETE FROM vector_store_chunks WHERE file_id = ?').run(FILE_B);
    expect(count('vector_store_chunk_vectors_2')).toBe(0);
    expect(count('vector_store_chunks_fts')).toBe(0);
    expect(
      await store.chunks.search(T, query({ mode: 'vector', embedding: Float32Array.from([1, 0]) })),
    ).toEqual([]);
  });

  it("loses a file's vectors when the vector-store repository detaches it or deletes its store", async () => {
    await store.vectorStores.create(T, newStore(VS), [newFile(FILE_A), newFile(FILE_B)]);
    for (const fileId of [FILE_A, FILE_B])
      await store.chunks.replace(T, VS, fileId, [chunk(0, 'one', [1, 0]), chunk(1, 'two', [0, 1])]);
    expect(count('vector_store_chunk_vectors_2')).toBe(4);
    expect(await store.vectorStores.deleteFile(T, VS, FILE_A)).toBe(true);
    expect(count('vector_store_chunk_vectors_2')).toBe(2);
    expect(await store.vectorStores.delete(T, VS)).toBe(true);
    expect(count('vector_store_chunk_vectors_2')).toBe(0);
    expect(count('vector_store_chunks')).toBe(0);
  });

  it('keeps a table per embedding length, made on first use, partitioned by store', async () => {
    const tables = () =>
      raw.db.$client
        .prepare(
          "SELECT name FROM sqlite_master WHERE name LIKE 'vector_store_chunk_vectors_%' AND sql LIKE 'CREATE VIRTUAL TABLE%'",
        )
        .pluck()
        .all();
    expect(tables()).toEqual([]);
    await files.set(T, VS, FILE_A, 'completed');
    await store.chunks.replace(T, VS, FILE_A, [chunk(0, 'no embedding')]);
    expect(tables()).toEqual([]);
    await store.chunks.replace(T, VS, FILE_A, [chunk(0, 'embedded', [1, 2, 3])]);
    expect(tables()).toEqual(['vector_store_chunk_vectors_3']);
    const ddl = raw.db.$client
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'vector_store_chunk_vectors_3'")
      .pluck()
      .get();
    expect(ddl).toMatch(/vector_store_id TEXT PARTITION KEY/);
    // A length sqlite-vec cannot hold is refused, and the file's chunks stay as they were.
    await expect(store.chunks.replace(T, VS, FILE_A, [chunk(0, 'too wide', [])])).rejects.toThrow(
      /dimensions/,
    );
    expect(await store.chunks.search(T, query({ mode: 'keyword', text: 'embedded' }))).toHaveLength(1);
  });

  it('folds accents (FTS5 remove_diacritics)', async () => {
    await files.set(T, VS, FILE_A, 'completed');
    await store.chunks.replace(T, VS, FILE_A, [chunk(0, 'Un café à Zürich')]);
    for (const text of ['cafe', 'zurich', 'CAFÉ'])
      expect(await store.chunks.search(T, query({ mode: 'keyword', text })), text).toHaveLength(1);
  });
});
