/**
 * The shared suite of FilesRepository and FileStore (over the store's own BlobStore): rows and bytes
 * kept in step, tenant scoping, pagination and expiry. Registered once per dialect
 * (test/store/files.test.ts), on a new empty store for each test.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileObject, FilePurpose } from '../../../src/api-types.js';
import type { BlobStore } from '../../../src/store/blobs.js';
import { FileStore, type FileRecord, type FilesRepository } from '../../../src/store/files.js';
import { UnknownCursorError, type PageQuery } from '../../../src/store/pagination.js';
import type { Store } from '../../../src/store/store.js';

const T = 'default';
const DAY = 86_400;

const page = (fields: Partial<PageQuery & { purpose: string }> = {}) => ({
  limit: 100,
  order: 'desc' as const,
  ...fields,
});
const ids = (p: { data: Array<{ id: string }> }) => p.data.map((f) => f.id);

/** Freezes Date (only Date: file system timers keep working) at a whole second. */
function freezeClock(at = Date.UTC(2026, 0, 1)): number {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
  return Math.floor(at / 1000);
}

export function describeFileStore(name: string, open: () => Promise<Store>): void {
  describe(name, () => {
    let opened: Store;
    let repo: FilesRepository;
    let blobs: BlobStore;
    let store: FileStore;
    let uploads = 0;

    beforeEach(async () => {
      opened = await open();
      repo = opened.files;
      blobs = opened.blobs;
      store = new FileStore(repo, blobs);
    });

    afterEach(async () => {
      vi.useRealTimers();
      await opened.close();
    });

    /** Writes `content` into the incoming folder, as the multipart parser would. */
    function incoming(content: string | Buffer): { path: string; size: number } {
      const path = join(blobs.incomingDir, `upload-${++uploads}`);
      writeFileSync(path, content);
      return { path, size: Buffer.byteLength(content) };
    }

    async function upload(
      content: string | Buffer,
      opts: { tenant?: string; filename?: string; purpose?: FilePurpose; expiresAfterS?: number } = {},
    ): Promise<FileObject> {
      const { path, size } = incoming(content);
      return store.create(
        opts.tenant ?? T,
        { path, size, filename: opts.filename ?? 'a.txt', mimeType: 'text/plain' },
        opts.purpose ?? 'user_data',
        opts.expiresAfterS,
      );
    }

    /** A blob's bytes, or undefined once it is gone. */
    const bytesOf = (id: string, tenant = T) => blobs.read(tenant, id);
    /** The ids of every stored row of both tenants, expired or not (nothing expires before second 1). */
    const rows = async () => [
      ...ids(await repo.list(T, page(), 0)),
      ...ids(await repo.list('other', page(), 0)),
    ];

    describe('create', () => {
      it('adopts the upload: the incoming file moves into the store and reads back byte for byte', async () => {
        const content = Buffer.from([0, 1, 2, 253, 254, 255, 10, 13]);
        const { path, size } = incoming(content);
        const file = await store.create(
          T,
          { path, size, filename: 'blob.bin', mimeType: 'application/x-thing' },
          'assistants',
        );

        expect(existsSync(path)).toBe(false);
        expect(readdirSync(blobs.incomingDir)).toEqual([]);
        expect(await bytesOf(file.id)).toEqual(content);

        expect(file).toMatchObject({
          object: 'file',
          bytes: content.length,
          filename: 'blob.bin',
          purpose: 'assistants',
          status: 'processed',
        });
        expect(file.id).toMatch(/^file-[0-9a-f]+$/);
        expect(file).not.toHaveProperty('expires_at');

        const read = await store.read(T, file.id);
        expect(read?.bytes).toEqual(content);
        expect(read?.record).toEqual({ file, mimeType: 'application/x-thing' });

        const opened = await store.open(T, file.id);
        expect(opened?.record.file).toEqual(file);
        const chunks: Buffer[] = [];
        for await (const chunk of opened!.body) chunks.push(chunk as Buffer);
        expect(Buffer.concat(chunks)).toEqual(content);
      });

      it('stamps created_at with the current time and gives every file its own id', async () => {
        const now = freezeClock();
        const a = await upload('a');
        const b = await upload('b');
        expect(a.created_at).toBe(now);
        expect(b.created_at).toBe(now);
        expect(a.id).not.toBe(b.id);
        expect((await store.read(T, a.id))?.bytes.toString()).toBe('a');
        expect((await store.read(T, b.id))?.bytes.toString()).toBe('b');
      });

      it('removes the adopted bytes again when the row cannot be stored', async () => {
        const failing = new FileStore(
          {
            insert: () => Promise.reject(new Error('disk full')),
            get: (...args) => repo.get(...args),
            list: (...args) => repo.list(...args),
            delete: (...args) => repo.delete(...args),
            expired: (...args) => repo.expired(...args),
          },
          {
            incomingDir: blobs.incomingDir,
            adopt: (tenant, key, path) => (adopted.push(key), blobs.adopt(tenant, key, path)),
            open: (...args) => blobs.open(...args),
            read: (...args) => blobs.read(...args),
            remove: (...args) => blobs.remove(...args),
          },
        );
        const adopted: string[] = [];
        const { path, size } = incoming('lost');
        await expect(
          failing.create(T, { path, size, filename: 'a.txt', mimeType: 'text/plain' }, 'user_data'),
        ).rejects.toThrow('disk full');
        // Neither the upload nor an orphaned blob is left behind.
        expect(adopted).toHaveLength(1);
        expect(await bytesOf(adopted[0]!)).toBeUndefined();
        expect(readdirSync(blobs.incomingDir)).toEqual([]);
        expect(await rows()).toEqual([]);
      });
    });

    describe('expiry', () => {
      it('keeps batch files 30 days by default, others until deleted, and honours an explicit lifetime', async () => {
        const now = freezeClock();
        const batch = await upload('{}', { purpose: 'batch' });
        expect(batch.expires_at).toBe(now + 30 * DAY);
        const batchShort = await upload('{}', { purpose: 'batch', expiresAfterS: 3600 });
        expect(batchShort.expires_at).toBe(now + 3600);
        const user = await upload('x', { purpose: 'user_data' });
        expect(user).not.toHaveProperty('expires_at');
        const userShort = await upload('x', { purpose: 'user_data', expiresAfterS: 7200 });
        expect(userShort.expires_at).toBe(now + 7200);
        // What create returned is what is stored.
        for (const f of [batch, batchShort, user, userShort])
          expect((await store.get(T, f.id))?.file).toEqual(f);
      });

      it('hides a file from every reader the second it expires', async () => {
        const now = freezeClock();
        const short = await upload('short', { expiresAfterS: 3600 });
        const kept = await upload('kept');

        vi.setSystemTime((now + 3599) * 1000);
        expect((await store.get(T, short.id))?.file).toEqual(short);
        expect(ids(await store.list(T, page()))).toEqual([kept.id, short.id]);

        vi.setSystemTime((now + 3600) * 1000);
        expect(await store.get(T, short.id)).toBeUndefined();
        expect(await store.open(T, short.id)).toBeUndefined();
        expect(await store.read(T, short.id)).toBeUndefined();
        expect(ids(await store.list(T, page()))).toEqual([kept.id]);
        expect(await store.delete(T, short.id)).toBe(false);
        // Invisible, not yet purged: the bytes are still stored.
        expect(await bytesOf(short.id)).toBeDefined();
      });

      it('purgeExpired removes the rows and bytes of expired files only', async () => {
        const now = freezeClock();
        const short = await upload('short', { expiresAfterS: 3600 });
        const batch = await upload('{}', { purpose: 'batch' });
        const kept = await upload('kept');

        expect(await store.purgeExpired()).toBe(0);
        expect(await rows()).toHaveLength(3);

        vi.setSystemTime((now + 3600) * 1000);
        expect(await store.purgeExpired()).toBe(1);
        expect(await rows()).toHaveLength(2);
        expect(await bytesOf(short.id)).toBeUndefined();
        expect(await bytesOf(batch.id)).toBeDefined();

        vi.setSystemTime((now + 30 * DAY) * 1000);
        expect(await store.purgeExpired()).toBe(1);
        expect(await bytesOf(batch.id)).toBeUndefined();
        expect(await rows()).toHaveLength(1);
        expect((await store.get(T, kept.id))?.file).toEqual(kept);
        expect((await bytesOf(kept.id))?.toString()).toBe('kept');
        expect(await store.purgeExpired()).toBe(0);
      });

      it('purgeExpired tells the caller of each file it purged, after its row is gone', async () => {
        const now = freezeClock();
        const mine = await upload('m', { expiresAfterS: 3600 });
        const theirs = await upload('t', { tenant: 'other', expiresAfterS: 3600 });
        await upload('kept');
        const told: string[] = [];
        vi.setSystemTime((now + 3600) * 1000);
        expect(
          await store.purgeExpired(async (tenant, id) => {
            expect(await store.get(tenant, id)).toBeUndefined();
            told.push(`${tenant}/${id}`);
          }),
        ).toBe(2);
        expect(told.sort()).toEqual([`${T}/${mine.id}`, `other/${theirs.id}`].sort());
      });

      it('purges every tenant’s expired files', async () => {
        const now = freezeClock();
        const mine = await upload('m', { expiresAfterS: 3600 });
        const theirs = await upload('t', { tenant: 'other', expiresAfterS: 3600 });
        vi.setSystemTime((now + 3600) * 1000);
        expect(await store.purgeExpired()).toBe(2);
        expect(await bytesOf(mine.id)).toBeUndefined();
        expect(await bytesOf(theirs.id, 'other')).toBeUndefined();
        expect(await rows()).toHaveLength(0);
      });
    });

    describe('FilesRepository', () => {
      const record = (id: string, expiresAt?: number): FileRecord => ({
        file: {
          id,
          object: 'file',
          bytes: 3,
          created_at: 1_000,
          ...(expiresAt !== undefined ? { expires_at: expiresAt } : {}),
          filename: `${id}.txt`,
          purpose: 'user_data',
          status: 'processed',
        },
        mimeType: 'text/plain',
      });

      it('treats expires_at as the first second a file is gone', async () => {
        await repo.insert(T, record('file-a', 2_000));
        await repo.insert(T, record('file-b'));
        expect(await repo.get(T, 'file-a', 1_999)).toEqual(record('file-a', 2_000));
        expect(await repo.get(T, 'file-a', 2_000)).toBeUndefined();
        expect(await repo.get(T, 'file-b', 1e12)).toEqual(record('file-b'));
        expect(ids(await repo.list(T, page(), 1_999))).toEqual(['file-b', 'file-a']);
        expect(ids(await repo.list(T, page(), 2_000))).toEqual(['file-b']);
        expect(await repo.expired(1_999)).toEqual([]);
        expect(await repo.expired(2_000)).toEqual([{ tenant: T, id: 'file-a' }]);
      });

      it('a file inserted already expired is never returned', async () => {
        const now = Math.floor(Date.now() / 1000);
        await repo.insert(T, record('file-past', now - 10));
        await blobs.adopt(T, 'file-past', incoming('old').path);
        expect(await store.get(T, 'file-past')).toBeUndefined();
        expect(ids(await store.list(T, page()))).toEqual([]);
        expect(await store.purgeExpired()).toBe(1);
        expect(await bytesOf('file-past')).toBeUndefined();
        expect(await repo.expired(now)).toEqual([]);
      });
    });

    describe('tenants', () => {
      it('another tenant cannot get, read, list, page from or delete a file', async () => {
        const mine = await upload('mine');
        const theirs = await upload('theirs', { tenant: 'other' });

        expect(await store.get('other', mine.id)).toBeUndefined();
        expect(await store.open('other', mine.id)).toBeUndefined();
        expect(await store.read('other', mine.id)).toBeUndefined();
        expect(ids(await store.list('other', page()))).toEqual([theirs.id]);
        expect(ids(await store.list(T, page()))).toEqual([mine.id]);
        await expect(store.list('other', page({ after: mine.id }))).rejects.toBeInstanceOf(
          UnknownCursorError,
        );

        expect(await store.delete('other', mine.id)).toBe(false);
        expect((await store.get(T, mine.id))?.file).toEqual(mine);
        expect((await bytesOf(mine.id))?.toString()).toBe('mine');
      });
    });

    describe('list', () => {
      /** Five files uploaded in the same second: only upload order tells them apart. */
      async function five(): Promise<FileObject[]> {
        freezeClock();
        const files: FileObject[] = [];
        for (const [i, purpose] of (
          ['user_data', 'batch', 'user_data', 'assistants', 'user_data'] as const
        ).entries())
          files.push(await upload(`file ${i}`, { purpose, filename: `f${i}.txt` }));
        return files;
      }

      it('orders by upload, newest first by default or oldest first with asc', async () => {
        const files = (await five()).map((f) => f.id);
        expect(ids(await store.list(T, page()))).toEqual([...files].reverse());
        expect(ids(await store.list(T, page({ order: 'asc' })))).toEqual(files);
      });

      it('returns the stored objects', async () => {
        const files = await five();
        expect((await store.list(T, page({ order: 'asc' }))).data).toEqual(files);
      });

      it('filters by purpose', async () => {
        const files = await five();
        const userData = files.filter((f) => f.purpose === 'user_data').map((f) => f.id);
        expect(userData).toHaveLength(3);
        expect(ids(await store.list(T, page({ purpose: 'user_data', order: 'asc' })))).toEqual(userData);
        expect(ids(await store.list(T, page({ purpose: 'batch' })))).toEqual([files[1]!.id]);
        expect(ids(await store.list(T, page({ purpose: 'vision' })))).toEqual([]);
      });

      it('pages with limit, hasMore and after, in both orders', async () => {
        const files = (await five()).map((f) => f.id);

        const first = await store.list(T, page({ order: 'asc', limit: 2 }));
        expect(ids(first)).toEqual(files.slice(0, 2));
        expect(first.hasMore).toBe(true);
        const second = await store.list(T, page({ order: 'asc', limit: 2, after: files[1] }));
        expect(ids(second)).toEqual(files.slice(2, 4));
        expect(second.hasMore).toBe(true);
        const last = await store.list(T, page({ order: 'asc', limit: 2, after: files[3] }));
        expect(ids(last)).toEqual([files[4]]);
        expect(last.hasMore).toBe(false);

        const exact = await store.list(T, page({ limit: 5 }));
        expect(exact.data).toHaveLength(5);
        expect(exact.hasMore).toBe(false);

        const desc = await store.list(T, page({ limit: 2, after: files[3] }));
        expect(ids(desc)).toEqual([files[2], files[1]]);
        expect(desc.hasMore).toBe(true);
        expect(ids(await store.list(T, page({ after: files[0] })))).toEqual([]);
      });

      it('pages with limit and before: the files just before the cursor, in the list’s order', async () => {
        const files = (await five()).map((f) => f.id);
        const asc = await store.list(T, page({ order: 'asc', limit: 2, before: files[4] }));
        expect([ids(asc), asc.hasMore]).toEqual([files.slice(2, 4), true]);
        const desc = await store.list(T, page({ limit: 2, before: files[0] }));
        expect([ids(desc), desc.hasMore]).toEqual([[files[2], files[1]], true]);
        const start = await store.list(T, page({ order: 'asc', limit: 2, before: files[2] }));
        expect([ids(start), start.hasMore]).toEqual([files.slice(0, 2), false]);
      });

      it('pages within a purpose filter', async () => {
        const files = await five();
        const userData = files.filter((f) => f.purpose === 'user_data').map((f) => f.id);
        const first = await store.list(T, page({ purpose: 'user_data', limit: 1 }));
        expect(ids(first)).toEqual([userData[2]]);
        expect(first.hasMore).toBe(true);
        const rest = await store.list(T, page({ purpose: 'user_data', after: userData[2] }));
        expect(ids(rest)).toEqual([userData[1], userData[0]]);
        expect(rest.hasMore).toBe(false);
      });

      it('throws UnknownCursorError for an after id that is not a file', async () => {
        await five();
        const error = await store.list(T, page({ after: 'file-unknown' })).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(UnknownCursorError);
        expect((error as UnknownCursorError).param).toBe('after');
      });
    });

    describe('delete', () => {
      it('removes the row and the bytes, once', async () => {
        const gone = await upload('gone');
        const kept = await upload('kept');
        expect(await store.delete(T, gone.id)).toBe(true);
        expect(await store.get(T, gone.id)).toBeUndefined();
        expect(await store.open(T, gone.id)).toBeUndefined();
        expect(await bytesOf(gone.id)).toBeUndefined();
        expect(ids(await store.list(T, page()))).toEqual([kept.id]);
        expect(await rows()).toHaveLength(1);
        expect((await bytesOf(kept.id))?.toString()).toBe('kept');

        expect(await store.delete(T, gone.id)).toBe(false);
      });

      it('FileStore.open and read find nothing once the bytes are gone', async () => {
        const file = await upload('here');
        await blobs.remove(T, file.id);
        expect(await store.open(T, file.id)).toBeUndefined();
        expect(await store.read(T, file.id)).toBeUndefined();
      });

      it('returns false for an id that was never stored', async () => {
        expect(await store.delete(T, 'file-never')).toBe(false);
      });
    });
  });
}
