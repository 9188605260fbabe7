/**
 * Vector stores: the store objects, the files attached to them (each with its ingestion status,
 * attributes, chunking and parsed text), file batches, and the ingestion queue. A store file that
 * is `in_progress` is an ingestion job: claimed with a lease, renewed while it runs, re-queued by a
 * sweep when its runner died (as background responses are). Every read and write is scoped to a
 * tenant. The chunks themselves are the ChunkIndex's (chunks.ts). Implemented per dialect.
 */
import type { Page, PageQuery } from './pagination.js';

export type StoreFileStatus = 'in_progress' | 'completed' | 'cancelled' | 'failed';
export type SearchMode = 'keyword' | 'vector' | 'hybrid';

/** A file attribute value, as OpenAI's VectorStoreFileAttributes allows. */
export type AttributeValue = string | number | boolean;
export type Attributes = Record<string, AttributeValue>;

export interface FileCounts {
  in_progress: number;
  completed: number;
  failed: number;
  cancelled: number;
  total: number;
}

/** Static chunking, in tokens (an `auto` request is stored as the defaults it means: 800 / 400). */
export interface Chunking {
  maxChunkSizeTokens: number;
  chunkOverlapTokens: number;
}

export interface ExpiresAfter {
  anchor: 'last_active_at';
  days: number;
}

/** The embedding model a store's chunks are embedded with, fixed when the store is created. */
export interface EmbeddingSpec {
  /** As configured: a model id the provider registry routes (`openai/text-embedding-3-small`). */
  model: string;
  dimensions: number;
}

/** A vector store as written. Times are Unix seconds. */
export interface NewVectorStore {
  id: string;
  name: string;
  metadata: Record<string, string> | null;
  createdAt: number;
  expiresAfter: ExpiresAfter | null;
  /** createdAt + days when expiresAfter is set (the anchor is last_active_at, which starts at createdAt). */
  expiresAt: number | null;
  /** The store's default search mode; undefined: hybrid when it has embeddings, else keyword. */
  searchMode: SearchMode | null;
  /** Null: keyword search only (no embedding model was configured when it was created). */
  embedding: EmbeddingSpec | null;
}

/** A vector store as read: what was written, and what its files add up to. */
export interface VectorStoreRecord extends NewVectorStore {
  lastActiveAt: number;
  /** The sum of its completed files' usage_bytes. */
  usageBytes: number;
  fileCounts: FileCounts;
}

export interface NewStoreFile {
  fileId: string;
  attributes: Attributes | null;
  chunking: Chunking;
  createdAt: number;
}

export interface StoreFileError {
  code: 'server_error' | 'unsupported_file' | 'invalid_file';
  message: string;
}

export interface StoreFileRecord {
  vectorStoreId: string;
  fileId: string;
  status: StoreFileStatus;
  attributes: Attributes | null;
  chunking: Chunking;
  /** The bytes of its parsed text once completed, else 0. */
  usageBytes: number;
  lastError: StoreFileError | null;
  createdAt: number;
  /** The batch that last added it, if a batch did. */
  batchId: string | null;
}

export interface BatchRecord {
  id: string;
  vectorStoreId: string;
  createdAt: number;
  /** `cancelled` once cancelled; otherwise in_progress while any of its files is, then completed (or failed when all failed). */
  status: 'in_progress' | 'completed' | 'cancelled' | 'failed';
  fileCounts: FileCounts;
}

export interface VectorStoreChanges {
  name?: string | undefined;
  metadata?: Record<string, string> | null | undefined;
  /** null removes the expiry policy. */
  expiresAfter?: ExpiresAfter | null | undefined;
  /** null: back to the default (hybrid with embeddings, else keyword). */
  searchMode?: SearchMode | null | undefined;
}

