/** The PostgreSQL store (a placeholder until the dialect is built; openStore's seam stays this one export). */
import type { Store, StoreOptions } from '../store.js';

export async function openPostgresStore(_url: string, _options: StoreOptions): Promise<Store> {
  throw new Error('PostgreSQL is not built yet; use a sqlite: DATABASE_URL.');
}
