/**
 * What PostgresBlobStore promises beyond the BlobStore suite: chunked rows that record the tenant,
 * an adoption that is whole or absent, a stream that fetches one chunk at a time and errors when
 * its blob is deleted under it.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import {
  BlobRemovedError,
  CHUNK_BYTES,
  UPLOADS_PREFIX,
  type PostgresBlobStore,
} from '../../src/store/postgres/blobs.js';
import { countChunksFetched, openPostgresBlobs, type PostgresBlobs } from './postgres-blobs.js';

const T = 'tenant_a';

let pg: PostgresBlobs;
let blobs: PostgresBlobStore;
let uploads = 0;

beforeEach(async () => {
  pg = await openPostgresBlobs();
  blobs = pg.blobs;
});
afterEach(() => pg.close());

function upload(content: Buffer | string): string {
  const path = join(blobs.incomingDir, `upload-${++uploads}`);
  writeFileSync(path, content);
  return path;
}

async function rows(key: string): Promise<Array<{ tenant: string; chunk: number; bytes: number }>> {
  const { rows } = await pg.pool.query<{ tenant: string; chunk: number; bytes: number }>(
    'SELECT tenant, chunk, length(data) AS bytes FROM file_blobs WHERE key = $1 ORDER BY chunk',
    [key],
  );
  return rows;
}

describe('PostgresBlobStore', () => {
  it('keeps a blob as rows of CHUNK_BYTES in order, each recording the tenant', async () => {
    await blobs.adopt(T, 'file-big', upload(randomBytes(2 * CHUNK_BYTES + 10)));
    expect(await rows('file-big')).toEqual([
      { tenant: T, chunk: 0, bytes: CHUNK_BYTES },
      { tenant: T, chunk: 1, bytes: CHUNK_BYTES },
      { tenant: T, chunk: 2, bytes: 10 },
    ]);
    await blobs.adopt(T, 'file-even', upload(randomBytes(2 * CHUNK_BYTES)));
    expect((await rows('file-even')).map((r) => r.bytes)).toEqual([CHUNK_BYTES, CHUNK_BYTES]);
    await blobs.adopt(T, 'file-empty', upload(''));
    expect(await rows('file-empty')).toEqual([{ tenant: T, chunk: 0, bytes: 0 }]);
  });

  it("is another tenant's blob to nobody else: not opened, read nor removed", async () => {
    await blobs.adopt(T, 'file-1', upload('mine'));
    expect(await blobs.open('tenant_b', 'file-1')).toBeUndefined();
    expect(await blobs.read('tenant_b', 'file-1')).toBeUndefined();
    await blobs.remove('tenant_b', 'file-1');
    expect((await blobs.read(T, 'file-1'))?.toString()).toBe('mine');
  });

  it('keeps a tenant and key with U+0000 in them (which PostgreSQL text refuses) as they were', async () => {
    const tenant = 'tenant\u0000b';
    const key = 'file-\u0000\uffff';
    await blobs.adopt(tenant, key, upload('nul'));
    expect((await blobs.read(tenant, key))?.toString()).toBe('nul');
    expect((await buffer((await blobs.open(tenant, key))!)).toString()).toBe('nul');
    expect(await blobs.read('tenant', key)).toBeUndefined();
    await blobs.remove(tenant, key);
    expect(await blobs.open(tenant, key)).toBeUndefined();
  });

  it('writes no chunk of an upload the database refuses midway, and leaves the upload', async () => {
    await pg.pool.query(`
      CREATE FUNCTION refuse_third_chunk() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.chunk = 2 THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_third_chunk BEFORE INSERT ON file_blobs
      FOR EACH ROW EXECUTE FUNCTION refuse_third_chunk();`);
    const path = upload(randomBytes(3 * CHUNK_BYTES));
    const refused = await blobs.adopt(T, 'file-cut', path).then(
      () => new Error('adopted'),
      (error: unknown) => error as Error,
    );
    expect(refused.message).toBe('storing chunk 2 of blob file-cut failed: disk full');
    expect(await rows('file-cut')).toEqual([]);
    expect(await blobs.open(T, 'file-cut')).toBeUndefined();
    expect(existsSync(path)).toBe(true);
  });

  it('fetches a chunk only once the reader took the one before', async () => {
    const bytes = randomBytes(5 * CHUNK_BYTES);
    await blobs.adopt(T, 'file-big', upload(bytes));
    const chunks = countChunksFetched();
    onTestFinished(chunks.stop);
    const received: Buffer[] = [];
    const ahead: number[] = [];
    // A slow reader piped to, as an HTTP reply is: a store that read ahead would have fetched more.
    const slowReader = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _encoding, done) {
        received.push(chunk);
        setTimeout(() => {
          ahead.push(chunks.fetched() - received.length);
          done();
        }, 50);
      },
    });
    await pipeline((await blobs.open(T, 'file-big'))!, slowReader);
    // While the reader holds one chunk, the store holds at most the next.
    expect(Math.max(...ahead)).toBeLessThanOrEqual(1);
    expect(Buffer.concat(received).equals(bytes)).toBe(true);
    expect(received.length).toBe(5);
  });

  it('errors the stream of a blob deleted while it is read', async () => {
    await blobs.adopt(T, 'file-going', upload(randomBytes(3 * CHUNK_BYTES)));
    const stream = (await blobs.open(T, 'file-going'))!;
    await blobs.remove(T, 'file-going');
    await expect(buffer(stream)).rejects.toThrow(BlobRemovedError);
  });

  it("removes other processes' uploads folders a day old at construction, and keeps newer ones", async () => {
    const folder = (age: number) => {
      const dir = mkdtempSync(join(tmpdir(), UPLOADS_PREFIX));
      writeFileSync(join(dir, 'half-received'), 'x');
      const then = new Date(Date.now() - age);
      utimesSync(join(dir, 'half-received'), then, then);
      utimesSync(dir, then, then);
      return dir;
    };
    const [stale, recent] = [folder(25 * 3_600_000), folder(23 * 3_600_000)];
    onTestFinished(() => rmSync(recent, { recursive: true, force: true }));
    const another = await openPostgresBlobs();
    onTestFinished(() => another.close());
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(join(recent, 'half-received'))).toBe(true);
    expect(existsSync(blobs.incomingDir)).toBe(true);
  });

  it('removes its uploads folder on close', async () => {
    upload('half-received');
    await blobs.close();
    expect(existsSync(blobs.incomingDir)).toBe(false);
  });
});
