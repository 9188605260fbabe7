/**
 * The files of PostgreSQL's vector stores and their batches: the half of
 * PostgresVectorStoresRepository (vector-stores.ts) that reads and writes vector_store_files and
 * vector_store_file_batches. A store file removed or reset takes its chunks with it, in the same
 * transaction.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { pageBounds, type PageQuery } from '../pagination.js';
import { distinctFiles, toBatchRecord, toStoreFileRecord } from '../vector-stores-rows.js';
import { inStore, resetOnConflict, totalsJson } from '../vector-stores-sql.js';
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
  and(...inStore(vectorStoreFiles, tenant, vectorStoreId), eq(vectorStoreFiles.fileId, fileId));
const ofBatch = (tenant: string, vectorStoreId: string, batchId: string) =>
  and(eq(vectorStoreFileBatches.id, batchId), ...inStore(vectorStoreFileBatches, tenant, vectorStoreId));

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

/** Rows per statement: PostgreSQL binds at most 65,535 parameters to one. */
const SLICE = 1000;

function* slices<T>(list: T[]): Generator<T[]> {
  for (let at = 0; at < list.length; at += SLICE) yield list.slice(at, at + SLICE);
}

async function removeChunks(db: Db, tenant: string, vectorStoreId: string, fileIds: string[]) {
  for (const some of slices(fileIds))
    await db
      .delete(vectorStoreChunks)
      .where(
        and(...inStore(vectorStoreChunks, tenant, vectorStoreId), inArray(vectorStoreChunks.fileId, some)),
      );
}

/** Upserts the files, queued and unleased; a file attached again loses its chunks (a new store has none). */
export async function attach(
  db: Db,
  tenant: string,
  vectorStoreId: string,
  files: NewStoreFile[],
  batchId: string | null,
  newStore = false,
) {
  const distinct = distinctFiles(files);
  // In order, a slice at a time: seq follows the order of the rows.
  for (const some of slices(distinct))
    await db
      .insert(vectorStoreFiles)
      .values(
        some.map((file) => ({
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
        set: resetOnConflict(),
      });
  if (!newStore)
    await removeChunks(
      db,
      tenant,
      vectorStoreId,
      distinct.map((f) => f.fileId),
    );
}

/**
 * Locks the store's row before writes to several of its files or chunks: two such writers
 * (attaching overlapping files, in any order; a cancel; the store's delete) would otherwise lock
 * the same rows in different orders and deadlock. NO KEY UPDATE leaves the foreign-key checks of
 * other writers free; the delete takes UPDATE. False when the store is unknown (or was deleted
 * while this waited).
 */
export async function lockStore(
  tx: Tx,
  tenant: string,
  vectorStoreId: string,
  strength: 'no key update' | 'update' = 'no key update',
): Promise<boolean> {
  const [store] = await tx
    .select({ id: vectorStores.id })
    .from(vectorStores)
    .where(byId(tenant, vectorStoreId))
    .for(strength);
  return store !== undefined;
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
      if (!(await lockStore(tx, tenant, vectorStoreId))) return false;
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
    const scope = inStore(vectorStoreFiles, tenant, vectorStoreId);
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
      .limit(bounds.limit);
    return bounds.page(rows.map(toStoreFileRecord));
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
        and(...inStore(vectorStoreFiles, tenant, vectorStoreId), eq(vectorStoreFiles.status, 'completed')),
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
      if (!(await lockStore(tx, tenant, vectorStoreId))) return undefined;
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
            ...inStore(vectorStoreFiles, tenant, vectorStoreId),
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
