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

/** `path` is a file name or `:memory:`. */
export function openDatabase(path: string): Database {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Sqlite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  const ping = sqlite.prepare('SELECT 1');
  return {
    db,
    ping: () => void ping.get(),
    close: () => sqlite.close(),
  };
}
