/**
 * vitest globalSetup (both projects): the test databases of one run. It provides
 * `testDatabase` (see database.ts) and answers the workers' requests for a new PostgreSQL
 * database over a loopback socket, starting the run's one server (scripts/postgres.ts) on the
 * first request, so a run that needs none starts none. DATABASE_URL=postgres://… names a server
 * to use instead; its databases made by the run are dropped at the end.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startPostgres, type PostgresServer } from '../../scripts/postgres.js';
import { dialectUnderTest, isPostgresUrl, type TestDatabase } from './dialect.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabase;
  }
}

interface Run {
  context: TestDatabase;
  users: number;
  close(): Promise<void>;
}

/** One per vitest process: both projects' setups share it (they run in the main process). */
const RUN = Symbol.for('open-responses-gateway.test-database-run');
const holder = globalThis as { [RUN]?: Promise<Run> };

async function openRun(): Promise<Run> {
  const dialect = dialectUnderTest(process.env);
  const external = isPostgresUrl(process.env.DATABASE_URL) ? process.env.DATABASE_URL : undefined;
  const runDir = mkdtempSync(join(tmpdir(), 'ogw-test-'));
  let server: Promise<PostgresServer | { url: string; stop?: undefined }> | undefined;
  let admin: Promise<pg.Client> | undefined;
  const created: string[] = [];
  const serverUrl = async () =>
    (await (server ??= external ? Promise.resolve({ url: external }) : startPostgres())).url;

  async function createDatabase(): Promise<string> {
    const client = await (admin ??= (async () => {
      const client = new pg.Client({ connectionString: await serverUrl() });
      // A server gone mid-run fails the next request, not the whole vitest process.
      client.on('error', () => undefined);
      await client.connect();
      return client;
    })());
    const name = `test_${randomBytes(6).toString('hex')}`;
    await client.query(`create database ${name}`);
    created.push(name);
    const url = new URL(await serverUrl());
    url.pathname = `/${name}`;
    return url.href;
  }

  const requests: Server = createServer((socket) => {
    socket.once('data', () => {
      createDatabase().then(
        (url) => socket.end(`${JSON.stringify({ url })}\n`),
        (error: Error) => socket.end(`${JSON.stringify({ error: error.message })}\n`),
      );
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => requests.listen(0, '127.0.0.1', resolve));

  return {
    context: { dialect, port: (requests.address() as AddressInfo).port, runDir },
    users: 0,
    async close() {
      await new Promise((resolve) => requests.close(resolve));
      const client = await admin?.catch(() => undefined);
      if (client && external)
        for (const name of created) await client.query(`drop database if exists ${name} with (force)`);
      await client?.end();
      await (await server?.catch(() => undefined))?.stop?.();
      rmSync(runDir, { recursive: true, force: true });
    },
  };
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const run = await (holder[RUN] ??= openRun());
  run.users++;
  project.provide('testDatabase', run.context);
  return async () => {
    if (--run.users > 0) return;
    delete holder[RUN];
    await run.close();
  };
}
