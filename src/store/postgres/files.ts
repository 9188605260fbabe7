/** Uploaded files' metadata on PostgreSQL (their bytes are in the blob store). */
import { and, eq, lte } from 'drizzle-orm';
import { liveFiles } from '../file-expiry.js';
import { toFileRecord, toFileRow, type FileRecord, type FilesRepository } from '../files.js';
import { pageBounds, type PageQuery } from '../pagination.js';
import type { PostgresDb } from './database.js';
import { files } from './schema.js';

export class PostgresFilesRepository implements FilesRepository {
  constructor(private readonly db: PostgresDb) {}

  async insert(tenant: string, record: FileRecord) {
    await this.db.insert(files).values(toFileRow(tenant, record));
  }

  async get(tenant: string, id: string, now: number) {
    const [row] = await this.db
      .select()
      .from(files)
      .where(and(eq(files.id, id), ...liveFiles(files, tenant, now)));
    return row && toFileRecord(row);
  }

  async list(tenant: string, page: PageQuery & { purpose?: string | undefined }, now: number) {
    const where = liveFiles(files, tenant, now);
    if (page.purpose) where.push(eq(files.purpose, page.purpose));
    const bounds = await pageBounds(files.seq, page, async (id) => {
      const [row] = await this.db
        .select({ seq: files.seq })
        .from(files)
        .where(and(eq(files.id, id), eq(files.tenant, tenant)));
      return row?.seq;
    });
    const rows = await this.db
      .select()
      .from(files)
      .where(and(...where, ...bounds.where))
      .orderBy(bounds.orderBy)
      .limit(bounds.limit);
    return bounds.page(rows.map((row) => toFileRecord(row).file));
  }

  async delete(tenant: string, id: string) {
    const result = await this.db.delete(files).where(and(eq(files.id, id), eq(files.tenant, tenant)));
    return (result.rowCount ?? 0) > 0;
  }

  async expired(now: number) {
    return this.db
      .select({ tenant: files.tenant, id: files.id })
      .from(files)
      .where(lte(files.expiresAt, now));
  }
}
