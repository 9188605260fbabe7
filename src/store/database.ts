/**
 * Opens the database named by DATABASE_URL and applies the committed migrations. SQLite (WAL) is
 * the embedded default; the repositories are written against interfaces so PostgreSQL can follow.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Sqlite from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { sqlitePath } from './location.js';
import * as schema from './schema.js';

/** The drizzle database, and under it ($client) the driver's, for the few statements drizzle cannot build. */
export type SqliteDb = BetterSQLite3Database<typeof schema> & { $client: Sqlite.Database };

export interface Database {
  readonly db: SqliteDb;
  /** Throws when the database cannot answer. */
  ping(): void;
  close(): void;
}

// Two levels up is the package root from both src/store/ and dist/store/; migrations are not compiled.
const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/store/migrations');

export function openDatabase(url: string): Database {
  const path = sqlitePath(url);
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
