/**
 * File batches: many files attached in one transaction, each with the batch's attributes and
 * chunking (file_ids) or its own (files). A batch is in_progress while any of its files is;
 * cancelling it cancels those still queued or running.
 */
import { badRequest } from '../../errors.js';
import { newId } from '../../ids.js';
import type { Page, PageQuery } from '../../store/pagination.js';
import type { NewStoreFile, StoreFileStatus } from '../../store/vector-stores.js';
import { VectorStoreLookups } from './deps.js';
import { batchNotFound, batchObject, storeFileObject, vectorStoreNotFound } from './objects.js';
import type {
  CreateVectorStoreFileBatchRequest,
  VectorStoreFileBatchObject,
  VectorStoreFileObject,
} from '../../api-types.js';

export class BatchesService extends VectorStoreLookups {
  async create(
    tenant: string,
    vectorStoreId: string,
    body: CreateVectorStoreFileBatchRequest,
  ): Promise<VectorStoreFileBatchObject> {
    await this.requireStore(tenant, vectorStoreId);
    const now = this.now();
    const files = this.filesOf(body, now);
    await this.requireUploads(
      tenant,
      files.map(({ fileId }, i) => ({
        id: fileId,
        param: body.files ? `files[${i}].file_id` : `file_ids[${i}]`,
      })),
    );
    const id = newId('vsfb');
    // A file named twice is attached once, as its last mention says.
    const unique = [...new Map(files.map((f) => [f.fileId, f])).values()];
    if (!(await this.repo.addFiles(tenant, vectorStoreId, unique, { id, createdAt: now })))
      throw vectorStoreNotFound(vectorStoreId);
    await this.repo.touch(tenant, vectorStoreId, now);
    // The batch as created (see StoreFilesService.attach): every file of it queued.
    this.deps.queued();
    const total = unique.length;
    return batchObject({
      id,
      vectorStoreId,
      createdAt: now,
      status: total ? 'in_progress' : 'completed',
      fileCounts: { in_progress: total, completed: 0, failed: 0, cancelled: 0, total },
    });
  }

  async get(tenant: string, vectorStoreId: string, batchId: string): Promise<VectorStoreFileBatchObject> {
    await this.requireStore(tenant, vectorStoreId);
    const batch = await this.repo.getBatch(tenant, vectorStoreId, batchId);
    if (!batch) throw batchNotFound(vectorStoreId, batchId);
    return batchObject(batch);
  }

  async cancel(tenant: string, vectorStoreId: string, batchId: string): Promise<VectorStoreFileBatchObject> {
    await this.requireStore(tenant, vectorStoreId);
    const batch = await this.repo.cancelBatch(tenant, vectorStoreId, batchId);
    if (!batch) throw batchNotFound(vectorStoreId, batchId);
    return batchObject(batch);
  }

  async listFiles(
    tenant: string,
    vectorStoreId: string,
    batchId: string,
    page: PageQuery & { status?: StoreFileStatus | undefined },
  ): Promise<Page<VectorStoreFileObject>> {
    await this.get(tenant, vectorStoreId, batchId);
    const found = await this.repo.listFiles(tenant, vectorStoreId, { ...page, batchId });
    return { data: found.data.map(storeFileObject), hasMore: found.hasMore };
  }

  /** file_ids with the batch's attributes and chunking, or files with their own: never both. */
  private filesOf(body: CreateVectorStoreFileBatchRequest, now: number): NewStoreFile[] {
    const { chunkingOf } = this.deps.retrieval;
    if (body.file_ids && body.files)
      throw badRequest(
        "Only one of 'file_ids' and 'files' may be given; 'files' sets attributes and chunking per file.",
        'files',
        'invalid_value',
      );
    // As OpenAI does, the batch's attributes and chunking_strategy are ignored beside `files`.
    if (body.files)
      return body.files.map((f, i) => ({
        fileId: f.file_id,
        attributes: f.attributes ?? null,
        chunking: chunkingOf(f.chunking_strategy, `files[${i}].chunking_strategy`),
        createdAt: now,
      }));
    if (!body.file_ids?.length)
      throw badRequest(
        "One of 'file_ids' and 'files' is required.",
        'file_ids',
        'missing_required_parameter',
      );
    const chunking = chunkingOf(body.chunking_strategy, 'chunking_strategy');
    return body.file_ids.map((fileId) => ({
      fileId,
      attributes: body.attributes ?? null,
      chunking,
      createdAt: now,
    }));
  }
}
