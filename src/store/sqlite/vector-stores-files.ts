/**
 * The files of SQLite's vector stores and their batches: the half of SqliteVectorStoresRepository
 * (vector-stores.ts) that reads and writes vector_store_files and vector_store_file_batches. A
 * store file removed or reset takes its chunks with it, in the same transaction.
 */
import { and, eq, sql } from 'drizzle-orm';
import { pageBounds, type PageQuery } from '../pagination.js';
import { distinctFiles, toBatchRecord, toStoreFileRecord } from '../vector-stores-rows.js';
import { inStore, resetOnConflict, totalsJson } from '../vector-stores-sql.js';
import type { Attributes, NewStoreFile, StoreFileStatus } from '../vector-stores.js';
import type { SqliteDb } from './database.js';
import { vectorStoreChunks, vectorStoreFileBatches, vectorStoreFiles, vectorStores } from './schema.js';
import { writeTransaction } from './write-transaction.js';
import { nextSeq, p } from './statements.js';

const TOTALS = totalsJson('json_object');

/** The upsert of attach(), prepared once: drizzle's building of it was most of a large attach. */
function prepareAttach(db: SqliteDb) {
  return db
    .insert(vectorStoreFiles)
    .values({
      tenant: p('tenant'),
      vectorStoreId: p('vectorStoreId'),
      fileId: p('fileId'),
      seq: nextSeq(vectorStoreFiles),
      status: 'in_progress',
      attributes: p('attributes'),
      maxChunkSizeTokens: p('maxChunkSizeTokens'),
      chunkOverlapTokens: p('chunkOverlapTokens'),
      createdAt: p('createdAt'),
      batchId: p('batchId'),
    })
    .onConflictDoUpdate({
      target: [vectorStoreFiles.tenant, vectorStoreFiles.vectorStoreId, vectorStoreFiles.fileId],
      set: resetOnConflict(),
    })
    .prepare();
}

export class SqliteStoreFiles {
  private readonly upsertFile;
  private readonly deleteFileChunks;

  constructor(protected readonly db: SqliteDb) {
    this.upsertFile = prepareAttach(db);
    this.deleteFileChunks = db
      .delete(vectorStoreChunks)
      .where(
        and(
          eq(vectorStoreChunks.tenant, p('tenant')),
          eq(vectorStoreChunks.vectorStoreId, p('vectorStoreId')),
          eq(vectorStoreChunks.fileId, p('fileId')),
        ),
      )
      .prepare();
  }

  /** Every write of a store or its files: an immediate transaction (writeTransaction says why). */
  protected write<T>(transaction: () => T): T {
    return writeTransaction(this.db, transaction);
  }

  protected byId(tenant: string, id: string) {
    return and(eq(vectorStores.id, id), eq(vectorStores.tenant, tenant));
  }

  private ofFile(tenant: string, vectorStoreId: string, fileId: string) {
    return and(...inStore(vectorStoreFiles, tenant, vectorStoreId), eq(vectorStoreFiles.fileId, fileId));
  }

  /** Upserts the files, queued and unleased; a file attached again loses its chunks (a new store has none). */
  protected attach(
    tenant: string,
    vectorStoreId: string,
    files: NewStoreFile[],
    batchId: string | null,
    newStore = false,
  ) {
    const distinct = distinctFiles(files);
    for (const file of distinct)
      this.upsertFile.run({
        tenant,
        vectorStoreId,
        fileId: file.fileId,
        attributes: file.attributes,
        maxChunkSizeTokens: file.chunking.maxChunkSizeTokens,
        chunkOverlapTokens: file.chunking.chunkOverlapTokens,
        createdAt: file.createdAt,
        batchId,
      });
    if (!newStore)
      this.removeChunks(
        tenant,
        vectorStoreId,
        distinct.map((f) => f.fileId),
      );
  }

  protected removeChunks(tenant: string, vectorStoreId: string, fileIds: string[]) {
    for (const fileId of fileIds) this.deleteFileChunks.run({ tenant, vectorStoreId, fileId });
  }

  async addFiles(
    tenant: string,
    vectorStoreId: string,
    files: NewStoreFile[],
    batch?: { id: string; createdAt: number },
  ) {
    return this.write(() => {
      const store = this.db
        .select({ id: vectorStores.id })
        .from(vectorStores)
        .where(this.byId(tenant, vectorStoreId))
        .get();
      if (!store) return false;
      if (batch)
        this.db
          .insert(vectorStoreFileBatches)
          .values({
            id: batch.id,
            seq: nextSeq(vectorStoreFileBatches),
            tenant,
            vectorStoreId,
            createdAt: batch.createdAt,
          })
          .run();
      this.attach(tenant, vectorStoreId, files, batch?.id ?? null);
      return true;
    });
  }

  async getFile(tenant: string, vectorStoreId: string, fileId: string) {
    const row = this.db
      .select()
      .from(vectorStoreFiles)
      .where(this.ofFile(tenant, vectorStoreId, fileId))
      .get();
    return row && toStoreFileRecord(row);
  }

