/** Store files and file batches through the service, over an in-memory repository. */
import { beforeEach, describe, expect, it } from 'vitest';
import { VectorStoresService } from '../../../src/engine/vector-stores/service.js';
import { errorOf, FakeFiles, fakeRetrieval } from './fakes.js';
import { MemoryVectorStores } from './memory-store.js';

const T = 'default';
const PAGE = { limit: 20, order: 'asc' as const };

let repo: MemoryVectorStores;
let files: FakeFiles;
let service: VectorStoresService;
let now: number;
let queued: number;
let storeId: string;

beforeEach(async () => {
  repo = new MemoryVectorStores();
  files = new FakeFiles();
  now = 2_000_000;
  queued = 0;
  service = new VectorStoresService({
    repo,
    files,
    retrieval: fakeRetrieval(),
    queued: () => queued++,
    now: () => now,
  });
  storeId = (await service.create(T, {})).id;
  for (const id of ['file-a', 'file-b', 'file-c']) files.add(id, `text of ${id}`);
});

describe('store files', () => {
  it('attaches a file with attributes and chunking, queued, as OpenAI shows it', async () => {
    now += 10;
    const file = await service.files.attach(T, storeId, {
      file_id: 'file-a',
      attributes: { year: 2024, public: true },
      chunking_strategy: {
        type: 'static',
        static: { max_chunk_size_tokens: 300, chunk_overlap_tokens: 100 },
      },
    });
    expect(file).toEqual({
      id: 'file-a',
      object: 'vector_store.file',
      usage_bytes: 0,
      created_at: now,
      vector_store_id: storeId,
      status: 'in_progress',
      last_error: null,
      chunking_strategy: {
        type: 'static',
        static: { max_chunk_size_tokens: 300, chunk_overlap_tokens: 100 },
      },
      attributes: { year: 2024, public: true },
    });
    expect(queued).toBe(1);
    expect((await service.get(T, storeId)).last_active_at).toBe(now);
    expect(await service.files.get(T, storeId, 'file-a')).toEqual(file);
  });

  it('404s an unknown upload (file_id), store (vector_store_id) and store file (file_id)', async () => {
    expect(await errorOf(service.files.attach(T, storeId, { file_id: 'file-x' }))).toMatchObject({
      status: 404,
      param: 'file_id',
    });
    expect(await errorOf(service.files.attach(T, 'vs_x', { file_id: 'file-a' }))).toMatchObject({
      status: 404,
      param: 'vector_store_id',
    });
    expect(await errorOf(service.files.get(T, storeId, 'file-a'))).toMatchObject({
      status: 404,
      param: 'file_id',
    });
    expect(await errorOf(service.files.detach(T, storeId, 'file-a'))).toMatchObject({
      status: 404,
      param: 'file_id',
    });
    expect(await errorOf(service.files.content(T, storeId, 'file-a'))).toMatchObject({
      status: 404,
      param: 'file_id',
    });
    expect(await errorOf(service.files.updateAttributes(T, storeId, 'file-a', {}))).toMatchObject({
      status: 404,
      param: 'file_id',
    });
  });

  it('lists by status, updates attributes, detaches with chunks, and serves content once completed', async () => {
    await service.files.attach(T, storeId, { file_id: 'file-a' });
    await service.files.attach(T, storeId, { file_id: 'file-b' });
    const job = (await repo.claim('me', 1000))!;
    expect(await service.files.content(T, storeId, job.fileId)).toMatchObject({ data: [] });
    await repo.replace(T, storeId, job.fileId, [{ index: 0, text: 'x', tokens: 1 }]);
    await repo.finish(job, 'me', { status: 'completed', usageBytes: 9, text: 'the text' });
    expect(
      (await service.files.list(T, storeId, { ...PAGE, status: 'completed' })).data.map((f) => f.id),
    ).toEqual(['file-a']);
    expect(
      (await service.files.list(T, storeId, { ...PAGE, status: 'in_progress' })).data.map((f) => f.id),
    ).toEqual(['file-b']);
    expect(await service.files.content(T, storeId, 'file-a')).toEqual({
      object: 'vector_store.file_content.page',
      data: [{ type: 'text', text: 'the text' }],
      has_more: false,
      next_page: null,
    });
    expect((await service.files.updateAttributes(T, storeId, 'file-a', { k: 'v' })).attributes).toEqual({
      k: 'v',
    });
    expect(await service.files.detach(T, storeId, 'file-a')).toEqual({
      id: 'file-a',
      object: 'vector_store.file.deleted',
      deleted: true,
    });
    expect(repo.chunkRows.size).toBe(0);
    expect(await service.get(T, storeId)).toMatchObject({ usage_bytes: 0, file_counts: { total: 1 } });
  });

  it('detaches a deleted upload from every store', async () => {
    const other = (await service.create(T, { file_ids: ['file-a'] })).id;
    await service.files.attach(T, storeId, { file_id: 'file-a' });
    expect(await service.files.detachEverywhere(T, 'file-a')).toBe(2);
    expect((await service.files.list(T, other, PAGE)).data).toEqual([]);
  });
});

