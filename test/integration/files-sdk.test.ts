/**
 * The Files API through the official openai SDK, over real HTTP, with every reply validated against
 * the contract (VALIDATE_RESPONSES). What a user of the SDK sees, and what lands on disk, is asserted.
 */
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import OpenAI, { toFile, type APIError } from 'openai';
import type { FileObject } from 'openai/resources/files';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LocalBlobStore } from '../../src/store/blobs.js';
import { freshDatabaseUrl } from '../support/database.js';
import { startStack, type Stack } from './stack.js';

const VALIDATED = { VALIDATE_RESPONSES: 'true' };
const DAY = 86_400;

/** The APIError a call must fail with. */
function failure(promise: Promise<unknown>): Promise<APIError> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as APIError,
  );
}

const download = async (client: OpenAI, id: string) =>
  Buffer.from(await (await client.files.content(id)).arrayBuffer());

/** Resolves once the incoming folder is empty (rejected uploads are deleted when their reply closes). */
const incomingDrained = (stack: Stack) =>
  vi.waitFor(() => expect(readdirSync(stack.gateway.files.incomingDir)).toEqual([]), { timeout: 2_000 });

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'files-sdk-test-'));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('one file, end to end', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(VALIDATED);
  });
  afterAll(() => stack.close());

  it('uploads with toFile, retrieves, downloads, lists and deletes', async () => {
    const { client } = stack;
    const before = Math.floor(Date.now() / 1000);
    const file = await client.files.create({
      file: await toFile(Buffer.from('hello, files\n'), 'notes.txt', { type: 'text/plain' }),
      purpose: 'user_data',
    });
    expect(file).toMatchObject({
      object: 'file',
      bytes: 13,
      filename: 'notes.txt',
      purpose: 'user_data',
      status: 'processed',
    });
    expect(file.id).toMatch(/^file-/);
    expect(file.created_at).toBeGreaterThanOrEqual(before);
    expect(file.created_at).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
    expect(file).not.toHaveProperty('expires_at');

    expect(await client.files.retrieve(file.id)).toEqual(file);

    const content = await client.files.content(file.id);
    expect(content.headers.get('content-type')).toBe('application/octet-stream');
    expect(content.headers.get('content-disposition')).toMatch(/^attachment; filename="?notes\.txt"?$/);
    expect(content.headers.get('content-length')).toBe('13');
    expect(await content.text()).toBe('hello, files\n');

    const list = await client.files.list();
    expect(list.data).toEqual([file]);

    expect(await client.files.delete(file.id)).toEqual({ id: file.id, object: 'file', deleted: true });

    const gone = await failure(client.files.retrieve(file.id));
    expect(gone).toBeInstanceOf(OpenAI.NotFoundError);
    expect(gone.status).toBe(404);
    expect(gone.error).toEqual({
      message: `No such File object: ${file.id}`,
      type: 'invalid_request_error',
      param: 'file_id',
      code: 'not_found',
    });
    expect((await failure(client.files.content(file.id))).status).toBe(404);
    expect((await failure(client.files.delete(file.id))).param).toBe('file_id');
    expect((await client.files.list()).data).toEqual([]);
    await incomingDrained(stack);
  });

  it('takes an upload after its uploads folder was removed (another process reaps a day-old one)', async () => {
    rmSync(stack.gateway.store.blobs.incomingDir, { recursive: true, force: true });
    const file = await stack.client.files.create({
      file: await toFile(Buffer.from('after the reap'), 'late.txt'),
      purpose: 'user_data',
    });
    expect(await (await stack.client.files.content(file.id)).text()).toBe('after the reap');
  });

  it('uploads a stream of a file on disk, named after it', async () => {
    const path = join(tempDir(), 'data.jsonl');
    const text = '{"a":1}\n{"b":"é"}\n'.repeat(1000);
    writeFileSync(path, text);
    const file = await stack.client.files.create({ file: createReadStream(path), purpose: 'batch' });
    expect(file.filename).toBe(basename(path));
    expect(file.bytes).toBe(Buffer.byteLength(text));
    expect((await download(stack.client, file.id)).toString('utf8')).toBe(text);
  });

  it('returns binary content byte for byte (all 256 byte values)', async () => {
    const bytes = Buffer.alloc(256 * 4);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7) % 256;
    expect(new Set(bytes).size).toBe(256);
    const file = await stack.client.files.create({
      file: await toFile(bytes, 'blob.bin'),
      purpose: 'assistants',
    });
    expect(file.bytes).toBe(bytes.length);
    expect(await download(stack.client, file.id)).toEqual(bytes);
  });

  it('round-trips a non-ASCII file name', async () => {
    const name = 'résumé – 日本語 ✓.txt';
    const file = await stack.client.files.create({
      file: await toFile(Buffer.from('x'), name),
      purpose: 'user_data',
    });
    expect(file.filename).toBe(name);
    expect((await stack.client.files.retrieve(file.id)).filename).toBe(name);
    const disposition = (await stack.client.files.content(file.id)).headers.get('content-disposition')!;
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
    expect(encoded && decodeURIComponent(encoded)).toBe(name);
  });

  it('sets expires_at from expires_after, and 30 days for batch files by default', async () => {
    const expiring = await stack.client.files.create({
      file: await toFile(Buffer.from('soon'), 'soon.txt'),
      purpose: 'user_data',
      expires_after: { anchor: 'created_at', seconds: 3600 },
    });
    expect(expiring.expires_at).toBe(expiring.created_at + 3600);
    expect((await stack.client.files.retrieve(expiring.id)).expires_at).toBe(expiring.created_at + 3600);

    const longest = await stack.client.files.create({
      file: await toFile(Buffer.from('later'), 'later.txt'),
      purpose: 'batch',
      expires_after: { anchor: 'created_at', seconds: 30 * DAY },
    });
    expect(longest.expires_at).toBe(longest.created_at + 30 * DAY);

    const batch = await stack.client.files.create({
      file: await toFile(Buffer.from('{}\n'), 'b.jsonl'),
      purpose: 'batch',
    });
    expect(batch.expires_at).toBe(batch.created_at + 30 * DAY);
  });

  it('answers 404 with param file_id for an unknown id, on every file route', async () => {
    // One at a time: started together, one failing while another is awaited would go unhandled.
    for (const call of [
      () => stack.client.files.retrieve('file-unknown'),
      () => stack.client.files.content('file-unknown'),
      () => stack.client.files.delete('file-unknown'),
    ]) {
      const error = await failure(call());
      expect(error).toBeInstanceOf(OpenAI.NotFoundError);
      expect(error.error).toMatchObject({ param: 'file_id', type: 'invalid_request_error' });
    }
  });
});

