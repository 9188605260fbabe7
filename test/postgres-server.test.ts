/** scripts/postgres.ts (the throwaway server) and test/support (the databases tests get). */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { findPostgresBin, POSTGRES_MISSING, startPostgres } from '../scripts/postgres.js';
import { freshDatabaseUrl, postgresUrl, testDialect } from './support/database.js';
import { dialectUnderTest } from './support/dialect.js';

async function query<Row extends pg.QueryResultRow>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'pg-bin-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function fakeBin(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const name of ['initdb', 'pg_ctl']) writeFileSync(join(dir, name), '');
  return dir;
}

describe('findPostgresBin', () => {
  it('takes PATH first, then the highest version under the library directory', () => {
    const lib = join(scratch, 'lib');
    fakeBin(join(lib, '9.6', 'bin'));
    fakeBin(join(lib, '15', 'bin'));
    fakeBin(join(lib, '16', 'bin'));
    mkdirSync(join(lib, '17', 'bin'), { recursive: true }); // no binaries in it
    const onPath = fakeBin(join(scratch, 'path'));
    expect(findPostgresBin(`/nonexistent:${onPath}`, lib)).toBe(onPath);
    expect(findPostgresBin('/nonexistent', lib)).toBe(join(lib, '16', 'bin'));
  });

  it('says how to install PostgreSQL when it finds none', () => {
    expect(() => findPostgresBin('/nonexistent', join(scratch, 'none'))).toThrow(POSTGRES_MISSING);
    expect(POSTGRES_MISSING).toContain('apt-get install -y postgresql');
  });
});

describe('startPostgres', () => {
  it('starts a UTF8 server on loopback that accepts connections, and stop() removes it', async () => {
    const server = await startPostgres();
    const url = new URL(server.url);
    expect(url.hostname).toBe('127.0.0.1');
    const [settings] = await query<{ encoding: string; fsync: string; max: string; dir: string }>(
      server.url,
      `select current_setting('server_encoding') as encoding, current_setting('fsync') as fsync,
              current_setting('max_connections') as max, current_setting('data_directory') as dir`,
    );
    expect(settings).toMatchObject({ encoding: 'UTF8', fsync: 'off' });
    expect(Number(settings?.max)).toBeGreaterThanOrEqual(200);
    expect(existsSync(settings!.dir)).toBe(true);
    await server.stop();
    expect(existsSync(settings!.dir)).toBe(false);
    await expect(query(server.url, 'select 1')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('stops a server whose starting process was killed with SIGKILL when the next one starts', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/postgres.ts'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const orphan = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8');
      child.stdout.once('data', (line: string) => resolve(line.trim()));
      child.once('exit', (code) => reject(new Error(`scripts/postgres.ts exited with ${code}`)));
    });
    const [{ dir } = { dir: '' }] = await query<{ dir: string }>(
      orphan,
      "select current_setting('data_directory') as dir",
    );
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGKILL');
    });
    await expect(query(orphan, 'select 1')).resolves.toHaveLength(1);
    const next = await startPostgres();
    await expect(query(orphan, 'select 1')).rejects.toThrow(/ECONNREFUSED/);
    expect(existsSync(dir)).toBe(false);
    await next.stop();
  }, 60_000);
});

describe('test databases', () => {
  it('postgresUrl() is a new empty database each time', async () => {
    const [first, second] = await Promise.all([postgresUrl(), postgresUrl()]);
    expect(first).not.toBe(second);
    await query(first!, 'create table t (x int)');
    const tables = (url: string) =>
      query<{ name: string }>(url, "select tablename as name from pg_tables where schemaname = 'public'");
    expect(await tables(first!)).toEqual([{ name: 't' }]);
    expect(await tables(second!)).toEqual([]);
  });

  it('freshDatabaseUrl() is on the dialect under test unless told', async () => {
    expect(await freshDatabaseUrl({ dialect: 'sqlite' })).toBe('sqlite::memory:');
    const file = await freshDatabaseUrl({ dialect: 'sqlite', file: true });
    expect(file).toMatch(/^sqlite:\/.+\.db$/);
    expect(await freshDatabaseUrl({ dialect: 'sqlite', file: true })).not.toBe(file);
    expect(await freshDatabaseUrl({ dialect: 'postgres', file: true })).toMatch(/^postgres:\/\//);
    expect(await freshDatabaseUrl()).toMatch(testDialect === 'postgres' ? /^postgres:\/\// : /^sqlite:/);
  });

  it('the dialect under test comes from DATABASE_URL and TEST_DATABASE', () => {
    expect(dialectUnderTest({})).toBe('sqlite');
    expect(dialectUnderTest({ DATABASE_URL: 'sqlite::memory:' })).toBe('sqlite');
    expect(dialectUnderTest({ TEST_DATABASE: 'postgres' })).toBe('postgres');
    expect(dialectUnderTest({ DATABASE_URL: 'postgres://u@h/db' })).toBe('postgres');
    expect(dialectUnderTest({ DATABASE_URL: 'postgresql://u@h/db', TEST_DATABASE: 'sqlite' })).toBe(
      'postgres',
    );
    expect(() => dialectUnderTest({ TEST_DATABASE: 'mysql' })).toThrow(/TEST_DATABASE/);
  });
});