describe('file batches', () => {
  it('attaches file_ids with the batch attributes and chunking', async () => {
    const batch = await service.batches.create(T, storeId, {
      file_ids: ['file-a', 'file-b'],
      attributes: { tag: 'x' },
      chunking_strategy: { type: 'static', static: { max_chunk_size_tokens: 400, chunk_overlap_tokens: 0 } },
    });
    expect(batch).toMatchObject({
      object: 'vector_store.files_batch',
      vector_store_id: storeId,
      status: 'in_progress',
      created_at: now,
      file_counts: { in_progress: 2, completed: 0, failed: 0, cancelled: 0, total: 2 },
    });
    expect(batch.id).toMatch(/^vsfb_/);
    expect(repo.files.map((f) => [f.fileId, f.attributes, f.chunking.maxChunkSizeTokens])).toEqual([
      ['file-a', { tag: 'x' }, 400],
      ['file-b', { tag: 'x' }, 400],
    ]);
    expect(queued).toBe(1);
  });

  it('attaches files with their own attributes and chunking, ignoring the batch-wide ones', async () => {
    await service.batches.create(T, storeId, {
      files: [{ file_id: 'file-a', attributes: { n: 1 } }, { file_id: 'file-b' }],
      attributes: { ignored: true },
    });
    expect(repo.files.map((f) => [f.fileId, f.attributes])).toEqual([
      ['file-a', { n: 1 }],
      ['file-b', null],
    ]);
  });

  it('refuses both file_ids and files, neither, unknown files and bad chunking, naming each', async () => {
    expect(
      await errorOf(
        service.batches.create(T, storeId, { file_ids: ['file-a'], files: [{ file_id: 'file-b' }] }),
      ),
    ).toMatchObject({ status: 400, param: 'files' });
    expect(await errorOf(service.batches.create(T, storeId, {}))).toMatchObject({
      status: 400,
      param: 'file_ids',
    });
    expect(
      await errorOf(service.batches.create(T, storeId, { file_ids: ['file-a', 'file-x'] })),
    ).toMatchObject({ status: 404, param: 'file_ids[1]' });
    expect(
      await errorOf(
        service.batches.create(T, storeId, { files: [{ file_id: 'file-a' }, { file_id: 'file-x' }] }),
      ),
    ).toMatchObject({ status: 404, param: 'files[1].file_id' });
    expect(
      await errorOf(
        service.batches.create(T, storeId, {
          files: [
            { file_id: 'file-a' },
            {
              file_id: 'file-b',
              chunking_strategy: {
                type: 'static',
                static: { max_chunk_size_tokens: 100, chunk_overlap_tokens: 90 },
              },
            },
          ],
        }),
      ),
    ).toMatchObject({ status: 400, param: 'files[1].chunking_strategy.static.chunk_overlap_tokens' });
    expect(repo.files).toEqual([]);
  });

  it('cancels: its files still in progress are cancelled; lists its files; 404s an unknown batch', async () => {
    const batch = await service.batches.create(T, storeId, { file_ids: ['file-a', 'file-b'] });
    await service.files.attach(T, storeId, { file_id: 'file-c' });
    expect((await service.batches.listFiles(T, storeId, batch.id, PAGE)).data.map((f) => f.id)).toEqual([
      'file-a',
      'file-b',
    ]);
    const cancelled = await service.batches.cancel(T, storeId, batch.id);
    expect(cancelled).toMatchObject({ status: 'cancelled', file_counts: { cancelled: 2, in_progress: 0 } });
    expect(await service.batches.get(T, storeId, batch.id)).toEqual(cancelled);
    expect((await service.files.get(T, storeId, 'file-c')).status).toBe('in_progress');
    expect(await errorOf(service.batches.get(T, storeId, 'vsfb_x'))).toMatchObject({
      status: 404,
      param: 'batch_id',
    });
    expect(await errorOf(service.batches.cancel(T, storeId, 'vsfb_x'))).toMatchObject({
      status: 404,
      param: 'batch_id',
    });
    expect(await errorOf(service.batches.listFiles(T, storeId, 'vsfb_x', PAGE))).toMatchObject({
      status: 404,
      param: 'batch_id',
    });
  });
});
