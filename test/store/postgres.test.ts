/**
 * What only the PostgreSQL store has to get right: many pool clients claiming at once (SKIP
 * LOCKED) and appending to one conversation at once, two pools (separate sessions) migrating one
 * database at once, the pool's size, a dropped connection, and what PostgreSQL refuses that SQLite
 * stores (U+0000, key order, numbers past int4).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CreateResponseBody, ItemField, ResponseResource } from '../../src/api-types.js';
import { baseResponse } from '../../src/engine/responses/resource.js';
import { openStore } from '../../src/store/index.js';
import {
  openPostgresDatabase,
  type PoolOptions,
  type PostgresDatabase,
} from '../../src/store/postgres/database.js';
import { PostgresFilesRepository } from '../../src/store/postgres/files.js';
import { PostgresResponsesRepository } from '../../src/store/postgres/responses.js';
import { fromPgText, toPgText } from '../../src/store/postgres/text.js';
import { postgresUrl } from '../support/database.js';
import { message } from './suites/responses.js';

const opened: Array<PostgresDatabase | pg.Client> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((d) => (d instanceof pg.Client ? d.end() : d.close())));
});

async function open(url: string, options: number | PoolOptions = {}) {
  const database = await openPostgresDatabase(
    url,
    typeof options === 'number' ? { poolSize: options } : options,
  );
  opened.push(database);
  return database;
}

async function client(url: string) {
  const c = new pg.Client(url);
  await c.connect();
  opened.push(c);
  return c;
}

const T = 'default';

function response(
  id: string,
  fields: Partial<ResponseResource> = {},
  request: Partial<CreateResponseBody> = {},
) {
  const body = { model: 'm', input: 'x', ...request } as CreateResponseBody;
  return { response: { ...baseResponse(id, body), ...fields } as ResponseResource, request: body };
}

describe('the job queue under concurrency', () => {
  async function queue(repo: PostgresResponsesRepository, count: number) {
    const jobs = Array.from({ length: count }, (_, i) => `resp_${String(i).padStart(2, '0')}`);
    for (const id of jobs) {
      const r = response(id, { status: 'queued', background: true });
      await repo.insert(T, r.response, r.request, []);
    }
    return jobs;
  }

  it('gives each of many queued jobs to exactly one of many pool clients in two pools (separate sessions)', async () => {
    const url = await postgresUrl();
    const [one, two] = [await open(url, 8), await open(url, 8)];
    const repos = [new PostgresResponsesRepository(one), new PostgresResponsesRepository(two)];
    const jobs = await queue(repos[0]!, 60);
    // Sixteen runners, each claiming until a claim comes back empty.
    const claimed: string[] = [];
    await Promise.all(
      Array.from({ length: 16 }, async (_, runner) => {
        const repo = repos[runner % 2]!;
        const owner = `runner-${runner}`;
        for (let job = await repo.claim(owner, 60_000); job; job = await repo.claim(owner, 60_000))
          claimed.push(job.id);
      }),
    );
    expect(claimed.sort()).toEqual(jobs);
    const leased = await (
      await client(url)
    ).query<{ n: number }>(
      "SELECT count(DISTINCT lease_owner)::int AS n FROM responses WHERE status = 'in_progress'",
    );
    expect(leased.rows[0]!.n).toBeGreaterThan(1);
  });

  it('passes over a job that another replica is claiming, instead of waiting for it', async () => {
    const url = await postgresUrl();
    const repo = new PostgresResponsesRepository(await open(url));
    await queue(repo, 2);
    // Another replica's claim, midway: it holds the oldest job's row.
    const other = await client(url);
    await other.query('BEGIN');
    await other.query("SELECT id FROM responses WHERE id = 'resp_00' FOR UPDATE");
    expect((await repo.claim('me', 60_000))?.id).toBe('resp_01');
    await other.query('ROLLBACK');
    expect((await repo.claim('me', 60_000))?.id).toBe('resp_00');
  });
});

describe("save's append to a conversation, across pools", () => {
  // Until the PostgreSQL ConversationsRepository lands (then the shared suite covers the rest), the
  // conversation is made and read in SQL.
  it('appends completed responses saved at once from two pools as whole turns, in reserved positions', async () => {
    const url = await postgresUrl();
    const [one, two] = [await open(url, 4), await open(url, 4)];
    const repos = [new PostgresResponsesRepository(one), new PostgresResponsesRepository(two)];
    const sql = await client(url);
    await sql.query(
      `INSERT INTO conversations (id, tenant, created_at, conversation) VALUES ('conv_1', $1, 1, '{}'), ('conv_x', 'other', 1, '{}')`,
      [T],
    );
    await Promise.all(
      Array.from({ length: 16 }, async (_, n) => {
        const repo = repos[n % 2]!;
        const r = response(`resp_${n}`, { status: 'in_progress', conversation: { id: 'conv_1' } });
        await repo.insert(T, r.response, r.request, [message(`in_${n}_0`, 'a'), message(`in_${n}_1`, 'b')]);
        // Half with their output in the save, half with it stored before (a save without output).
        const output = [message(`out_${n}`, 'c', 'assistant')];
        if (n % 4 < 2) {
          expect(
            await repo.save(T, { ...r.response, status: 'completed', output }, output, ['in_progress']),
          ).toBe(true);
        } else {
          await repo.save(T, { ...r.response, output }, output, ['in_progress']);
          expect(
            await repo.save(T, { ...r.response, status: 'incomplete', output }, undefined, ['in_progress']),
          ).toBe(true);
        }
      }),
    );
    // Another tenant's conversation of the same id is not this tenant's: nothing is appended to it.
    const x = response('resp_x', { status: 'in_progress', conversation: { id: 'conv_x' } });
    await repos[0]!.insert(T, x.response, x.request, [message('in_x', 'x')]);
    await repos[0]!.save(T, { ...x.response, status: 'completed' }, [], ['in_progress']);
    const rows = await sql.query<{ item_id: string; conversation_position: number; turn: number }>(
      `SELECT item_id, conversation_position, turn FROM items WHERE conversation_id = 'conv_1' ORDER BY conversation_position`,
    );
    expect(rows.rows.map((r) => r.conversation_position)).toEqual(Array.from({ length: 48 }, (_, i) => i));
    for (let start = 0; start < 48; start += 3) {
      const turn = rows.rows.slice(start, start + 3);
      const n = /\d+/.exec(turn[0]!.item_id)![0];
      expect(turn.map((r) => r.item_id)).toEqual([`in_${n}_0`, `in_${n}_1`, `out_${n}`]);
      expect(turn.map((r) => r.turn)).toEqual([start, start, start]);
    }
    const next = await sql.query<{ id: string; next_position: number }>(
      'SELECT id, next_position FROM conversations ORDER BY id',
    );
    expect(next.rows).toEqual([
      { id: 'conv_1', next_position: 48 },
      { id: 'conv_x', next_position: 0 },
    ]);
    // Saved again, a response is not appended again.
    const stored = (await repos[1]!.get(T, 'resp_0'))!;
    expect(await repos[1]!.save(T, stored)).toBe(true);
    expect(
      (await sql.query('SELECT next_position FROM conversations WHERE id = $1', ['conv_1'])).rows,
    ).toEqual([{ next_position: 48 }]);
  });
});

describe('migrations', () => {
  it('are applied once when two pools (separate sessions) open a new database at the same moment', async () => {
    const url = await postgresUrl();
    const [a, b] = await Promise.all([open(url, 1), open(url, 1)]);
    const c = await client(url);
    const applied = await c.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations',
    );
    const { readMigrationFiles } = await import('drizzle-orm/migrator');
    const folder = new URL('../../src/store/postgres/migrations', import.meta.url).pathname;
    expect(applied.rows[0]!.n).toBe(readMigrationFiles({ migrationsFolder: folder }).length);
    // Both work, and a third opener finds nothing to do.
    const r = response('resp_1');
    await new PostgresResponsesRepository(a).insert(T, r.response, r.request, []);
    expect(await new PostgresResponsesRepository(b).get(T, 'resp_1')).toEqual(r.response);
    await open(url);
    expect((await c.query('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations')).rows[0].n).toBe(
      applied.rows[0]!.n,
    );
  });
});

describe('the pool', () => {
  it('opens no more connections than its size', async () => {
    const url = await postgresUrl();
    const database = await open(url, 3);
    const admin = await client(url);
    // Six queries that wait on a lock the test holds: three run (and wait), three queue in the pool.
    await admin.query('SELECT pg_advisory_lock(42)');
    const blocked = Array.from({ length: 6 }, () =>
      database.pool.query('SELECT pg_advisory_lock_shared(42)'),
    );
    const waiting = () =>
      admin.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
      );
    await vi.waitFor(async () => expect((await waiting()).rows[0]!.n).toBe(3), { timeout: 10_000 });
    expect(database.pool.totalCount).toBe(3);
    expect(database.pool.waitingCount).toBe(3);
    await admin.query('SELECT pg_advisory_unlock(42)');
    await Promise.all(blocked);
  });

  it('survives the server closing an idle connection, tells onError, and opens a new one', async () => {
    const url = await postgresUrl();
    const onError = vi.fn();
    const database = await open(url, { poolSize: 2, onError });
    await database.ping();
    const admin = await client(url);
    await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    await vi.waitFor(() => expect(database.pool.totalCount).toBe(0), { timeout: 10_000 });
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: expect.stringMatching(/terminat/) }),
    );
    await database.ping();
  });

  it('fails a ping after connectTimeoutMs when every connection is taken, instead of waiting for one', async () => {
    const database = await open(await postgresUrl(), { poolSize: 1, connectTimeoutMs: 200 });
    const held = await database.pool.connect();
    try {
      await expect(database.ping()).rejects.toThrow(/timeout/);
    } finally {
      held.release();
    }
    await database.ping();
  });

  it('closes its pool when opening the store fails after the database opened (a FILES_DIR that cannot be made)', async () => {
    const url = await postgresUrl();
    const notADir = join(mkdtempSync(join(tmpdir(), 'polish-')), 'file');
    writeFileSync(notADir, '');
    await expect(openStore(url, { filesDir: join(notADir, 'files') })).rejects.toThrow(/ENOTDIR/);
    // DROP DATABASE refuses a database with sessions (after waiting 5 s for them to end); a leaked
    // pool keeps its idle connection for 10 s.
    const admin = await client(url.replace(/\/[^/?]+(\?|$)/, '/postgres$1'));
    const name = new URL(url).pathname.slice(1);
    await admin.query(`DROP DATABASE "${name}"`);
  });
});

describe('what PostgreSQL refuses and SQLite stores', () => {
  const nul = 'a\u0000b\uFFFFc\uFFFF0d';
  // A lone surrogate survives in JSON (as an escape); a text column, here as on SQLite, gets U+FFFD.
  const odd = `${nul}\ud800e`;

  it('escapes U+0000 in text reversibly, and leaves other text as it is', () => {
    for (const s of ['', 'plain', '\u0000', '\uFFFF', '\uFFFF0', '\u0000\uFFFF1', odd])
      expect(fromPgText(toPgText(s))).toBe(s);
    expect(toPgText('plain')).toBe('plain');
    expect(toPgText('a\u0000')).not.toContain('\u0000');
  });

  it('stores U+0000 and lone surrogates anywhere, and returns the JSON in its key order', async () => {
    const database = await open(await postgresUrl());
    const repo = new PostgresResponsesRepository(database);
    const tenant = `t\u0000`;
    const item: ItemField = {
      type: 'message',
      id: `msg_${odd}`,
      status: 'completed',
      role: 'user',
      content: [{ type: 'input_text', text: odd }],
    };
    const r = response(
      'resp_1',
      {
        status: 'queued',
        background: true,
        model: `m${odd}`,
        instructions: odd,
        metadata: { zeta: odd, alpha: '1' },
      },
      { text: { format: { type: 'json_schema', name: 'n', schema: { properties: { name: {}, age: {} } } } } },
    );
    await repo.insert(tenant, r.response, r.request, [item]);
    expect(JSON.stringify(await repo.get(tenant, 'resp_1'))).toBe(JSON.stringify(r.response));
    expect(JSON.stringify(await repo.getRequest(tenant, 'resp_1'))).toBe(JSON.stringify(r.request));
    expect(await repo.findItem(tenant, item.id)).toEqual(item);
    expect((await repo.list(tenant, { limit: 5, order: 'desc', model: `m${odd}` })).data).toHaveLength(1);
    expect(
      (await repo.listInputItems(tenant, 'resp_1', { limit: 5, order: 'asc', after: item.id })).data,
    ).toEqual([]);
    expect(await repo.get(tenant, 'resp_\u0000')).toBeUndefined();

    const job = await repo.claim(`owner${odd}`, 60_000);
    expect(job).toEqual({ id: 'resp_1', tenant, request: r.request });
    const running = { ...r.response, status: 'in_progress' as const };
    expect(JSON.stringify(await repo.get(tenant, 'resp_1'))).toBe(JSON.stringify(running));
    expect(await repo.renew('resp_1', `owner${odd}`, 60_000)).toBe('in_progress');

    const output: ItemField[] = [
      {
        type: 'message',
        id: `out${odd}`,
        status: 'completed',
        role: 'assistant',
        content: [{ type: 'output_text', text: odd, annotations: [], logprobs: [] }],
      },
    ];
    const done = { ...running, status: 'completed' as const, output };
    expect(await repo.save(tenant, done, output, ['in_progress'])).toBe(true);
    expect(JSON.stringify(await repo.get(tenant, 'resp_1'))).toBe(JSON.stringify(done));
    expect(await repo.chain(tenant, 'resp_1')).toEqual([{ input: [item], output }]);
  });

  it('keeps a file name with U+0000, and sizes and times past int4', async () => {
    const database = await open(await postgresUrl());
    const files = new PostgresFilesRepository(database.db);
    const file = {
      id: 'file-1',
      object: 'file' as const,
      bytes: 5_000_000_000,
      created_at: 4_102_444_800,
      expires_at: 4_102_444_800 + 86_400,
      filename: `a${nul}.txt`,
      purpose: 'assistants' as const,
      status: 'processed' as const,
    };
    await files.insert(T, { file, mimeType: 'text/plain' });
    expect(await files.get(T, 'file-1', 0)).toEqual({ file, mimeType: 'text/plain' });
  });

  it('finds no events after a sequence number past int4', async () => {
    const database = await open(await postgresUrl());
    const repo = new PostgresResponsesRepository(database);
    const r = response('resp_1');
    await repo.insert(T, r.response, r.request, []);
    await repo.appendEvent(T, 'resp_1', {
      type: 'response.created',
      sequence_number: 0,
      response: r.response,
    });
    expect(await repo.eventsAfter(T, 'resp_1', 1e20)).toEqual([]);
    expect(await repo.eventsAfter(T, 'resp_1', -1)).toHaveLength(1);
  });
});
