/**
 * Vector stores on SQLite: the stores (their files and batches: vector-stores-files.ts; the queue:
 * vector-stores-queue.ts). Counts are added up from vector_store_files in the read that returns
 * them. Whatever removes a store file (or resets it) removes its chunks in the same synchronous
 * transaction; the FTS5 and sqlite-vec rows follow the chunks by their triggers.
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
  VectorStoreRecord,
  VectorStoresRepository,
} from '../vector-stores.js';
import { vectorStoreChunks, vectorStores } from './schema.js';
import { nextSeq } from './statements.js';
import { SqliteStoreFiles } from './vector-stores-files.js';

const columns = storeColumns(vectorStores, 'json_object');

export class SqliteVectorStoresRepository extends SqliteStoreFiles implements VectorStoresRepository {
  private find(tenant: string, id: string, now: number): VectorStoreRecord | undefined {
    const row = this.db
      .select(columns)
      .from(vectorStores)
      .where(and(eq(vectorStores.id, id), ...liveFiles(vectorStores, tenant, now)))
      .get();
    return row && toVectorStoreRecord(row, toTotals(row.totals));
  }

  async create(tenant: string, store: NewVectorStore, files: NewStoreFile[]) {
    this.write(() => {
      this.db
        .insert(vectorStores)
        .values({ ...newStoreRow(tenant, store), seq: nextSeq(vectorStores) })
        .run();
      this.attach(tenant, store.id, files, null, true);
    });
  }

  async get(tenant: string, id: string, now: number) {
    return this.find(tenant, id, now);
  }

  async update(tenant: string, id: string, changes: VectorStoreChanges, now: number) {
    return this.write(() => {
      const found = this.find(tenant, id, now);
      if (!found) return undefined;
      const set = storeChanges(changes, found.lastActiveAt);
      if (set) this.db.update(vectorStores).set(set).where(this.byId(tenant, id)).run();
      return this.find(tenant, id, now);
    });
  }

  async touch(tenant: string, id: string, now: number) {
    this.db
      .update(vectorStores)
      .set({
        lastActiveAt: now,
        expiresAt: sql`CASE WHEN ${vectorStores.expiresAfter} IS NULL THEN NULL
          ELSE ${now} + json_extract(${vectorStores.expiresAfter}, '$.days') * 86400 END`,
      })
      .where(and(eq(vectorStores.id, id), ...liveFiles(vectorStores, tenant, now)))
      .run();
  }

  async delete(tenant: string, id: string) {
    return this.write(() => {
      this.db
        .delete(vectorStoreChunks)
        .where(and(...inStore(vectorStoreChunks, tenant, id)))
        .run();
      // Its files and batches go by the foreign keys' cascade.
      return this.db.delete(vectorStores).where(this.byId(tenant, id)).run().changes > 0;
    });
  }

  async list(tenant: string, page: PageQuery, now: number) {
    const bounds = await pageBounds(vectorStores.seq, page, (id) => {
      const row = this.db
        .select({ seq: vectorStores.seq })
        .from(vectorStores)
        .where(this.byId(tenant, id))
        .get();
      return row?.seq;
    });
    const rows = this.db
      .select(columns)
      .from(vectorStores)
      .where(and(...liveFiles(vectorStores, tenant, now), ...bounds.where))
      .orderBy(bounds.orderBy)
      .limit(bounds.limit)
      .all();
    return bounds.page(rows.map((row) => toVectorStoreRecord(row, toTotals(row.totals))));
  }

  async expired(now: number) {
    return this.db
      .select({ tenant: vectorStores.tenant, id: vectorStores.id })
      .from(vectorStores)
      .where(lte(vectorStores.expiresAt, now))
      .all();
  }
}
