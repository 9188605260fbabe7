/**
 * The shared suite of ConversationsRepository, and of what ResponsesRepository does with
 * conversations (save's append, deletes that keep the other's items): registered once per dialect
 * (test/store/conversations.test.ts), on a new empty store for each test.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationResource, ItemField, ResponseResource } from '../../../src/api-types.js';
import type { ConversationsRepository } from '../../../src/store/conversations.js';
import { UnknownCursorError, type PageQuery } from '../../../src/store/pagination.js';
import type { ResponsesRepository } from '../../../src/store/responses.js';
import type { Store } from '../../../src/store/store.js';
import { message, response } from './responses.js';

const T = 'default';

export function conversation(id: string, fields: Partial<ConversationResource> = {}): ConversationResource {
  return { id, object: 'conversation', created_at: 1000, metadata: {}, ...fields };
}

const page = (fields: Partial<PageQuery> = {}): PageQuery => ({ limit: 20, order: 'asc', ...fields });
const ids = (list: Array<{ id?: string | null }>) => list.map((x) => x.id);
const msgs = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => message(`msg_${prefix}${i}`, `${prefix} ${i}`));

export function describeConversationsRepository(name: string, open: () => Promise<Store>): void {
  describe(name, () => {
    let opened: Store;
    let repo: ConversationsRepository;
    let responses: ResponsesRepository;

    beforeEach(async () => {
      opened = await open();
      repo = opened.conversations;
      responses = opened.responses;
    });

    afterEach(() => opened.close());

    /** All of a conversation's item ids, in order, read page by page. */
    async function allItems(id: string, tenant = T): Promise<string[]> {
      const seen: string[] = [];
      for (let after: string | undefined; ;) {
        const p = await repo.listItems(tenant, id, page({ limit: 7, after }));
        seen.push(...p.data.map((i) => i.id));
        if (!p.hasMore) return seen;
        after = seen.at(-1);
      }
    }

    /** Stores a response on `conv` with its input, then saves it with `output` into `status`. */
    async function respond(
      id: string,
      conv: string,
      input: ItemField[],
      output: ItemField[],
      status: ResponseResource['status'] = 'completed',
      { tenant = T, from = ['in_progress'] as ResponseResource['status'][] } = {},
    ) {
      const { response: r, request } = response(id, { status: 'in_progress', conversation: { id: conv } });
      await responses.insert(tenant, r, request, input);
      return responses.save(tenant, { ...r, status, output }, output, from);
    }

    describe('create, get, update, delete', () => {
      it('stores a conversation with its first items, in order, for its tenant only', async () => {
        const c = conversation('conv_1', { metadata: { topic: 'x' } });
        await repo.create(T, c, msgs('a', 3));
        expect(await repo.get(T, 'conv_1')).toEqual(c);
        expect(await repo.get('other', 'conv_1')).toBeUndefined();
        expect(await allItems('conv_1')).toEqual(['msg_a0', 'msg_a1', 'msg_a2']);
        expect(await repo.getItem(T, 'conv_1', 'msg_a1')).toEqual(message('msg_a1', 'a 1'));
        expect(await repo.getItem(T, 'conv_1', 'msg_nope')).toBeUndefined();
        // A conversation's items are items like a response's: item_reference finds them.
        expect(await responses.findItem(T, 'msg_a2')).toEqual(message('msg_a2', 'a 2'));
      });

      it('replaces the metadata, and answers undefined for an unknown conversation', async () => {
        await repo.create(T, conversation('conv_1', { metadata: { a: '1' } }), []);
        const updated = await repo.update(T, 'conv_1', { b: '2' });
        expect(updated).toEqual(conversation('conv_1', { metadata: { b: '2' } }));
        expect(await repo.get(T, 'conv_1')).toEqual(updated);
        expect(await repo.update(T, 'conv_nope', {})).toBeUndefined();
        expect(await repo.update('other', 'conv_1', {})).toBeUndefined();
        expect((await repo.get(T, 'conv_1'))!.metadata).toEqual({ b: '2' });
      });

      it('deletes the conversation and its items', async () => {
        await repo.create(T, conversation('conv_1'), msgs('a', 2));
        expect(await repo.delete('other', 'conv_1')).toBe(false);
        expect(await repo.delete(T, 'conv_1')).toBe(true);
        expect(await repo.get(T, 'conv_1')).toBeUndefined();
        expect(await repo.delete(T, 'conv_1')).toBe(false);
        expect(await allItems('conv_1')).toEqual([]);
        expect(await repo.getItem(T, 'conv_1', 'msg_a0')).toBeUndefined();
        expect(await responses.findItem(T, 'msg_a0')).toBeUndefined();
        expect(await repo.append(T, 'conv_1', msgs('b', 1))).toBeUndefined();
        expect(await repo.turns(T, 'conv_1')).toBeUndefined();
      });
    });

    describe('list', () => {
      beforeEach(async () => {
        // Same created_at, ids out of order: creation order is the order.
        for (const id of ['conv_c', 'conv_a', 'conv_d', 'conv_b']) await repo.create(T, conversation(id), []);
        await repo.create('other', conversation('conv_other'), []);
      });

      it('pages in creation order, or its reverse, with has_more and both cursors', async () => {
        const first = await repo.list(T, page({ limit: 3 }));
        expect(ids(first.data)).toEqual(['conv_c', 'conv_a', 'conv_d']);
        expect(first.hasMore).toBe(true);
        const rest = await repo.list(T, page({ limit: 3, after: 'conv_d' }));
        expect(ids(rest.data)).toEqual(['conv_b']);
        expect(rest.hasMore).toBe(false);
        expect(ids((await repo.list(T, page({ order: 'desc' }))).data)).toEqual([
          'conv_b',
          'conv_d',
          'conv_a',
          'conv_c',
        ]);
        expect(
          ids((await repo.list(T, page({ order: 'desc', after: 'conv_d', before: 'conv_c' }))).data),
        ).toEqual(['conv_a']);
        expect(ids((await repo.list('other', page())).data)).toEqual(['conv_other']);
      });

      it('pages with limit and before: the rows just before the cursor, in the list’s order', async () => {
        const asc = await repo.list(T, page({ limit: 2, before: 'conv_b' }));
        expect([ids(asc.data), asc.hasMore]).toEqual([['conv_a', 'conv_d'], true]);
        const start = await repo.list(T, page({ limit: 2, before: 'conv_d' }));
        expect([ids(start.data), start.hasMore]).toEqual([['conv_c', 'conv_a'], false]);
        const desc = await repo.list(T, page({ order: 'desc', limit: 1, before: 'conv_a' }));
        expect([ids(desc.data), desc.hasMore]).toEqual([['conv_d'], true]);
      });

      it('throws UnknownCursorError for a cursor not in the tenant’s list', async () => {
        await expect(repo.list(T, page({ after: 'conv_nope' }))).rejects.toEqual(
          new UnknownCursorError('after'),
        );
        await expect(repo.list(T, page({ before: 'conv_other' }))).rejects.toEqual(
          new UnknownCursorError('before'),
        );
      });

      it('stays stable while conversations are created between pages', async () => {
        const first = await repo.list(T, page({ order: 'desc', limit: 2 }));
        expect(ids(first.data)).toEqual(['conv_b', 'conv_d']);
        await Promise.all(['conv_n1', 'conv_n2'].map((id) => repo.create(T, conversation(id), [])));
        const second = await repo.list(T, page({ order: 'desc', limit: 2, after: 'conv_d' }));
        expect(ids(second.data)).toEqual(['conv_a', 'conv_c']);
        expect(second.hasMore).toBe(false);
        const forward = await repo.list(T, page({ after: 'conv_b' }));
        expect(ids(forward.data).sort()).toEqual(['conv_n1', 'conv_n2']);
      });
    });

    describe('items', () => {
      beforeEach(async () => {
        await repo.create(T, conversation('conv_1'), msgs('a', 3));
        await repo.create(T, conversation('conv_2'), [message('msg_z', 'z')]);
      });

      it('appends at the end, in order, and lists the items either way with cursors', async () => {
        expect(await repo.append(T, 'conv_1', msgs('b', 2))).toEqual(msgs('b', 2));
        expect(await repo.append(T, 'conv_1', [])).toEqual([]);
        expect(await allItems('conv_1')).toEqual(['msg_a0', 'msg_a1', 'msg_a2', 'msg_b0', 'msg_b1']);
        const desc = await repo.listItems(T, 'conv_1', page({ order: 'desc', limit: 2 }));
        expect(ids(desc.data)).toEqual(['msg_b1', 'msg_b0']);
        expect(desc.hasMore).toBe(true);
        expect(
          ids((await repo.listItems(T, 'conv_1', page({ order: 'desc', after: 'msg_b0' }))).data),
        ).toEqual(['msg_a2', 'msg_a1', 'msg_a0']);
        expect(ids((await repo.listItems(T, 'conv_1', page({ before: 'msg_a2' }))).data)).toEqual([
          'msg_a0',
          'msg_a1',
        ]);
        expect((await repo.listItems(T, 'conv_1', page())).data[3]).toEqual(message('msg_b0', 'b 0'));
      });

      it('pages items with limit and before: the items just before the cursor', async () => {
        await repo.append(T, 'conv_1', msgs('b', 2));
        const asc = await repo.listItems(T, 'conv_1', page({ limit: 2, before: 'msg_b0' }));
        expect([ids(asc.data), asc.hasMore]).toEqual([['msg_a1', 'msg_a2'], true]);
        const desc = await repo.listItems(T, 'conv_1', page({ order: 'desc', limit: 2, before: 'msg_a1' }));
        expect([ids(desc.data), desc.hasMore]).toEqual([['msg_b0', 'msg_a2'], true]);
      });

      it('accepts only an item of this conversation as a cursor', async () => {
        await expect(repo.listItems(T, 'conv_1', page({ after: 'msg_z' }))).rejects.toEqual(
          new UnknownCursorError('after'),
        );
        await expect(repo.listItems(T, 'conv_1', page({ before: 'msg_nope' }))).rejects.toEqual(
          new UnknownCursorError('before'),
        );
        expect(await repo.getItem(T, 'conv_1', 'msg_z')).toBeUndefined();
        expect(await repo.deleteItem(T, 'conv_1', 'msg_z')).toBe(false);
        expect(await allItems('conv_2')).toEqual(['msg_z']);
      });

      it('stays stable while items are appended between pages', async () => {
        const first = await repo.listItems(T, 'conv_1', page({ limit: 2 }));
        expect(ids(first.data)).toEqual(['msg_a0', 'msg_a1']);
        await repo.append(T, 'conv_1', msgs('b', 2));
        const next = await repo.listItems(T, 'conv_1', page({ limit: 2, after: 'msg_a1' }));
        expect(ids(next.data)).toEqual(['msg_a2', 'msg_b0']);
        expect(next.hasMore).toBe(true);
        const back = await repo.listItems(T, 'conv_1', page({ order: 'desc', after: 'msg_a1' }));
        expect(ids(back.data)).toEqual(['msg_a0']);
      });

      it('deletes an item from the conversation, once', async () => {
        expect(await repo.deleteItem(T, 'conv_1', 'msg_a1')).toBe(true);
        expect(await repo.deleteItem(T, 'conv_1', 'msg_a1')).toBe(false);
        expect(await allItems('conv_1')).toEqual(['msg_a0', 'msg_a2']);
        expect(await responses.findItem(T, 'msg_a1')).toBeUndefined();
        // Appends still go after every item, the deleted one's place included.
        await repo.append(T, 'conv_1', msgs('b', 1));
        expect(await allItems('conv_1')).toEqual(['msg_a0', 'msg_a2', 'msg_b0']);
      });

      it('keeps everything of a conversation from another tenant', async () => {
        const O = 'other';
        expect(await repo.append(O, 'conv_1', msgs('x', 1))).toBeUndefined();
        expect(await repo.listItems(O, 'conv_1', page())).toEqual({ data: [], hasMore: false });
        await expect(repo.listItems(O, 'conv_1', page({ after: 'msg_a0' }))).rejects.toBeInstanceOf(
          UnknownCursorError,
        );
        expect(await repo.getItem(O, 'conv_1', 'msg_a0')).toBeUndefined();
        expect(await repo.deleteItem(O, 'conv_1', 'msg_a0')).toBe(false);
        expect(await repo.turns(O, 'conv_1')).toBeUndefined();
        expect(await repo.delete(O, 'conv_1')).toBe(false);
        expect(await responses.findItem(O, 'msg_a0')).toBeUndefined();
        // The other tenant's own conversation of the same shape is no help either.
        await repo.create(O, conversation('conv_o'), []);
        expect(await respond('resp_o', 'conv_1', msgs('o', 1), [], 'completed', { tenant: O })).toBe(true);
        expect(await allItems('conv_1')).toEqual(['msg_a0', 'msg_a1', 'msg_a2']);
      });

      it('never interleaves concurrent appends of several items', async () => {
        const batches = Array.from({ length: 20 }, (_, b) => msgs(`c${b}_`, 5));
        const results = await Promise.all(batches.map((batch) => repo.append(T, 'conv_1', batch)));
        expect(results).toEqual(batches);
        const all = (await allItems('conv_1')).slice(3);
        expect(all).toHaveLength(100);
        for (let start = 0; start < all.length; start += 5) {
          const batch = all.slice(start, start + 5);
          const prefix = batch[0]!.replace(/0$/, '');
          expect(batch).toEqual([0, 1, 2, 3, 4].map((i) => `${prefix}${i}`));
        }
        const turns = (await repo.turns(T, 'conv_1'))!;
        expect(turns).toHaveLength(21);
        expect(turns.slice(1).map((t) => t.input.length)).toEqual(Array(20).fill(5));
      });
    });

    describe('responses on a conversation', () => {
      beforeEach(() => repo.create(T, conversation('conv_1'), msgs('a', 1)));

      it('appends a completed or incomplete response’s input, then its output, as one turn', async () => {
        const out1 = [message('msg_1o', 'one', 'assistant'), message('msg_1p', 'more', 'assistant')];
        expect(await respond('resp_1', 'conv_1', msgs('i', 2), out1)).toBe(true);
        const out2 = [message('msg_2o', 'cut', 'assistant')];
        expect(await respond('resp_2', 'conv_1', [message('msg_2', 'two')], out2, 'incomplete')).toBe(true);
        expect(await allItems('conv_1')).toEqual([
          'msg_a0',
          'msg_i0',
          'msg_i1',
          'msg_1o',
          'msg_1p',
          'msg_2',
          'msg_2o',
        ]);
        expect(await repo.turns(T, 'conv_1')).toEqual([
          { input: msgs('a', 1), output: [] },
          { input: msgs('i', 2), output: out1 },
          { input: [message('msg_2', 'two')], output: out2 },
        ]);
        // The rows are the response's too, as they were.
        expect(await responses.chain(T, 'resp_1')).toEqual([{ input: msgs('i', 2), output: out1 }]);
      });

      it('appends nothing for a failed or cancelled response, or a save that did not write', async () => {
        expect(await respond('resp_f', 'conv_1', msgs('f', 1), [], 'failed')).toBe(true);
        expect(await respond('resp_c', 'conv_1', msgs('c', 1), [], 'cancelled')).toBe(true);
        // A cancel landed first: the late completion writes nothing, so it appends nothing.
        expect(await respond('resp_l', 'conv_1', msgs('l', 1), [], 'completed', { from: ['queued'] })).toBe(
          false,
        );
        expect(await allItems('conv_1')).toEqual(['msg_a0']);
        expect((await repo.turns(T, 'conv_1'))!.length).toBe(1);
      });

      it('appends a response once, however often it is saved', async () => {
        const out = [message('msg_o', 'o', 'assistant')];
        await respond('resp_1', 'conv_1', msgs('i', 1), out);
        const stored = (await responses.get(T, 'resp_1'))!;
        expect(await responses.save(T, { ...stored, metadata: { again: 'yes' } })).toBe(true);
        expect(await allItems('conv_1')).toEqual(['msg_a0', 'msg_i0', 'msg_o']);
      });

      it('appends nothing to an unknown or deleted conversation, and still saves', async () => {
        expect(await respond('resp_1', 'conv_nope', msgs('i', 1), [])).toBe(true);
        await repo.delete(T, 'conv_1');
        expect(await respond('resp_2', 'conv_1', msgs('j', 1), [])).toBe(true);
        expect((await responses.get(T, 'resp_2'))!.status).toBe('completed');
        expect(ids((await responses.listInputItems(T, 'resp_2', page())).data)).toEqual(['msg_j0']);
        expect(await allItems('conv_1')).toEqual([]);
      });

      it('keeps whole turns when responses and API appends land at once', async () => {
        await Promise.all(
          Array.from({ length: 10 }, (_, n) =>
            n % 2
              ? repo.append(T, 'conv_1', msgs(`api${n}_`, 3))
              : respond(`resp_${n}`, 'conv_1', msgs(`in${n}_`, 2), [
                  message(`msg_out${n}`, 'o', 'assistant'),
                ]),
          ),
        );
        const turns = (await repo.turns(T, 'conv_1'))!.slice(1);
        expect(turns).toHaveLength(10);
        for (const turn of turns) {
          const first = turn.input[0]!.id;
          const n = /\d+/.exec(first)![0];
          if (first.startsWith('msg_api')) {
            expect(ids(turn.input)).toEqual([0, 1, 2].map((i) => `msg_api${n}_${i}`));
            expect(turn.output).toEqual([]);
          } else {
            expect(ids(turn.input)).toEqual([`msg_in${n}_0`, `msg_in${n}_1`]);
            expect(ids(turn.output)).toEqual([`msg_out${n}`]);
          }
        }
      });

      it('deleting the conversation keeps its responses’ items; deleting a response keeps the conversation’s', async () => {
        const out = [message('msg_o', 'o', 'assistant')];
        await respond('resp_1', 'conv_1', msgs('i', 2), out);
        await respond('resp_2', 'conv_1', msgs('j', 1), []);

        expect(await responses.delete(T, 'resp_2')).toBe(true);
        expect(await allItems('conv_1')).toEqual(['msg_a0', 'msg_i0', 'msg_i1', 'msg_o', 'msg_j0']);
        expect((await repo.turns(T, 'conv_1'))!.at(-1)).toEqual({ input: msgs('j', 1), output: [] });
        expect(await responses.findItem(T, 'msg_j0')).toEqual(msgs('j', 1)[0]);

        expect(await repo.delete(T, 'conv_1')).toBe(true);
        expect(ids((await responses.listInputItems(T, 'resp_1', page())).data)).toEqual(['msg_i0', 'msg_i1']);
        expect(await responses.chain(T, 'resp_1')).toEqual([{ input: msgs('i', 2), output: out }]);
        expect(await responses.findItem(T, 'msg_o')).toEqual(out[0]);
        // Items that belonged to the conversation alone are gone: its own, and the deleted response's.
        expect(await responses.findItem(T, 'msg_a0')).toBeUndefined();
        expect(await responses.findItem(T, 'msg_j0')).toBeUndefined();
        // Deleting the response now leaves nothing behind.
        await responses.delete(T, 'resp_1');
        expect(await responses.findItem(T, 'msg_i0')).toBeUndefined();
      });

      it('removes a response’s item from the conversation, and the response keeps it', async () => {
        await respond('resp_1', 'conv_1', msgs('i', 2), []);
        expect(await repo.deleteItem(T, 'conv_1', 'msg_i0')).toBe(true);
        expect(await allItems('conv_1')).toEqual(['msg_a0', 'msg_i1']);
        expect(ids((await responses.listInputItems(T, 'resp_1', page())).data)).toEqual(['msg_i0', 'msg_i1']);
        expect(await repo.turns(T, 'conv_1')).toEqual([
          { input: msgs('a', 1), output: [] },
          { input: [msgs('i', 2)[1]], output: [] },
        ]);
      });
    });
  });
}
