/**
 * Vector stores on PostgreSQL, with the semantics of sqlite/vector-stores.ts: counts added up in
 * the read that returns them, and whatever removes (or resets) a store file removes its chunks in
 * the same transaction (their files and batches: vector-stores-files.ts). Writes that read first
 * lock the store's row, so a concurrent delete of the store waits for them, or they find it gone.
 */
import { and, eq, lte, sql } from 'drizzle-orm';
import { liveFiles } from '../file-expiry.js';
import { pageBounds, toPage, type PageQuery } from '../pagination.js';
import { storeChanges, toTotals, toVectorStoreRecord, totalsJson } from '../vector-stores-rows.js';
import type {
  NewStoreFile,
  NewVectorStore,
  VectorStoreChanges,
  VectorStoresRepository,
} from '../vector-stores.js';
import { vectorStoreChunks, vectorStores } from './schema.js';
import { attach, byId, PostgresStoreFiles, type Db } from './vector-stores-files.js';

const TOTALS = totalsJson('json_build_object');
const storeColumns = {
  id: vectorStores.id,
  name: vectorStores.name,
  metadata: vectorStores.metadata,
  createdAt: vectorStores.createdAt,
  lastActiveAt: vectorStores.lastActiveAt,
  expiresAfter: vectorStores.expiresAfter,
  expiresAt: vectorStores.expiresAt,
  searchMode: vectorStores.searchMode,
  embeddingModel: vectorStores.embeddingModel,
  embeddingDimensions: vectorStores.embeddingDimensions,
  totals: sql<unknown>`(SELECT ${sql.raw(TOTALS)} FROM vector_store_files f
    WHERE f.tenant = vector_stores.tenant AND f.vector_store_id = vector_stores.id)`,
};

async function findStore(db: Db, tenant: string, id: string, now: number) {
  const [row] = await db
    .select(storeColumns)
    .from(vectorStores)
    .where(and(eq(vectorStores.id, id), ...liveFiles(vectorStores, tenant, now)));
  return row && toVectorStoreRecord(row, toTotals(row.totals));
}

export class PostgresVectorStoresRepository extends PostgresStoreFiles implements VectorStoresRepository {
  async create(tenant: string, store: NewVectorStore, files: NewStoreFile[]) {
    await this.db.transaction(async (tx) => {
      await tx.insert(vectorStores).values({
        id: store.id,
        tenant,
        name: store.name,
        metadata: store.metadata,
        createdAt: store.createdAt,
        lastActiveAt: store.createdAt,
        expiresAfter: store.expiresAfter,
        expiresAt: store.expiresAt,
        searchMode: store.searchMode,
        embeddingModel: store.embedding?.model ?? null,
        embeddingDimensions: store.embedding?.dimensions ?? null,
      });
      await attach(tx, tenant, store.id, files, null);
    });
  }

  async get(tenant: string, id: string, now: number) {
    return findStore(this.db, tenant, id, now);
  }

  async update(tenant: string, id: string, changes: VectorStoreChanges, now: number) {
    return this.db.transaction(async (tx) => {
      const [found] = await tx
        .select({ lastActiveAt: vectorStores.lastActiveAt })
        .from(vectorStores)
        .where(and(eq(vectorStores.id, id), ...liveFiles(vectorStores, tenant, now)))
        .for('update');
      if (!found) return undefined;
      const set = storeChanges(changes, found.lastActiveAt);
      if (set) await tx.update(vectorStores).set(set).where(byId(tenant, id));
      return findStore(tx, tenant, id, now);
    });
  }

  async touch(tenant: string, id: string, now: number) {
    await this.db
      .update(vectorStores)
      .set({
        lastActiveAt: now,
        expiresAt: sql`CASE WHEN ${vectorStores.expiresAfter} IS NULL THEN NULL
          ELSE ${now}::bigint + (${vectorStores.expiresAfter}->>'days')::bigint * 86400 END`,
      })
      .where(and(eq(vectorStores.id, id), ...liveFiles(vectorStores, tenant, now)));
  }

  async delete(tenant: string, id: string) {
    return this.db.transaction(async (tx) => {
      await tx
        .delete(vectorStoreChunks)
        .where(and(eq(vectorStoreChunks.tenant, tenant), eq(vectorStoreChunks.vectorStoreId, id)));
      // Its files and batches go by the foreign keys' cascade.
      const deleted = await tx.delete(vectorStores).where(byId(tenant, id));
      return (deleted.rowCount ?? 0) > 0;
    });
  }

  async list(tenant: string, page: PageQuery, now: number) {
    const bounds = await pageBounds(vectorStores.seq, page, async (id) => {
      const [row] = await this.db
        .select({ seq: vectorStores.seq })
        .from(vectorStores)
        .where(byId(tenant, id));
      return row?.seq;
    });
    const rows = await this.db
      .select(storeColumns)
      .from(vectorStores)
      .where(and(...liveFiles(vectorStores, tenant, now), ...bounds.where))
      .orderBy(bounds.orderBy)
      .limit(page.limit + 1);
    return toPage(
      rows.map((row) => toVectorStoreRecord(row, toTotals(row.totals))),
      page.limit,
    );
  }

  async expired(now: number) {
    return this.db
      .select({ tenant: vectorStores.tenant, id: vectorStores.id })
      .from(vectorStores)
      .where(lte(vectorStores.expiresAt, now));
  }
}
