/** The SQLite store: one connection (better-sqlite3) shared by the repositories, and file bytes on disk. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalBlobStore } from '../blobs.js';
import { defaultFilesDir } from '../location.js';
import type { Store, StoreOptions } from '../store.js';
import { SqliteChunkIndex } from './chunks.js';
import { SqliteConversationsRepository } from './conversations.js';
import { openDatabase } from './database.js';
import { SqliteFilesRepository } from './files.js';
import { SqlitePromptsRepository } from './prompts.js';
import { SqliteResponsesRepository } from './responses.js';
import { SqliteIngestQueue } from './vector-stores-queue.js';
import { SqliteVectorStoresRepository } from './vector-stores.js';

/**
 * `path` is a file or `:memory:`. File bytes go to options.filesDir, else where defaultFilesDir says;
 * an in-memory database gets a temp dir, removed by close().
 */
export async function openSqliteStore(path: string, options: StoreOptions = {}): Promise<Store> {
  const database = openDatabase(path);
  const filesDir = options.filesDir ?? defaultFilesDir({ dialect: 'sqlite', path });
  const scratch = filesDir === undefined ? mkdtempSync(join(tmpdir(), 'gateway-files-')) : undefined;
  const responses = new SqliteResponsesRepository(database.db);
  return {
    dialect: 'sqlite',
    responses,
    queue: responses,
    conversations: new SqliteConversationsRepository(database.db),
    files: new SqliteFilesRepository(database.db),
    prompts: new SqlitePromptsRepository(database.db),
    vectorStores: new SqliteVectorStoresRepository(database.db),
    ingestion: new SqliteIngestQueue(database.db),
    chunks: new SqliteChunkIndex(database.db),
    blobs: new LocalBlobStore(filesDir ?? scratch!),
    ping: async () => database.ping(),
    close: async () => {
      database.close();
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    },
  };
}