  async listFiles(
    tenant: string,
    vectorStoreId: string,
    page: PageQuery & { status?: StoreFileStatus | undefined; batchId?: string | undefined },
  ) {
    const scope = inStore(vectorStoreFiles, tenant, vectorStoreId);
    if (page.batchId !== undefined) scope.push(eq(vectorStoreFiles.batchId, page.batchId));
    const bounds = await pageBounds(vectorStoreFiles.seq, page, (fileId) => {
      const row = this.db
        .select({ seq: vectorStoreFiles.seq })
        .from(vectorStoreFiles)
        .where(and(...scope, eq(vectorStoreFiles.fileId, fileId)))
        .get();
      return row?.seq;
    });
    const where = [...scope, ...bounds.where];
    if (page.status !== undefined) where.push(eq(vectorStoreFiles.status, page.status));
    const rows = this.db
      .select()
      .from(vectorStoreFiles)
      .where(and(...where))
      .orderBy(bounds.orderBy)
      .limit(bounds.limit)
      .all();
    return bounds.page(rows.map(toStoreFileRecord));
  }

  async updateAttributes(
    tenant: string,
    vectorStoreId: string,
    fileId: string,
    attributes: Attributes | null,
  ) {
    const [row] = this.db
      .update(vectorStoreFiles)
      .set({ attributes })
      .where(this.ofFile(tenant, vectorStoreId, fileId))
      .returning()
      .all();
    return row && toStoreFileRecord(row);
  }

  async completedFiles(tenant: string, vectorStoreId: string) {
    const rows = this.db
      .select({ fileId: vectorStoreFiles.fileId, attributes: vectorStoreFiles.attributes })
      .from(vectorStoreFiles)
      .where(
        and(...inStore(vectorStoreFiles, tenant, vectorStoreId), eq(vectorStoreFiles.status, 'completed')),
      )
      .all();
    return new Map(rows.map((r) => [r.fileId, (r.attributes ?? null) as Attributes | null]));
  }

  async content(tenant: string, vectorStoreId: string, fileId: string) {
    const row = this.db
      .select({ content: vectorStoreFiles.content })
      .from(vectorStoreFiles)
      .where(and(this.ofFile(tenant, vectorStoreId, fileId), eq(vectorStoreFiles.status, 'completed')))
      .get();
    return row?.content ?? undefined;
  }

  async deleteFile(tenant: string, vectorStoreId: string, fileId: string) {
    return this.write(() => {
      this.removeChunks(tenant, vectorStoreId, [fileId]);
      return (
        this.db
          .delete(vectorStoreFiles)
          .where(this.ofFile(tenant, vectorStoreId, fileId))
          .run().changes > 0
      );
    });
  }

  async detachEverywhere(tenant: string, fileId: string) {
    return this.write(() => {
      const detached = this.db
        .delete(vectorStoreFiles)
        .where(and(eq(vectorStoreFiles.tenant, tenant), eq(vectorStoreFiles.fileId, fileId)))
        .returning({ vectorStoreId: vectorStoreFiles.vectorStoreId })
        .all();
      for (const { vectorStoreId } of detached) this.removeChunks(tenant, vectorStoreId, [fileId]);
      return detached.length;
    });
  }

  private findBatch(tenant: string, vectorStoreId: string, batchId: string) {
    const row = this.db
      .select({
        id: vectorStoreFileBatches.id,
        createdAt: vectorStoreFileBatches.createdAt,
        cancelled: vectorStoreFileBatches.cancelled,
        totals: sql<string>`(SELECT ${sql.raw(TOTALS)} FROM vector_store_files f
          WHERE f.tenant = vector_store_file_batches.tenant
            AND f.vector_store_id = vector_store_file_batches.vector_store_id
            AND f.batch_id = vector_store_file_batches.id)`,
      })
      .from(vectorStoreFileBatches)
      .where(
        and(
          eq(vectorStoreFileBatches.id, batchId),
          ...inStore(vectorStoreFileBatches, tenant, vectorStoreId),
        ),
      )
      .get();
    return row && toBatchRecord(vectorStoreId, row);
  }

  async getBatch(tenant: string, vectorStoreId: string, batchId: string) {
    return this.findBatch(tenant, vectorStoreId, batchId);
  }

  async cancelBatch(tenant: string, vectorStoreId: string, batchId: string) {
    return this.write(() => {
      const batch = this.db
        .update(vectorStoreFileBatches)
        .set({ cancelled: true })
        .where(
          and(
            eq(vectorStoreFileBatches.id, batchId),
            ...inStore(vectorStoreFileBatches, tenant, vectorStoreId),
          ),
        )
        .run();
      if (batch.changes === 0) return undefined;
      // The lease stays: a runner's renew then reads `cancelled`, and its finish does not write.
      const cancelled = this.db
        .update(vectorStoreFiles)
        .set({ status: 'cancelled' })
        .where(
          and(
            ...inStore(vectorStoreFiles, tenant, vectorStoreId),
            eq(vectorStoreFiles.batchId, batchId),
            eq(vectorStoreFiles.status, 'in_progress'),
          ),
        )
        .returning({ fileId: vectorStoreFiles.fileId })
        .all();
      this.removeChunks(
        tenant,
        vectorStoreId,
        cancelled.map((f) => f.fileId),
      );
      return this.findBatch(tenant, vectorStoreId, batchId);
    });
  }
}
