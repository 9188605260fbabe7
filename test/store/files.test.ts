/** The FilesRepository and FileStore suite (suites/files.ts) on each dialect, and mediaTypeOf. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mediaTypeOf } from '../../src/store/files.js';
import { openStore } from '../../src/store/index.js';
import { postgresUrl } from '../support/database.js';
import { describeFileStore } from './suites/files.js';

describeFileStore('SQLite', () => openStore('sqlite::memory:'));
describeFileStore('PostgreSQL', async () => openStore(await postgresUrl(), { poolSize: 2 }));

const dir = mkdtempSync(join(tmpdir(), 'media-type-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let uploads = 0;

/** Writes `content` to a file, as the multipart parser would. */
function incoming(content: string | Buffer): { path: string; size: number } {
  const path = join(dir, `upload-${++uploads}`);
  writeFileSync(path, content);
  return { path, size: Buffer.byteLength(content) };
}

describe('mediaTypeOf', () => {
  const typeOf = (content: string | Buffer, filename: string, declared = 'application/octet-stream') =>
    mediaTypeOf({ ...incoming(content), filename, mimeType: declared });

  it('keeps what the client labelled, unless the label says nothing', async () => {
    expect(await typeOf('x', 'a.bin', 'application/x-thing')).toBe('application/x-thing');
    expect(await typeOf('# hi', 'a.md', '')).toBe('text/markdown');
  });

  it('calls unlabelled UTF-8 text text, whatever the extension claims', async () => {
    expect(await typeOf('export const a = 1;\n', 'index.ts')).toBe('text/plain'); // not video/mp2t
    expect(await typeOf('fn main() {}\n', 'main.rs')).toBe('text/plain');
    expect(await typeOf('{"a": "naïve"}', 'data.json')).toBe('application/json');
    expect(await typeOf('a,b\n1,2\n', 'table.csv')).toBe('text/csv');
    // A character cut by the 64 KiB sniffing window is still text.
    expect(await typeOf('a'.repeat(64 * 1024 - 1) + 'é'.repeat(10), 'long.txt')).toBe('text/plain');
  });

  it('goes by the extension for bytes that are not text', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await typeOf(png, 'cat.png')).toBe('image/png');
    expect(await typeOf(Buffer.from('%PDF-1.7\n%\xb5\xb5\n', 'latin1'), 'paper.pdf')).toBe('application/pdf');
    expect(await typeOf(Buffer.from('text\0with a NUL'), 'a.txt')).toBe('text/plain'); // by extension
    expect(await typeOf(Buffer.from([0xff, 0xfe, 0, 0x41]), 'blob')).toBe('application/octet-stream');
  });
});
