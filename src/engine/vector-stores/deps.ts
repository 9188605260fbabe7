/**
 * What the vector-store services share: the repositories, the tenant's uploaded files, retrieval,
 * the ingestion runner's wake-up, a clock, and the lookups every endpoint starts with.
 */
import { badRequest } from '../../errors.js';
import type { FileStore } from '../../store/files.js';
import type { SearchMode, VectorStoreRecord, VectorStoresRepository } from '../../store/vector-stores.js';
import { uploadNotFound, vectorStoreNotFound } from './objects.js';
import type { Retrieval } from './retrieval.js';

export interface VectorStoreDeps {
  repo: VectorStoresRepository;
  files: Pick<FileStore, 'get'>;
  retrieval: Retrieval;
  /** Tells this process's ingestion runner that jobs were queued. */
  queued: () => void;
  /** Unix seconds. */
  now?: () => number;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

export class VectorStoreLookups {
  constructor(protected readonly deps: VectorStoreDeps) {}

  protected get repo(): VectorStoresRepository {
    return this.deps.repo;
  }

  protected now(): number {
    return (this.deps.now ?? nowSeconds)();
  }

  /** The store, unless it is unknown or expired (then a 404, as OpenAI answers an unknown id). */
  async requireStore(tenant: string, id: string): Promise<VectorStoreRecord> {
    const store = await this.repo.get(tenant, id, this.now());
    if (!store) throw vectorStoreNotFound(id);
    return store;
  }

  /** Every uploaded file named exists for the tenant; the first that does not is a 404 naming its param. */
  protected async requireUploads(tenant: string, files: Array<{ id: string; param: string }>): Promise<void> {
    for (const { id, param } of files)
      if (!(await this.deps.files.get(tenant, id))) throw uploadNotFound(id, param);
  }
}

/**
 * The mode a search runs in: the request's, else the store's, else hybrid when it has embeddings
 * and keyword when not. Vector and hybrid need embeddings.
 */
export function searchModeOf(
  store: Pick<VectorStoreRecord, 'embedding' | 'searchMode'>,
  requested: SearchMode | undefined,
  param = 'search_mode',
): SearchMode {
  const mode = requested ?? store.searchMode ?? (store.embedding ? 'hybrid' : 'keyword');
  if (mode !== 'keyword' && !store.embedding)
    throw badRequest(
      `search_mode '${mode}' needs embeddings, and this vector store has none (no embedding model was configured when it was created); use 'keyword'.`,
      param,
      'invalid_value',
    );
  return mode;
}
