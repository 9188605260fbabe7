/**
 * A PostgreSQL database made before the items table (by migrations 0000-0001, as committed) opens
 * and keeps its response items: 0002 copies response_items into items, 0003 drops response_items.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { postgresUrl } from '../support/database.js';
import { migrationsUpTo } from './migrations-up-to.js';
import { message, response } from './suites/responses.js';

const MIGRATIONS = new URL('../../src/store/postgres/migrations', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'orgw-pg-upgrade-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('opens a database made by migrations 0000-0001 with its response items, copied into items', async () => {
  const url = await postgresUrl();
  const old = new pg.Client(url);
  await old.connect();
  try {
    await migrate(drizzle({ client: old }), {
      migrationsFolder: migrationsUpTo(MIGRATIONS, dir, '0001_responses_attempts'),
    });
    for (const [id, tenant] of [
      ['resp_1', 'default'],
      ['resp_2', 'other'],
    ]) {
      const r = response(id!, { status: 'completed' });
      await old.query(
        `INSERT INTO responses (id, tenant, created_at, model, status, response, request)
         VALUES ($1, $2, 1, 'm', 'completed', $3, $4)`,
        [id, tenant, JSON.stringify(r.response), JSON.stringify(r.request)],
      );
    }
    const item = `INSERT INTO response_items (response_id, tenant, kind, position, item_id, item) VALUES ($1, $2, $3, $4, $5, $6)`;
    await old.query(item, ['resp_1', 'default', 'input', 0, 'msg_a', JSON.stringify(message('msg_a', 'a'))]);
    await old.query(item, ['resp_1', 'default', 'input', 1, 'msg_b', JSON.stringify(message('msg_b', 'b'))]);
    await old.query(item, [
      'resp_1',
      'default',
      'output',
      0,
      'msg_o',
      JSON.stringify(message('msg_o', 'o', 'assistant')),
    ]);
    await old.query(item, ['resp_2', 'other', 'input', 0, 'msg_x', JSON.stringify(message('msg_x', 'x'))]);
  } finally {
    await old.end();
  }

  const store = await openStore(url, { poolSize: 1 });
  try {
    const page = { limit: 10, order: 'asc' as const };
    expect((await store.responses.listInputItems('default', 'resp_1', page)).data).toEqual([
      message('msg_a', 'a'),
      message('msg_b', 'b'),
    ]);
    expect(await store.responses.chain('default', 'resp_1')).toEqual([
      { input: [message('msg_a', 'a'), message('msg_b', 'b')], output: [message('msg_o', 'o', 'assistant')] },
    ]);
    expect(await store.responses.findItem('other', 'msg_x')).toEqual(message('msg_x', 'x'));
    expect(await store.responses.findItem('default', 'msg_x')).toBeUndefined();
    // The copied rows belong to their response alone: deleting it deletes them.
    expect(await store.responses.delete('default', 'resp_1')).toBe(true);
    expect(await store.responses.findItem('default', 'msg_a')).toBeUndefined();
  } finally {
    await store.close();
  }

  const check = new pg.Client(url);
  await check.connect();
  try {
    const tables = await check.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE '%items'",
    );
    expect(tables.rows).toEqual([{ name: 'items' }]);
    const rows = await check.query('SELECT response_id, kind, position, conversation_id, turn FROM items');
    expect(rows.rows).toEqual([
      { response_id: 'resp_2', kind: 'input', position: 0, conversation_id: null, turn: null },
    ]);
  } finally {
    await check.end();
  }
});
