/** A PostgresBlobStore on a new, migrated database; a count of the chunks fetched. */
import pg from 'pg';
import { PostgresBlobStore } from '../../src/store/postgres/blobs.js';
import { openPostgresDatabase } from '../../src/store/postgres/database.js';
import { postgresUrl } from '../support/database.js';

export interface PostgresBlobs {
  readonly blobs: PostgresBlobStore;
  /** The store's pool, for looking at the rows and making faults. */
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

export async function openPostgresBlobs(): Promise<PostgresBlobs> {
  const database = await openPostgresDatabase(await postgresUrl(), { poolSize: 4 });
  const blobs = new PostgresBlobStore(database.db);
  return {
    blobs,
    pool: database.pool,
    close: async () => {
      await blobs.close();
      await database.close();
    },
  };
}

/**
 * Counts the bytea values (chunks) node-postgres decodes from now on in this process, however the
 * query asked for them: drizzle's queries fall back to pg's process-wide parsers for bytea.
 */
export function countChunksFetched(): { fetched(): number; stop(): void } {
  const bytea = pg.types.builtins.BYTEA;
  const parse = pg.types.getTypeParser(bytea);
  let fetched = 0;
  pg.types.setTypeParser(bytea, (value: string) => (fetched++, parse(value)));
  return { fetched: () => fetched, stop: () => pg.types.setTypeParser(bytea, parse) };
}
