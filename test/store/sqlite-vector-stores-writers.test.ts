/**
 * Vector stores on one SQLite file shared by several processes: a transaction that reads before it
 * writes must wait for another process's write to end, not fail. (SQLite will not upgrade a
 * deferred transaction's read to a write while another connection writes: it answers "database is
 * locked" at once, without waiting out busy_timeout.)
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { freshDatabaseUrl } from '../support/database.js';
import { newStore } from './suites/vector-stores.js';

/** Another process that holds SQLite's write lock (a write not yet committed) for 300 ms. */
const WRITER = `
const db = new (require('better-sqlite3'))(process.argv[1]);
db.pragma('busy_timeout = 5000');
db.exec('BEGIN IMMEDIATE');
db.prepare("INSERT INTO vector_stores (id, seq, tenant, name, created_at, last_active_at) VALUES ('vs_writer', 1000, 'w', 'w', 0, 0)").run();
console.log('writing');
setTimeout(() => { db.exec('COMMIT'); db.close(); }, 300);
`;

let url: string;
let store: Store;

beforeEach(async () => {
  url = await freshDatabaseUrl({ dialect: 'sqlite', file: true });
  store = await openStore(url);
  await store.vectorStores.create('t', newStore('vs_a'), []);
});
afterEach(() => store.close());

/** Runs `write` while another process is in the middle of a write to the same file. */
async function whileAnotherProcessWrites<T>(write: () => Promise<T>): Promise<T> {
  const writer = spawn(process.execPath, ['-e', WRITER, url.slice('sqlite:'.length)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(writer, 'exit');
  await once(createInterface({ input: writer.stdout }), 'line');
  try {
    return await write();
  } finally {
    await exited;
  }
}

const file = (fileId: string) => ({
  fileId,
  attributes: null,
  chunking: { maxChunkSizeTokens: 800, chunkOverlapTokens: 400 },
  createdAt: 1000,
});

it('attaches files while another process writes, once it is done', async () => {
  await expect(
    whileAnotherProcessWrites(() => store.vectorStores.addFiles('t', 'vs_a', [file('file-1')])),
  ).resolves.toBe(true);
  expect((await store.vectorStores.getFile('t', 'vs_a', 'file-1'))?.status).toBe('in_progress');
});

it('updates a store while another process writes, once it is done', async () => {
  const updated = await whileAnotherProcessWrites(() =>
    store.vectorStores.update('t', 'vs_a', { name: 'renamed' }, 1000),
  );
  expect(updated?.name).toBe('renamed');
});
