/** Uploaded files' bytes on PostgreSQL, in chunks: PostgresBlobStore (blobs.ts) streams them in and out. */
import { customType, integer, pgTable, primaryKey } from 'drizzle-orm/pg-core';
import { clientText } from './text.js';

/** drizzle has no bytea column; node-postgres reads and writes it as a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export const fileBlobs = pgTable(
  'file_blobs',
  {
    tenant: clientText('tenant').notNull(),
    /** The file id the bytes belong to. */
    key: clientText('key').notNull(),
    /** 0, 1, 2, … in byte order. */
    chunk: integer('chunk').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.chunk] })],
);