describe('listing', () => {
  let stack: Stack;
  let files: FileObject[];
  beforeAll(async () => {
    stack = await startStack(VALIDATED);
    files = [];
    for (const [i, purpose] of (
      ['user_data', 'batch', 'user_data', 'assistants', 'user_data'] as const
    ).entries())
      files.push(
        await stack.client.files.create({ file: await toFile(Buffer.from(`#${i}`), `f${i}.txt`), purpose }),
      );
  });
  afterAll(() => stack.close());

  const idsOf = (list: FileObject[]) => list.map((f) => f.id);

  it('auto-paginates newest first across pages of two', async () => {
    const seen: FileObject[] = [];
    for await (const file of stack.client.files.list({ limit: 2 })) seen.push(file);
    expect(idsOf(seen)).toEqual(idsOf(files).reverse());
    expect(seen).toEqual([...files].reverse());

    const sizes: number[] = [];
    let page = await stack.client.files.list({ limit: 2 });
    for (;;) {
      sizes.push(page.data.length);
      if (!page.hasNextPage()) break;
      page = await page.getNextPage();
    }
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('pages oldest first with order asc', async () => {
    const seen: string[] = [];
    for await (const file of stack.client.files.list({ limit: 2, order: 'asc' })) seen.push(file.id);
    expect(seen).toEqual(idsOf(files));
  });

  it('filters by purpose, also across pages', async () => {
    const userData = idsOf(files.filter((f) => f.purpose === 'user_data'));
    const seen: string[] = [];
    for await (const file of stack.client.files.list({ purpose: 'user_data', limit: 1, order: 'asc' }))
      seen.push(file.id);
    expect(seen).toEqual(userData);
    expect(idsOf((await stack.client.files.list({ purpose: 'batch' })).data)).toEqual([files[1]!.id]);
    const none = await stack.client.files.list({ purpose: 'fine-tune' });
    expect(none.data).toEqual([]);
  });

  it('sends null first_id and last_id for an empty page', async () => {
    const res = await fetch(`${stack.base}/v1/files?purpose=vision`);
    expect(await res.json()).toEqual({
      object: 'list',
      data: [],
      first_id: null,
      last_id: null,
      has_more: false,
    });
  });

  it('rejects an unknown after cursor with 400 naming after', async () => {
    const error = await failure(stack.client.files.list({ after: 'file-unknown' }));
    expect(error.status).toBe(400);
    expect(error.param).toBe('after');
  });
});

describe('invalid uploads', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(VALIDATED);
  });
  afterAll(() => stack.close());
  afterEach(async () => {
    // Nothing that failed was stored, and nothing it sent is left on disk (bytes kept in PostgreSQL
    // are no files here: files-postgres.test.ts looks in file_blobs).
    expect((await stack.client.files.list()).data).toEqual([]);
    await incomingDrained(stack);
    if (stack.gateway.store.blobs instanceof LocalBlobStore)
      expect(readdirSync(join(stack.gateway.files.incomingDir, '..'))).toEqual(['incoming']);
  });

  const hello = () => toFile(Buffer.from('hello'), 'hello.txt');

  it('rejects an unknown purpose with 400 naming purpose', async () => {
    const error = await failure(
      stack.client.files.create({ file: await hello(), purpose: 'nonsense' as never }),
    );
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error.error).toMatchObject({ type: 'invalid_request_error', param: 'purpose' });
  });

  it('rejects expires_after.seconds out of range with 400 naming it', async () => {
    for (const seconds of [3599, 30 * DAY + 1]) {
      const error = await failure(
        stack.client.files.create({
          file: await hello(),
          purpose: 'user_data',
          expires_after: { anchor: 'created_at', seconds },
        }),
      );
      expect(error.status).toBe(400);
      expect(error.param).toBe('expires_after.seconds');
    }
  });

  it('rejects a file sent as a text field with 400 naming file', async () => {
    const error = await failure(stack.client.files.create({ file: 'hello' as never, purpose: 'user_data' }));
    expect(error.status).toBe(400);
    expect(error.error).toMatchObject({ type: 'invalid_request_error', param: 'file' });
  });

  it('rejects a missing file with 400 naming file', async () => {
    const error = await failure(stack.client.files.create({ purpose: 'user_data' } as never));
    expect(error.status).toBe(400);
    expect(error.param).toBe('file');
  });

  it('rejects a multipart body cut off inside the file with 400, and keeps serving', async () => {
    const form = [
      '--xyz',
      'Content-Disposition: form-data; name="purpose"',
      '',
      'user_data',
      '--xyz',
      'Content-Disposition: form-data; name="file"; filename="a.txt"',
      '',
      'hello, and then noth',
    ].join('\r\n');
    const res = await fetch(`${stack.base}/v1/files`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      body: form,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { type: 'invalid_request_error', code: 'invalid_value' },
    });
    // The gateway is still up once the reply has closed and its uploads were cleaned up.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await fetch(`${stack.base}/health`)).status).toBe(200);
  });

  it('rejects a JSON body with 415 and the error envelope', async () => {
    const error = await failure(stack.client.post('/files', { body: { purpose: 'user_data', file: 'x' } }));
    expect(error.status).toBe(415);

    const res = await fetch(`${stack.base}/v1/files`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ purpose: 'user_data', file: 'x' }),
    });
    expect(res.status).toBe(415);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { error: Record<string, unknown> };
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error).toMatchObject({ type: 'invalid_request_error', param: null });
    expect(typeof body.error.message).toBe('string');
    expect(body.error).toHaveProperty('code');
  });
});

