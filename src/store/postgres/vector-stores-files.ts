/**
 * The files of PostgreSQL's vector stores and their batches: the half of
 * PostgresVectorStoresRepository (vector-stores.ts) that reads and writes vector_store_files and
 * vector_store_file_batches. A store file removed or reset takes its chunks with it, in the same
 * transaction.
 */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { pageBounds, toPage, type PageQuery } from '../pagination.js';
import { distinctFiles, toBatchRecord, toStoreFileRecord, totalsJson } from '../vector-stores-rows.js';
import type { Attributes, NewStoreFile, StoreFileStatus } from '../vector-stores.js';
import type { PostgresDatabase, PostgresDb } from './database.js';
import { vectorStoreChunks, vectorStoreFileBatches, vectorStoreFiles, vectorStores } from './schema.js';

type Tx = Parameters<Parameters<PostgresDb['transaction']>[0]>[0];
export type Db = PostgresDb | Tx;

const TOTALS = totalsJson('json_build_object');
const batchTotals = sql<unknown>`(SELECT ${sql.raw(TOTALS)} FROM vector_store_files f
  WHERE f.tenant = vector_store_file_batches.tenant
    AND f.vector_store_id = vector_store_file_batches.vector_store_id
    AND f.batch_id = vector_store_file_batches.id)`;

export const byId = (tenant: string, id: string) =>
  and(eq(vectorStores.id, id), eq(vectorStores.tenant, tenant));
const ofFile = (tenant: string, vectorStoreId: string, fileId: string) =>
  and(
    eq(vectorStoreFiles.tenant, tenant),
    eq(vectorStoreFiles.vectorStoreId, vectorStoreId),
    eq(vectorStoreFiles.fileId, fileId),
  );
const ofBatch = (tenant: string, vectorStoreId: string, batchId: string) =>
  and(
    eq(vectorStoreFileBatches.id, batchId),
    eq(vectorStoreFileBatches.tenant, tenant),
    eq(vectorStoreFileBatches.vectorStoreId, vectorStoreId),
  );

async function findBatch(db: Db, tenant: string, vectorStoreId: string, batchId: string) {
  const [row] = await db
    .select({
      id: vectorStoreFileBatches.id,
      createdAt: vectorStoreFileBatches.createdAt,
      cancelled: vectorStoreFileBatches.cancelled,
      totals: batchTotals,
    })
    .from(vectorStoreFileBatches)
    .where(ofBatch(tenant, vectorStoreId, batchId));
  return row && toBatchRecord(vectorStoreId, row);
}

async function removeChunks(db: Db, tenant: string, vectorStoreId: string, fileIds: string[]) {
  if (fileIds.length === 0) return;
  await db
    .delete(vectorStoreChunks)
    .where(
      and(
        eq(vectorStoreChunks.tenant, tenant),
        eq(vectorStoreChunks.vectorStoreId, vectorStoreId),
        inArray(vectorStoreChunks.fileId, fileIds),
      ),
    );
}

/** Upserts the files, in_progress and unleased, and removes the chunks a re-added file had. */
export async function attach(
  db: Db,
  tenant: string,
  vectorStoreId: string,
  files: NewStoreFile[],
  batchId: string | null,
) {
  const distinct = distinctFiles(files);
  if (distinct.length === 0) return;
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  await db
    .insert(vectorStoreFiles)
    .values(
      distinct.map((file) => ({
        tenant,
        vectorStoreId,
        fileId: file.fileId,
        status: 'in_progress',
        attributes: file.attributes,
        maxChunkSizeTokens: file.chunking.maxChunkSizeTokens,
        chunkOverlapTokens: file.chunking.chunkOverlapTokens,
        createdAt: file.createdAt,
        batchId,
      })),
    )
    .onConflictDoUpdate({
      target: [vectorStoreFiles.tenant, vectorStoreFiles.vectorStoreId, vectorStoreFiles.fileId],
      set: {
        status: 'in_progress',
        attributes: excluded('attributes'),
        maxChunkSizeTokens: excluded('max_chunk_size_tokens'),
        chunkOverlapTokens: excluded('chunk_overlap_tokens'),
        usageBytes: 0,
        lastError: null,
        createdAt: excluded('created_at'),
        batchId: excluded('batch_id'),
        content: null,
        leaseOwner: null,
        leaseExpiresAt: null,
        attempts: 0,
      },
    });
  await removeChunks(
    db,
    tenant,
    vectorStoreId,
    distinct.map((f) => f.fileId),
  );
}

export class PostgresStoreFiles {
  protected readonly db: PostgresDb;

  constructor(database: PostgresDatabase) {
    this.db = database.db;
  }

  async addFiles(
    tenant: string,
    vectorStoreId: string,
    files: NewStoreFile[],
    batch?: { id: string; createdAt: number },
  ) {
    return this.db.transaction(async (tx) => {
      const [store] = await tx
        .select({ id: vectorStores.id })
        .from(vectorStores)
        .where(byId(tenant, vectorStoreId))
        .for('key share');
      if (!store) return false;
      if (batch)
        await tx
          .insert(vectorStoreFileBatches)
          .values({ id: batch.id, tenant, vectorStoreId, createdAt: batch.createdAt });
      await attach(tx, tenant, vectorStoreId, files, batch?.id ?? null);
      return true;
    });
  }

