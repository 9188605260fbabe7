/**
 * Conversations and prompts on one SQLite file shared by several processes: their transactions
 * that read before they write wait for another process's write to end, instead of failing with
 * "database is locked".
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { freshDatabaseUrl } from '../support/database.js';
import { whileAnotherProcessWrites } from './sqlite-writer.js';
import { conversation } from './suites/conversations.js';
import { promptVersion } from './suites/prompts.js';
import { message } from './suites/responses.js';

let url: string;
let store: Store;

beforeEach(async () => {
  url = await freshDatabaseUrl({ dialect: 'sqlite', file: true });
  store = await openStore(url);
  await store.conversations.create('t', conversation('conv_1'), [message('msg_a', 'a')]);
});
afterEach(() => store.close());

it('updates a conversation while another process writes, once it is done', async () => {
  const updated = await whileAnotherProcessWrites(url, () =>
    store.conversations.update('t', 'conv_1', { topic: 'x' }),
  );
  expect(updated?.metadata).toEqual({ topic: 'x' });
});

it('appends to a conversation while another process writes, once it is done', async () => {
  await whileAnotherProcessWrites(url, () =>
    store.conversations.append('t', 'conv_1', [message('msg_b', 'b')]),
  );
  const items = await store.conversations.listItems('t', 'conv_1', { limit: 10, order: 'asc' });
  expect(items.data.map((item) => item.id)).toEqual(['msg_a', 'msg_b']);
});

it('sets a prompt’s default version while another process writes, once it is done', async () => {
  const created = await store.prompts.create('t', promptVersion());
  await store.prompts.update('t', promptVersion({ prompt_id: created.prompt_id }), 1, false);
  const set = await whileAnotherProcessWrites(url, () => store.prompts.setDefault('t', created.prompt_id, 2));
  expect(set?.version).toBe(2);
  expect((await store.prompts.get('t', created.prompt_id))?.version).toBe(2);
});
