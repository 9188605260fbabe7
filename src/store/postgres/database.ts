/**
 * Opens a PostgreSQL database: a node-postgres pool, drizzle over it, and the committed migrations
 * applied under an advisory lock (drizzle's migrator takes none, and two replicas starting at once
 * would both try to create the same tables).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.js';

export type PostgresDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };

export interface PostgresDatabase {
  readonly db: PostgresDb;
  /** For the statements drizzle cannot build (recursive CTE, SKIP LOCKED), named so each connection prepares them once. */
  readonly pool: pg.Pool;
  ping(): Promise<void>;
  close(): Promise<void>;
}

// Three levels up is the package root from both src/store/postgres/ and dist/store/postgres/.
const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../src/store/postgres/migrations');
/** pg_advisory_lock's key for migrations: any constant that other users of the database do not take. */
const MIGRATION_LOCK = 0x6f7267; // "org"

export const DEFAULT_POOL_SIZE = 10;
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

export interface PoolOptions {
  poolSize?: number | undefined;
  /** How long a query waits for a connection (a new one, or a free one of a full pool) before it fails. */
  connectTimeoutMs?: number | undefined;
  /** An idle connection's error (the server closed it); the pool has already dropped it. */
  onError?: ((error: unknown) => void) | undefined;
}

export async function openPostgresDatabase(
  url: string,
  options: PoolOptions = {},
): Promise<PostgresDatabase> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? DEFAULT_POOL_SIZE,
    // Without it an unreachable server or a pool held by long transactions makes every query (and
    // /health) wait forever instead of failing.
    connectionTimeoutMillis: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
  });
  // An idle client whose connection the server closed (a restart, idle_session_timeout) is already
  // gone from the pool, and the next query opens a new one; unhandled, the event would end the process.
  pool.on('error', (error) => options.onError?.(error));
  try {
    await migrateLocked(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    db: drizzle({ client: pool, schema }),
    pool,
    ping: async () => void (await pool.query('SELECT 1')),
    close: () => pool.end(),
  };
}

/** On one connection of the pool (so a pool of one cannot wait on itself), inside the lock. */
async function migrateLocked(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  let failed: Error | undefined;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migrate(drizzle({ client, schema }), { migrationsFolder: MIGRATIONS });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } catch (error) {
    failed = error as Error;
    throw error;
  } finally {
    // A connection that failed midway may still hold the lock: closing it lets the lock go.
    client.release(failed);
  }
}
