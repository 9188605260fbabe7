/** Uploaded files' metadata on SQLite; the bytes are the blob store's (FileStore keeps both in step). */
import { and, eq, lte } from 'drizzle-orm';
import { liveFiles } from '../file-expiry.js';
import { toFileRecord, toFileRow, type FileRecord, type FilesRepository } from '../files.js';
import { pageBounds, type PageQuery } from '../pagination.js';
import type { SqliteDb } from './database.js';
import { files } from './schema.js';
import { nextSeq, p } from './statements.js';

export class SqliteFilesRepository implements FilesRepository {
  private readonly insertFile;

  constructor(private readonly db: SqliteDb) {
    this.insertFile = db
      .insert(files)
      .values({
        id: p('id'),
        seq: nextSeq(files),
        tenant: p('tenant'),
        filename: p('filename'),
        purpose: p('purpose'),
        bytes: p('bytes'),
        mimeType: p('mimeType'),
        createdAt: p('createdAt'),
        expiresAt: p('expiresAt'),
      })
      .prepare();
  }

  async insert(tenant: string, record: FileRecord) {
    this.insertFile.run({ ...toFileRow(tenant, record) });
  }

  async get(tenant: string, id: string, now: number) {
    const row = this.db
      .select()
      .from(files)
      .where(and(eq(files.id, id), ...liveFiles(files, tenant, now)))
      .get();
    return row && toFileRecord(row);
  }

  async list(tenant: string, page: PageQuery & { purpose?: string | undefined }, now: number) {
    const where = liveFiles(files, tenant, now);
    if (page.purpose) where.push(eq(files.purpose, page.purpose));
    const bounds = await pageBounds(files.seq, page, (id) => {
      const row = this.db
        .select({ seq: files.seq })
        .from(files)
        .where(and(eq(files.id, id), eq(files.tenant, tenant)))
        .get();
      return row?.seq;
    });
    const rows = this.db
      .select()
      .from(files)
      .where(and(...where, ...bounds.where))
      .orderBy(bounds.orderBy)
      .limit(bounds.limit)
      .all();
    return bounds.page(rows.map((row) => toFileRecord(row).file));
  }

  async delete(tenant: string, id: string) {
    return (
      this.db
        .delete(files)
        .where(and(eq(files.id, id), eq(files.tenant, tenant)))
        .run().changes > 0
    );
  }

  async expired(now: number) {
    return this.db
      .select({ tenant: files.tenant, id: files.id })
      .from(files)
      .where(lte(files.expiresAt, now))
      .all();
  }
}
