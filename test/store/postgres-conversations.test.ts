/**
 * Conversations on PostgreSQL under real concurrency: two stores (two pools, separate sessions, as
 * two gateway processes) on one database. The shared suite's concurrent cases run on one pool;
 * here the writers are made to wait on the conversation's row lock together (a session holds it)
 * and are let go at once, and readers page while another pool writes.
 */
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { ItemField } from '../../src/api-types.js';
import { openStore } from '../../src/store/index.js';
import type { PageQuery } from '../../src/store/pagination.js';
import type { Store } from '../../src/store/store.js';
import { postgresUrl } from '../support/database.js';
import { conversation } from './suites/conversations.js';
import { message, response } from './suites/responses.js';

const T = 'default';
const page = (fields: Partial<PageQuery> = {}): PageQuery => ({ limit: 20, order: 'asc', ...fields });
const msgs = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => message(`msg_${prefix}${i}`, `${prefix} ${i}`));

const opened: Array<Store | pg.Client> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((o) => (o instanceof pg.Client ? o.end() : o.close())));
});

/** Two stores on one new database, and a plain session on it. */
async function twoStores(): Promise<{ a: Store; b: Store; admin: pg.Client }> {
  const url = await postgresUrl();
  const a = await openStore(url, { poolSize: 4 });
  const b = await openStore(url, { poolSize: 4 });
  const admin = new pg.Client(url);
  await admin.connect();
  opened.push(a, b, admin);
  return { a, b, admin };
}

/** How many sessions of this database wait on a lock. */
async function waiting(admin: pg.Client): Promise<number> {
  const { rows } = await admin.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
  );
  return rows[0]!.n;
}

/** Runs `writes` while `admin` holds the conversation's row, until at least `n` of them wait on it. */
async function released<T>(admin: pg.Client, id: string, n: number, writes: () => Promise<T>): Promise<T> {
  await admin.query('BEGIN');
  await admin.query('SELECT 1 FROM conversations WHERE id = $1 FOR UPDATE', [id]);
  const done = writes();
  try {
    // A plain loop: under vi.waitFor the pools' new connections never completed.
    let seen = 0;
    for (const until = Date.now() + 10_000; seen < n && Date.now() < until;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen = await waiting(admin);
    }
    expect(seen).toBeGreaterThanOrEqual(n);
  } finally {
    await admin.query('ROLLBACK');
  }
  return done;
}

/** A response on `conv` stored by `store`, then saved completed with `output` (which appends it). */
async function respond(store: Store, id: string, conv: string, input: ItemField[], output: ItemField[]) {
  const { response: r, request } = response(id, { status: 'in_progress', conversation: { id: conv } });
  await store.responses.insert(T, r, request, input);
  return store.responses.save(T, { ...r, status: 'completed', output }, output, ['in_progress']);
}

