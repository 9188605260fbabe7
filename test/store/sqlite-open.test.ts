/**
 * Several processes opening one new SQLite file at once (replicas started together on a shared
 * volume, or a restart racing a health check): every one opens, and each migration is applied once.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Sqlite from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/sqlite/database.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./sqlite-open-child.ts', import.meta.url));
const PROCESSES = 6;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'orgw-sqlite-open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Starts a process that opens `path` on go; resolves once it has loaded and waits. */
async function opener(path: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const said: string[] = [];
  lines.on('line', (line) => said.push(line));
  const exited = once(child, 'exit');
  while (!said.includes('ready')) {
    if (child.exitCode !== null) throw new Error(`the opener exited early: ${said.join('\n')}`);
    await once(lines, 'line');
  }
  return {
    go: () => child.stdin.end('go\n'),
    outcome: async () => {
      await exited;
      return said.filter((line) => line !== 'ready').join('\n');
    },
  };
}

it('opens one new file from several processes at once, each migration applied once', async () => {
  const path = join(dir, 'gateway.db');
  const openers = await Promise.all(Array.from({ length: PROCESSES }, () => opener(path)));
  for (const o of openers) o.go();
  const outcomes = await Promise.all(openers.map((o) => o.outcome()));
  expect(outcomes).toEqual(Array.from({ length: PROCESSES }, () => 'opened'));

  const migrations = readdirSync(MIGRATIONS).filter((name) => name.endsWith('.sql'));
  const raw = new Sqlite(path, { readonly: true });
  const applied = raw.prepare('SELECT hash FROM __drizzle_migrations').pluck().all();
  raw.close();
  expect(applied).toHaveLength(migrations.length);
  expect(new Set(applied).size).toBe(migrations.length);
});
