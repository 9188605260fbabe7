/**
 * PostgreSQL's text refuses U+0000, which SQLite stores. Text columns that hold what a client sent
 * (ids, model, filename, …) go through this reversible escape so the same string comes back: U+0000
 * is stored as U+FFFF "0" and U+FFFF itself as U+FFFF "1". Strings with neither (all but a few)
 * are stored as they are, so the database stays readable and the check costs two scans.
 */
import { customType } from 'drizzle-orm/pg-core';

const NUL = '\u0000';
const MARK = '\uFFFF';

export function toPgText(value: string): string {
  if (!value.includes(NUL) && !value.includes(MARK)) return value;
  // The mark first: the NULs' escapes must not be escaped again.
  return value.split(MARK).join(`${MARK}1`).split(NUL).join(`${MARK}0`);
}

export function fromPgText(value: string): string {
  if (!value.includes(MARK)) return value;
  return value.replace(/\uFFFF([01])/g, (_, d: string) => (d === '0' ? NUL : MARK));
}

/** A text column holding what a client sent, U+0000 included. */
export const clientText = customType<{ data: string; driverData: string }>({
  dataType: () => 'text',
  toDriver: toPgText,
  fromDriver: fromPgText,
});
