/**
 * The BlobStore suite: what FileStore relies on of any place that keeps file bytes, registered for
 * one implementation by describeBlobStore (test/store/blobs.test.ts runs it for each).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BlobStore } from '../../../src/store/blobs.js';

/** A blob store to test and how to let it go (a Store has both). */
export interface BlobStoreUnderTest {
  readonly blobs: BlobStore;
  close(): Promise<void>;
}

const T = 'tenant_a';

export function describeBlobStore(name: string, open: () => Promise<BlobStoreUnderTest>): void {
  describe(`BlobStore: ${name}`, () => {
    let under: BlobStoreUnderTest;
    let blobs: BlobStore;
    let uploads = 0;

    beforeEach(async () => {
      under = await open();
      blobs = under.blobs;
    });
    afterEach(() => under.close());

    /** Writes `content` where the multipart parser would. */
    function upload(content: Buffer | string): string {
      const path = join(blobs.incomingDir, `upload-${++uploads}`);
      writeFileSync(path, content);
      return path;
    }

    it('adopts an upload (which is gone from incoming), reads, streams and removes it', async () => {
      const path = upload('bytes');
      await blobs.adopt(T, 'file-1', path);
      expect(existsSync(path)).toBe(false);
      expect((await blobs.read(T, 'file-1'))?.toString()).toBe('bytes');
      expect((await buffer((await blobs.open(T, 'file-1'))!)).toString()).toBe('bytes');
      await blobs.remove(T, 'file-1');
      expect(await blobs.read(T, 'file-1')).toBeUndefined();
      expect(await blobs.open(T, 'file-1')).toBeUndefined();
      await expect(blobs.remove(T, 'file-1')).resolves.toBeUndefined();
    });

    it('keeps blobs apart by key', async () => {
      await blobs.adopt(T, 'file-a', upload('a'));
      await blobs.adopt(T, 'file-b', upload('b'));
      await blobs.remove(T, 'file-a');
      expect((await blobs.read(T, 'file-b'))?.toString()).toBe('b');
      expect(await blobs.read(T, 'file-a')).toBeUndefined();
    });

    it('round-trips a blob of several megabytes byte for byte, streamed and read whole', async () => {
      const bytes = randomBytes(5 * 1024 * 1024 + 123);
      await blobs.adopt(T, 'file-big', upload(bytes));
      const streamed = await buffer((await blobs.open(T, 'file-big'))!);
      expect(streamed.equals(bytes)).toBe(true);
      expect((await blobs.read(T, 'file-big'))!.equals(bytes)).toBe(true);
    });

    it('stores an empty file as an empty blob, not a missing one', async () => {
      await blobs.adopt(T, 'file-empty', upload(''));
      expect((await blobs.read(T, 'file-empty'))?.length).toBe(0);
      const stream = await blobs.open(T, 'file-empty');
      expect(stream).toBeDefined();
      expect((await buffer(stream!)).length).toBe(0);
    });

    it('opens and reads a key it never stored as undefined', async () => {
      expect(await blobs.open(T, 'file-missing')).toBeUndefined();
      expect(await blobs.read(T, 'file-missing')).toBeUndefined();
    });

    it('leaves nothing behind when an adoption fails', async () => {
      await expect(blobs.adopt(T, 'file-gone', join(blobs.incomingDir, 'never-written'))).rejects.toThrow();
      expect(await blobs.read(T, 'file-gone')).toBeUndefined();
      expect(await blobs.open(T, 'file-gone')).toBeUndefined();
    });

    it('streams a blob removed after it was opened whole, or errors; never ends it short', async () => {
      const bytes = randomBytes(3 * 1024 * 1024);
      await blobs.adopt(T, 'file-going', upload(bytes));
      const chunks = (await blobs.open(T, 'file-going'))![Symbol.asyncIterator]() as AsyncIterator<Buffer>;
      const received = [((await chunks.next()) as IteratorYieldResult<Buffer>).value];
      await blobs.remove(T, 'file-going');
      const whole = await (async () => {
        for (let next = await chunks.next(); !next.done; next = await chunks.next())
          received.push(next.value);
        return Buffer.concat(received);
      })().catch(() => undefined);
      if (whole) expect(whole.equals(bytes)).toBe(true);
    });
  });
}
