/**
 * The files of a vector store: attaching one queues it for ingestion; its object shows the
 * ingestion's status; its content is the text it was parsed to. Detaching removes its chunks.
 */
import type { Page, PageQuery } from '../../store/pagination.js';
import type { StoreFileRecord, StoreFileStatus } from '../../store/vector-stores.js';
import { VectorStoreLookups } from './deps.js';
import { storeFileNotFound, storeFileObject, vectorStoreNotFound } from './objects.js';
import type {
  CreateVectorStoreFileRequest,
  DeleteVectorStoreFileResponse,
  VectorStoreFileContentResponse,
  VectorStoreFileObject,
} from '../../api-types.js';

export class StoreFilesService extends VectorStoreLookups {
  /** Attaches an uploaded file (again: re-ingested with the new attributes and chunking). */
  async attach(
    tenant: string,
    vectorStoreId: string,
    body: CreateVectorStoreFileRequest,
  ): Promise<VectorStoreFileObject> {
    await this.requireStore(tenant, vectorStoreId);
    const chunking = this.deps.retrieval.chunkingOf(body.chunking_strategy, 'chunking_strategy');
    await this.requireUploads(tenant, [{ id: body.file_id, param: 'file_id' }]);
    const now = this.now();
    const file = { fileId: body.file_id, attributes: body.attributes ?? null, chunking, createdAt: now };
    if (!(await this.repo.addFiles(tenant, vectorStoreId, [file]))) throw vectorStoreNotFound(vectorStoreId);
    await this.repo.touch(tenant, vectorStoreId, now);
    // The reply is the file as attached, not as read back: a runner woken (or polling) meanwhile
    // may have ingested it already, and the client is to poll from in_progress.
    this.deps.queued();
    return storeFileObject({
      ...file,
      vectorStoreId,
      status: 'in_progress',
      usageBytes: 0,
      lastError: null,
      batchId: null,
    });
  }

  async list(
    tenant: string,
    vectorStoreId: string,
    page: PageQuery & { status?: StoreFileStatus | undefined; batchId?: string | undefined },
  ): Promise<Page<VectorStoreFileObject>> {
    await this.requireStore(tenant, vectorStoreId);
    const found = await this.repo.listFiles(tenant, vectorStoreId, page);
    return { data: found.data.map(storeFileObject), hasMore: found.hasMore };
  }

  async get(tenant: string, vectorStoreId: string, fileId: string): Promise<VectorStoreFileObject> {
    await this.requireStore(tenant, vectorStoreId);
    return storeFileObject(await this.require(tenant, vectorStoreId, fileId));
  }

  /** Replaces the attributes (null clears them); search filters see the new ones at once. */
  async updateAttributes(
    tenant: string,
    vectorStoreId: string,
    fileId: string,
    attributes: StoreFileRecord['attributes'],
  ): Promise<VectorStoreFileObject> {
    await this.requireStore(tenant, vectorStoreId);
    const updated = await this.repo.updateAttributes(tenant, vectorStoreId, fileId, attributes);
    if (!updated) throw storeFileNotFound(vectorStoreId, fileId);
    await this.repo.touch(tenant, vectorStoreId, this.now());
    return storeFileObject(updated);
  }

  /** Detaches the file from the store, with its chunks; the uploaded file stays. */
  async detach(
    tenant: string,
    vectorStoreId: string,
    fileId: string,
  ): Promise<DeleteVectorStoreFileResponse> {
    await this.requireStore(tenant, vectorStoreId);
    if (!(await this.repo.deleteFile(tenant, vectorStoreId, fileId)))
      throw storeFileNotFound(vectorStoreId, fileId);
    await this.repo.touch(tenant, vectorStoreId, this.now());
    return { id: fileId, object: 'vector_store.file.deleted', deleted: true };
  }

  /** The parsed text, as one page; a file not yet (or never) ingested has none. */
  async content(
    tenant: string,
    vectorStoreId: string,
    fileId: string,
  ): Promise<VectorStoreFileContentResponse> {
    await this.requireStore(tenant, vectorStoreId);
    await this.require(tenant, vectorStoreId, fileId);
    const text = await this.repo.content(tenant, vectorStoreId, fileId);
    return {
      object: 'vector_store.file_content.page',
      data: text === undefined ? [] : [{ type: 'text', text }],
      has_more: false,
      next_page: null,
    };
  }

  /** The uploaded file was deleted: it leaves every store of the tenant, with its chunks. */
  detachEverywhere(tenant: string, fileId: string): Promise<number> {
    return this.repo.detachEverywhere(tenant, fileId);
  }

  private async require(tenant: string, vectorStoreId: string, fileId: string): Promise<StoreFileRecord> {
    const file = await this.repo.getFile(tenant, vectorStoreId, fileId);
    if (!file) throw storeFileNotFound(vectorStoreId, fileId);
    return file;
  }
}
