/** The VectorStoresRepository and IngestQueue suites (suites/vector-stores.ts, suites/ingest-queue.ts) on each dialect. */
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import * as sqliteVec from 'sqlite-vec';
import { openStore } from '../../src/store/index.js';
import { freshDatabaseUrl, postgresUrl } from '../support/database.js';
import { describeIngestQueue } from './suites/ingest-queue.js';
import { describeVectorStores, type Harness } from './suites/vector-stores.js';

const INSERT = `INSERT INTO vector_store_chunks (tenant, vector_store_id, file_id, chunk_index, text, tokens)`;
const COUNT = `SELECT count(*) AS n FROM vector_store_chunks WHERE tenant = $1 AND vector_store_id = $2`;

async function sqliteHarness(): Promise<Harness> {
  const url = await freshDatabaseUrl({ dialect: 'sqlite', file: true });
  const store = await openStore(url);
  // A second connection to the same file: chunks written behind the repository's back.
  const raw = new Sqlite(url.slice('sqlite:'.length));
  raw.pragma('busy_timeout = 5000');
  sqliteVec.load(raw);
  return {
    store,
    chunks: {
      put: async (tenant, vectorStoreId, fileId, count) => {
        const insert = raw.prepare(`${INSERT} VALUES (?, ?, ?, ?, ?, 1)`);
        for (let i = 0; i < count; i++)
          insert.run(tenant, vectorStoreId, fileId, i, `chunk ${i} of ${fileId}`);
      },
      count: async (tenant, vectorStoreId, fileId) => {
        const sql = COUNT.replace('$1', '?').replace('$2', '?') + (fileId ? ' AND file_id = ?' : '');
        const row = raw.prepare(sql).get(tenant, vectorStoreId, ...(fileId ? [fileId] : [])) as { n: number };
        // The FTS5 index follows the chunks (its triggers): no row of a removed chunk is left in it.
        const fts = raw
          .prepare(
            'SELECT count(*) AS n FROM vector_store_chunks_fts WHERE rowid NOT IN (SELECT id FROM vector_store_chunks)',
          )
          .get() as { n: number };
        if (fts.n !== 0) throw new Error(`${fts.n} FTS5 rows of removed chunks`);
        // Nor do the sqlite-vec tables (the vec0 ones, one per dimension, not their shadow tables).
        const vectorTables = raw
          .prepare(
            "SELECT name FROM sqlite_master WHERE name GLOB 'vector_store_chunk_vectors_*' AND sql LIKE 'CREATE VIRTUAL TABLE%'",
          )
          .all() as Array<{ name: string }>;
        for (const { name } of vectorTables) {
          const left = raw
            .prepare(
              `SELECT count(*) AS n FROM ${name} WHERE chunk_id NOT IN (SELECT id FROM vector_store_chunks)`,
            )
            .get() as { n: number };
          if (left.n !== 0) throw new Error(`${left.n} vectors of removed chunks in ${name}`);
        }
        return row.n;
      },
    },
    close: async () => {
      raw.close();
      await store.close();
    },
  };
}

async function postgresHarness(): Promise<Harness> {
  const url = await postgresUrl();
  const store = await openStore(url, { poolSize: 2 });
  const raw = new pg.Client(url);
  await raw.connect();
  return {
    store,
    chunks: {
      put: async (tenant, vectorStoreId, fileId, count) => {
        await raw.query(
          `${INSERT} SELECT $1, $2, $3, i, 'chunk ' || i || ' of ' || $3, 1 FROM generate_series(0, $4 - 1) AS i`,
          [tenant, vectorStoreId, fileId, count],
        );
      },
      count: async (tenant, vectorStoreId, fileId) => {
        const { rows } = await raw.query<{ n: number }>(
          `${COUNT.replace('count(*)', 'count(*)::int')}${fileId ? ' AND file_id = $3' : ''}`,
          [tenant, vectorStoreId, ...(fileId ? [fileId] : [])],
        );
        return rows[0]!.n;
      },
    },
    close: async () => {
      await raw.end();
      await store.close();
    },
  };
}

for (const [name, open] of [
  ['SQLite', sqliteHarness],
  ['PostgreSQL', postgresHarness],
] as const) {
  describeVectorStores(name, open);
  describeIngestQueue(name, open);
}