describe('appends from two pools at once', () => {
  it('keep every turn whole and the positions dense, API appends and saved responses alike', async () => {
    const { a, b, admin } = await twoStores();
    await a.conversations.create(T, conversation('conv_1'), msgs('first', 2));
    const writes = () =>
      Promise.all(
        Array.from({ length: 24 }, (_, n) => {
          const store = n % 2 ? a : b;
          return n % 3
            ? store.conversations.append(T, 'conv_1', msgs(`api${n}_`, 3))
            : respond(store, `resp_${n}`, 'conv_1', msgs(`in${n}_`, 2), [
                message(`msg_out${n}_0`, 'o', 'assistant'),
                message(`msg_out${n}_1`, 'p', 'assistant'),
              ]);
        }),
      );
    // Both pools' connections wait on the row together: the appends really race for it.
    await released(admin, 'conv_1', 6, writes);

    const turns = (await b.conversations.turns(T, 'conv_1'))!;
    expect(await a.conversations.turns(T, 'conv_1')).toEqual(turns);
    expect(turns).toHaveLength(25);
    for (const turn of turns.slice(1)) {
      const n = /\d+/.exec(turn.input[0]!.id)![0];
      if (turn.input[0]!.id.startsWith('msg_api')) {
        expect(turn.input.map((i) => i.id)).toEqual([0, 1, 2].map((i) => `msg_api${n}_${i}`));
        expect(turn.output).toEqual([]);
      } else {
        expect(turn.input.map((i) => i.id)).toEqual([`msg_in${n}_0`, `msg_in${n}_1`]);
        expect(turn.output.map((i) => i.id)).toEqual([`msg_out${n}_0`, `msg_out${n}_1`]);
      }
    }
    const { rows } = await admin.query<{ position: number; turn: number }>(
      "SELECT conversation_position AS position, turn FROM items WHERE conversation_id = 'conv_1' ORDER BY 1",
    );
    expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i));
    const next = await admin.query("SELECT next_position FROM conversations WHERE id = 'conv_1'");
    expect(next.rows[0].next_position).toBe(rows.length);
  });

  it('append nothing once the conversation is deleted while they wait', async () => {
    const { a, b, admin } = await twoStores();
    await a.conversations.create(T, conversation('conv_1'), msgs('first', 1));
    const results = await released(admin, 'conv_1', 3, () =>
      Promise.all([
        a.conversations.delete(T, 'conv_1'),
        b.conversations.append(T, 'conv_1', msgs('late', 2)),
        respond(b, 'resp_1', 'conv_1', msgs('in', 1), [message('msg_out', 'o', 'assistant')]),
      ]),
    );
    expect(results[0]).toBe(true);
    // The append either went first (and its items were deleted with the conversation) or found none.
    const { rows } = await admin.query<{ item_id: string }>(
      'SELECT item_id FROM items WHERE response_id IS NULL ORDER BY item_id',
    );
    expect(rows).toEqual([]);
    expect(await b.conversations.turns(T, 'conv_1')).toBeUndefined();
    expect((await a.responses.chain(T, 'resp_1'))[0]!.output).toHaveLength(1);
  });
});

describe('deletes from two pools at once', () => {
  /** The tenant's rows that belong to neither a response nor a conversation: there must be none. */
  async function unheld(admin: pg.Client) {
    const { rows } = await admin.query<{ item_id: string }>(
      'SELECT item_id FROM items WHERE response_id IS NULL AND conversation_id IS NULL ORDER BY item_id',
    );
    return rows.map((r) => r.item_id);
  }

  /**
   * Deletes resp_1 from `a` while `admin` holds its row, lets `other` (from `b`) run meanwhile,
   * then lets the response's delete go on.
   */
  async function deleteResponseAround(stores: { a: Store; admin: pg.Client }, other: () => Promise<boolean>) {
    const { a, admin } = stores;
    await admin.query('BEGIN');
    await admin.query("SELECT 1 FROM responses WHERE id = 'resp_1' FOR UPDATE");
    const deleting = a.responses.delete(T, 'resp_1');
    let seen = 0;
    for (const until = Date.now() + 10_000; seen < 1 && Date.now() < until;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen = await waiting(admin);
    }
    expect(seen).toBe(1);
    try {
      expect(await other()).toBe(true);
    } finally {
      await admin.query('ROLLBACK');
    }
    expect(await deleting).toBe(true);
  }

  it('a response’s and its conversation’s leave none of their items behind', async () => {
    const { a, b, admin } = await twoStores();
    await a.conversations.create(T, conversation('conv_1'), msgs('first', 1));
    await respond(a, 'resp_1', 'conv_1', msgs('in', 2), [message('msg_out', 'o', 'assistant')]);
    await deleteResponseAround({ a, admin }, () => b.conversations.delete(T, 'conv_1'));
    expect(await unheld(admin)).toEqual([]);
    expect(await a.responses.findItem(T, 'msg_in0')).toBeUndefined();
  });

  it('a response’s and deleteItem of one of its items leave nothing behind either', async () => {
    const { a, b, admin } = await twoStores();
    await a.conversations.create(T, conversation('conv_1'), msgs('first', 1));
    await respond(a, 'resp_1', 'conv_1', msgs('in', 2), [message('msg_out', 'o', 'assistant')]);
    await deleteResponseAround({ a, admin }, () => b.conversations.deleteItem(T, 'conv_1', 'msg_in0'));
    expect(await unheld(admin)).toEqual([]);
    expect(await a.responses.findItem(T, 'msg_in0')).toBeUndefined();
    const rest = await b.conversations.listItems(T, 'conv_1', page());
    expect(rest.data.map((i) => i.id)).toEqual(['msg_first0', 'msg_in1', 'msg_out']);
  });

  it('a response’s delete waits for its save under way, instead of deadlocking with it', async () => {
    const { a, b, admin } = await twoStores();
    await a.conversations.create(T, conversation('conv_1'), msgs('first', 1));
    const { response: r, request } = response('resp_1', {
      status: 'in_progress',
      conversation: { id: 'conv_1' },
    });
    await a.responses.insert(T, r, request, msgs('in', 2));
    const output = [message('msg_out', 'o', 'assistant')];
    // The save holds the response's row and waits for the conversation's; the delete comes then.
    const [saved, deleted] = await released(admin, 'conv_1', 2, async () => {
      const saving = a.responses.save(T, { ...r, status: 'completed', output }, output, ['in_progress']);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return Promise.all([saving, b.responses.delete(T, 'resp_1')]);
    });
    expect([saved, deleted]).toEqual([true, true]);
    expect(await a.responses.get(T, 'resp_1')).toBeUndefined();
    const items = await b.conversations.listItems(T, 'conv_1', page());
    expect(items.data.map((i) => i.id)).toEqual(['msg_first0', 'msg_in0', 'msg_in1', 'msg_out']);
  });
});