describe('upload limit', () => {
  let stack: Stack;
  let filesDir: string;
  const LIMIT = Math.floor(0.001 * 1024 * 1024);
  beforeAll(async () => {
    filesDir = tempDir();
    stack = await startStack({ ...VALIDATED, FILES_MAX_UPLOAD_MB: '0.001', FILES_DIR: filesDir });
  });
  afterAll(() => stack.close());

  it('accepts a file of exactly the limit', async () => {
    const file = await stack.client.files.create({
      file: await toFile(Buffer.alloc(LIMIT, 'a'), 'max.txt'),
      purpose: 'user_data',
    });
    expect(file.bytes).toBe(LIMIT);
    await stack.client.files.delete(file.id);
  });

  for (const size of [LIMIT + 1, 3 * 1024 * 1024])
    it(`rejects ${size} bytes with 413, storing nothing and leaving no temporary file`, async () => {
      const error = await failure(
        stack.client.files.create({
          file: await toFile(Buffer.alloc(size, 'b'), 'big.txt'),
          purpose: 'user_data',
        }),
      );
      expect(error.status).toBe(413);
      expect(error.error).toMatchObject({ type: 'invalid_request_error' });
      expect((error.error as { message: string }).message).toContain(String(LIMIT));
      expect((await stack.client.files.list()).data).toEqual([]);
      await incomingDrained(stack);
      expect(readdirSync(filesDir)).toEqual(['incoming']);
    });
});

