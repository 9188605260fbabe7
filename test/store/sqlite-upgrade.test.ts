/**
 * A database made before migration 0004 (by migrations 0000-0003, as committed) opens with openStore
 * and keeps its rows: seq is backfilled in insertion order, response_events gain their response's
 * tenant, nothing is lost to a cascade, and response_items are copied into items (0006) before
 * response_items is dropped (0007).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/sqlite/database.js';
import { migrationsUpTo } from './migrations-up-to.js';
import { message, response } from './suites/responses.js';
import { newFile, newStore } from './suites/vector-stores.js';

let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'orgw-upgrade-'));
  path = join(dir, 'gateway.db');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The database as the code before 0004 left it: its schema, and rows written the way it wrote them. */
function oldDatabase(): void {
  const sqlite = new Sqlite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  migrate(drizzle(sqlite), {
    migrationsFolder: migrationsUpTo(MIGRATIONS, dir, '0003_responses_chain_index'),
  });
  expect(sqlite.prepare("SELECT name FROM pragma_table_info('responses') WHERE name = 'seq'").all()).toEqual(
    [],
  );
  const insert = sqlite.prepare(
    `INSERT INTO responses (id, tenant, created_at, model, status, previous_response_id, background, response, request)
     VALUES (@id, @tenant, 1000, 'm', @status, @previous, @background, @response, @request)`,
  );
  // Inserted in this order; neither the ids nor created_at (all equal) say it.
  for (const [id, tenant, status, previous] of [
    ['resp_c', 'default', 'completed', null],
    ['resp_x', 'other', 'completed', null],
    ['resp_b', 'default', 'queued', null],
    ['resp_a', 'default', 'queued', 'resp_c'],
  ] as const) {
    const { response: r, request } = response(id, {
      status,
      previous_response_id: previous,
      created_at: 1000,
    });
    insert.run({
      id,
      tenant,
      status,
      previous,
      background: status === 'queued' ? 1 : 0,
      response: JSON.stringify(r),
      request: JSON.stringify(request),
    });
  }
  const item = sqlite.prepare(
    `INSERT INTO response_items (response_id, tenant, kind, position, item_id, item) VALUES (?, 'default', ?, ?, ?, ?)`,
  );
  item.run('resp_c', 'input', 0, 'msg_in', JSON.stringify(message('msg_in', 'hi')));
  item.run('resp_c', 'output', 0, 'msg_out', JSON.stringify(message('msg_out', 'yo', 'assistant')));
  item.run('resp_a', 'input', 0, 'msg_a', JSON.stringify(message('msg_a', 'again')));
  const event = sqlite.prepare(
    `INSERT INTO response_events (response_id, sequence_number, event) VALUES (?, ?, ?)`,
  );
  for (const n of [0, 1]) event.run('resp_b', n, JSON.stringify({ type: `e${n}`, sequence_number: n }));
  event.run('resp_x', 0, JSON.stringify({ type: 'x0', sequence_number: 0 }));
  const file = sqlite.prepare(
    `INSERT INTO files (id, tenant, filename, purpose, bytes, mime_type, created_at) VALUES (?, 'default', ?, 'user_data', 1, 'text/plain', 500)`,
  );
  file.run('file-zz', 'z.txt');
  file.run('file-aa', 'a.txt');
  sqlite.close();
}

