/**
 * The vector-store service over an in-memory repository and fake retrieval: what it checks before
 * anything is stored, how records become OpenAI's objects, and what makes a store active.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { VectorStoresService } from '../../../src/engine/vector-stores/service.js';
import { badRequest } from '../../../src/errors.js';
import { errorOf, FakeEmbeddings, FakeFiles, fakeRetrieval } from './fakes.js';
import { MemoryVectorStores } from './memory-store.js';

const T = 'default';
const PAGE = { limit: 20, order: 'asc' as const };

let repo: MemoryVectorStores;
let files: FakeFiles;
let now: number;
let queued: number;
let retrieval: ReturnType<typeof fakeRetrieval>;
let service: VectorStoresService;

function build(embeddings?: FakeEmbeddings) {
  retrieval = fakeRetrieval(embeddings);
  service = new VectorStoresService({ repo, files, retrieval, queued: () => queued++, now: () => now });
}

beforeEach(() => {
  repo = new MemoryVectorStores();
  files = new FakeFiles();
  now = 1_000_000;
  queued = 0;
  build();
});

describe('stores', () => {
  it('creates a store with its files queued, in progress until they are ingested', async () => {
    files.add('file-a', 'alpha');
    files.add('file-b', 'beta');
    const store = await service.create(T, {
      name: 'docs',
      file_ids: ['file-a', 'file-b', 'file-a'],
      metadata: { team: 'x' },
      expires_after: { anchor: 'last_active_at', days: 2 },
    });
    expect(store).toMatchObject({
      object: 'vector_store',
      name: 'docs',
      status: 'in_progress',
      created_at: now,
      last_active_at: now,
      expires_after: { anchor: 'last_active_at', days: 2 },
      expires_at: now + 2 * 86_400,
      metadata: { team: 'x' },
      usage_bytes: 0,
      file_counts: { in_progress: 2, completed: 0, failed: 0, cancelled: 0, total: 2 },
    });
    expect(store.id).toMatch(/^vs_/);
    expect(queued).toBe(1);
    expect(repo.files.map((f) => f.chunking)).toEqual([
      { maxChunkSizeTokens: 800, chunkOverlapTokens: 400 },
      { maxChunkSizeTokens: 800, chunkOverlapTokens: 400 },
    ]);
  });

  it('an empty store is completed, has no expiry, {} metadata, and queues nothing', async () => {
    const store = await service.create(T, {});
    expect(store).toMatchObject({ name: '', status: 'completed', expires_at: null, metadata: {} });
    expect(store).not.toHaveProperty('expires_after');
    expect(queued).toBe(0);
  });

  it('refuses an unknown file, naming its index, and stores nothing', async () => {
    files.add('file-a', 'alpha');
    const error = await errorOf(service.create(T, { file_ids: ['file-a', 'file-missing'] }));
    expect(error).toMatchObject({ status: 404, param: 'file_ids[1]' });
    expect(error.message).toContain('file-missing');
    expect(repo.stores).toEqual([]);
  });

  it("refuses a bad chunking_strategy with retrieval's error", async () => {
    const error = await errorOf(
      service.create(T, {
        chunking_strategy: {
          type: 'static',
          static: { max_chunk_size_tokens: 200, chunk_overlap_tokens: 150 },
        },
      }),
    );
    expect(error).toMatchObject({ status: 400, param: 'chunking_strategy.static.chunk_overlap_tokens' });
  });

  it('records no embedding model without one, and refuses vector search modes then', async () => {
    expect(await errorOf(service.create(T, { search_mode: 'hybrid' }))).toMatchObject({
      status: 400,
      param: 'search_mode',
    });
    await service.create(T, { search_mode: 'keyword' });
    expect(repo.stores[0]).toMatchObject({ embedding: null, searchMode: 'keyword' });
  });

  it('records the configured model and its dimensions', async () => {
    build(new FakeEmbeddings());
    await service.create(T, { search_mode: 'vector' });
    expect(repo.stores[0]).toMatchObject({
      embedding: { model: 'fake/embed', dimensions: 2 },
      searchMode: 'vector',
    });
  });

  it('updates name, metadata and expiry; a change makes the store active', async () => {
    const store = await service.create(T, {
      name: 'a',
      expires_after: { anchor: 'last_active_at', days: 1 },
    });
    now += 100;
    const updated = await service.update(T, store.id, { name: 'b', metadata: { k: 'v' } });
    expect(updated).toMatchObject({
      name: 'b',
      metadata: { k: 'v' },
      last_active_at: now,
      expires_at: now + 86_400,
    });
    const unexpiring = await service.update(T, store.id, { expires_after: null });
    expect(unexpiring.expires_at).toBeNull();
    expect(unexpiring).not.toHaveProperty('expires_after');
  });

  it('an expired store is a 404 everywhere, and the sweep deletes it', async () => {
    const store = await service.create(T, { expires_after: { anchor: 'last_active_at', days: 1 } });
    now += 86_400;
    for (const call of [
      () => service.get(T, store.id),
      () => service.update(T, store.id, { name: 'x' }),
      () => service.search(T, store.id, { query: 'q' }, new AbortController().signal),
      () => service.files.list(T, store.id, PAGE),
    ])
      expect(await errorOf(call())).toMatchObject({ status: 404, param: 'vector_store_id' });
    expect((await service.list(T, PAGE)).data).toEqual([]);
    expect(await service.sweepExpired()).toBe(1);
    expect(repo.stores).toEqual([]);
  });

  it('deletes, then 404s', async () => {
    const store = await service.create(T, {});
    expect(await service.delete(T, store.id)).toEqual({
      id: store.id,
      object: 'vector_store.deleted',
      deleted: true,
    });
    expect(await errorOf(service.delete(T, store.id))).toMatchObject({ status: 404 });
  });

  it('keeps tenants apart', async () => {
    const store = await service.create(T, {});
    expect(await errorOf(service.get('other', store.id))).toMatchObject({ status: 404 });
    expect((await service.list('other', PAGE)).data).toEqual([]);
  });
});

describe('search', () => {
  const signal = new AbortController().signal;

  it('passes the request to retrieval, answers a page with search_query, and touches the store', async () => {
    const store = await service.create(T, {});
    now += 50;
    const page = await service.search(T, store.id, { query: ['one', 'two'], max_num_results: 3 }, signal);
    expect(page).toMatchObject({
      object: 'vector_store.search_results.page',
      search_query: ['one', 'two'],
      has_more: false,
      next_page: null,
    });
    expect(page.data).toHaveLength(1);
    expect(retrieval.searches).toEqual([
      { stores: [store.id], request: { query: ['one', 'two'], max_num_results: 3 } },
    ]);
    expect((await service.get(T, store.id)).last_active_at).toBe(now);
  });

  it("a search that retrieval refuses leaves the store's last_active_at", async () => {
    const store = await service.create(T, {});
    now += 50;
    retrieval.search = () => Promise.reject(badRequest('bad filter', 'filters'));
    expect(
      await errorOf(service.search(T, store.id, { query: 'q', filters: {} as never }, signal)),
    ).toMatchObject({
      status: 400,
      param: 'filters',
    });
    expect((await service.get(T, store.id)).last_active_at).toBe(now - 50);
  });
});
