/**
 * The PostgreSQL store: a pool shared by the repositories, for several gateway processes on one
 * database. File bytes stay on the local disk (options.filesDir, else a temp dir) until
 * PostgresBlobStore (blobs.ts) is the default.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalBlobStore } from '../blobs.js';
import type { Store, StoreOptions } from '../store.js';
import { openPostgresDatabase } from './database.js';
import { PostgresFilesRepository } from './files.js';
import { PostgresResponsesRepository } from './responses.js';

export async function openPostgresStore(url: string, options: StoreOptions = {}): Promise<Store> {
  const database = await openPostgresDatabase(url, options.poolSize);
  const responses = new PostgresResponsesRepository(database);
  // The one seam for the blob store: PostgresBlobStore(database.db) when FILES_DIR is not set.
  const scratch = options.filesDir === undefined ? mkdtempSync(join(tmpdir(), 'gateway-files-')) : undefined;
  return {
    dialect: 'postgres',
    responses,
    queue: responses,
    files: new PostgresFilesRepository(database.db),
    blobs: new LocalBlobStore(options.filesDir ?? scratch!),
    ping: database.ping,
    close: async () => {
      await database.close();
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    },
  };
}
