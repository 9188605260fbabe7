/** A PostgresBlobStore on a new empty database; a count of the chunks fetched. */
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { PostgresBlobStore } from '../../src/store/postgres/blobs.js';
import { postgresUrl } from '../support/database.js';

// TODO(pgdialect): its migrations create the table; until then, drizzle's definition by hand.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS file_blobs (
  tenant text NOT NULL, key text NOT NULL, chunk integer NOT NULL, data bytea NOT NULL,
  CONSTRAINT file_blobs_key_chunk_pk PRIMARY KEY (key, chunk))`;

export interface PostgresBlobs {
  readonly blobs: PostgresBlobStore;
  /** Another connection to the same database, for looking at the rows and making faults. */
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

export async function openPostgresBlobs(): Promise<PostgresBlobs> {
  const pool = new pg.Pool({ connectionString: await postgresUrl(), max: 4 });
  const db = drizzle({ client: pool });
  await db.execute(sql.raw(CREATE_TABLE));
  const blobs = new PostgresBlobStore(db);
  return {
    blobs,
    pool,
    close: async () => {
      await blobs.close();
      await pool.end();
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