export interface VectorStoresRepository {
  /** Stores a new vector store with its first files (in_progress, queued for ingestion), atomically. */
  create(tenant: string, store: NewVectorStore, files: NewStoreFile[]): Promise<void>;
  /** Undefined when unknown or expired at `now`. */
  get(tenant: string, id: string, now: number): Promise<VectorStoreRecord | undefined>;
  /** Applies the changes (expires_at recomputed from last_active_at); undefined when unknown or expired. */
  update(
    tenant: string,
    id: string,
    changes: VectorStoreChanges,
    now: number,
  ): Promise<VectorStoreRecord | undefined>;
  /** Sets last_active_at to `now` (and moves expires_at with it): the store was searched or changed. */
  touch(tenant: string, id: string, now: number): Promise<void>;
  /** Deletes the store, its files' rows, its batches and its chunks. False when unknown. */
  delete(tenant: string, id: string): Promise<boolean>;
  /** In creation order (or its reverse), a total order even when created_at ties; expired ones left out. */
  list(tenant: string, page: PageQuery, now: number): Promise<Page<VectorStoreRecord>>;
  /** Stores whose expires_at has passed at `now`, for the sweep that deletes them. */
  expired(now: number): Promise<Array<{ tenant: string; id: string }>>;

  /**
   * Attaches files (in_progress, queued), in one transaction with the batch when one is given. A
   * file already in the store is reset: in_progress again with the new attributes and chunking,
   * its old chunks removed, to be ingested anew. False when the store is unknown.
   */
  addFiles(
    tenant: string,
    vectorStoreId: string,
    files: NewStoreFile[],
    batch?: { id: string; createdAt: number },
  ): Promise<boolean>;
  getFile(tenant: string, vectorStoreId: string, fileId: string): Promise<StoreFileRecord | undefined>;
  /** In attach order (or its reverse); `after`/`before` are file ids in this store (or batch). */
  listFiles(
    tenant: string,
    vectorStoreId: string,
    page: PageQuery & { status?: StoreFileStatus | undefined; batchId?: string | undefined },
  ): Promise<Page<StoreFileRecord>>;
  updateAttributes(
    tenant: string,
    vectorStoreId: string,
    fileId: string,
    attributes: Attributes | null,
  ): Promise<StoreFileRecord | undefined>;
  /** The attributes of the store's completed files, by file id (what search filters are applied to). */
  completedFiles(tenant: string, vectorStoreId: string): Promise<Map<string, Attributes | null>>;
  /** The parsed text of a completed file, as it was chunked; undefined when not completed or unknown. */
  content(tenant: string, vectorStoreId: string, fileId: string): Promise<string | undefined>;
  /** Detaches one file from one store, with its chunks. False when it was not attached. */
  deleteFile(tenant: string, vectorStoreId: string, fileId: string): Promise<boolean>;
  /** Detaches a file from every store of the tenant, with its chunks (the file itself was deleted). */
  detachEverywhere(tenant: string, fileId: string): Promise<number>;

  getBatch(tenant: string, vectorStoreId: string, batchId: string): Promise<BatchRecord | undefined>;
  /** Cancels the batch: its files still in_progress become cancelled. Undefined when unknown. */
  cancelBatch(tenant: string, vectorStoreId: string, batchId: string): Promise<BatchRecord | undefined>;
}

/** One ingestion job: a store file to extract, chunk, embed and index. */
export interface IngestJob {
  tenant: string;
  vectorStoreId: string;
  fileId: string;
  chunking: Chunking;
  embedding: EmbeddingSpec | null;
  /** How many times the queue handed this job to a runner (a dead runner's job is handed on). */
  attempts: number;
}

export type IngestOutcome =
  { status: 'completed'; usageBytes: number; text: string } | { status: 'failed'; lastError: StoreFileError };

/** The ingestion queue: in_progress store files, claimed with a lease. */
export interface IngestQueue {
  /** Takes the oldest queued (unleased or lease lapsed) in_progress store file and leases it to `owner`. */
  claim(owner: string, leaseMs: number, now?: number): Promise<IngestJob | undefined>;
  /** Extends a lease; returns the stored status (so a runner sees a cancel), or undefined if lost or gone. */
  renew(job: IngestJob, owner: string, leaseMs: number): Promise<StoreFileStatus | undefined>;
  /**
   * Ends a job: only while it is still in_progress and leased to `owner` (a cancel, a delete or a
   * lost lease that came first wins); the parsed text is kept for …/content. Returns whether it wrote.
   */
  finish(job: IngestJob, owner: string, outcome: IngestOutcome): Promise<boolean>;
  /** Fails in_progress jobs whose lease ran out after `maxAttempts` claims; returns how many. */
  failExhausted(maxAttempts: number, now?: number): Promise<number>;
}
