/** Where a DATABASE_URL points (kept apart from database.ts, so reading the config loads no driver). */
/** `sqlite:./data/gateway.db`, `sqlite::memory:` or a bare path. */
export function sqlitePath(url: string): string {
  if (url.startsWith('postgres'))
    throw new Error('PostgreSQL is not supported yet; use a sqlite: DATABASE_URL.');
  const path = url.replace(/^sqlite:(\/\/)?/, '');
  return path === '' ? ':memory:' : path;
}
