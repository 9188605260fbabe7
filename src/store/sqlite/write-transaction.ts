/**
 * The one way a SQLite repository writes: a transaction that holds the write lock from its start.
 * A deferred one that reads first fails at its first write with "database is locked" when another
 * process is writing: SQLite does not wait out busy_timeout to upgrade a read to a write. An
 * immediate one waits for the lock at BEGIN, as busy_timeout says.
 */
import type { SqliteDb } from './database.js';

export function writeTransaction<T>(db: SqliteDb, transaction: () => T): T {
  return db.transaction(transaction, { behavior: 'immediate' });
}
