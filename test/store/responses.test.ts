/** SqliteResponsesRepository on a real SQLite database (in memory, or a file where two connections share it). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  CreateResponseBody,
  ItemField,
  ResponseResource,
  ResponseStreamEvent,
} from '../../src/api-types.js';
import { baseResponse } from '../../src/engine/responses/resource.js';
import { UnknownCursorError, type PageQuery } from '../../src/store/pagination.js';
import { openDatabase, type Database } from '../../src/store/sqlite/database.js';
import { SqliteResponsesRepository } from '../../src/store/sqlite/responses.js';

let database: Database;
let repo: SqliteResponsesRepository;

beforeEach(() => {
  database = openDatabase(':memory:');
  repo = new SqliteResponsesRepository(database.db);
});

afterEach(() => database.close());

const T = 'default';

function message(id: string, text: string, role: 'user' | 'assistant' = 'user'): ItemField {
  return {
    type: 'message',
    id,
    status: 'completed',
    role,
    content:
      role === 'user'
        ? [{ type: 'input_text', text }]
        : [{ type: 'output_text', text, annotations: [], logprobs: [] }],
  };
}

function response(
  id: string,
  fields: Partial<ResponseResource> = {},
  request: Partial<CreateResponseBody> = {},
) {
  const body = { model: 'm', input: 'x', ...request } as CreateResponseBody;
  return { response: { ...baseResponse(id, body), ...fields } as ResponseResource, request: body };
}

/** Stores a response with the given input, and (when given) its output. */
async function store(
  id: string,
  opts: {
    tenant?: string;
    fields?: Partial<ResponseResource>;
    input?: ItemField[];
    output?: ItemField[];
    lease?: { owner: string; ms: number };
  } = {},
) {
  const { response: r, request } = response(id, opts.fields);
  await repo.insert(opts.tenant ?? T, r, request, opts.input ?? [], opts.lease);
  if (opts.output) await repo.save(opts.tenant ?? T, { ...r, output: opts.output }, opts.output);
  return r;
}

const page = (fields: Partial<PageQuery & { model: string }> = {}): PageQuery & { model?: string } => ({
  limit: 20,
  order: 'desc',
  ...fields,
});
const ids = (p: { data: Array<{ id?: string | null }> }) => p.data.map((x) => x.id);

describe('insert, get, delete', () => {
  it('returns a stored response as stored, only to its tenant', async () => {
    const stored = await store('resp_1', { fields: { metadata: { k: 'v' } } });
    expect(await repo.get(T, 'resp_1')).toEqual(stored);
    expect(await repo.get('other', 'resp_1')).toBeUndefined();
    expect(await repo.getRequest(T, 'resp_1')).toEqual({ model: 'm', input: 'x' });
    expect(await repo.delete('other', 'resp_1')).toBe(false);
    expect(await repo.delete(T, 'resp_1')).toBe(true);
    expect(await repo.get(T, 'resp_1')).toBeUndefined();
    expect(await repo.delete(T, 'resp_1')).toBe(false);
  });

  it('deletes the items and events of a deleted response with it', async () => {
    await store('resp_1', {
      input: [message('msg_in', 'hi')],
      output: [message('msg_out', 'yo', 'assistant')],
    });
    await repo.appendEvent(T, 'resp_1', {
      type: 'response.created',
      sequence_number: 0,
    } as ResponseStreamEvent);
    await repo.delete(T, 'resp_1');
    expect(await repo.findItem(T, 'msg_in')).toBeUndefined();
    expect(await repo.findItem(T, 'msg_out')).toBeUndefined();
    expect(await repo.eventsAfter(T, 'resp_1', -1)).toEqual([]);
  });
});