describe('paging while another pool writes', () => {
  it('reads a conversation’s items once each, in order, while they are appended', async () => {
    const { a, b } = await twoStores();
    await a.conversations.create(T, conversation('conv_1'), msgs('first', 3));
    let writing = true;
    const writer = (async () => {
      for (let n = 0; n < 30; n++)
        if (n % 4 === 3) await respond(b, `resp_${n}`, 'conv_1', msgs(`in${n}_`, 1), msgs(`out${n}_`, 1));
        else await b.conversations.append(T, 'conv_1', msgs(`api${n}_`, 2));
      writing = false;
    })();
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const stillWriting = writing;
      const p = await a.conversations.listItems(T, 'conv_1', page({ limit: 3, after }));
      seen.push(...p.data.map((i) => i.id));
      after = seen.at(-1);
      // Done once a page ends the list after the writer finished.
      if (!p.hasMore && !stillWriting) break;
    }
    await writer;
    const all = (await a.conversations.listItems(T, 'conv_1', page({ limit: 100 }))).data.map((i) => i.id);
    expect(all).toHaveLength(3 + 30 * 2);
    expect(seen).toEqual(all);
  });

  it('lists each conversation that existed before paging began once, while others are created', async () => {
    const { a, b } = await twoStores();
    const before = Array.from({ length: 12 }, (_, i) => `conv_old${String(i).padStart(2, '0')}`);
    for (const id of before) await a.conversations.create(T, conversation(id), []);
    // Creates from the other pool, several at once, so that their seq and commit orders differ.
    const writer = Promise.all(
      Array.from({ length: 12 }, (_, i) => b.conversations.create(T, conversation(`conv_new${i}`), [])),
    );
    for (const order of ['asc', 'desc'] as const) {
      const seen: string[] = [];
      for (let after: string | undefined; ;) {
        const p = await a.conversations.list(T, page({ order, limit: 2, after }));
        seen.push(...p.data.map((c) => c.id));
        after = seen.at(-1);
        if (!p.hasMore) break;
      }
      expect(new Set(seen).size).toBe(seen.length);
      const old = seen.filter((id) => id.startsWith('conv_old'));
      expect(old).toEqual(order === 'asc' ? before : [...before].reverse());
    }
    await writer;
  });
});
