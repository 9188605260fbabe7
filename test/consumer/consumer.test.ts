/**
 * The client package as another TypeScript app gets it: packed, installed from the tarball into an
 * app outside this repository, typechecked with tsc --strict (with the type tests in app/src/types.ts)
 * and run against a gateway. Offline: the client's dependencies are packed from this repository's
 * node_modules and handed to npm as overrides, so the app installs the same packages without a
 * registry.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from '../../scripts/fake-upstream.js';
import { loadConfig } from '../../src/config.js';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { createLogger } from '../../src/logger.js';
import { freshDatabaseUrl } from '../support/database.js';

const exec = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const clientDir = join(root, 'packages/client');
const SERVER_ONLY = ['better-sqlite3', 'express', 'drizzle-orm', 'openai', 'open-responses-gateway'];

interface Packed {
  name: string;
  filename: string;
  size: number;
  files: { path: string }[];
}

let work: string;
let app: string;
let packed: Packed;
/** The client's runtime dependencies and theirs, as installed in this repository. */
const closure = new Map<string, string>();
let upstream: FakeUpstream;
let gateway: Gateway;
let base: string;

async function pack(dir: string, ...flags: string[]): Promise<Packed> {
  const { stdout } = await exec('npm', ['pack', '--json', '--pack-destination', work, ...flags], {
    cwd: dir,
  });
  return (JSON.parse(stdout) as Packed[])[0]!;
}

function readPackage(dir: string): { version: string; dependencies?: Record<string, string> } {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}

function collect(dir: string): void {
  for (const name of Object.keys(readPackage(dir).dependencies ?? {})) {
    if (closure.has(name)) continue;
    const nested = join(dir, 'node_modules', name);
    const found = existsSync(nested) ? nested : join(root, 'node_modules', name);
    closure.set(name, found);
    collect(found);
  }
}

function bytes(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, entry) => sum + bytes(join(path, entry)), 0);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'consumer-'));
  app = join(work, 'app');
  packed = await pack(clientDir);
  collect(clientDir);
  const overrides: Record<string, string> = {};
  for (const [name, dir] of closure) {
    overrides[name] = `file:${join(work, (await pack(dir, '--ignore-scripts')).filename)}`;
  }
  cpSync(join(root, 'test/consumer/app'), app, {
    recursive: true,
    filter: (src) => !/[/\\](node_modules|dist)$/.test(src),
  });
  const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ ...manifest, overrides }, null, 2));
  await exec(
    'npm',
    [
      'install',
      '--offline',
      '--no-audit',
      '--no-fund',
      '--cache',
      join(work, 'npm-cache'),
      join(work, packed.filename),
    ],
    { cwd: app },
  );

  upstream = await startFakeUpstream();
  gateway = await createGateway(
    loadConfig({ OPENAI_BASE_URL: upstream.url, DATABASE_URL: await freshDatabaseUrl() }),
    createLogger('silent'),
  );
  base = `http://127.0.0.1:${(await gateway.listen(0, '127.0.0.1')).port}`;
}, 180_000);

afterAll(async () => {
  await gateway?.close();
  await upstream?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

it('packs the built client alone, depending on openapi-fetch only', () => {
  expect(packed.name).toBe('@open-responses-gateway/client');
  for (const { path } of packed.files)
    expect(path).toMatch(/^(dist\/.+\.(js|d\.ts)|package\.json|README\.md)$/);
  expect(packed.files.map((f) => f.path)).toEqual(
    expect.arrayContaining(['dist/index.js', 'dist/index.d.ts']),
  );
  expect(Object.keys(readPackage(clientDir).dependencies ?? {})).toEqual(['openapi-fetch']);
  expect(packed.size).toBeLessThan(100_000);
});

it('installs into the app with openapi-fetch and nothing of the server', async () => {
  const { stdout } = await exec('npm', ['ls', '--all', '--parseable'], { cwd: app });
  const installed = stdout
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.slice(line.lastIndexOf('node_modules/') + 'node_modules/'.length));
  expect(installed.sort()).toEqual(['@open-responses-gateway/client', ...closure.keys()].sort());
  for (const name of SERVER_ONLY) expect(installed).not.toContain(name);
  for (const [name, dir] of closure)
    expect(readPackage(join(app, 'node_modules', name)).version).toBe(readPackage(dir).version);
  expect(bytes(join(app, 'node_modules'))).toBeLessThan(2_000_000);
});

it('typechecks the app and its type tests with tsc --strict', async () => {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const result = await exec(process.execPath, [tsc, '-p', app, '--strict']).catch(
    (error: { stdout: string }) => ({ stdout: error.stdout, failed: true }),
  );
  expect(result.stdout).toBe('');
  expect('failed' in result).toBe(false);
}, 120_000);

it('calls the gateway from the built app: a Response, a chat completion and a typed stream', async () => {
  const script =
    'const m = await import(process.argv[1]); console.log(JSON.stringify(await m.run(process.argv[2])));';
  const entry = pathToFileURL(join(app, 'dist/app.js')).href;
  const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', script, entry, base], {
    cwd: app,
  });
  expect(JSON.parse(stdout)).toEqual({
    id: expect.stringMatching(/^resp_/),
    status: 'completed',
    text: 'You said: from the consumer app',
    chat: 'You said: chat from the app',
    first: 'response.created',
    last: 'response.completed',
    deltas: 'You said: streamed',
  });
}, 60_000);

it('keeps open-responses-gateway/client working: the root subpath is the same build, and ships', async () => {
  const script =
    "const { createClient } = await import('open-responses-gateway/client');" +
    'const { data } = await createClient({ baseUrl: process.argv[1] }).GET("/health");' +
    'console.log(data.status);';
  const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', script, base], { cwd: root });
  expect(stdout.trim()).toBe('ok');
  const { stdout: listing } = await exec('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
  });
  const files = (JSON.parse(listing) as Packed[])[0]!.files.map((f) => f.path);
  expect(files).toEqual(
    expect.arrayContaining(['packages/client/dist/index.js', 'packages/client/dist/index.d.ts']),
  );
}, 60_000);
