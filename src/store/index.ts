/** Opens the store DATABASE_URL names; only that dialect's driver is loaded. */
import { parseLocation } from './location.js';
import type { Store, StoreOptions } from './store.js';

export type { Dialect, Store, StoreOptions } from './store.js';

export async function openStore(url: string, options: StoreOptions = {}): Promise<Store> {
  const location = parseLocation(url);
  if (location.dialect === 'postgres') {
    const { openPostgresStore } = await import('./postgres/open.js');
    return openPostgresStore(location.url, options);
  }
  const { openSqliteStore } = await import('./sqlite/open.js');
  return openSqliteStore(location.path, options);
}
