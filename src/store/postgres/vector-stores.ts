/**
 * Vector stores on PostgreSQL, with the semantics of sqlite/vector-stores.ts: counts added up in
 * the read that returns them, and whatever removes (or resets) a store file removes its chunks in
 * the same transaction (their files and batches: vector-stores-files.ts). Writes that read first
 * lock the store's row, so a concurrent delete of the store waits for them, or they find it gone.
 */
import { and, eq, lte, sql } from 'drizzle-orm';
import { liveFiles } from '../file-expiry.js';
import { pageBounds, type PageQuery } from '../pagination.js';
import { newStoreRow, storeChanges, toTotals, toVectorStoreRecord } from '../vector-stores-rows.js';
import { inStore, storeColumns } from '../vector-stores-sql.js';
import type {
  NewStoreFile,
  NewVectorStore,
  VectorStoreChanges,
  VectorStoresRepository,
} from '../vector-stores.js';
import { vectorStoreChunks, vectorStores } from './schema.js';
import { attach, byId, lockStore, PostgresStoreFiles, type Db } from './vector-stores-files.js';

const columns = storeColumns(vectorStores, 'json_build_object');

async function findStore(db: Db, tenant: string, id: string, now: number) {
  const [row] = await db
    .select(columns)
    .from(vectorStores)
    .where(and(eq(vectorStores.id, id), ...liveFiles(vectorStores, tenant, now)));
  return row && toVectorStoreRecord(row, toTotals(row.totals));
}

export class PostgresVectorStoresRepository extends PostgresStoreFiles implements VectorStoresRepository {
  async create(tenant: string, store: NewVectorStore, files: NewStoreFile[]) {
    await this.db.transaction(async (tx) => {
      await tx.insert(vectorStores).values(newStoreRow(tenant, store));
      await attach(tx, tenant, store.id, files, null, true);
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
      if (!(await lockStore(tx, tenant, id, 'update'))) return false;
      await tx.delete(vectorStoreChunks).where(and(...inStore(vectorStoreChunks, tenant, id)));
      // Its files and batches go by the foreign keys' cascade.
      await tx.delete(vectorStores).where(byId(tenant, id));
      return true;
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
      .select(columns)
      .from(vectorStores)
      .where(and(...liveFiles(vectorStores, tenant, now), ...bounds.where))
      .orderBy(bounds.orderBy)
      .limit(bounds.limit);
    return bounds.page(rows.map((row) => toVectorStoreRecord(row, toTotals(row.totals))));
  }

  async expired(now: number) {
    return this.db
      .select({ tenant: vectorStores.tenant, id: vectorStores.id })
      .from(vectorStores)
      .where(lte(vectorStores.expiresAt, now));
  }
}
