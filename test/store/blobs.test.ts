/** LocalBlobStore: file bytes in a folder, uploads adopted from its incoming/ folder. */
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalBlobStore } from '../../src/store/blobs.js';

const T = 'default';
const DAY = 86_400;

let dir: string;
let blobs: LocalBlobStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'blobs-test-'));
  blobs = new LocalBlobStore(dir);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('LocalBlobStore', () => {
  it('creates its incoming folder inside its own folder', () => {
    const fresh = join(dir, 'nested', 'blobs');
    const store2 = new LocalBlobStore(fresh);
    expect(store2.incomingDir).toBe(join(fresh, 'incoming'));
    expect(existsSync(store2.incomingDir)).toBe(true);
  });

  it('on start, deletes incoming uploads older than a day and keeps newer ones', () => {
    const old = join(blobs.incomingDir, 'crashed');
    const recent = join(blobs.incomingDir, 'receiving');
    writeFileSync(old, 'x');
    writeFileSync(recent, 'y');
    const twoDaysAgo = new Date(Date.now() - 2 * DAY * 1000);
    utimesSync(old, twoDaysAgo, twoDaysAgo);
    new LocalBlobStore(dir);
    expect(readdirSync(blobs.incomingDir)).toEqual(['receiving']);
  });

  it('adopts, reads, streams and removes by key', async () => {
    const path = join(blobs.incomingDir, 'u');
    writeFileSync(path, 'bytes');
    await blobs.adopt(T, 'key_1', path);
    expect(existsSync(path)).toBe(false);
    expect((await blobs.read(T, 'key_1'))?.toString()).toBe('bytes');
    expect(await text((await blobs.open(T, 'key_1'))!)).toBe('bytes');
    await blobs.remove(T, 'key_1');
    expect(existsSync(join(dir, 'key_1'))).toBe(false);
    await expect(blobs.remove(T, 'key_1')).resolves.toBeUndefined();
  });

  it('opens and reads a missing blob as undefined', async () => {
    expect(await blobs.open(T, 'missing')).toBeUndefined();
    expect(await blobs.read(T, 'missing')).toBeUndefined();
  });

  it('refuses keys that could name a path outside its folder', async () => {
    const path = join(blobs.incomingDir, 'u');
    writeFileSync(path, 'x');
    await expect(async () => blobs.adopt(T, '../escape', path)).rejects.toThrow(/invalid blob key/);
    await expect(async () => blobs.read(T, 'a/b')).rejects.toThrow(/invalid blob key/);
    expect(existsSync(path)).toBe(true);
  });
});
