/**
 * The shared suite of ResponsesRepository and ResponseQueue: registered once per dialect
 * (test/store/responses.test.ts), on a new empty store for each test. Nothing here may lean on one
 * dialect's behaviour (synchronous visibility, rowid): what only SQLite does is in sqlite.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  CreateResponseBody,
  ItemField,
  ResponseResource,
  ResponseStreamEvent,
} from '../../../src/api-types.js';
import { baseResponse } from '../../../src/engine/responses/resource.js';
import { UnknownCursorError, type PageQuery } from '../../../src/store/pagination.js';
import type { ResponseQueue, ResponsesRepository } from '../../../src/store/responses.js';
import type { Store } from '../../../src/store/store.js';

const T = 'default';

export function message(id: string, text: string, role: 'user' | 'assistant' = 'user'): ItemField {
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

export function response(
  id: string,
  fields: Partial<ResponseResource> = {},
  request: Partial<CreateResponseBody> = {},
) {
  const body = { model: 'm', input: 'x', ...request } as CreateResponseBody;
  return { response: { ...baseResponse(id, body), ...fields } as ResponseResource, request: body };
}

const page = (fields: Partial<PageQuery & { model: string }> = {}): PageQuery & { model?: string } => ({
  limit: 20,
  order: 'desc',
  ...fields,
});
const ids = (p: { data: Array<{ id?: string | null }> }) => p.data.map((x) => x.id);

export function describeResponsesRepository(name: string, open: () => Promise<Store>): void {
  describe(name, () => {
    let opened: Store;
    let repo: ResponsesRepository;
    let queue: ResponseQueue;

    beforeEach(async () => {
      opened = await open();
      repo = opened.responses;
      queue = opened.queue;
    });

    afterEach(() => opened.close());

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
      await repo.insert(opts.tenant ?? T, r, request, opts.input ?? [], { lease: opts.lease });
      if (opts.output) await repo.save(opts.tenant ?? T, { ...r, output: opts.output }, opts.output);
      return r;
    }

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

      it('deletes only its own rows: an item with the same id in another response stays findable', async () => {
        const reply = message('msg_out', 'yo', 'assistant');
        await store('resp_1', { input: [message('msg_in', 'hi')], output: [reply] });
        // A client that keeps its own history sends the reply back as input, id and all.
        await store('resp_2', { input: [reply, message('msg_next', 'and?')] });
        await store('resp_3', { tenant: 'other', input: [message('msg_in', 'theirs')] });
        expect(await repo.delete(T, 'resp_1')).toBe(true);
        expect(await repo.findItem(T, 'msg_out')).toEqual(reply);
        expect(await repo.findItem(T, 'msg_in')).toBeUndefined();
        expect(await repo.findItem('other', 'msg_in')).toEqual(message('msg_in', 'theirs'));
        expect(ids(await repo.listInputItems(T, 'resp_2', page({ order: 'asc' })))).toEqual([
          'msg_out',
          'msg_next',
        ]);
        // Another tenant's delete of the same id removes nothing of this one's.
        expect(await repo.delete('other', 'resp_2')).toBe(false);
        expect(await repo.findItem(T, 'msg_next')).toEqual(message('msg_next', 'and?'));
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
        expect(ids(await repo.list(T, page({ order: 'asc', limit: 3 })))).toEqual([
          'resp_0',
          'resp_1',
          'resp_2',
        ]);
        expect(ids(await repo.list(T, page({ order: 'asc', after: 'resp_2' })))).toEqual([
          'resp_3',
          'resp_4',
        ]);
        expect(ids(await repo.list(T, page({ order: 'asc', before: 'resp_2' })))).toEqual([
          'resp_0',
          'resp_1',
        ]);
        expect(ids(await repo.list(T, page({ before: 'resp_2' })))).toEqual(['resp_4', 'resp_3']);
        expect(ids(await repo.list(T, page({ after: 'resp_4', before: 'resp_1' })))).toEqual([
          'resp_3',
          'resp_2',
        ]);
      });

      it('pages with limit and before: the rows just before the cursor, in the list’s order', async () => {
        const desc = await repo.list(T, page({ limit: 2, before: 'resp_0' }));
        expect([ids(desc), desc.hasMore]).toEqual([['resp_2', 'resp_1'], true]);
        const asc = await repo.list(T, page({ order: 'asc', limit: 2, before: 'resp_4' }));
        expect([ids(asc), asc.hasMore]).toEqual([['resp_2', 'resp_3'], true]);
        const start = await repo.list(T, page({ order: 'asc', limit: 2, before: 'resp_2' }));
        expect([ids(start), start.hasMore]).toEqual([['resp_0', 'resp_1'], false]);
      });

      it('filters by model and stays within the tenant', async () => {
        expect(ids(await repo.list(T, page({ model: 'b' })))).toEqual(['resp_3', 'resp_1']);
        expect(ids(await repo.list('other', page()))).toEqual(['resp_other_tenant']);
        expect(ids(await repo.list('nobody', page()))).toEqual([]);
      });

      it('throws UnknownCursorError for a cursor that is not in the list', async () => {
        await expect(repo.list(T, page({ after: 'resp_nope' }))).rejects.toEqual(
          new UnknownCursorError('after'),
        );
        const error = await repo.list(T, page({ before: 'resp_other_tenant' })).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(UnknownCursorError);
        expect((error as UnknownCursorError).param).toBe('before');
      });
    });

    describe('list order', () => {
      it('is insertion order, whatever the ids and created_at say', async () => {
        for (const [id, created_at] of [
          ['resp_z', 3000],
          ['resp_a', 1000],
          ['resp_m', 2000],
        ] as const)
          await store(id, { fields: { created_at } });
        expect(ids(await repo.list(T, page({ order: 'asc' })))).toEqual(['resp_z', 'resp_a', 'resp_m']);
        expect(ids(await repo.list(T, page({ order: 'asc', after: 'resp_z' })))).toEqual([
          'resp_a',
          'resp_m',
        ]);
        // After the newest is deleted, a new response still comes after every one left.
        await repo.delete(T, 'resp_m');
        await store('resp_b', { fields: { created_at: 0 } });
        expect(ids(await repo.list(T, page()))).toEqual(['resp_b', 'resp_a', 'resp_z']);
      });
    });

    describe('listInputItems', () => {
      const input = ['a', 'b', 'c', 'd'].map((x) => message(`msg_${x}`, x));

      beforeEach(async () => {
        await store('resp_1', { input, output: [message('msg_out', 'o', 'assistant')] });
        await store('resp_2', { input: [message('msg_z', 'z')] });
      });

      it('lists the input items of one response, newest first or in order', async () => {
        expect(ids(await repo.listInputItems(T, 'resp_1', page()))).toEqual([
          'msg_d',
          'msg_c',
          'msg_b',
          'msg_a',
        ]);
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

      it('pages input items with limit and before: the items just before the cursor', async () => {
        const asc = await repo.listInputItems(T, 'resp_1', page({ order: 'asc', limit: 2, before: 'msg_d' }));
        expect([ids(asc), asc.hasMore]).toEqual([['msg_b', 'msg_c'], true]);
        const desc = await repo.listInputItems(T, 'resp_1', page({ limit: 1, before: 'msg_b' }));
        expect([ids(desc), desc.hasMore]).toEqual([['msg_c'], true]);
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
        const late = {
          ...r,
          status: 'completed' as const,
          output: [message('msg_late', 'late', 'assistant')],
        };
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
          repo.appendEvent(T, 'resp_1', {
            type: 'again',
            sequence_number: 2,
          } as unknown as ResponseStreamEvent),
        ).rejects.toThrow();
      });

      it('keeps a response’s events to its tenant', async () => {
        await store('resp_1');
        await repo.appendEvent(T, 'resp_1', {
          type: 'e0',
          sequence_number: 0,
        } as unknown as ResponseStreamEvent);
        expect(await repo.eventsAfter(T, 'resp_1', -1)).toHaveLength(1);
        expect(await repo.eventsAfter('other', 'resp_1', -1)).toEqual([]);
      });
      it('stores the events given with the insert at once, in order, with the tenant', async () => {
        const { response: r, request } = response('resp_1', { status: 'queued', background: true });
        const events: ResponseStreamEvent[] = [
          { type: 'response.created', sequence_number: 0, response: r },
          { type: 'response.queued', sequence_number: 1, response: r },
        ];
        await repo.insert('tenant_a', r, request, [message('msg_in', 'hi')], { events });
        expect(await repo.eventsAfter('tenant_a', 'resp_1', -1)).toEqual(events);
        expect(await repo.eventsAfter(T, 'resp_1', -1)).toEqual([]);
        // Whoever claims the job finds them, and numbers its own after them.
        const job = await queue.claim('runner', 60_000);
        expect(job?.id).toBe('resp_1');
        expect(await repo.eventsAfter(job!.tenant, job!.id, -1)).toEqual(events);
        const next: ResponseStreamEvent = { type: 'response.in_progress', sequence_number: 2, response: r };
        await repo.appendEvent('tenant_a', 'resp_1', next);
        expect(await repo.eventsAfter('tenant_a', 'resp_1', 0)).toEqual([events[1], next]);
      });

      it('stores nothing when an event given with the insert is refused', async () => {
        const { response: r, request } = response('resp_1', { status: 'queued', background: true });
        const twice: ResponseStreamEvent = { type: 'response.created', sequence_number: 0, response: r };
        await expect(
          repo.insert(T, r, request, [message('msg_in', 'hi')], { events: [twice, twice] }),
        ).rejects.toThrow();
        expect(await repo.get(T, 'resp_1')).toBeUndefined();
        expect(await repo.findItem(T, 'msg_in')).toBeUndefined();
        expect(await queue.claim('runner', 60_000)).toBeUndefined();
      });
    });

    describe('the job queue', () => {
      const queued = (id: string) => store(id, { fields: { status: 'queued', background: true } });

      it('claims queued responses oldest first, once each, and marks them in progress', async () => {
        await store('resp_done', { fields: { status: 'completed' } });
        await queued('resp_q1');
        await queued('resp_q2');
        const first = await queue.claim('runner-a', 60_000);
        expect(first).toEqual({ tenant: T, id: 'resp_q1', request: { model: 'm', input: 'x' } });
        expect((await queue.claim('runner-b', 60_000))?.id).toBe('resp_q2');
        expect(await queue.claim('runner-a', 60_000)).toBeUndefined();
        // The stored Response says so too, while the run goes on.
        expect((await repo.get(T, 'resp_q1'))!.status).toBe('in_progress');
        expect(await queue.renew('resp_q1', 'runner-a', 60_000)).toBe('in_progress');
      });

      it('counts the claims of a job, which expired() reports once its lease runs out', async () => {
        await queued('resp_q');
        await queue.claim('runner-a', -1);
        expect(await queue.expired()).toEqual([{ tenant: T, id: 'resp_q', attempts: 1 }]);
        const r = (await repo.get(T, 'resp_q'))!;
        await repo.save(T, { ...r, status: 'queued' }, undefined, ['in_progress']);
        expect(await queue.expired()).toEqual([]);
        expect((await queue.claim('runner-b', -1))?.id).toBe('resp_q');
        expect(await queue.expired()).toEqual([{ tenant: T, id: 'resp_q', attempts: 2 }]);
      });

      it('settles an expired job only while its lease has run out, once', async () => {
        await queued('resp_q');
        await queue.claim('runner-a', 60_000);
        const r = (await repo.get(T, 'resp_q'))!;
        // A lease that holds is left alone, whatever is written.
        expect(await queue.settleExpired(T, { ...r, status: 'failed' })).toBe(false);
        await queue.renew('resp_q', 'runner-a', -1);
        expect(await queue.settleExpired('other', { ...r, status: 'queued' })).toBe(false);
        expect(await queue.settleExpired(T, { ...r, status: 'queued' })).toBe(true);
        expect(await queue.settleExpired(T, { ...r, status: 'failed' })).toBe(false);
        expect((await repo.get(T, 'resp_q'))!.status).toBe('queued');
        // The lease is cleared: the runner that lost it hears so when it next renews.
        expect(await queue.renew('resp_q', 'runner-a', 60_000)).toBeUndefined();
        expect((await queue.claim('runner-b', 60_000))?.id).toBe('resp_q');
      });

      it('claims in insertion order, not by id', async () => {
        await queued('resp_q9');
        await queued('resp_q1');
        await queued('resp_q5');
        const claimed = [];
        for (let job; (job = await queue.claim('runner', 60_000));) claimed.push(job.id);
        expect(claimed).toEqual(['resp_q9', 'resp_q1', 'resp_q5']);
      });

      it('renews only the lease owner’s lease, and reports a cancel', async () => {
        await queued('resp_q');
        await queue.claim('runner-a', 60_000);
        expect(await queue.renew('resp_q', 'runner-b', 60_000)).toBeUndefined();
        const r = (await repo.get(T, 'resp_q'))!;
        // A cancel from elsewhere releases the lease: the runner's next renewal comes back empty, and it stops.
        await repo.save(T, { ...r, status: 'cancelled' }, undefined, ['queued', 'in_progress']);
        expect(await queue.renew('resp_q', 'runner-a', 60_000)).toBeUndefined();
        expect(await queue.expired()).toEqual([]);
      });

      it('finds in-progress responses whose lease ran out, and only those', async () => {
        await store('resp_expired', { fields: { status: 'in_progress' }, lease: { owner: 'dead', ms: -1 } });
        await store('resp_alive', {
          fields: { status: 'in_progress' },
          lease: { owner: 'alive', ms: 60_000 },
        });
        await store('resp_queued', { fields: { status: 'queued' } });
        await store('resp_done', { fields: { status: 'completed' }, lease: { owner: 'dead', ms: -1 } });
        expect(await queue.expired()).toEqual([{ tenant: T, id: 'resp_expired', attempts: 0 }]);
        // Renewing brings a lease back; finishing releases it.
        await queue.renew('resp_expired', 'dead', 60_000);
        expect(await queue.expired()).toEqual([]);
        await queue.renew('resp_alive', 'alive', -1);
        expect(await queue.expired()).toEqual([{ tenant: T, id: 'resp_alive', attempts: 0 }]);
        const alive = (await repo.get(T, 'resp_alive'))!;
        await repo.save(T, { ...alive, status: 'failed' });
        expect(await queue.expired()).toEqual([]);
        expect(await queue.renew('resp_alive', 'alive', 60_000)).toBeUndefined();
      });
    });
  });
}
