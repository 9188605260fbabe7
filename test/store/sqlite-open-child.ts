/**
 * A process that opens a SQLite file (argv[2]) when the test says go (a line on stdin), so that
 * several open it at once; it prints "opened" or the error, and exits.
 */
import { createInterface } from 'node:readline';
import { openDatabase } from '../../src/store/sqlite/database.js';

const lines = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
lines.once('line', () => {
  try {
    openDatabase(process.argv[2]!).close();
    process.stdout.write('opened\n');
  } catch (error) {
    process.stdout.write(`${error instanceof Error ? error.message : String(error)}\n`);
  }
  lines.close();
});
