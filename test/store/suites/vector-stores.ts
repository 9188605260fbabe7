/**
 * The shared suite of VectorStoresRepository and IngestQueue: registered once per dialect
 * (test/store/vector-stores.test.ts), on a new empty database for each test. Chunks are written
 * and counted with plain SQL (`chunks`), so that what removes a store file is seen to remove its
 * chunks whatever the ChunkIndex does.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnknownCursorError, type PageQuery } from '../../../src/store/pagination.js';
import type { Store } from '../../../src/store/store.js';
import type {
  IngestJob,
  IngestQueue,
  NewStoreFile,
  NewVectorStore,
  VectorStoresRepository,
} from '../../../src/store/vector-stores.js';

export const T = 'default';
export const OTHER = 'other';
const DAY = 86_400;

/** Plain SQL on the store's database: chunks written and counted behind the repository's back. */
export interface RawChunks {
  put(tenant: string, vectorStoreId: string, fileId: string, count: number): Promise<void>;
  /** How many chunks there are of the store (and of the file when given). */
  count(tenant: string, vectorStoreId: string, fileId?: string): Promise<number>;
}

export interface Harness {
  store: Store;
  chunks: RawChunks;
  close(): Promise<void>;
}

export function newStore(id: string, fields: Partial<NewVectorStore> = {}): NewVectorStore {
  return {
    id,
    name: `store ${id}`,
    metadata: null,
    createdAt: 1000,
    expiresAfter: null,
    expiresAt: null,
    searchMode: null,
    embedding: null,
    ...fields,
  };
}

export function newFile(fileId: string, fields: Partial<NewStoreFile> = {}): NewStoreFile {
  return {
    fileId,
    attributes: null,
    chunking: { maxChunkSizeTokens: 800, chunkOverlapTokens: 400 },
    createdAt: 1000,
    ...fields,
  };
}

export const page = (fields: Partial<PageQuery> = {}): PageQuery => ({ limit: 20, order: 'asc', ...fields });
export const zero = { in_progress: 0, completed: 0, failed: 0, cancelled: 0, total: 0 };
export const LEASE = 60_000;

/** Claims every queued job and finishes each with the outcome `outcomeOf` gives it. */
export async function ingestAll(
  queue: IngestQueue,
  outcomeOf: (job: IngestJob) => 'completed' | 'failed' | undefined,
) {
  for (let job = await queue.claim('w', LEASE); job; job = await queue.claim('w', LEASE)) {
    const status = outcomeOf(job);
    if (status === 'completed') {
      const text = `text of ${job.fileId}`;
      expect(await queue.finish(job, 'w', { status, text, usageBytes: Buffer.byteLength(text) })).toBe(true);
    } else if (status === 'failed') {
      expect(
        await queue.finish(job, 'w', { status, lastError: { code: 'invalid_file', message: 'bad' } }),
      ).toBe(true);
    }
  }
}

