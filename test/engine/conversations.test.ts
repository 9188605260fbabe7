/**
 * The conversations service on the store under test (SQLite, or PostgreSQL with TEST_DATABASE),
 * for what HTTP cannot reach: tenants (every request over HTTP is the default tenant's until
 * authentication lands), and what the contract stops before the engine sees it (more than 20 items
 * from a direct caller).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConversationsService } from '../../src/engine/conversations/service.js';
import { ApiError } from '../../src/errors.js';
import { FileStore } from '../../src/store/files.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { freshDatabaseUrl } from '../support/database.js';

const PAGE = { limit: 20, order: 'asc' as const };

/** The error a call fails with, as the client would see it. */
async function errorOf(call: Promise<unknown>): Promise<{ status: number; body: unknown }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, body: error.toJSON() };
    throw error;
  }
  throw new Error('expected the call to fail');
}

let store: Store;
let service: ConversationsService;
beforeEach(async () => {
  store = await openStore(await freshDatabaseUrl());
  service = new ConversationsService({
    conversations: store.conversations,
    items: store.responses,
    files: new FileStore(store.files, store.blobs),
  });
});
afterEach(() => store.close());

describe('tenants', () => {
  it("answer another tenant's conversation as they answer an unknown one, on every call", async () => {
    const theirs = await service.create('tenant-a', { items: [{ role: 'user', content: 'secret' }] });
    const [item] = (await service.listItems('tenant-a', theirs.id, PAGE, undefined)).data;
    // What tenant b is told about tenant a's conversation, and about one that was never made.
    const calls = (id: string) => [
      () => service.get('tenant-b', id),
      () => service.update('tenant-b', id, { stolen: 'yes' }),
      () => service.listItems('tenant-b', id, PAGE, undefined),
      () => service.getItem('tenant-b', id, item!.id, undefined),
      () => service.addItems('tenant-b', id, [{ role: 'user', content: 'mine now' }], undefined),
      () => service.deleteItem('tenant-b', id, item!.id),
      () => service.delete('tenant-b', id),
    ];
    const unknownId = 'conv_0123456789abcdef';
    for (const [i, call] of calls(theirs.id).entries()) {
      const seen = await errorOf(call());
      const unknown = await errorOf(calls(unknownId)[i]!());
      expect(seen.status).toBe(404);
      expect(JSON.stringify(seen.body)).toBe(JSON.stringify(unknown.body).replaceAll(unknownId, theirs.id));
    }
    // Nothing tenant b did reached tenant a's conversation.
    expect(await service.get('tenant-a', theirs.id)).toEqual(theirs);
    expect((await service.listItems('tenant-a', theirs.id, PAGE, undefined)).data).toEqual([item]);
    expect((await service.list('tenant-b', PAGE)).data).toEqual([]);
    expect((await service.list('tenant-a', PAGE)).data).toEqual([theirs]);
  });

  it("do not resolve another tenant's items by item_reference", async () => {
    const theirs = await service.create('tenant-a', {
      items: [{ id: 'msg_private', role: 'user', content: 'x' }],
    });
    expect(theirs.object).toBe('conversation');
    const refused = await errorOf(
      service.create('tenant-b', { items: [{ type: 'item_reference', id: 'msg_private' }] }),
    );
    expect(refused).toMatchObject({ status: 400, body: { error: { param: 'items[0].id' } } });
  });
});

describe('direct callers', () => {
  it('cannot store more than 20 items in one call; 20 are stored, in order', async () => {
    const items = Array.from({ length: 21 }, (_, i) => ({ role: 'user' as const, content: `#${i}` }));
    const refused = await errorOf(service.create('t', { items }));
    expect(refused).toMatchObject({ status: 400, body: { error: { param: 'items' } } });
    expect((await service.list('t', PAGE)).data).toEqual([]);

    const conversation = await service.create('t', { items: items.slice(0, 20) });
    expect(await errorOf(service.addItems('t', conversation.id, items, undefined))).toMatchObject({
      status: 400,
      body: { error: { param: 'items' } },
    });
    const stored = (await service.listItems('t', conversation.id, { limit: 100, order: 'asc' }, undefined))
      .data;
    expect(stored.map((i) => (i.type === 'message' ? i.content[0] : undefined))).toEqual(
      items.slice(0, 20).map((i) => ({ type: 'input_text', text: i.content })),
    );
  });
});
