/**
 * Another process writing to a SQLite file: SQLite will not upgrade a deferred transaction's read to
 * a write while another connection writes (it answers "database is locked" at once, without waiting
 * out busy_timeout), so a transaction that reads before it writes must take the lock up front.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/** Another process that holds SQLite's write lock (a write not yet committed) for 300 ms. */
const WRITER = `
const db = new (require('better-sqlite3'))(process.argv[1]);
db.pragma('busy_timeout = 5000');
db.exec('BEGIN IMMEDIATE');
db.prepare("INSERT INTO vector_stores (id, seq, tenant, name, created_at, last_active_at) VALUES ('vs_writer', 1000, 'w', 'w', 0, 0)").run();
console.log('writing');
setTimeout(() => { db.exec('COMMIT'); db.close(); }, 300);
`;

/** Runs `write` while another process is in the middle of a write to the file of `url` (sqlite:…). */
export async function whileAnotherProcessWrites<T>(url: string, write: () => Promise<T>): Promise<T> {
  const writer = spawn(process.execPath, ['-e', WRITER, url.slice('sqlite:'.length)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(writer, 'exit');
  await once(createInterface({ input: writer.stdout }), 'line');
  try {
    return await write();
  } finally {
    await exited;
  }
}
