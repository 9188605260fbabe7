/** Where a DATABASE_URL points (kept apart from the dialects, so reading the config loads no driver). */
import { dirname, join } from 'node:path';

export type Location = { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string };

/**
 * `postgres://…` / `postgresql://…` (passed to the driver as is); `sqlite:./data/gateway.db`,
 * `sqlite://data/x.db`, `sqlite::memory:` or a bare path. Any other scheme is refused rather than
 * taken for a file name.
 */
export function parseLocation(url: string): Location {
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', url };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1];
  if (scheme && scheme !== 'sqlite')
    throw new Error(`DATABASE_URL: unsupported scheme ${scheme}:// (use sqlite: or postgres://)`);
  const path = url.replace(/^sqlite:(\/\/)?/, '');
  return { dialect: 'sqlite', path: path === '' ? ':memory:' : path };
}

/**
 * Where file bytes go when FILES_DIR says nothing: beside a SQLite file (data/gateway.db →
 * data/files); none for an in-memory database (openStore makes a temp dir, as short-lived as its
 * rows); none on PostgreSQL, which keeps them in the database so replicas need no shared disk.
 */
export function defaultFilesDir(location: Location): string | undefined {
  if (location.dialect === 'postgres') return undefined;
  if (location.path === ':memory:') return undefined;
  return join(dirname(location.path), 'files');
}
