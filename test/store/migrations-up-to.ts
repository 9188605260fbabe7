/** For the upgrade tests: a dialect's committed migrations as an earlier version had them. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/** A copy (in `dir`) of the migrations folder `from` with the journal cut after `last`. */
export function migrationsUpTo(from: string, dir: string, last: string): string {
  const folder = join(dir, 'migrations');
  cpSync(from, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
  const end = journal.entries.findIndex((e) => e.tag === last);
  expect(end).toBeGreaterThanOrEqual(0);
  journal.entries = journal.entries.slice(0, end + 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}
