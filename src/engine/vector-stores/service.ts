/**
 * The Vector Stores API without HTTP: stores, their files (files.ts), file batches (batches.ts) and
 * search, per tenant. Attaching files queues them for ingestion (ingest.ts), which runs in the
 * background and survives a restart; a store is in_progress while any of its files is.
 */
import { newId } from '../../ids.js';
import type { Page, PageQuery } from '../../store/pagination.js';
import type { EmbeddingSpec, NewStoreFile, SearchMode } from '../../store/vector-stores.js';
import { BatchesService } from './batches.js';
import { checkDefaultMode, VectorStoreLookups, type VectorStoreDeps } from './deps.js';
import { StoreFilesService } from './files.js';
import { vectorStoreNotFound, vectorStoreObject } from './objects.js';
import type {
  CreateVectorStoreRequest,
  DeleteVectorStoreResponse,
  UpdateVectorStoreRequest,
  VectorStoreObject,
  VectorStoreSearchRequest,
  VectorStoreSearchResultsPage,
} from '../../api-types.js';

const DAY_S = 86_400;

export class VectorStoresService extends VectorStoreLookups {
  readonly files: StoreFilesService;
  readonly batches: BatchesService;

  constructor(deps: VectorStoreDeps) {
    super(deps);
    this.files = new StoreFilesService(deps);
    this.batches = new BatchesService(deps);
  }

  /** A new store with its first files queued; every file is checked before anything is stored. */
  async create(tenant: string, body: CreateVectorStoreRequest): Promise<VectorStoreObject> {
    const fileIds = body.file_ids ?? [];
    const chunking = this.deps.retrieval.chunkingOf(body.chunking_strategy, 'chunking_strategy');
    await this.requireUploads(
      tenant,
      fileIds.map((id, i) => ({ id, param: `file_ids[${i}]` })),
    );
    const embedding = await this.embeddingSpec();
    const searchMode: SearchMode | null = body.search_mode ?? null;
    checkDefaultMode(searchMode, embedding);
    const now = this.now();
    const id = newId('vs');
    const expiresAfter = body.expires_after
      ? { anchor: body.expires_after.anchor, days: body.expires_after.days }
      : null;
    // Named twice, a file is attached (and ingested) once.
    const files: NewStoreFile[] = [...new Set(fileIds)].map((fileId) => ({
      fileId,
      attributes: null,
      chunking,
      createdAt: now,
    }));
    await this.repo.create(
      tenant,
      {
        id,
        name: body.name ?? '',
        metadata: body.metadata ?? null,
        createdAt: now,
        expiresAfter,
        expiresAt: expiresAfter ? now + expiresAfter.days * DAY_S : null,
        searchMode,
        embedding,
      },
      files,
    );
    // Read before the runner is woken, so that the reply shows the files queued, as created.
    const created = vectorStoreObject(await this.requireStore(tenant, id));
    if (files.length) this.deps.queued();
    return created;
  }

  async get(tenant: string, id: string): Promise<VectorStoreObject> {
    return vectorStoreObject(await this.requireStore(tenant, id));
  }

  async list(tenant: string, page: PageQuery): Promise<Page<VectorStoreObject>> {
    const found = await this.repo.list(tenant, page, this.now());
    return { data: found.data.map(vectorStoreObject), hasMore: found.hasMore };
  }

  /** Changes name, metadata or the expiry policy (null removes it); a change makes the store active. */
  async update(tenant: string, id: string, body: UpdateVectorStoreRequest): Promise<VectorStoreObject> {
    const now = this.now();
    const store = await this.requireStore(tenant, id);
    checkDefaultMode(body.search_mode, store.embedding);
    await this.repo.touch(tenant, id, now);
    const updated = await this.repo.update(
      tenant,
      id,
      {
        ...(body.name !== undefined ? { name: body.name ?? '' } : {}),
        ...(body.metadata !== undefined ? { metadata: body.metadata } : {}),
        ...(body.expires_after !== undefined
          ? {
              expiresAfter: body.expires_after && {
                anchor: body.expires_after.anchor,
                days: body.expires_after.days,
              },
            }
          : {}),
        ...(body.search_mode !== undefined ? { searchMode: body.search_mode } : {}),
      },
      now,
    );
    if (!updated) throw vectorStoreNotFound(id);
    return vectorStoreObject(updated);
  }

  async delete(tenant: string, id: string): Promise<DeleteVectorStoreResponse> {
    await this.requireStore(tenant, id);
    if (!(await this.repo.delete(tenant, id))) throw vectorStoreNotFound(id);
    return { id, object: 'vector_store.deleted', deleted: true };
  }

  /** Searches one store's completed files (retrieval checks the query, filters and mode); the store becomes active. */
  async search(
    tenant: string,
    id: string,
    body: VectorStoreSearchRequest,
    signal: AbortSignal,
  ): Promise<VectorStoreSearchResultsPage> {
    const store = await this.requireStore(tenant, id);
    const found = await this.deps.retrieval.search(tenant, [store], body, signal);
    await this.repo.touch(tenant, id, this.now());
    return {
      object: 'vector_store.search_results.page',
      search_query: found.searchQuery,
      data: found.data,
      has_more: false,
      next_page: null,
    };
  }

  /** Stores created while a model is configured are embedded with it for good; else keyword only. */
  private async embeddingSpec(): Promise<EmbeddingSpec | null> {
    return (await this.deps.retrieval.embeddings?.spec()) ?? null;
  }

  /** Deletes the stores whose expiry passed (they are already 404s); returns how many. */
  async sweepExpired(): Promise<number> {
    const expired = await this.repo.expired(this.now());
    for (const { tenant, id } of expired) await this.repo.delete(tenant, id);
    return expired.length;
  }
}