export function describeVectorStores(name: string, open: () => Promise<Harness>): void {
  describe(name, () => {
    let harness: Harness;
    let repo: VectorStoresRepository;
    let queue: IngestQueue;
    let chunks: RawChunks;

    beforeEach(async () => {
      harness = await open();
      repo = harness.store.vectorStores;
      queue = harness.store.ingestion;
      chunks = harness.chunks;
    });

    afterEach(() => harness.close());

    describe('stores', () => {
      it('stores a store with its first files queued, and reads it back with their counts', async () => {
        const store = newStore('vs_1', {
          metadata: { team: 'a' },
          expiresAfter: { anchor: 'last_active_at', days: 2 },
          expiresAt: 1000 + 2 * DAY,
          searchMode: 'hybrid',
          embedding: { model: 'openai/text-embedding-3-small', dimensions: 1536 },
        });
        await repo.create(T, store, [newFile('file-a'), newFile('file-b'), newFile('file-a')]);
        expect(await repo.get(T, 'vs_1', 1000)).toEqual({
          ...store,
          lastActiveAt: 1000,
          usageBytes: 0,
          fileCounts: { ...zero, in_progress: 2, total: 2 },
        });
        await repo.create(T, newStore('vs_2'), []);
        expect(await repo.get(T, 'vs_2', 1000)).toMatchObject({
          embedding: null,
          searchMode: null,
          usageBytes: 0,
          fileCounts: zero,
        });
      });

      it('adds up file counts and the completed files’ bytes', async () => {
        await repo.create(
          T,
          newStore('vs_1'),
          ['f1', 'f2', 'f3', 'f4'].map((id) => newFile(id)),
        );
        await repo.create(T, newStore('vs_2'), [newFile('f9')]);
        await ingestAll(queue, (job) =>
          job.vectorStoreId === 'vs_2' ? undefined : job.fileId === 'f3' ? 'failed' : 'completed',
        );
        const bytes = 3 * Buffer.byteLength('text of f1');
        expect(await repo.get(T, 'vs_1', 1000)).toMatchObject({
          usageBytes: bytes,
          fileCounts: { in_progress: 0, completed: 3, failed: 1, cancelled: 0, total: 4 },
        });
        const listed = await repo.list(T, page(), 1000);
        expect(
          listed.data.map((s) => [s.id, s.usageBytes, s.fileCounts.total, s.fileCounts.in_progress]),
        ).toEqual([
          ['vs_1', bytes, 4, 0],
          ['vs_2', 0, 1, 1],
        ]);
      });

      it('updates name, metadata and the expiry policy, expires_at counted from last_active_at', async () => {
        await repo.create(T, newStore('vs_1', { metadata: { a: '1' } }), []);
        await repo.touch(T, 'vs_1', 5000);
        const updated = await repo.update(
          T,
          'vs_1',
          { name: 'renamed', expiresAfter: { anchor: 'last_active_at', days: 1 } },
          5000,
        );
        expect(updated).toMatchObject({
          name: 'renamed',
          metadata: { a: '1' },
          lastActiveAt: 5000,
          expiresAfter: { anchor: 'last_active_at', days: 1 },
          expiresAt: 5000 + DAY,
        });
        expect(await repo.update(T, 'vs_1', { metadata: null, searchMode: 'keyword' }, 5000)).toMatchObject({
          name: 'renamed',
          metadata: null,
          searchMode: 'keyword',
          expiresAt: 5000 + DAY,
        });
        expect(await repo.update(T, 'vs_1', { searchMode: null }, 5000)).toMatchObject({ searchMode: null });
        expect(await repo.update(T, 'vs_1', {}, 5000)).toMatchObject({ name: 'renamed', searchMode: null });
        // Activity moves the expiry with it.
        await repo.touch(T, 'vs_1', 9000);
        expect(await repo.get(T, 'vs_1', 9000)).toMatchObject({ lastActiveAt: 9000, expiresAt: 9000 + DAY });
        const removed = await repo.update(T, 'vs_1', { expiresAfter: null }, 9000);
        expect(removed).toMatchObject({ expiresAfter: null, expiresAt: null });
        await repo.touch(T, 'vs_1', 10_000);
        expect(await repo.get(T, 'vs_1', 10_000)).toMatchObject({ lastActiveAt: 10_000, expiresAt: null });
        expect(await repo.update(T, 'vs_missing', { name: 'x' }, 0)).toBeUndefined();
      });

      it('hides an expired store from get, list, update and touch, and hands it to the sweep', async () => {
        await repo.create(
          T,
          newStore('vs_old', { expiresAfter: { anchor: 'last_active_at', days: 1 }, expiresAt: 2000 }),
          [newFile('f1')],
        );
        await repo.create(T, newStore('vs_keep'), []);
        await repo.create(OTHER, newStore('vs_theirs', { expiresAt: 1500 }), []);
        expect(await repo.get(T, 'vs_old', 1999)).toBeDefined();
        expect(await repo.get(T, 'vs_old', 2000)).toBeUndefined();
        expect((await repo.list(T, page(), 2000)).data.map((s) => s.id)).toEqual(['vs_keep']);
        expect(await repo.update(T, 'vs_old', { name: 'back' }, 2000)).toBeUndefined();
        await repo.touch(T, 'vs_old', 2000);
        expect(await repo.get(T, 'vs_old', 1999)).toMatchObject({ lastActiveAt: 1000, expiresAt: 2000 });
        expect(await repo.expired(1999)).toEqual([{ tenant: OTHER, id: 'vs_theirs' }]);
        const sweep = await repo.expired(2000);
        expect(sweep.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
          { tenant: T, id: 'vs_old' },
          { tenant: OTHER, id: 'vs_theirs' },
        ]);
        expect(await repo.delete(T, 'vs_old')).toBe(true);
        expect(await repo.expired(2000)).toEqual([{ tenant: OTHER, id: 'vs_theirs' }]);
      });

      it('pages in creation order both ways, with after/before cursors', async () => {
        // created_at all equal and ids not in order: only the insertion order says it.
        for (const id of ['vs_e', 'vs_b', 'vs_d', 'vs_a', 'vs_c']) await repo.create(T, newStore(id), []);
        await repo.create(OTHER, newStore('vs_x'), []);
        const ids = async (p: Partial<PageQuery>) => {
          const result = await repo.list(T, page(p), 1000);
          return [result.data.map((s) => s.id), result.hasMore];
        };
        expect(await ids({ limit: 2 })).toEqual([['vs_e', 'vs_b'], true]);
        expect(await ids({ limit: 2, after: 'vs_b' })).toEqual([['vs_d', 'vs_a'], true]);
        expect(await ids({ limit: 2, after: 'vs_a' })).toEqual([['vs_c'], false]);
        expect(await ids({ order: 'desc', limit: 3 })).toEqual([['vs_c', 'vs_a', 'vs_d'], true]);
        expect(await ids({ order: 'desc', before: 'vs_d' })).toEqual([['vs_c', 'vs_a'], false]);
        expect(await ids({ after: 'vs_e', before: 'vs_c' })).toEqual([['vs_b', 'vs_d', 'vs_a'], false]);
        // With a limit, before gives the stores just before the cursor (has_more: more before them).
        expect(await ids({ limit: 2, before: 'vs_c' })).toEqual([['vs_d', 'vs_a'], true]);
        expect(await ids({ limit: 2, before: 'vs_d' })).toEqual([['vs_e', 'vs_b'], false]);
        expect(await ids({ order: 'desc', limit: 2, before: 'vs_e' })).toEqual([['vs_d', 'vs_b'], true]);
        await expect(repo.list(T, page({ after: 'vs_x' }), 1000)).rejects.toBeInstanceOf(UnknownCursorError);
        await expect(repo.list(T, page({ before: 'vs_nope' }), 1000)).rejects.toMatchObject({
          param: 'before',
        });
      });

      it('deletes a store with its files, batches and chunks, and nothing of another store', async () => {
        await repo.create(T, newStore('vs_1'), [newFile('f1')]);
        await repo.create(T, newStore('vs_2'), [newFile('f1')]);
        await repo.addFiles(T, 'vs_1', [newFile('f2')], { id: 'vsfb_1', createdAt: 1000 });
        await chunks.put(T, 'vs_1', 'f1', 3);
        await chunks.put(T, 'vs_1', 'f2', 2);
        await chunks.put(T, 'vs_2', 'f1', 4);
        expect(await repo.delete(T, 'vs_1')).toBe(true);
        expect(await repo.delete(T, 'vs_1')).toBe(false);
        expect(await repo.get(T, 'vs_1', 1000)).toBeUndefined();
        expect(await repo.getFile(T, 'vs_1', 'f1')).toBeUndefined();
        expect(await repo.getBatch(T, 'vs_1', 'vsfb_1')).toBeUndefined();
        expect(await chunks.count(T, 'vs_1')).toBe(0);
        expect(await chunks.count(T, 'vs_2')).toBe(4);
        // Its queued files are no longer jobs.
        expect((await queue.claim('w', LEASE))?.vectorStoreId).toBe('vs_2');
        expect(await queue.claim('w', LEASE)).toBeUndefined();
      });
    });

    describe('store files', () => {
      it('lists a store’s files in attach order, by status and by batch, with cursors', async () => {
        await repo.create(T, newStore('vs_1'), [newFile('f_c'), newFile('f_a')]);
        await repo.create(T, newStore('vs_2'), [newFile('f_z')]);
        await repo.addFiles(T, 'vs_1', [newFile('f_b'), newFile('f_d')], { id: 'vsfb_1', createdAt: 1000 });
        const files = async (p: Parameters<VectorStoresRepository['listFiles']>[2]) => {
          const result = await repo.listFiles(T, 'vs_1', p);
          return [result.data.map((f) => f.fileId), result.hasMore];
        };
        expect(await files(page())).toEqual([['f_c', 'f_a', 'f_b', 'f_d'], false]);
        expect(await files(page({ limit: 2, after: 'f_a' }))).toEqual([['f_b', 'f_d'], false]);
        // before: the files just before the cursor in the list's order (f_d f_b f_a [f_c] desc).
        expect(await files(page({ limit: 1, order: 'desc', before: 'f_c' }))).toEqual([['f_a'], true]);
        expect(await files(page({ limit: 2, before: 'f_d' }))).toEqual([['f_a', 'f_b'], true]);
        expect(await files(page({ limit: 2, before: 'f_b' }))).toEqual([['f_c', 'f_a'], false]);
        expect(await files({ ...page(), batchId: 'vsfb_1' })).toEqual([['f_b', 'f_d'], false]);
        expect(await files({ ...page({ order: 'desc' }), batchId: 'vsfb_1', after: 'f_d' })).toEqual([
          ['f_b'],
          false,
        ]);
        await ingestAll(queue, (job) =>
          job.fileId === 'f_a' || job.fileId === 'f_d' ? 'completed' : undefined,
        );
        expect(await files({ ...page(), status: 'completed' })).toEqual([['f_a', 'f_d'], false]);
        expect(await files({ ...page(), status: 'in_progress' })).toEqual([['f_c', 'f_b'], false]);
        // A cursor keeps its place whatever the status filter.
        expect(await files({ ...page(), status: 'completed', after: 'f_c' })).toEqual([
          ['f_a', 'f_d'],
          false,
        ]);
        expect(await files({ ...page(), batchId: 'vsfb_1', status: 'completed' })).toEqual([['f_d'], false]);
        // A file of another store, or outside the batch, is no cursor here.
        await expect(repo.listFiles(T, 'vs_1', page({ after: 'f_z' }))).rejects.toBeInstanceOf(
          UnknownCursorError,
        );
        await expect(
          repo.listFiles(T, 'vs_1', { ...page({ before: 'f_c' }), batchId: 'vsfb_1' }),
        ).rejects.toMatchObject({ param: 'before' });
      });

      it('reads a file, updates its attributes, and gives completed files’ text and attributes', async () => {
        await repo.create(T, newStore('vs_1'), [
          newFile('f1', { attributes: { lang: 'en', year: 2024, draft: false }, createdAt: 1234 }),
          newFile('f2', { chunking: { maxChunkSizeTokens: 200, chunkOverlapTokens: 50 } }),
        ]);
        expect(await repo.getFile(T, 'vs_1', 'f1')).toEqual({
          vectorStoreId: 'vs_1',
          fileId: 'f1',
          status: 'in_progress',
          attributes: { lang: 'en', year: 2024, draft: false },
          chunking: { maxChunkSizeTokens: 800, chunkOverlapTokens: 400 },
          usageBytes: 0,
          lastError: null,
          createdAt: 1234,
          batchId: null,
        });
        expect(await repo.content(T, 'vs_1', 'f1')).toBeUndefined();
        expect(await repo.completedFiles(T, 'vs_1')).toEqual(new Map());
        await ingestAll(queue, (job) => (job.fileId === 'f1' ? 'completed' : 'failed'));
        expect(await repo.getFile(T, 'vs_1', 'f1')).toMatchObject({ status: 'completed', usageBytes: 10 });
        expect(await repo.getFile(T, 'vs_1', 'f2')).toMatchObject({
          status: 'failed',
          usageBytes: 0,
          lastError: { code: 'invalid_file', message: 'bad' },
          chunking: { maxChunkSizeTokens: 200, chunkOverlapTokens: 50 },
        });
        expect(await repo.content(T, 'vs_1', 'f1')).toBe('text of f1');
        expect(await repo.content(T, 'vs_1', 'f2')).toBeUndefined();
        expect(await repo.updateAttributes(T, 'vs_1', 'f1', { lang: 'fr', score: 0.5 })).toMatchObject({
          fileId: 'f1',
          status: 'completed',
          attributes: { lang: 'fr', score: 0.5 },
        });
        expect(await repo.completedFiles(T, 'vs_1')).toEqual(new Map([['f1', { lang: 'fr', score: 0.5 }]]));
        expect(await repo.updateAttributes(T, 'vs_1', 'f1', null)).toMatchObject({ attributes: null });
        expect(await repo.completedFiles(T, 'vs_1')).toEqual(new Map([['f1', null]]));
        expect(await repo.updateAttributes(T, 'vs_1', 'f_missing', {})).toBeUndefined();
      });

      it('re-adding a file queues it anew: new attributes and chunking, its chunks gone, the old run ignored', async () => {
        await repo.create(T, newStore('vs_1'), [newFile('f1', { attributes: { v: 1 } })]);
        const first = (await queue.claim('w1', LEASE))!;
        await chunks.put(T, 'vs_1', 'f1', 3);
        expect(await queue.finish(first, 'w1', { status: 'completed', text: 'old', usageBytes: 3 })).toBe(
          true,
        );
        const running = await repo.addFiles(T, 'vs_1', [
          newFile('f1', {
            attributes: { v: 2 },
            chunking: { maxChunkSizeTokens: 100, chunkOverlapTokens: 0 },
          }),
        ]);
        expect(running).toBe(true);
        expect(await repo.getFile(T, 'vs_1', 'f1')).toMatchObject({
          status: 'in_progress',
          attributes: { v: 2 },
          chunking: { maxChunkSizeTokens: 100, chunkOverlapTokens: 0 },
          usageBytes: 0,
        });
        expect(await repo.content(T, 'vs_1', 'f1')).toBeUndefined();
        expect(await chunks.count(T, 'vs_1', 'f1')).toBe(0);
        const second = (await queue.claim('w2', LEASE))!;
        expect(second).toMatchObject({ fileId: 'f1', attempts: 1, chunking: { maxChunkSizeTokens: 100 } });
        // Re-added while this run holds it: the run loses its lease.
        await repo.addFiles(T, 'vs_1', [newFile('f1', { attributes: { v: 3 } })]);
        expect(await queue.renew(second, 'w2', LEASE)).toBeUndefined();
        expect(await queue.finish(second, 'w2', { status: 'completed', text: 'stale', usageBytes: 5 })).toBe(
          false,
        );
        expect(await repo.getFile(T, 'vs_1', 'f1')).toMatchObject({
          status: 'in_progress',
          attributes: { v: 3 },
        });
        expect(await repo.listFiles(T, 'vs_1', page())).toMatchObject({
          data: [{ fileId: 'f1' }],
          hasMore: false,
        });
        expect(await repo.addFiles(T, 'vs_missing', [newFile('f1')])).toBe(false);
      });

      it('keeps the parsed text and the attributes as they were, U+0000 and all', async () => {
        const odd = 'nul \u0000 mark \uFFFF0 café 🎉';
        await repo.create(T, newStore('vs_1'), [newFile('f1', { attributes: { note: odd } })]);
        const job = (await queue.claim('w', LEASE))!;
        expect(await queue.finish(job, 'w', { status: 'completed', text: odd, usageBytes: 9 })).toBe(true);
        expect(await repo.content(T, 'vs_1', 'f1')).toBe(odd);
        expect(await repo.completedFiles(T, 'vs_1')).toEqual(new Map([['f1', { note: odd }]]));
      });

      it('what detaches or resets a file takes its indexed chunks and vectors with it', async () => {
        const harnessStore = harness.store;
        const embedding = { model: 'm', dimensions: 3 };
        // Ids as long as real ones: sqlite-vec keeps long text metadata apart from short.
        const [vs, fa, fb] = ['vs_' + 'a'.repeat(32), 'file-' + 'a'.repeat(24), 'file-' + 'b'.repeat(24)];
        await repo.create(T, newStore(vs, { embedding }), [newFile(fa), newFile(fb)]);
        for (let job = await queue.claim('w', LEASE); job; job = await queue.claim('w', LEASE)) {
          await harnessStore.chunks.replace(T, vs, job.fileId, [
            {
              index: 0,
              text: `harbour lights of ${job.fileId}`,
              tokens: 4,
              embedding: Float32Array.from([1, 0, 0]),
            },
          ]);
          expect(await queue.finish(job, 'w', { status: 'completed', text: 'x', usageBytes: 1 })).toBe(true);
        }
        const found = async () => {
          const q = { vectorStoreId: vs, text: 'harbour', limit: 10 };
          const keyword = await harnessStore.chunks.search(T, { ...q, mode: 'keyword' });
          const vector = await harnessStore.chunks.search(T, {
            ...q,
            mode: 'vector',
            embedding: Float32Array.from([1, 0, 0]),
          });
          return [keyword.map((h) => h.fileId).sort(), vector.map((h) => h.fileId).sort()];
        };
        expect(await found()).toEqual([
          [fa, fb],
          [fa, fb],
        ]);
        await repo.addFiles(T, vs, [newFile(fa)]);
        expect(await found()).toEqual([[fb], [fb]]);
        expect(await repo.detachEverywhere(T, fb)).toBe(1);
        expect(await found()).toEqual([[], []]);
        expect(await chunks.count(T, vs)).toBe(0);
        // Ingested again, the re-added file is found again.
        const again = (await queue.claim('w', LEASE))!;
        await harnessStore.chunks.replace(T, vs, fa, [
          { index: 0, text: 'harbour again', tokens: 2, embedding: Float32Array.from([0, 1, 0]) },
        ]);
        expect(await queue.finish(again, 'w', { status: 'completed', text: 'y', usageBytes: 1 })).toBe(true);
        expect(await found()).toEqual([[fa], [fa]]);
        expect(await repo.delete(T, vs)).toBe(true);
        expect(await chunks.count(T, vs)).toBe(0);
      });

      it('attaches thousands of files at once, in order (more than PostgreSQL binds to one statement)', async () => {
        const many = Array.from({ length: 8000 }, (_, n) => newFile(`file-${n}`, { attributes: { n } }));
        await repo.create(T, newStore('vs_1'), many);
        await chunks.put(T, 'vs_1', 'file-7999', 2);
        expect(await repo.addFiles(T, 'vs_1', many, { id: 'vsfb_1', createdAt: 1000 })).toBe(true);
        expect(await chunks.count(T, 'vs_1', 'file-7999')).toBe(0);
        expect(await repo.getBatch(T, 'vs_1', 'vsfb_1')).toMatchObject({
          fileCounts: { in_progress: 8000, total: 8000 },
        });
        const last = await repo.listFiles(T, 'vs_1', page({ limit: 2, order: 'desc' }));
        expect(last.data.map((f) => [f.fileId, f.attributes])).toEqual([
          ['file-7999', { n: 7999 }],
          ['file-7998', { n: 7998 }],
        ]);
      });

      it('deletes one store file with its chunks', async () => {
        await repo.create(T, newStore('vs_1'), [newFile('f1'), newFile('f2')]);
        await chunks.put(T, 'vs_1', 'f1', 2);
        await chunks.put(T, 'vs_1', 'f2', 2);
        expect(await repo.deleteFile(T, 'vs_1', 'f1')).toBe(true);
        expect(await repo.deleteFile(T, 'vs_1', 'f1')).toBe(false);
        expect(await repo.getFile(T, 'vs_1', 'f1')).toBeUndefined();
        expect(await chunks.count(T, 'vs_1', 'f1')).toBe(0);
        expect(await chunks.count(T, 'vs_1', 'f2')).toBe(2);
        expect((await repo.get(T, 'vs_1', 1000))?.fileCounts.total).toBe(1);
      });

      it('detaches a deleted file from every store of its tenant, with its chunks', async () => {
        await repo.create(T, newStore('vs_1'), [newFile('f1'), newFile('f2')]);
        await repo.create(T, newStore('vs_2'), [newFile('f1')]);
        await repo.create(OTHER, newStore('vs_3'), [newFile('f1')]);
        for (const [tenant, store, file] of [
          [T, 'vs_1', 'f1'],
          [T, 'vs_1', 'f2'],
          [T, 'vs_2', 'f1'],
          [OTHER, 'vs_3', 'f1'],
        ] as const)
          await chunks.put(tenant, store, file, 2);
        expect(await repo.detachEverywhere(T, 'f1')).toBe(2);
        expect(await repo.detachEverywhere(T, 'f1')).toBe(0);
        expect(await repo.getFile(T, 'vs_1', 'f1')).toBeUndefined();
        expect(await repo.getFile(T, 'vs_2', 'f1')).toBeUndefined();
        expect(await chunks.count(T, 'vs_1', 'f1')).toBe(0);
        expect(await chunks.count(T, 'vs_2', 'f1')).toBe(0);
        expect(await chunks.count(T, 'vs_1', 'f2')).toBe(2);
        expect(await repo.getFile(OTHER, 'vs_3', 'f1')).toBeDefined();
        expect(await chunks.count(OTHER, 'vs_3', 'f1')).toBe(2);
      });
    });

    it('treats another tenant’s ids as unknown everywhere', async () => {
      await repo.create(T, newStore('vs_1', { expiresAt: 5000 }), [newFile('f1')]);
      await repo.addFiles(T, 'vs_1', [newFile('f2')], { id: 'vsfb_1', createdAt: 1000 });
      await ingestAll(queue, (job) => (job.fileId === 'f1' ? 'completed' : undefined));
      await chunks.put(T, 'vs_1', 'f1', 2);
      const before = await repo.get(T, 'vs_1', 1000);

      expect(await repo.get(OTHER, 'vs_1', 1000)).toBeUndefined();
      expect((await repo.list(OTHER, page(), 1000)).data).toEqual([]);
      expect(await repo.update(OTHER, 'vs_1', { name: 'mine' }, 1000)).toBeUndefined();
      await repo.touch(OTHER, 'vs_1', 4000);
      expect(await repo.addFiles(OTHER, 'vs_1', [newFile('f9')])).toBe(false);
      expect(await repo.getFile(OTHER, 'vs_1', 'f1')).toBeUndefined();
      expect((await repo.listFiles(OTHER, 'vs_1', page())).data).toEqual([]);
      expect(await repo.updateAttributes(OTHER, 'vs_1', 'f1', { x: 1 })).toBeUndefined();
      expect(await repo.completedFiles(OTHER, 'vs_1')).toEqual(new Map());
      expect(await repo.content(OTHER, 'vs_1', 'f1')).toBeUndefined();
      expect(await repo.getBatch(OTHER, 'vs_1', 'vsfb_1')).toBeUndefined();
      expect(await repo.cancelBatch(OTHER, 'vs_1', 'vsfb_1')).toBeUndefined();
      expect(await repo.deleteFile(OTHER, 'vs_1', 'f1')).toBe(false);
      expect(await repo.detachEverywhere(OTHER, 'f1')).toBe(0);
      expect(await repo.delete(OTHER, 'vs_1')).toBe(false);

      expect(await repo.get(T, 'vs_1', 1000)).toEqual(before);
      expect(await repo.getFile(T, 'vs_1', 'f1')).toMatchObject({ status: 'completed', attributes: null });
      expect(await repo.getBatch(T, 'vs_1', 'vsfb_1')).toMatchObject({ status: 'in_progress' });
      expect(await chunks.count(T, 'vs_1', 'f1')).toBe(2);
      expect((await repo.listFiles(T, 'vs_1', page())).data.map((f) => f.fileId)).toEqual(['f1', 'f2']);
    });
  });
}
