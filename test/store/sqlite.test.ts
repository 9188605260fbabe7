/**
 * What only the SQLite store does: its file, pragmas and migrations (a database made by an earlier
 * version opens and keeps its rows), two connections on one file, and the scratch folder of an
 * in-memory database. The dialect-neutral behaviour is in the shared suites (suites/).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { openDatabase } from '../../src/store/sqlite/database.js';
import { SqliteResponsesRepository } from '../../src/store/sqlite/responses.js';
import { message, response } from './suites/responses.js';

const T = 'default';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'orgw-sqlite-'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the database file', () => {
  it('creates the folder, turns on WAL and applies the migrations', async () => {
    const data = join(dir, 'nested', 'data');
    const store = await openStore(`sqlite:${data}/gateway.db`);
    expect(store.dialect).toBe('sqlite');
    await store.ping();
    await store.close();
    expect(existsSync(join(data, 'gateway.db'))).toBe(true);
    const raw = new Sqlite(join(data, 'gateway.db'));
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    const expected = [
      'responses',
      'items',
      'response_events',
      'files',
      'conversations',
      'prompts',
      'prompt_versions',
    ];
    expect(tables).toEqual(expect.arrayContaining(expected));
    expect(tables).not.toContain('response_items');
    // Every table has the tenant column.
    for (const table of expected)
      expect(
        raw.prepare(`SELECT name FROM pragma_table_info('${table}') WHERE name = 'tenant'`).all(),
      ).toHaveLength(1);
    raw.close();
    // Opening again is idempotent: migrations already applied are skipped.
    await (await openStore(`sqlite:${data}/gateway.db`)).close();
  });

  it('ping throws once the store is closed', async () => {
    const store = await openStore('sqlite::memory:');
    await store.close();
    await expect(store.ping()).rejects.toThrow();
  });
});

describe('file bytes', () => {
  it('an in-memory database keeps them in a temporary folder that close() removes', async () => {
    const store = await openStore('sqlite::memory:');
    const folder = dirname(store.blobs.incomingDir);
    expect(existsSync(store.blobs.incomingDir)).toBe(true);
    expect(folder.startsWith(tmpdir())).toBe(true);
    await store.close();
    expect(existsSync(folder)).toBe(false);
  });

  it('keeps them in filesDir when given (and leaves it there), else beside the database file', async () => {
    const given = join(dir, 'bytes');
    const store = await openStore('sqlite::memory:', { filesDir: given });
    expect(store.blobs.incomingDir).toBe(join(given, 'incoming'));
    await store.close();
    expect(existsSync(join(given, 'incoming'))).toBe(true);

    const beside = await openStore(`sqlite:${join(dir, 'data', 'gateway.db')}`);
    expect(beside.blobs.incomingDir).toBe(join(dir, 'data', 'files', 'incoming'));
    await beside.close();
    expect(existsSync(join(dir, 'data', 'files', 'incoming'))).toBe(true);
  });
});

describe('two connections on one file', () => {
  it('gives a job to exactly one of two connections to the same database', async () => {
    const path = join(dir, 'gateway.db');
    const [one, two] = [openDatabase(path), openDatabase(path)];
    try {
      const [a, b] = [new SqliteResponsesRepository(one.db), new SqliteResponsesRepository(two.db)];
      for (let i = 0; i < 10; i++) {
        const { response: r, request } = response(`resp_${i}`, { status: 'queued', background: true });
        await a.insert(T, r, request, []);
      }
      const claimed: string[] = [];
      for (;;) {
        const [x, y] = await Promise.all([a.claim('a', 60_000), b.claim('b', 60_000)]);
        if (!x && !y) break;
        for (const job of [x, y]) if (job) claimed.push(job.id);
      }
      expect(claimed.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `resp_${i}`).sort());
    } finally {
      one.close();
      two.close();
    }
  });

  it('numbers the rows of both in one insertion order', async () => {
    const path = join(dir, 'gateway.db');
    const [one, two] = [openDatabase(path), openDatabase(path)];
    try {
      const [a, b] = [new SqliteResponsesRepository(one.db), new SqliteResponsesRepository(two.db)];
      for (const [i, repo] of [a, b, a, b].entries()) {
        const { response: r, request } = response(`resp_${i}`);
        await repo.insert(T, r, request, []);
      }
      const page = await b.list(T, { limit: 10, order: 'asc' });
      expect(page.data.map((r) => r.id)).toEqual(['resp_0', 'resp_1', 'resp_2', 'resp_3']);
    } finally {
      one.close();
      two.close();
    }
  });

  it('shows what another connection wrote since: a turn finished, an ancestor deleted', async () => {
    const [one, two] = [openDatabase(join(dir, 'g.db')), openDatabase(join(dir, 'g.db'))];
    try {
      const [reader, writer] = [new SqliteResponsesRepository(one.db), new SqliteResponsesRepository(two.db)];
      const first = response('resp_1', { status: 'completed' });
      await writer.insert(T, first.response, first.request, [message('msg_1', 'one')]);
      const second = response('resp_2', { previous_response_id: 'resp_1', status: 'in_progress' });
      await writer.insert(T, second.response, second.request, [message('msg_2', 'two')]);
      expect((await reader.chain(T, 'resp_2')).map((t) => t.output.length)).toEqual([0, 0]);

      const reply = [message('msg_2o', 'Two', 'assistant')];
      await writer.save(T, { ...second.response, status: 'completed', output: reply }, reply, [
        'in_progress',
      ]);
      expect((await reader.chain(T, 'resp_2'))[1]!.output).toEqual(reply);
      await writer.delete(T, 'resp_1');
      expect((await reader.chain(T, 'resp_2')).map((t) => t.input[0]!.id)).toEqual(['msg_2']);
    } finally {
      one.close();
      two.close();
    }
  });
});
