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
import { newFile, newStore } from './suites/vector-stores.js';

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

it('opens a database made by migrations 0000-0003 and adds the vector store tables, tsv kept by PostgreSQL', async () => {
  const url = await postgresUrl();
  const old = new pg.Client(url);
  await old.connect();
  try {
    await migrate(drizzle({ client: old }), {
      migrationsFolder: migrationsUpTo(MIGRATIONS, dir, '0003_drop_response_items'),
    });
    await old.query(
      `INSERT INTO files (id, tenant, filename, purpose, bytes, mime_type, created_at) VALUES ('file-1', 'default', 'a.txt', 'user_data', 1, 'text/plain', 500)`,
    );
    const before = await old.query("SELECT tablename FROM pg_tables WHERE tablename LIKE 'vector_store%'");
    expect(before.rows).toEqual([]);
  } finally {
    await old.end();
  }

  const store = await openStore(url, { poolSize: 1 });
  try {
    expect((await store.files.get('default', 'file-1', 0))?.file.filename).toBe('a.txt');
    await store.vectorStores.create('default', newStore('vs_1'), [newFile('file-1')]);
    expect((await store.vectorStores.get('default', 'vs_1', 1000))?.fileCounts.in_progress).toBe(1);
    expect((await store.ingestion.claim('runner', 60_000))?.fileId).toBe('file-1');
  } finally {
    await store.close();
  }

  const check = new pg.Client(url);
  await check.connect();
  try {
    const tables = await check.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'vector_store%' ORDER BY 1",
    );
    expect(tables.rows.map((r) => r.name)).toEqual([
      'vector_store_chunks',
      'vector_store_file_batches',
      'vector_store_files',
      'vector_stores',
    ]);
    const insert = `INSERT INTO vector_store_chunks (tenant, vector_store_id, file_id, chunk_index, text, tokens, embedding)
      VALUES ('default', 'vs_1', 'file-1', $1, $2, 3, $3)`;
    await check.query(insert, [0, 'The runners were running', [0.5, -1.25]]);
    await check.query(insert, [1, 'a quiet harbour', null]);
    const match = (query: string) =>
      check
        .query<{ chunk_index: number }>(
          "SELECT chunk_index FROM vector_store_chunks WHERE tsv @@ plainto_tsquery('english', $1) ORDER BY 1",
          [query],
        )
        .then((r) => r.rows.map((row) => row.chunk_index));
    // The generated tsv is English-stemmed and follows an update of the text.
    expect(await match('run')).toEqual([0]);
    await check.query("UPDATE vector_store_chunks SET text = 'harbours' WHERE chunk_index = 0");
    expect(await match('run')).toEqual([]);
    expect(await match('harbour')).toEqual([0, 1]);
    const embedding = await check.query('SELECT embedding FROM vector_store_chunks ORDER BY chunk_index');
    expect(embedding.rows).toEqual([{ embedding: [0.5, -1.25] }, { embedding: null }]);
    const gin = await check.query(
      "SELECT indexdef FROM pg_indexes WHERE indexname IN ('vector_store_chunks_tsv', 'vector_store_chunks_file') ORDER BY indexname",
    );
    expect(gin.rows.map((r: { indexdef: string }) => r.indexdef)).toEqual([
      expect.stringMatching(/UNIQUE INDEX .* \(tenant, vector_store_id, file_id, chunk_index\)/),
      expect.stringContaining('USING gin (tsv)'),
    ]);
    await expect(check.query(insert, [1, 'a second chunk 1', null])).rejects.toThrow(/duplicate key/);
  } finally {
    await check.end();
  }
});
