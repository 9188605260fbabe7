/** The BlobStore suite against each implementation (file bytes on local disk and in PostgreSQL), and what only the local one does. */
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalBlobStore } from '../../src/store/blobs.js';
import { openPostgresBlobs } from './postgres-blobs.js';
import { describeBlobStore } from './suites/blobs.js';

const T = 'default';
const DAY = 86_400;

describeBlobStore('LocalBlobStore', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'blobs-test-'));
  return { blobs: new LocalBlobStore(dir), close: () => rm(dir, { recursive: true, force: true }) };
});

describeBlobStore('PostgresBlobStore', openPostgresBlobs);

describe('LocalBlobStore only', () => {
  let dir: string;
  let blobs: LocalBlobStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'blobs-test-'));
    blobs = new LocalBlobStore(dir);
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

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

  it('refuses keys that could name a path outside its folder', async () => {
    const path = join(blobs.incomingDir, 'u');
    writeFileSync(path, 'x');
    await expect(async () => blobs.adopt(T, '../escape', path)).rejects.toThrow(/invalid blob key/);
    await expect(async () => blobs.read(T, 'a/b')).rejects.toThrow(/invalid blob key/);
    expect(existsSync(path)).toBe(true);
  });
});
