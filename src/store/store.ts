/**
 * What the rest of the gateway sees of the database: repositories behind interfaces, one Store per
 * dialect (sqlite/, postgres/), opened by openStore (index.ts). Nothing here knows SQL or a driver.
 */
import type { BlobStore } from './blobs.js';
import type { ChunkIndex } from './chunks.js';
import type { ConversationsRepository } from './conversations.js';
import type { FilesRepository } from './files.js';
import type { PromptsRepository } from './prompts.js';
import type { ResponseQueue, ResponsesRepository } from './responses.js';
import type { IngestQueue, VectorStoresRepository } from './vector-stores.js';

export type Dialect = 'sqlite' | 'postgres';

export interface StoreOptions {
  /** Where file bytes are kept on disk; by default beside a SQLite file, a temp dir for :memory:. */
  filesDir?: string | undefined;
  /** How many connections a pooled dialect (PostgreSQL) opens at most. */
  poolSize?: number | undefined;
  /** How long a pooled dialect waits for a connection before the query (and /health) fails. */
  connectTimeoutMs?: number | undefined;
  /** Told of a database error no request sees (a pooled connection the server dropped); never throws. */
  onError?: ((error: unknown) => void) | undefined;
}

export interface Store {
  readonly dialect: Dialect;
  /** Responses: CRUD, input and output items, stream events, previous_response_id chains. */
  readonly responses: ResponsesRepository;
  /** The background job queue: claim, lease renewal, expired leases. */
  readonly queue: ResponseQueue;
  /** Conversations and their items (the same item rows as responses'). */
  readonly conversations: ConversationsRepository;
  /** Versioned prompt templates. */
  readonly prompts: PromptsRepository;
  readonly files: FilesRepository;
  /** Vector stores, their files and batches. */
  readonly vectorStores: VectorStoresRepository;
  /** The ingestion queue: store files in progress, claimed with a lease. */
  readonly ingestion: IngestQueue;
  /** The chunks of vector store files, and search over them. */
  readonly chunks: ChunkIndex;
  readonly blobs: BlobStore;
  /** Throws when the database cannot answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
