/**
 * The ingestion queue on PostgreSQL under real concurrency: runners of two stores (two pools, as
 * two gateway processes) claiming from one database at once each get a different job, and a row
 * another session holds is skipped, not waited for.
 */
import pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import type { IngestJob } from '../../src/store/vector-stores.js';
import { postgresUrl } from '../support/database.js';
import { newFile, newStore } from './suites/vector-stores.js';

const T = 'default';
const opened: Array<Store | pg.Client> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((o) => (o instanceof pg.Client ? o.end() : o.close())));
});

async function twoStores(): Promise<{ a: Store; b: Store; admin: pg.Client }> {
  const url = await postgresUrl();
  const a = await openStore(url, { poolSize: 4 });
  const b = await openStore(url, { poolSize: 4 });
  const admin = new pg.Client(url);
  await admin.connect();
  opened.push(a, b, admin);
  return { a, b, admin };
}

it('hands every job to exactly one of the runners claiming from two pools at once', async () => {
  const { a, b } = await twoStores();
  const files = Array.from({ length: 40 }, (_, n) => newFile(`file-${n}`));
  await a.vectorStores.create(T, newStore('vs_1'), files.slice(0, 20));
  await b.vectorStores.create(T, newStore('vs_2'), files.slice(20));
  const claimed: IngestJob[] = [];
  // Four runners per pool, each claiming until the queue is empty.
  const runner = async (store: Store, owner: string) => {
    for (
      let job = await store.ingestion.claim(owner, 60_000);
      job;
      job = await store.ingestion.claim(owner, 60_000)
    )
      claimed.push(job);
  };
  await Promise.all(Array.from({ length: 8 }, (_, n) => runner(n % 2 ? a : b, `runner-${n}`)));
  expect(claimed).toHaveLength(40);
  expect(new Set(claimed.map((j) => `${j.vectorStoreId}/${j.fileId}`)).size).toBe(40);
  expect(claimed.every((j) => j.attempts === 1)).toBe(true);
});

it('skips a job another session holds instead of waiting for it', async () => {
  const { a, b, admin } = await twoStores();
  await a.vectorStores.create(T, newStore('vs_1'), [newFile('file-1'), newFile('file-2')]);
  await admin.query('BEGIN');
  try {
    await admin.query("SELECT 1 FROM vector_store_files WHERE file_id = 'file-1' FOR UPDATE");
    expect((await b.ingestion.claim('b', 60_000))?.fileId).toBe('file-2');
    expect(await a.ingestion.claim('a', 60_000)).toBeUndefined();
  } finally {
    await admin.query('ROLLBACK');
  }
  expect((await a.ingestion.claim('a', 60_000))?.fileId).toBe('file-1');
});

it('attaches overlapping files from two pools at once without a deadlock, each file once', async () => {
  const { a, b } = await twoStores();
  await a.vectorStores.create(T, newStore('vs_1'), []);
  const files = Array.from({ length: 30 }, (_, n) => newFile(`file-${n}`));
  const reversed = [...files].reverse();
  // The same files in opposite orders: row locks taken in opposite orders, were nothing to order them.
  await Promise.all(
    Array.from({ length: 12 }, (_, n) =>
      (n % 2 ? a : b).vectorStores.addFiles(T, 'vs_1', n % 2 ? files : reversed, {
        id: `vsfb_${n}`,
        createdAt: 1000,
      }),
    ),
  );
  const listed = await a.vectorStores.listFiles(T, 'vs_1', { limit: 100, order: 'asc' });
  expect(listed.data).toHaveLength(30);
  expect((await a.vectorStores.get(T, 'vs_1', 1000))?.fileCounts.in_progress).toBe(30);
});

it('deletes a store while its files are attached again from another pool without a deadlock', async () => {
  const { a, b, admin } = await twoStores();
  const files = Array.from({ length: 20 }, (_, n) => newFile(`file-${n}`));
  for (let round = 0; round < 8; round++) {
    const id = `vs_${round}`;
    await a.vectorStores.create(T, newStore(id), files);
    await admin.query(
      `INSERT INTO vector_store_chunks (tenant, vector_store_id, file_id, chunk_index, text, tokens)
       SELECT $1, $2, 'file-' || n, 0, 'text', 1 FROM generate_series(0, 19) AS n`,
      [T, id],
    );
    const [attached, deleted] = await Promise.all([
      a.vectorStores.addFiles(T, id, [...files].reverse()),
      b.vectorStores.delete(T, id),
    ]);
    expect(deleted).toBe(true);
    expect(typeof attached).toBe('boolean');
    const left = await admin.query(
      'SELECT count(*)::int AS n FROM vector_store_chunks WHERE vector_store_id = $1',
      [id],
    );
    expect(left.rows).toEqual([{ n: 0 }]);
    expect(await a.vectorStores.get(T, id, 1000)).toBeUndefined();
  }
});