it('opens a database made by migrations 0000-0003 and keeps its rows, in their order', async () => {
  oldDatabase();
  const store = await openStore(`sqlite:${path}`);
  try {
    const page = { limit: 10, order: 'asc' as const };
    expect((await store.responses.list('default', page)).data.map((r) => r.id)).toEqual([
      'resp_c',
      'resp_b',
      'resp_a',
    ]);
    expect((await store.responses.list('other', page)).data.map((r) => r.id)).toEqual(['resp_x']);
    expect((await store.responses.get('default', 'resp_c'))?.status).toBe('completed');
    // No item went with a rebuilt table: the chain and its items are all there.
    const turns = await store.responses.chain('default', 'resp_a');
    expect(turns.map((t) => [t.input.map((i) => i.id), t.output.map((i) => i.id)])).toEqual([
      [['msg_in'], ['msg_out']],
      [['msg_a'], []],
    ]);
    // The items copied into items read as before: input items listed, items found by id.
    expect((await store.responses.listInputItems('default', 'resp_c', page)).data.map((i) => i.id)).toEqual([
      'msg_in',
    ]);
    expect(await store.responses.findItem('default', 'msg_out')).toEqual(
      message('msg_out', 'yo', 'assistant'),
    );
    expect(await store.responses.findItem('other', 'msg_out')).toBeUndefined();
    // The events now carry their response's tenant.
    expect((await store.responses.eventsAfter('default', 'resp_b', -1)).map((e) => e.type)).toEqual([
      'e0',
      'e1',
    ]);
    expect(await store.responses.eventsAfter('other', 'resp_b', -1)).toEqual([]);
    expect((await store.responses.eventsAfter('other', 'resp_x', -1)).map((e) => e.type)).toEqual(['x0']);
    // The queue claims in insertion order too.
    expect((await store.queue.claim('runner', 60_000))?.id).toBe('resp_b');
    expect((await store.queue.claim('runner', 60_000))?.id).toBe('resp_a');
    expect(await store.queue.claim('runner', 60_000)).toBeUndefined();
    expect((await store.files.list('default', page, 0)).data.map((f) => f.id)).toEqual([
      'file-zz',
      'file-aa',
    ]);
    // A new row comes after the old ones.
    const { response: r, request } = response('resp_new');
    await store.responses.insert('default', r, request, []);
    expect((await store.responses.list('default', { limit: 1, order: 'desc' })).data[0]?.id).toBe('resp_new');
  } finally {
    await store.close();
  }

  const raw = new Sqlite(path, { readonly: true });
  expect(raw.prepare('SELECT id, seq FROM responses ORDER BY seq').all()).toEqual([
    { id: 'resp_c', seq: 1 },
    { id: 'resp_x', seq: 2 },
    { id: 'resp_b', seq: 3 },
    { id: 'resp_a', seq: 4 },
    { id: 'resp_new', seq: 5 },
  ]);
  expect(raw.prepare('SELECT id, seq FROM files ORDER BY seq').all()).toEqual([
    { id: 'file-zz', seq: 1 },
    { id: 'file-aa', seq: 2 },
  ]);
  expect(
    raw
      .prepare('SELECT response_id, tenant FROM response_events ORDER BY response_id, sequence_number')
      .all(),
  ).toEqual([
    { response_id: 'resp_b', tenant: 'default' },
    { response_id: 'resp_b', tenant: 'default' },
    { response_id: 'resp_x', tenant: 'other' },
  ]);
  // Copied into items, in no conversation, and response_items gone.
  expect(
    raw
      .prepare(
        'SELECT response_id, tenant, kind, position, item_id, conversation_id, turn FROM items ORDER BY response_id, kind',
      )
      .all(),
  ).toEqual([
    {
      response_id: 'resp_a',
      tenant: 'default',
      kind: 'input',
      position: 0,
      item_id: 'msg_a',
      conversation_id: null,
      turn: null,
    },
    {
      response_id: 'resp_c',
      tenant: 'default',
      kind: 'input',
      position: 0,
      item_id: 'msg_in',
      conversation_id: null,
      turn: null,
    },
    {
      response_id: 'resp_c',
      tenant: 'default',
      kind: 'output',
      position: 0,
      item_id: 'msg_out',
      conversation_id: null,
      turn: null,
    },
  ]);
  expect(
    raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'response_items'").all(),
  ).toEqual([]);
  const indexes = raw
    .prepare(
      'SELECT name, "unique" AS u FROM pragma_index_list(\'responses\') UNION ALL SELECT name, "unique" FROM pragma_index_list(\'files\')',
    )
    .all() as Array<{ name: string; u: number }>;
  const byName = Object.fromEntries(indexes.map((i) => [i.name, i.u]));
  expect(byName).toMatchObject({
    responses_seq: 1,
    responses_tenant_seq: 0,
    responses_claim: 0,
    files_seq: 1,
    files_tenant_seq: 0,
  });
  expect(byName).not.toHaveProperty('responses_tenant_created');
  expect(byName).not.toHaveProperty('files_tenant_created');
  raw.close();
});

it('opens a database made by migrations 0000-0007 and adds the vector store tables, FTS5 in step', async () => {
  const sqlite = new Sqlite(path);
  migrate(drizzle(sqlite), {
    migrationsFolder: migrationsUpTo(MIGRATIONS, dir, '0007_drop_response_items'),
  });
  sqlite
    .prepare(
      `INSERT INTO files (id, seq, tenant, filename, purpose, bytes, mime_type, created_at) VALUES ('file-1', 1, 'default', 'a.txt', 'user_data', 1, 'text/plain', 500)`,
    )
    .run();
  expect(sqlite.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'vector_store%'").all()).toEqual([]);
  sqlite.close();

  const store = await openStore(`sqlite:${path}`);
  try {
    expect((await store.files.get('default', 'file-1', 0))?.file.filename).toBe('a.txt');
    await store.vectorStores.create('default', newStore('vs_1'), [newFile('file-1')]);
    expect((await store.vectorStores.get('default', 'vs_1', 1000))?.fileCounts.in_progress).toBe(1);
    expect((await store.ingestion.claim('runner', 60_000))?.fileId).toBe('file-1');
  } finally {
    await store.close();
  }

  const raw = new Sqlite(path);
  try {
    const tables = raw
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'vector_store%' ORDER BY name",
      )
      .all()
      .map((t) => (t as { name: string }).name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'vector_store_chunks',
        'vector_store_chunks_fts',
        'vector_store_file_batches',
        'vector_store_files',
        'vector_stores',
      ]),
    );
    // The triggers keep the external-content FTS5 index in step with the chunks' inserts, updates and deletes.
    const insert = raw.prepare(
      `INSERT INTO vector_store_chunks (tenant, vector_store_id, file_id, chunk_index, text, tokens) VALUES ('default', 'vs_1', 'file-1', ?, ?, 3)`,
    );
    insert.run(0, 'The runners were running');
    insert.run(1, 'a café by the sea');
    const match = raw.prepare(
      'SELECT c.chunk_index FROM vector_store_chunks_fts f JOIN vector_store_chunks c ON c.id = f.rowid WHERE vector_store_chunks_fts MATCH ? ORDER BY c.chunk_index',
    );
    // porter stems, remove_diacritics folds é.
    expect(match.all('run')).toEqual([{ chunk_index: 0 }]);
    expect(match.all('cafe')).toEqual([{ chunk_index: 1 }]);
    raw.prepare("UPDATE vector_store_chunks SET text = 'quiet harbour' WHERE chunk_index = 0").run();
    expect(match.all('run')).toEqual([]);
    expect(match.all('harbour')).toEqual([{ chunk_index: 0 }]);
    raw.prepare('DELETE FROM vector_store_chunks WHERE chunk_index = 1').run();
    expect(match.all('cafe')).toEqual([]);
    expect(() =>
      raw
        .prepare("INSERT INTO vector_store_chunks_fts (vector_store_chunks_fts) VALUES ('integrity-check')")
        .run(),
    ).not.toThrow();
    expect(() => insert.run(0, 'a second chunk 0 of the same file')).toThrow(/UNIQUE/);
  } finally {
    raw.close();
  }
});
