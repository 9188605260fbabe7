/**
 * The shared suite of batches and of IngestQueue (claims, leases, attempts, and what a cancel or a
 * delete does to a running job): registered once per dialect (test/store/vector-stores.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestQueue, VectorStoresRepository } from '../../../src/store/vector-stores.js';
import {
  ingestAll,
  LEASE,
  newFile,
  newStore,
  OTHER,
  T,
  zero,
  type Harness,
  type RawChunks,
} from './vector-stores.js';

export function describeIngestQueue(name: string, open: () => Promise<Harness>): void {
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

    describe('batches', () => {
      const batch = (id: string) => ({ id, createdAt: 1000 });

      it('derive their status from their files: in_progress, then completed, or failed when all failed', async () => {
        await repo.create(T, newStore('vs_1'), []);
        await repo.addFiles(T, 'vs_1', [newFile('f1'), newFile('f2')], batch('vsfb_ok'));
        await repo.addFiles(T, 'vs_1', [newFile('f3'), newFile('f4')], batch('vsfb_bad'));
        await repo.addFiles(T, 'vs_1', [newFile('f5'), newFile('f6')], batch('vsfb_mixed'));
        expect(await repo.getBatch(T, 'vs_1', 'vsfb_ok')).toEqual({
          id: 'vsfb_ok',
          vectorStoreId: 'vs_1',
          createdAt: 1000,
          status: 'in_progress',
          fileCounts: { ...zero, in_progress: 2, total: 2 },
        });
        await ingestAll(queue, (job) =>
          ['f3', 'f4', 'f6'].includes(job.fileId) ? 'failed' : job.fileId === 'f2' ? undefined : 'completed',
        );
        expect(await repo.getBatch(T, 'vs_1', 'vsfb_ok')).toMatchObject({
          status: 'in_progress',
          fileCounts: { in_progress: 1, completed: 1, total: 2 },
        });
        expect(await repo.getBatch(T, 'vs_1', 'vsfb_bad')).toMatchObject({
          status: 'failed',
          fileCounts: { failed: 2, total: 2 },
        });
        expect(await repo.getBatch(T, 'vs_1', 'vsfb_mixed')).toMatchObject({
          status: 'completed',
          fileCounts: { completed: 1, failed: 1, total: 2 },
        });
        expect(await repo.getBatch(T, 'vs_2', 'vsfb_ok')).toBeUndefined();
      });

      it('cancel: in_progress files become cancelled, finished ones stay, and a running job writes nothing', async () => {
        await repo.create(T, newStore('vs_1'), [newFile('f0')]);
        await repo.addFiles(T, 'vs_1', [newFile('f1'), newFile('f2'), newFile('f3')], batch('vsfb_1'));
        const f0 = (await queue.claim('w', LEASE))!;
        const f1 = (await queue.claim('w', LEASE))!;
        const f2 = (await queue.claim('w', LEASE))!;
        expect([f0.fileId, f1.fileId, f2.fileId]).toEqual(['f0', 'f1', 'f2']);
        expect(await queue.finish(f1, 'w', { status: 'completed', text: 'one', usageBytes: 3 })).toBe(true);
        await chunks.put(T, 'vs_1', 'f1', 1);
        await chunks.put(T, 'vs_1', 'f2', 1);
        expect(await repo.cancelBatch(T, 'vs_1', 'vsfb_1')).toEqual({
          id: 'vsfb_1',
          vectorStoreId: 'vs_1',
          createdAt: 1000,
          status: 'cancelled',
          fileCounts: { ...zero, completed: 1, cancelled: 2, total: 3 },
        });
        expect(await repo.getBatch(T, 'vs_1', 'vsfb_1')).toMatchObject({ status: 'cancelled' });
        // The running job sees the cancel and cannot overwrite it.
        expect(await queue.renew(f2, 'w', LEASE)).toBe('cancelled');
        expect(await queue.finish(f2, 'w', { status: 'completed', text: 'two', usageBytes: 3 })).toBe(false);
        expect(await repo.getFile(T, 'vs_1', 'f2')).toMatchObject({ status: 'cancelled', usageBytes: 0 });
        expect(await chunks.count(T, 'vs_1', 'f2')).toBe(0);
        expect(await chunks.count(T, 'vs_1', 'f1')).toBe(1);
        // Neither the queued f3 nor the store's own f0 is touched beyond the batch.
        expect(await queue.claim('w', LEASE)).toBeUndefined();
        expect(await repo.getFile(T, 'vs_1', 'f0')).toMatchObject({ status: 'in_progress' });
        expect(await queue.finish(f0, 'w', { status: 'completed', text: 'zero', usageBytes: 4 })).toBe(true);
        expect(await repo.cancelBatch(T, 'vs_1', 'vsfb_nope')).toBeUndefined();
      });
    });

    describe('the ingestion queue', () => {
      it('hands out the oldest queued file first, each to one runner, with the store’s embedding', async () => {
        const embedding = { model: 'openai/text-embedding-3-small', dimensions: 8 };
        await repo.create(T, newStore('vs_1', { embedding }), [newFile('f1')]);
        await repo.create(OTHER, newStore('vs_2'), [
          newFile('f2', { chunking: { maxChunkSizeTokens: 300, chunkOverlapTokens: 100 } }),
        ]);
        await repo.addFiles(T, 'vs_1', [newFile('f3')]);
        const claims = await Promise.all([
          queue.claim('a', LEASE),
          queue.claim('b', LEASE),
          queue.claim('c', LEASE),
          queue.claim('d', LEASE),
        ]);
        expect(
          claims
            .filter((c) => c !== undefined)
            .map((c) => c.fileId)
            .sort(),
        ).toEqual(['f1', 'f2', 'f3']);
        expect(claims.filter((c) => c === undefined)).toHaveLength(1);
        const byFile = new Map(claims.filter((c) => c !== undefined).map((c) => [c.fileId, c]));
        expect(byFile.get('f1')).toEqual({
          tenant: T,
          vectorStoreId: 'vs_1',
          fileId: 'f1',
          chunking: { maxChunkSizeTokens: 800, chunkOverlapTokens: 400 },
          embedding,
          attempts: 1,
        });
        expect(byFile.get('f2')).toMatchObject({
          tenant: OTHER,
          embedding: null,
          chunking: { maxChunkSizeTokens: 300, chunkOverlapTokens: 100 },
        });
      });

      it('claims in attach order', async () => {
        await repo.create(T, newStore('vs_1'), [newFile('f_b'), newFile('f_a')]);
        await repo.create(T, newStore('vs_0'), [newFile('f_c')]);
        const order = [];
        for (let job = await queue.claim('w', LEASE); job; job = await queue.claim('w', LEASE))
          order.push(job.fileId);
        expect(order).toEqual(['f_b', 'f_a', 'f_c']);
      });

      it('hands a lapsed lease on, counting attempts; the first runner can then neither renew nor finish', async () => {
        await repo.create(T, newStore('vs_1'), [newFile('f1')]);
        const now = Date.now();
        const first = (await queue.claim('a', 1_000, now))!;
        expect(first.attempts).toBe(1);
        expect(await queue.claim('b', 1_000, now + 999)).toBeUndefined();
        const second = (await queue.claim('b', 1_000, now + 1_001))!;
        expect(second).toMatchObject({ fileId: 'f1', attempts: 2 });
        expect(await queue.renew(first, 'a', LEASE)).toBeUndefined();
        expect(await queue.finish(first, 'a', { status: 'completed', text: 'a', usageBytes: 1 })).toBe(false);
        expect(await queue.renew(second, 'b', LEASE)).toBe('in_progress');
        expect(await queue.finish(second, 'b', { status: 'completed', text: 'b', usageBytes: 1 })).toBe(true);
        expect(await repo.content(T, 'vs_1', 'f1')).toBe('b');
        // Finished: no longer a job, and finishing again writes nothing.
        expect(await queue.claim('c', 1_000, now + 10 * LEASE)).toBeUndefined();
        expect(
          await queue.finish(second, 'b', {
            status: 'failed',
            lastError: { code: 'server_error', message: 'x' },
          }),
        ).toBe(false);
      });

      it('a renewed lease holds; another owner cannot renew or finish it', async () => {
        await repo.create(T, newStore('vs_1'), [newFile('f1')]);
        const job = (await queue.claim('a', 1_000))!;
        expect(await queue.renew(job, 'a', 10 * LEASE)).toBe('in_progress');
        expect(await queue.claim('b', 1_000, Date.now() + 5_000)).toBeUndefined();
        expect(await queue.renew(job, 'b', LEASE)).toBeUndefined();
        expect(await queue.finish(job, 'b', { status: 'completed', text: 'b', usageBytes: 1 })).toBe(false);
        expect(await repo.getFile(T, 'vs_1', 'f1')).toMatchObject({ status: 'in_progress' });
      });

      it('fails jobs whose lease lapsed after too many attempts, and only those', async () => {
        await repo.create(T, newStore('vs_1'), [newFile('f1'), newFile('f2'), newFile('f3')]);
        const now = Date.now();
        // f1 claimed three times, each lease lapsing; f2 once; f3 never.
        for (let n = 0; n < 3; n++)
          expect((await queue.claim('w', 1_000, now + n * 2_000))?.fileId).toBe('f1');
        expect((await queue.claim('w', 1_000, now + 4_000))?.fileId).toBe('f2');
        expect(await queue.failExhausted(3, now + 4_500)).toBe(0); // f1's third lease still holds
        expect(await queue.failExhausted(3, now + 7_000)).toBe(1);
        expect(await repo.getFile(T, 'vs_1', 'f1')).toMatchObject({
          status: 'failed',
          lastError: { code: 'server_error', message: expect.any(String) },
        });
        expect(await repo.getFile(T, 'vs_1', 'f2')).toMatchObject({ status: 'in_progress' });
        expect(await queue.failExhausted(1, now + 7_000)).toBe(1); // f2: one lapsed attempt
        expect(await repo.getFile(T, 'vs_1', 'f3')).toMatchObject({ status: 'in_progress' });
        expect((await queue.claim('w', 1_000, now + 7_000))?.fileId).toBe('f3');
      });

      it('a job whose file was detached or whose store was deleted writes nothing', async () => {
        await repo.create(T, newStore('vs_1'), [newFile('f1')]);
        await repo.create(T, newStore('vs_2'), [newFile('f2')]);
        const one = (await queue.claim('w', LEASE))!;
        const two = (await queue.claim('w', LEASE))!;
        expect(await repo.deleteFile(T, 'vs_1', 'f1')).toBe(true);
        expect(await repo.delete(T, 'vs_2')).toBe(true);
        expect(await queue.renew(one, 'w', LEASE)).toBeUndefined();
        expect(await queue.finish(one, 'w', { status: 'completed', text: 'x', usageBytes: 1 })).toBe(false);
        expect(await queue.finish(two, 'w', { status: 'completed', text: 'x', usageBytes: 1 })).toBe(false);
        expect(await repo.getFile(T, 'vs_1', 'f1')).toBeUndefined();
      });
    });
  });
}
