/**
 * Databases for tests. `freshDatabaseUrl()` is a new empty database on the dialect under test
 * (`testDialect`: SQLite unless DATABASE_URL=postgres://… or TEST_DATABASE=postgres), for suites
 * that run on whichever the run is about; `postgresUrl()` is a new empty PostgreSQL database
 * whatever the run is about, for suites that always run on both. PostgreSQL's come from the run's
 * one server (global-setup.ts), which fails the test, saying how to install PostgreSQL, when it
 * cannot be started.
 */
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { TestDialect } from './dialect.js';

const context = inject('testDatabase');

/** The database this run's dialect-neutral suites run on. */
export const testDialect: TestDialect = context.dialect;

/** A new empty database (CREATE DATABASE with a random name) on the run's PostgreSQL server. */
export function postgresUrl(): Promise<string> {
  return new Promise((resolve, reject) => {
    let reply = '';
    const socket = connect(context.port, '127.0.0.1', () => socket.write('database\n'));
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (reply += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      try {
        const answer = JSON.parse(reply) as { url?: string; error?: string };
        if (answer.url) resolve(answer.url);
        else reject(new Error(`no PostgreSQL database for this test: ${answer.error ?? reply}`));
      } catch {
        reject(
          new Error(
            `no PostgreSQL database for this test: the run's setup answered ${JSON.stringify(reply)}`,
          ),
        );
      }
    });
  });
}

/**
 * A new empty database on the dialect under test. On SQLite it is in memory, or with `file: true`
 * a file of its own (for tests that close and reopen the same database); on PostgreSQL it is
 * always a database of its own on the server, which `file` does not change. `dialect` overrides
 * the dialect under test.
 */
export async function freshDatabaseUrl(
  options: { dialect?: TestDialect; file?: boolean } = {},
): Promise<string> {
  if ((options.dialect ?? testDialect) === 'postgres') return postgresUrl();
  return options.file ? `sqlite:${join(context.runDir, `${randomUUID()}.db`)}` : 'sqlite::memory:';
}
