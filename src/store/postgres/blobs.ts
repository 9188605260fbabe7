/**
 * File bytes kept in PostgreSQL (file_blobs), so that replicas sharing the database need no shared
 * disk. A blob is a run of rows of CHUNK_BYTES each, written in one transaction (whole or absent)
 * and read back one row per query as the reader asks, so neither an upload nor a download ever holds
 * a file whole in memory.
 */
import { mkdtempSync } from 'node:fs';
import { open as openFile, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { and, asc, DrizzleQueryError, eq } from 'drizzle-orm';
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { removeDayOld, type BlobStore } from '../blobs.js';
import { fileBlobs } from './blobs-schema.js';

/**
 * 1 MiB a row. Each row of a download is a round trip, so small rows make a large file slow
 * (a 512 MB upload, the API's limit, is 512 rows here); each row is also held in memory while it is
 * written or sent (twice over as it arrives: bytea comes back hex-encoded), so large rows cost memory
 * per open download. At 1 MiB a stream holds about 3 MiB and a round trip moves a megabyte.
 */
export const CHUNK_BYTES = 1024 * 1024;

/** This machine's uploads folders, one per process, in os.tmpdir(). */
export const UPLOADS_PREFIX = 'gateway-uploads-';

/** Any drizzle node-postgres handle, whatever schema it was given. */
type PgDb = PgDatabase<NodePgQueryResultHKT, Record<string, unknown>>;

export class BlobRemovedError extends Error {
  constructor(key: string) {
    super(`blob ${key} was removed while it was being read`);
    this.name = 'BlobRemovedError';
  }
}

export class PostgresBlobStore implements BlobStore {
  /** Uploads land on this machine's disk first (multer writes files); close() removes it. */
  readonly incomingDir: string;

  constructor(private readonly db: PgDb) {
    // A folder a day old was left by a process that crashed (close() removes a live one's): an
    // idle process's folder is made again by the upload parser.
    removeDayOld(tmpdir(), (name) => name.startsWith(UPLOADS_PREFIX));
    this.incomingDir = mkdtempSync(join(tmpdir(), UPLOADS_PREFIX));
  }

  private blob(tenant: string, key: string) {
    return and(eq(fileBlobs.tenant, tenant), eq(fileBlobs.key, key));
  }

  /** The upload stays the caller's (to delete) when the adoption fails; it is removed once stored. */
  async adopt(tenant: string, key: string, uploadPath: string): Promise<void> {
    const file = await openFile(uploadPath);
    try {
      await this.db.transaction(async (tx) => {
        // One buffer for every chunk: each insert has been sent and answered before the next read.
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        for (let chunk = 0; ; chunk++) {
          const length = await fill(file, buffer);
          // An empty file is one empty chunk, so that no rows always means no blob.
          if (length === 0 && chunk > 0) break;
          await tx
            .insert(fileBlobs)
            .values({ tenant, key, chunk, data: buffer.subarray(0, length) })
            .catch((error: unknown) => {
              throw withoutParams(error, `storing chunk ${chunk} of blob ${key}`);
            });
          if (length < CHUNK_BYTES) break;
        }
      });
    } finally {
      await file.close();
    }
    await rm(uploadPath, { force: true });
  }

  /**
   * A blob deleted before this call is undefined; one deleted while it streams errors the stream
   * with BlobRemovedError (ending it early would pass a truncated file off as whole).
   */
  async open(tenant: string, key: string): Promise<Readable | undefined> {
    const where = this.blob(tenant, key);
    // The first chunk and the count in one statement: one snapshot, so the count is this blob's.
    const [head] = await this.db
      .select({ data: fileBlobs.data, chunks: this.db.$count(fileBlobs, where) })
      .from(fileBlobs)
      .where(and(where, eq(fileBlobs.chunk, 0)));
    if (!head) return undefined;
    const fetch = async (chunk: number) => {
      const [row] = await this.db
        .select({ data: fileBlobs.data })
        .from(fileBlobs)
        .where(and(where, eq(fileBlobs.chunk, chunk)));
      if (!row) throw new BlobRemovedError(key);
      return row.data;
    };
    async function* chunks(): AsyncGenerator<Buffer> {
      yield head!.data;
      for (let chunk = 1; chunk < head!.chunks; chunk++) yield await fetch(chunk);
    }
    // Bytes, not objects: a chunk is over the high-water mark, so the next is fetched only once a
    // reader has taken this one.
    return Readable.from(chunks(), { objectMode: false });
  }

  /** The whole blob in one statement (for model input, which needs it whole anyway). */
  async read(tenant: string, key: string): Promise<Buffer | undefined> {
    const rows = await this.db
      .select({ data: fileBlobs.data })
      .from(fileBlobs)
      .where(this.blob(tenant, key))
      .orderBy(asc(fileBlobs.chunk));
    return rows.length ? Buffer.concat(rows.map((row) => row.data)) : undefined;
  }

  async remove(tenant: string, key: string): Promise<void> {
    await this.db.delete(fileBlobs).where(this.blob(tenant, key));
  }

  /** Removes the uploads folder; the Store's close calls it. */
  close(): Promise<void> {
    return rm(this.incomingDir, { recursive: true, force: true });
  }
}

/** Reads from the file's position until `buffer` is full or the file ends; returns the bytes read. */
async function fill(file: FileHandle, buffer: Buffer): Promise<number> {
  let filled = 0;
  while (filled < buffer.length) {
    const { bytesRead } = await file.read(buffer, filled, buffer.length - filled, null);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled;
}

/** drizzle's query error spells out its parameters in its message: here a megabyte of bytes. */
function withoutParams(error: unknown, doing: string): unknown {
  if (!(error instanceof DrizzleQueryError)) return error;
  const cause = error.cause instanceof Error ? error.cause : undefined;
  return new Error(`${doing} failed: ${cause?.message ?? 'the database refused it'}`, { cause });
}
