/**
 * Vector stores on one SQLite file shared by several processes: a transaction that reads before it
 * writes must wait for another process's write to end, not fail. (SQLite will not upgrade a
 * deferred transaction's read to a write while another connection writes: it answers "database is
 * locked" at once, without waiting out busy_timeout.)
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { freshDatabaseUrl } from '../support/database.js';
import { whileAnotherProcessWrites as whileWriting } from './sqlite-writer.js';
import { newStore } from './suites/vector-stores.js';

let url: string;
let store: Store;

beforeEach(async () => {
  url = await freshDatabaseUrl({ dialect: 'sqlite', file: true });
  store = await openStore(url);
  await store.vectorStores.create('t', newStore('vs_a'), []);
});
afterEach(() => store.close());

const whileAnotherProcessWrites = <T>(write: () => Promise<T>) => whileWriting(url, write);

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
