/**
 * Vector stores on SQLite: the stores (their files and batches: vector-stores-files.ts; the queue:
 * vector-stores-queue.ts). Counts are added up from vector_store_files in the read that returns
 * them. Whatever removes a store file (or resets it) removes its chunks in the same synchronous
 * transaction; the FTS5 and sqlite-vec rows follow the chunks by their triggers.
 */
import { and, eq, lte, sql } from 'drizzle-orm';
import { liveFiles } from '../file-expiry.js';
import { pageBounds, toPage, type PageQuery } from '../pagination.js';
import { storeChanges, toTotals, toVectorStoreRecord, totalsJson } from '../vector-stores-rows.js';
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

const TOTALS = totalsJson('json_object');
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
  totals: sql<string>`(SELECT ${sql.raw(TOTALS)} FROM vector_store_files f
    WHERE f.tenant = vector_stores.tenant AND f.vector_store_id = vector_stores.id)`,
};

export class SqliteVectorStoresRepository extends SqliteStoreFiles implements VectorStoresRepository {
  private find(tenant: string, id: string, now: number): VectorStoreRecord | undefined {
    const row = this.db
      .select(storeColumns)
      .from(vectorStores)
      .where(and(eq(vectorStores.id, id), ...liveFiles(vectorStores, tenant, now)))
      .get();
    return row && toVectorStoreRecord(row, toTotals(row.totals));
  }

  async create(tenant: string, store: NewVectorStore, files: NewStoreFile[]) {
    this.db.transaction(() => {
      this.db
        .insert(vectorStores)
        .values({
          id: store.id,
          seq: nextSeq(vectorStores),
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
        })
        .run();
      this.attach(tenant, store.id, files, null);
    });
  }

  async get(tenant: string, id: string, now: number) {
    return this.find(tenant, id, now);
  }

  async update(tenant: string, id: string, changes: VectorStoreChanges, now: number) {
    return this.db.transaction(() => {
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
    return this.db.transaction(() => {
      this.db
        .delete(vectorStoreChunks)
        .where(and(eq(vectorStoreChunks.tenant, tenant), eq(vectorStoreChunks.vectorStoreId, id)))
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
      .select(storeColumns)
      .from(vectorStores)
      .where(and(...liveFiles(vectorStores, tenant, now), ...bounds.where))
      .orderBy(bounds.orderBy)
      .limit(page.limit + 1)
      .all();
    return toPage(
      rows.map((row) => toVectorStoreRecord(row, toTotals(row.totals))),
      page.limit,
    );
  }

  async expired(now: number) {
    return this.db
      .select({ tenant: vectorStores.tenant, id: vectorStores.id })
      .from(vectorStores)
      .where(lte(vectorStores.expiresAt, now))
      .all();
  }
}