  async getFile(tenant: string, vectorStoreId: string, fileId: string) {
    const [row] = await this.db
      .select()
      .from(vectorStoreFiles)
      .where(ofFile(tenant, vectorStoreId, fileId));
    return row && toStoreFileRecord(row);
  }

  async listFiles(
    tenant: string,
    vectorStoreId: string,
    page: PageQuery & { status?: StoreFileStatus | undefined; batchId?: string | undefined },
  ) {
    const scope: SQL[] = [
      eq(vectorStoreFiles.tenant, tenant),
      eq(vectorStoreFiles.vectorStoreId, vectorStoreId),
    ];
    if (page.batchId !== undefined) scope.push(eq(vectorStoreFiles.batchId, page.batchId));
    const bounds = await pageBounds(vectorStoreFiles.seq, page, async (fileId) => {
      const [row] = await this.db
        .select({ seq: vectorStoreFiles.seq })
        .from(vectorStoreFiles)
        .where(and(...scope, eq(vectorStoreFiles.fileId, fileId)));
      return row?.seq;
    });
    const where = [...scope, ...bounds.where];
    if (page.status !== undefined) where.push(eq(vectorStoreFiles.status, page.status));
    const rows = await this.db
      .select()
      .from(vectorStoreFiles)
      .where(and(...where))
      .orderBy(bounds.orderBy)
      .limit(page.limit + 1);
    return toPage(rows.map(toStoreFileRecord), page.limit);
  }

  async updateAttributes(
    tenant: string,
    vectorStoreId: string,
    fileId: string,
    attributes: Attributes | null,
  ) {
    const [row] = await this.db
      .update(vectorStoreFiles)
      .set({ attributes })
      .where(ofFile(tenant, vectorStoreId, fileId))
      .returning();
    return row && toStoreFileRecord(row);
  }

  async completedFiles(tenant: string, vectorStoreId: string) {
    const rows = await this.db
      .select({ fileId: vectorStoreFiles.fileId, attributes: vectorStoreFiles.attributes })
      .from(vectorStoreFiles)
      .where(
        and(
          eq(vectorStoreFiles.tenant, tenant),
          eq(vectorStoreFiles.vectorStoreId, vectorStoreId),
          eq(vectorStoreFiles.status, 'completed'),
        ),
      );
    return new Map(rows.map((r) => [r.fileId, r.attributes ?? null]));
  }

  async content(tenant: string, vectorStoreId: string, fileId: string) {
    const [row] = await this.db
      .select({ content: vectorStoreFiles.content })
      .from(vectorStoreFiles)
      .where(and(ofFile(tenant, vectorStoreId, fileId), eq(vectorStoreFiles.status, 'completed')));
    return row?.content ?? undefined;
  }

  async deleteFile(tenant: string, vectorStoreId: string, fileId: string) {
    return this.db.transaction(async (tx) => {
      const deleted = await tx.delete(vectorStoreFiles).where(ofFile(tenant, vectorStoreId, fileId));
      await removeChunks(tx, tenant, vectorStoreId, [fileId]);
      return (deleted.rowCount ?? 0) > 0;
    });
  }

  async detachEverywhere(tenant: string, fileId: string) {
    return this.db.transaction(async (tx) => {
      const detached = await tx
        .delete(vectorStoreFiles)
        .where(and(eq(vectorStoreFiles.tenant, tenant), eq(vectorStoreFiles.fileId, fileId)))
        .returning({ vectorStoreId: vectorStoreFiles.vectorStoreId });
      for (const { vectorStoreId } of detached) await removeChunks(tx, tenant, vectorStoreId, [fileId]);
      return detached.length;
    });
  }

  async getBatch(tenant: string, vectorStoreId: string, batchId: string) {
    return findBatch(this.db, tenant, vectorStoreId, batchId);
  }

  async cancelBatch(tenant: string, vectorStoreId: string, batchId: string) {
    return this.db.transaction(async (tx) => {
      const batch = await tx
        .update(vectorStoreFileBatches)
        .set({ cancelled: true })
        .where(ofBatch(tenant, vectorStoreId, batchId));
      if ((batch.rowCount ?? 0) === 0) return undefined;
      // The lease stays: a runner's renew then reads `cancelled`, and its finish does not write.
      const cancelled = await tx
        .update(vectorStoreFiles)
        .set({ status: 'cancelled' })
        .where(
          and(
            eq(vectorStoreFiles.tenant, tenant),
            eq(vectorStoreFiles.vectorStoreId, vectorStoreId),
            eq(vectorStoreFiles.batchId, batchId),
            eq(vectorStoreFiles.status, 'in_progress'),
          ),
        )
        .returning({ fileId: vectorStoreFiles.fileId });
      await removeChunks(
        tx,
        tenant,
        vectorStoreId,
        cancelled.map((f) => f.fileId),
      );
      return findBatch(tx, tenant, vectorStoreId, batchId);
    });
  }
}
