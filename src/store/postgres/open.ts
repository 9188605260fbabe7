/**
 * The PostgreSQL store: a pool shared by the repositories, for several gateway processes on one
 * database. File bytes are in the database too (PostgresBlobStore), so replicas need no shared
 * disk, unless options.filesDir (FILES_DIR) names a folder they share.
 */
import { LocalBlobStore } from '../blobs.js';
import type { Store, StoreOptions } from '../store.js';
import { PostgresBlobStore } from './blobs.js';
import { PostgresChunkIndex } from './chunks.js';
import { PostgresConversationsRepository } from './conversations.js';
import { openPostgresDatabase } from './database.js';
import { PostgresFilesRepository } from './files.js';
import { PostgresPromptsRepository } from './prompts.js';
import { PostgresResponsesRepository } from './responses.js';
import { PostgresIngestQueue } from './vector-stores-queue.js';
import { PostgresVectorStoresRepository } from './vector-stores.js';

export async function openPostgresStore(url: string, options: StoreOptions = {}): Promise<Store> {
  const database = await openPostgresDatabase(url, options);
  try {
    const responses = new PostgresResponsesRepository(database);
    const inDatabase = options.filesDir === undefined ? new PostgresBlobStore(database.db) : undefined;
    return {
      dialect: 'postgres',
      responses,
      queue: responses,
      conversations: new PostgresConversationsRepository(database),
      files: new PostgresFilesRepository(database.db),
      prompts: new PostgresPromptsRepository(database.db),
      vectorStores: new PostgresVectorStoresRepository(database),
      ingestion: new PostgresIngestQueue(database),
      chunks: new PostgresChunkIndex(database),
      blobs: inDatabase ?? new LocalBlobStore(options.filesDir!),
      ping: database.ping,
      close: async () => {
        await database.close();
        await inDatabase?.close();
      },
    };
  } catch (error) {
    // A FILES_DIR that cannot be made: the pool would otherwise stay open, and keep the process alive.
    await database.close();
    throw error;
  }
}
