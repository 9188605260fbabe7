/**
 * The Files API through the official openai SDK on PostgreSQL: the bytes live in the database
 * (file_blobs), so a second gateway on the same database, with no disk in common, serves them;
 * FILES_DIR keeps them in a folder instead. What the SDK sees and what the table holds are asserted.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toFile, type APIError } from 'openai';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { postgresUrl } from '../support/database.js';
import { startStack, type Stack } from './stack.js';

const MiB = 1024 * 1024;

/** A database of its own, the gateways on it (closed after), and a look at its file_blobs rows. */
function onPostgres(count: number, env: NodeJS.ProcessEnv = {}) {
  const stacks: Stack[] = [];
  let pool: pg.Pool;
  beforeAll(async () => {
    const url = await postgresUrl();
    pool = new pg.Pool({ connectionString: url, max: 1 });
    for (let i = 0; i < count; i++)
      stacks.push(await startStack({ VALIDATE_RESPONSES: 'true', DATABASE_URL: url, ...env }));
  });
  afterAll(async () => {
    for (const stack of stacks) await stack.close();
    await pool.end();
  });
  return {
    stacks,
    /** The chunk rows the database holds for a file: their tenant and size, in order. */
    async blobRows(id: string): Promise<Array<{ tenant: string; bytes: number }>> {
      const { rows } = await pool.query<{ tenant: string; bytes: number }>(
        'SELECT tenant, length(data) AS bytes FROM file_blobs WHERE key = $1 ORDER BY chunk',
        [id],
      );
      return rows;
    },
    /** All the chunk rows the database holds, of every file. */
    async rowCount(): Promise<number> {
      const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM file_blobs');
      return rows[0]!.n;
    },
  };
}

const download = async (stack: Stack, id: string) =>
  Buffer.from(await (await stack.client.files.content(id)).arrayBuffer());

describe('Files on PostgreSQL, bytes in the database', () => {
  const db = onPostgres(2);

  it('keeps the bytes in the database, where another replica with no shared disk serves them', async () => {
    const [first, second] = db.stacks as [Stack, Stack];
    expect(first.gateway.files.incomingDir).not.toBe(second.gateway.files.incomingDir);
    const bytes = randomBytes(5 * MiB + 123);

    const file = await first.client.files.create({
      file: await toFile(bytes, 'big.bin'),
      purpose: 'user_data',
    });
    expect(file).toMatchObject({ object: 'file', bytes: bytes.length, filename: 'big.bin' });
    expect(await db.blobRows(file.id)).toEqual([
      ...Array.from({ length: 5 }, () => ({ tenant: 'default', bytes: MiB })),
      { tenant: 'default', bytes: 123 },
    ]);
    expect(readdirSync(first.gateway.files.incomingDir)).toEqual([]);

    expect(await second.client.files.retrieve(file.id)).toEqual(file);
    expect((await download(second, file.id)).equals(bytes)).toBe(true);

    expect(await second.client.files.delete(file.id)).toMatchObject({ id: file.id, deleted: true });
    expect(await db.blobRows(file.id)).toEqual([]);
    const gone = await first.client.files.content(file.id).then(
      () => undefined,
      (error: unknown) => error as APIError,
    );
    expect(gone?.status).toBe(404);
  });

  it('stores an empty file and serves it back empty', async () => {
    const [stack] = db.stacks as [Stack];
    const file = await stack.client.files.create({
      file: await toFile(Buffer.alloc(0), 'empty.txt'),
      purpose: 'user_data',
    });
    expect(file.bytes).toBe(0);
    expect(await db.blobRows(file.id)).toEqual([{ tenant: 'default', bytes: 0 }]);
    expect((await download(stack, file.id)).length).toBe(0);
  });

  it('reads the bytes from the database as model input (a text file reaches the upstream as text)', async () => {
    const [, stack] = db.stacks as [Stack, Stack];
    const file = await stack.client.files.create({
      file: await toFile(Buffer.from('the answer is 42\n'), 'notes.txt', { type: 'text/plain' }),
      purpose: 'user_data',
    });
    await stack.client.responses.create({
      model: 'fake-model',
      input: [{ role: 'user', content: [{ type: 'input_file', file_id: file.id }] }],
    });
    expect(JSON.stringify(stack.upstream.requests.at(-1)!.body)).toContain('the answer is 42');
  });

  it('stores no rows for an upload it refuses, and leaves no upload behind', async () => {
    const [stack] = db.stacks as [Stack];
    const before = await db.rowCount();
    const refused = await stack.client.files
      .create({ file: await toFile(randomBytes(MiB), 'x.bin'), purpose: 'nonsense' as never })
      .then(
        () => undefined,
        (error: unknown) => error as APIError,
      );
    expect(refused?.status).toBe(400);
    await vi.waitFor(() => expect(readdirSync(stack.gateway.files.incomingDir)).toEqual([]), {
      timeout: 2_000,
    });
    expect(await db.rowCount()).toBe(before);
  });

  it('removes its uploads folder when the gateway closes', async () => {
    const stack = db.stacks.pop()!;
    const incoming = stack.gateway.files.incomingDir;
    expect(existsSync(incoming)).toBe(true);
    await stack.close();
    expect(existsSync(incoming)).toBe(false);
  });
});

describe('Files on PostgreSQL with FILES_DIR', () => {
  const dir = mkdtempSync(join(tmpdir(), 'files-postgres-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const db = onPostgres(1, { FILES_DIR: dir });

  it('keeps the bytes in that folder instead, and none in the database', async () => {
    const [stack] = db.stacks as [Stack];
    const file = await stack.client.files.create({
      file: await toFile(Buffer.from('on disk'), 'd.txt'),
      purpose: 'user_data',
    });
    expect(readFileSync(join(dir, file.id), 'utf8')).toBe('on disk');
    expect(await db.blobRows(file.id)).toEqual([]);
    expect((await download(stack, file.id)).toString()).toBe('on disk');
    await stack.client.files.delete(file.id);
    expect(existsSync(join(dir, file.id))).toBe(false);
  });
});
