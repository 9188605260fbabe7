/**
 * Opens a SQLite database file (WAL) and applies the committed migrations; the drizzle handle stays
 * inside src/store/sqlite/.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Sqlite from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as sqliteVec from 'sqlite-vec';
import * as schema from './schema.js';

/** The drizzle database, and under it ($client) the driver's, for the few statements drizzle cannot build. */
export type SqliteDb = BetterSQLite3Database<typeof schema> & { $client: Sqlite.Database };

export interface Database {
  readonly db: SqliteDb;
  /** Throws when the database cannot answer. */
  ping(): void;
  close(): void;
}

// Three levels up is the package root from both src/store/sqlite/ and dist/store/sqlite/;
// migrations are not compiled.
export const MIGRATIONS = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../src/store/sqlite/migrations',
);

/**
 * drizzle's migrator reads the last applied migration before its transaction begins, so two
 * processes opening one new file at once can both set out to apply the same ones: the second's
 * statements then fail ("table … already exists") once the first has committed, for it waited for
 * that commit (busy_timeout) before writing. Read again, the migrations are applied; a migration
 * that fails on its own fails again, and that error is thrown.
 */
function applyMigrations(db: SqliteDb): void {
  try {
    migrate(db, { migrationsFolder: MIGRATIONS });
  } catch {
    migrate(db, { migrationsFolder: MIGRATIONS });
  }
}

/** How long opening waits for another process to let go of the lock WAL mode needs (as busy_timeout). */
const WAL_WAIT_MS = 5_000;

/**
 * Switching to WAL (or checking it, on a file already in WAL) needs a lock that another process
 * opening the same file may hold while it sets up the WAL index, and SQLite can answer SQLITE_BUSY
 * at once there without calling the busy handler: two replicas starting together then failed
 * intermittently. So the pragma is tried again, briefly apart, for as long as busy_timeout allows.
 */
function enableWal(sqlite: Sqlite.Database): void {
  const deadline = Date.now() + WAL_WAIT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      sqlite.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw error;
      Atomics.wait(pause, 0, 0, 20);
    }
  }
}

/** `path` is a file name or `:memory:`. */
export function openDatabase(path: string): Database {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Sqlite(path);
  // First: another process opening the same new file may hold the lock that WAL mode needs.
  sqlite.pragma('busy_timeout = 5000');
  enableWal(sqlite);
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // On every connection, not only the chunk index's: a delete of chunks by any repository fires the
  // triggers that delete their vectors from sqlite-vec's tables (sqlite/chunk-vectors.ts).
  sqliteVec.load(sqlite);
  // A vector search reads every vector of its store; through mmap instead of read() calls it took
  // 24 ms instead of 34 for 100k vectors of 256 dimensions. Address space only, not memory.
  sqlite.pragma('mmap_size = 1073741824');
  const db = drizzle(sqlite, { schema });
  applyMigrations(db);
  const ping = sqlite.prepare('SELECT 1');
  return {
    db,
    ping: () => void ping.get(),
    close: () => sqlite.close(),
  };
}
