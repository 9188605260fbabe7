/**
 * Uploaded files: metadata rows (tenant-scoped, FilesRepository, implemented per dialect) and their
 * bytes in a blob store, kept in step by FileStore. A file past its expires_at is gone to every
 * reader at once and purged later.
 */
import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import mime from 'mime-types';
import type { FileObject, FilePurpose } from '../api-types.js';
import { newId } from '../ids.js';
import type { BlobStore } from './blobs.js';
import type { Page, PageQuery } from './pagination.js';

/** A stored file: the API object and what the API does not show. */
export interface FileRecord {
  file: FileObject;
  mimeType: string;
}

/** A files row as every dialect reads it (times in Unix seconds). */
export interface FileRow {
  id: string;
  filename: string;
  purpose: string;
  bytes: number;
  mimeType: string;
  createdAt: number;
  expiresAt: number | null;
}

/** The row a file is stored as, in every dialect. */
export function toFileRow(tenant: string, { file, mimeType }: FileRecord): FileRow & { tenant: string } {
  return {
    id: file.id,
    tenant,
    filename: file.filename,
    purpose: file.purpose,
    bytes: file.bytes,
    mimeType,
    createdAt: file.created_at,
    expiresAt: file.expires_at ?? null,
  };
}

export function toFileRecord(row: FileRow): FileRecord {
  return {
    file: {
      id: row.id,
      object: 'file',
      bytes: row.bytes,
      created_at: row.createdAt,
      ...(row.expiresAt !== null ? { expires_at: row.expiresAt } : {}),
      filename: row.filename,
      purpose: row.purpose as FileObject['purpose'],
      status: 'processed',
    },
    mimeType: row.mimeType,
  };
}

export interface FilesRepository {
  insert(tenant: string, record: FileRecord): Promise<void>;
  /** The file unless it is unknown or expired at `now` (Unix seconds). */
  get(tenant: string, id: string, now: number): Promise<FileRecord | undefined>;
  list(
    tenant: string,
    page: PageQuery & { purpose?: string | undefined },
    now: number,
  ): Promise<Page<FileObject>>;
  delete(tenant: string, id: string): Promise<boolean>;
  /** Files whose expires_at has passed at `now`. */
  expired(now: number): Promise<Array<{ tenant: string; id: string }>>;
}

/** A finished upload, still in the blob store's incoming directory. */
export interface Upload {
  path: string;
  filename: string;
  size: number;
  /** As the client labelled it; application/octet-stream (or empty) says nothing. */
  mimeType: string;
}

const SNIFF_BYTES = 64 * 1024;

/**
 * An upload's media type: as labelled, unless the label says nothing (the SDKs send
 * application/octet-stream for a file without a type). Then its first 64 KiB decide: UTF-8 without
 * NULs is text (the extension's type if that is a text type, else text/plain: mime-types calls .ts
 * video/mp2t); anything else is what the extension says.
 */
export async function mediaTypeOf(upload: Upload): Promise<string> {
  if (upload.mimeType && upload.mimeType !== 'application/octet-stream') return upload.mimeType;
  const byExtension = mime.lookup(upload.filename) || 'application/octet-stream';
  const handle = await open(upload.path);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    const head = buffer.subarray(0, bytesRead);
    if (!looksLikeText(head, bytesRead < upload.size)) return byExtension;
    return byExtension.startsWith('text/') || mime.charset(byExtension) === 'UTF-8'
      ? byExtension
      : 'text/plain';
  } finally {
    await handle.close();
  }
}

/** UTF-8 without NULs; a prefix cut from a longer file may end inside a character. */
function looksLikeText(head: Buffer, cut: boolean): boolean {
  if (head.includes(0)) return false;
  for (let drop = 0; drop <= (cut ? 3 : 0); drop++)
    if (isUtf8(head.subarray(0, head.length - drop))) return true;
  return false;
}

const BATCH_EXPIRY_S = 30 * 86_400;
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The Files API's storage: every change to a file goes through here, rows and bytes together. */
export class FileStore {
  constructor(
    private readonly repo: FilesRepository,
    private readonly blobs: BlobStore,
  ) {}

  get incomingDir(): string {
    return this.blobs.incomingDir;
  }

  /** Stores an upload. Batch files expire after 30 days unless `expiresAfterS` says otherwise. */
  async create(
    tenant: string,
    upload: Upload,
    purpose: FilePurpose,
    expiresAfterS?: number,
  ): Promise<FileObject> {
    const mimeType = await mediaTypeOf(upload);
    const createdAt = nowSeconds();
    const lifetime = expiresAfterS ?? (purpose === 'batch' ? BATCH_EXPIRY_S : undefined);
    const file: FileObject = {
      id: newId('file'),
      object: 'file',
      bytes: upload.size,
      created_at: createdAt,
      ...(lifetime !== undefined ? { expires_at: createdAt + lifetime } : {}),
      filename: upload.filename,
      purpose,
      status: 'processed',
    };
    await this.blobs.adopt(tenant, file.id, upload.path);
    try {
      await this.repo.insert(tenant, { file, mimeType });
    } catch (error) {
      await this.blobs.remove(tenant, file.id);
      throw error;
    }
    return file;
  }

  get(tenant: string, id: string): Promise<FileRecord | undefined> {
    return this.repo.get(tenant, id, nowSeconds());
  }

  list(tenant: string, page: PageQuery & { purpose?: string | undefined }): Promise<Page<FileObject>> {
    return this.repo.list(tenant, page, nowSeconds());
  }

  /** Removes the row first: from then on nobody finds the file, and the bytes can go. */
  async delete(tenant: string, id: string): Promise<boolean> {
    if (!(await this.get(tenant, id))) return false;
    if (!(await this.repo.delete(tenant, id))) return false;
    await this.blobs.remove(tenant, id);
    return true;
  }

  async open(tenant: string, id: string): Promise<{ record: FileRecord; body: Readable } | undefined> {
    const record = await this.get(tenant, id);
    const body = record && (await this.blobs.open(tenant, id));
    return body && { record: record!, body };
  }

  async read(tenant: string, id: string): Promise<{ record: FileRecord; bytes: Buffer } | undefined> {
    // Deleted between the lookup and the read: as gone as if the lookup had missed.
    const record = await this.get(tenant, id);
    const bytes = record && (await this.blobs.read(tenant, id));
    return bytes && { record: record!, bytes };
  }

  /** What a model is sent of a file: its name, media type and bytes. */
  async readContent(
    tenant: string,
    id: string,
  ): Promise<{ filename: string; mimeType: string; bytes: Buffer } | undefined> {
    const found = await this.read(tenant, id);
    return (
      found && { filename: found.record.file.filename, mimeType: found.record.mimeType, bytes: found.bytes }
    );
  }

  /**
   * Deletes the files that expired, telling `purged` of each (vector stores detach it, as when it
   * is deleted through the API); returns how many.
   */
  async purgeExpired(purged?: (tenant: string, id: string) => Promise<unknown>): Promise<number> {
    const expired = await this.repo.expired(nowSeconds());
    for (const { tenant, id } of expired) {
      await this.repo.delete(tenant, id);
      await this.blobs.remove(tenant, id);
      await purged?.(tenant, id);
    }
    return expired.length;
  }
}
