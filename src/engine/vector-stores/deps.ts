/**
 * What the vector-store services share: the repositories, the tenant's uploaded files, retrieval,
 * the ingestion runner's wake-up, a clock, and the lookups every endpoint starts with.
 */
import { badRequest } from '../../errors.js';
import type { FileStore } from '../../store/files.js';
import type {
  EmbeddingSpec,
  SearchMode,
  VectorStoreRecord,
  VectorStoresRepository,
} from '../../store/vector-stores.js';
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
 * A store's default search mode (on create or modify) is kept only if the store can be searched so:
 * vector and hybrid need the embeddings a store has only when a model was configured at its creation.
 */
export function checkDefaultMode(mode: SearchMode | null | undefined, embedding: EmbeddingSpec | null): void {
  if (mode && mode !== 'keyword' && !embedding)
    throw badRequest(
      `search_mode '${mode}' needs embeddings, and this vector store has none (no embedding model is configured, or none was when it was created); use 'keyword'.`,
      'search_mode',
      'invalid_value',
    );
}