describe('list', () => {
  beforeEach(async () => {
    // Same created_at for all: insertion order is the order.
    for (const [i, model] of ['a', 'b', 'a', 'b', 'a'].entries())
      await store(`resp_${i}`, { fields: { model, created_at: 1000 } });
    await store('resp_other_tenant', { tenant: 'other' });
  });

  it('pages newest first by default, with has_more', async () => {
    const first = await repo.list(T, page({ limit: 2 }));
    expect(ids(first)).toEqual(['resp_4', 'resp_3']);
    expect(first.hasMore).toBe(true);
    const second = await repo.list(T, page({ limit: 2, after: 'resp_3' }));
    expect(ids(second)).toEqual(['resp_2', 'resp_1']);
    const last = await repo.list(T, page({ limit: 2, after: 'resp_1' }));
    expect(ids(last)).toEqual(['resp_0']);
    expect(last.hasMore).toBe(false);
    const exact = await repo.list(T, page({ limit: 5 }));
    expect(exact.hasMore).toBe(false);
  });

  it('pages oldest first with order asc, and before bounds the other side', async () => {
    expect(ids(await repo.list(T, page({ order: 'asc', limit: 3 })))).toEqual(['resp_0', 'resp_1', 'resp_2']);
    expect(ids(await repo.list(T, page({ order: 'asc', after: 'resp_2' })))).toEqual(['resp_3', 'resp_4']);
    expect(ids(await repo.list(T, page({ order: 'asc', before: 'resp_2' })))).toEqual(['resp_0', 'resp_1']);
    expect(ids(await repo.list(T, page({ before: 'resp_2' })))).toEqual(['resp_4', 'resp_3']);
    expect(ids(await repo.list(T, page({ after: 'resp_4', before: 'resp_1' })))).toEqual([
      'resp_3',
      'resp_2',
    ]);
  });

  it('filters by model and stays within the tenant', async () => {
    expect(ids(await repo.list(T, page({ model: 'b' })))).toEqual(['resp_3', 'resp_1']);
    expect(ids(await repo.list('other', page()))).toEqual(['resp_other_tenant']);
    expect(ids(await repo.list('nobody', page()))).toEqual([]);
  });

  it('throws UnknownCursorError for a cursor that is not in the list', async () => {
    await expect(repo.list(T, page({ after: 'resp_nope' }))).rejects.toEqual(new UnknownCursorError('after'));
    const error = await repo.list(T, page({ before: 'resp_other_tenant' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownCursorError);
    expect((error as UnknownCursorError).param).toBe('before');
  });
});

describe('listInputItems', () => {
  const input = ['a', 'b', 'c', 'd'].map((x) => message(`msg_${x}`, x));

  beforeEach(async () => {
    await store('resp_1', { input, output: [message('msg_out', 'o', 'assistant')] });
    await store('resp_2', { input: [message('msg_z', 'z')] });
  });

  it('lists the input items of one response, newest first or in order', async () => {
    expect(ids(await repo.listInputItems(T, 'resp_1', page()))).toEqual(['msg_d', 'msg_c', 'msg_b', 'msg_a']);
    const asc = await repo.listInputItems(T, 'resp_1', page({ order: 'asc', limit: 2 }));
    expect(ids(asc)).toEqual(['msg_a', 'msg_b']);
    expect(asc.hasMore).toBe(true);
    expect(asc.data[0]).toEqual(input[0]);
    const next = await repo.listInputItems(T, 'resp_1', page({ order: 'asc', limit: 2, after: 'msg_b' }));
    expect(ids(next)).toEqual(['msg_c', 'msg_d']);
    expect(next.hasMore).toBe(false);
    expect(ids(await repo.listInputItems(T, 'resp_1', page({ before: 'msg_b' })))).toEqual([
      'msg_d',
      'msg_c',
    ]);
  });

  it('does not accept another response’s item, or an output item, as a cursor', async () => {
    await expect(repo.listInputItems(T, 'resp_1', page({ after: 'msg_z' }))).rejects.toBeInstanceOf(
      UnknownCursorError,
    );
    await expect(repo.listInputItems(T, 'resp_1', page({ before: 'msg_out' }))).rejects.toEqual(
      new UnknownCursorError('before'),
    );
    expect(ids(await repo.listInputItems('other', 'resp_1', page()))).toEqual([]);
  });
});

describe('chain and findItem', () => {
  beforeEach(async () => {
    await store('resp_1', {
      input: [message('msg_1', 'one')],
      output: [message('msg_1o', 'One', 'assistant')],
    });
    await store('resp_2', {
      fields: { previous_response_id: 'resp_1' },
      input: [message('msg_2', 'two')],
      output: [message('msg_2o', 'Two', 'assistant')],
    });
    await store('resp_3', {
      fields: { previous_response_id: 'resp_2' },
      input: [message('msg_3', 'three'), message('msg_3b', 'three b')],
      output: [],
    });
  });

  it('returns every turn of the chain, oldest first, input before output', async () => {
    const turns = await repo.chain(T, 'resp_3');
    expect(turns.map((t) => [ids({ data: t.input }), ids({ data: t.output })])).toEqual([
      [['msg_1'], ['msg_1o']],
      [['msg_2'], ['msg_2o']],
      [['msg_3', 'msg_3b'], []],
    ]);
    expect(turns[0]!.output[0]).toEqual(message('msg_1o', 'One', 'assistant'));
    expect(await repo.chain('other', 'resp_3')).toEqual([]);
  });

  it('stops at a deleted ancestor', async () => {
    await repo.delete(T, 'resp_1');
    expect((await repo.chain(T, 'resp_3')).map((t) => t.input[0]!.id)).toEqual(['msg_2', 'msg_3']);
    await repo.delete(T, 'resp_2');
    expect((await repo.chain(T, 'resp_3')).map((t) => t.input[0]!.id)).toEqual(['msg_3']);
  });

  it('finds input and output items by id, within the tenant', async () => {
    expect(await repo.findItem(T, 'msg_2')).toEqual(message('msg_2', 'two'));
    expect(await repo.findItem(T, 'msg_2o')).toEqual(message('msg_2o', 'Two', 'assistant'));
    expect(await repo.findItem('other', 'msg_2')).toBeUndefined();
    expect(await repo.findItem(T, 'msg_nope')).toBeUndefined();
  });
});

describe('chain', () => {
  it('reads a chain of 1,000 turns, oldest first', async () => {
    let previous: string | null = null;
    for (let n = 0; n < 1000; n++) {
      await store(`resp_${n}`, {
        fields: { previous_response_id: previous, status: 'completed' },
        input: [message(`msg_${n}`, `turn ${n}`)],
        output: [message(`msg_${n}o`, `reply ${n}`, 'assistant')],
      });
      previous = `resp_${n}`;
    }
    const turns = await repo.chain(T, 'resp_999');
    expect(turns).toHaveLength(1000);
    expect(turns.map((t) => t.input[0]!.id)).toEqual(Array.from({ length: 1000 }, (_, n) => `msg_${n}`));
    expect(turns[500]!.output).toEqual([message('msg_500o', 'reply 500', 'assistant')]);
  });

  it('shows what another connection wrote since: a turn finished, an ancestor deleted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orgw-chain-'));
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
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('hands out finished turns that cannot be changed by whoever reads them', async () => {
    await store('resp_1', {
      fields: { status: 'completed' },
      input: [message('msg_1', 'one')],
      output: [message('msg_1o', 'One', 'assistant')],
    });
    const [turn] = await repo.chain(T, 'resp_1');
    expect(() => turn!.input.push(message('msg_x', 'x'))).toThrow(TypeError);
    expect((await repo.chain(T, 'resp_1'))[0]!.input.map((i) => i.id)).toEqual(['msg_1']);
  });
});

describe('save', () => {
  it('replaces the output items with the ones given, and keeps them when none are given', async () => {
    const r = await store('resp_1', {
      output: [message('msg_a', 'a', 'assistant'), message('msg_b', 'b', 'assistant')],
    });
    await repo.save(T, { ...r, output: [] }, [message('msg_c', 'c', 'assistant')]);
    expect((await repo.chain(T, 'resp_1'))[0]!.output.map((i) => i.id)).toEqual(['msg_c']);
    expect(await repo.findItem(T, 'msg_a')).toBeUndefined();
    await repo.save(T, { ...r, metadata: { x: 'y' } });
    expect((await repo.chain(T, 'resp_1'))[0]!.output.map((i) => i.id)).toEqual(['msg_c']);
    expect((await repo.get(T, 'resp_1'))!.metadata).toEqual({ x: 'y' });
  });

  it('with `from`, writes only over one of those statuses: a cancel that landed first stays', async () => {
    const r = await store('resp_1', {
      fields: { status: 'in_progress' },
      lease: { owner: 'me', ms: 60_000 },
    });
    expect(await repo.save(T, { ...r, status: 'cancelled' }, undefined, ['queued', 'in_progress'])).toBe(
      true,
    );
    const late = { ...r, status: 'completed' as const, output: [message('msg_late', 'late', 'assistant')] };
    expect(await repo.save(T, late, late.output, ['in_progress'])).toBe(false);
    expect((await repo.get(T, 'resp_1'))!.status).toBe('cancelled');
    expect(await repo.findItem(T, 'msg_late')).toBeUndefined();
    // Without `from`, it writes whatever is stored.
    expect(await repo.save(T, late)).toBe(true);
    expect((await repo.get(T, 'resp_1'))!.status).toBe('completed');
  });

  it('writes nothing for another tenant', async () => {
    const r = await store('resp_1');
    expect(await repo.save('other', { ...r, status: 'failed' })).toBe(false);
    expect((await repo.get(T, 'resp_1'))!.status).toBe(r.status);
  });
});

describe('events', () => {
  it('returns the events after a sequence number, in order', async () => {
    await store('resp_1');
    for (const n of [0, 2, 1, 3])
      await repo.appendEvent(T, 'resp_1', {
        type: `e${n}`,
        sequence_number: n,
      } as unknown as ResponseStreamEvent);
    expect((await repo.eventsAfter(T, 'resp_1', -1)).map((e) => e.sequence_number)).toEqual([0, 1, 2, 3]);
    expect((await repo.eventsAfter(T, 'resp_1', 1)).map((e) => e.type)).toEqual(['e2', 'e3']);
    expect(await repo.eventsAfter(T, 'resp_1', 3)).toEqual([]);
    expect(await repo.eventsAfter(T, 'resp_other', -1)).toEqual([]);
    // A sequence number is written once.
    await expect(
      repo.appendEvent(T, 'resp_1', { type: 'again', sequence_number: 2 } as unknown as ResponseStreamEvent),
    ).rejects.toThrow();
  });
});

describe('the job queue', () => {
  const queued = (id: string) => store(id, { fields: { status: 'queued', background: true } });

  it('claims queued responses oldest first, once each, and marks them in progress', async () => {
    await store('resp_done', { fields: { status: 'completed' } });
    await queued('resp_q1');
    await queued('resp_q2');
    const first = await repo.claim('runner-a', 60_000);
    expect(first).toEqual({ tenant: T, id: 'resp_q1', request: { model: 'm', input: 'x' } });
    expect((await repo.claim('runner-b', 60_000))?.id).toBe('resp_q2');
    expect(await repo.claim('runner-a', 60_000)).toBeUndefined();
    // The stored Response says so too, while the run goes on.
    expect((await repo.get(T, 'resp_q1'))!.status).toBe('in_progress');
    expect(await repo.renew('resp_q1', 'runner-a', 60_000)).toBe('in_progress');
  });

  it('gives a job to exactly one of two connections to the same database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orgw-claim-'));
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
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('renews only the lease owner’s lease, and reports a cancel', async () => {
    await queued('resp_q');
    await repo.claim('runner-a', 60_000);
    expect(await repo.renew('resp_q', 'runner-b', 60_000)).toBeUndefined();
    const r = (await repo.get(T, 'resp_q'))!;
    // A cancel from elsewhere releases the lease: the runner's next renewal comes back empty, and it stops.
    await repo.save(T, { ...r, status: 'cancelled' }, undefined, ['queued', 'in_progress']);
    expect(await repo.renew('resp_q', 'runner-a', 60_000)).toBeUndefined();
    expect(await repo.expired()).toEqual([]);
  });

  it('finds in-progress responses whose lease ran out, and only those', async () => {
    await store('resp_expired', { fields: { status: 'in_progress' }, lease: { owner: 'dead', ms: -1 } });
    await store('resp_alive', { fields: { status: 'in_progress' }, lease: { owner: 'alive', ms: 60_000 } });
    await store('resp_queued', { fields: { status: 'queued' } });
    await store('resp_done', { fields: { status: 'completed' }, lease: { owner: 'dead', ms: -1 } });
    expect(await repo.expired()).toEqual([{ tenant: T, id: 'resp_expired' }]);
    // Renewing brings a lease back; finishing releases it.
    await repo.renew('resp_expired', 'dead', 60_000);
    expect(await repo.expired()).toEqual([]);
    await repo.renew('resp_alive', 'alive', -1);
    expect(await repo.expired()).toEqual([{ tenant: T, id: 'resp_alive' }]);
    const alive = (await repo.get(T, 'resp_alive'))!;
    await repo.save(T, { ...alive, status: 'failed' });
    expect(await repo.expired()).toEqual([]);
    expect(await repo.renew('resp_alive', 'alive', 60_000)).toBeUndefined();
  });
});