describe('storage on disk', () => {
  it('keeps the bytes in FILES_DIR, and a restarted gateway still serves them', async () => {
    const dir = tempDir();
    const env = {
      ...VALIDATED,
      DATABASE_URL: await freshDatabaseUrl({ file: true }),
      FILES_DIR: join(dir, 'blobs'),
    };
    const bytes = Buffer.from('persistent \u00e9\u0000\u00ff');

    const first = await startStack(env);
    let file: FileObject;
    try {
      expect(first.gateway.files.incomingDir).toBe(join(dir, 'blobs', 'incoming'));
      file = await first.client.files.create({ file: await toFile(bytes, 'keep.bin'), purpose: 'user_data' });
      expect(readFileSync(join(dir, 'blobs', file.id))).toEqual(bytes);
    } finally {
      await first.close();
    }

    const second = await startStack(env);
    try {
      expect(await second.client.files.retrieve(file.id)).toEqual(file);
      expect(await download(second.client, file.id)).toEqual(bytes);
      expect((await second.client.files.list()).data).toEqual([file]);
      await second.client.files.delete(file.id);
      expect(existsSync(join(dir, 'blobs', file.id))).toBe(false);
    } finally {
      await second.close();
    }
  });

  it('keeps the bytes in files/ beside a SQLite database file by default', async () => {
    const dir = tempDir();
    const stack = await startStack({ ...VALIDATED, DATABASE_URL: `sqlite:${join(dir, 'gateway.db')}` });
    try {
      const file = await stack.client.files.create({
        file: await toFile(Buffer.from('beside'), 'b.txt'),
        purpose: 'user_data',
      });
      expect(readFileSync(join(dir, 'files', file.id), 'utf8')).toBe('beside');
    } finally {
      await stack.close();
    }
  });

  it('with an in-memory database, keeps the bytes in a temporary folder removed on close', async () => {
    const stack = await startStack({ ...VALIDATED, DATABASE_URL: 'sqlite::memory:' });
    const scratch = join(stack.gateway.files.incomingDir, '..');
    let file: FileObject;
    try {
      file = await stack.client.files.create({
        file: await toFile(Buffer.from('scratch'), 's.txt'),
        purpose: 'user_data',
      });
      expect(readFileSync(join(scratch, file.id), 'utf8')).toBe('scratch');
    } finally {
      await stack.close();
    }
    expect(existsSync(scratch)).toBe(false);
  });
});
