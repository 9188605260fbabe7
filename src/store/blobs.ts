/**
 * File bytes. BlobStore is what FileStore needs of any place that keeps them (every call names the
 * tenant that owns the bytes, for stores that keep them in a tenant-scoped table); LocalBlobStore
 * keeps them on the local disk (one file per key). Uploads are written to `incoming/` inside the same
 * directory and adopted by a rename, so a stored blob is always whole.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { open as openFile, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Removes what in `dir` (whose name `matches`) was last changed over a day ago: left by a crash, as
 * nothing is received for a day. Another user's entry, which this process cannot remove, stays.
 */
export function removeDayOld(dir: string, matches: (name: string) => boolean = () => true): void {
  const dayAgo = Date.now() - 86_400_000;
  for (const name of readdirSync(dir)) {
    if (!matches(name)) continue;
    const path = join(dir, name);
    try {
      const stat = statSync(path, { throwIfNoEntry: false }); // gone meanwhile: adopted elsewhere
      if (stat && stat.mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      // Not ours to remove (EACCES): leave it to its owner.
    }
  }
}

export interface BlobStore {
  /** Where uploads land before they are adopted (on the same file system as the blobs). */
  readonly incomingDir: string;
  /** Moves a finished upload into the store under `key`. */
  adopt(tenant: string, key: string, uploadPath: string): Promise<void>;
  /** The bytes as a stream, or undefined if the blob is gone. */
  open(tenant: string, key: string): Promise<Readable | undefined>;
  /** The bytes, or undefined if the blob is gone. */
  read(tenant: string, key: string): Promise<Buffer | undefined>;
  remove(tenant: string, key: string): Promise<void>;
}

/**
 * The tenant is not part of a path: keys are file ids, unique across tenants, and FileStore reaches
 * a blob only after the tenant-scoped metadata row said the file is the caller's.
 */
export class LocalBlobStore implements BlobStore {
  readonly incomingDir: string;

  constructor(private readonly dir: string) {
    this.incomingDir = join(dir, 'incoming');
    mkdirSync(this.incomingDir, { recursive: true });
    // An upload a day old was cut off by a crash (another process may be receiving newer ones).
    removeDayOld(this.incomingDir);
  }

  private path(key: string): string {
    if (!/^[A-Za-z0-9_-]+$/.test(key)) throw new Error(`invalid blob key ${key}`);
    return join(this.dir, key);
  }

  adopt(_tenant: string, key: string, uploadPath: string): Promise<void> {
    return rename(uploadPath, this.path(key));
  }

  async open(_tenant: string, key: string): Promise<Readable | undefined> {
    try {
      // Opened before returning, so a blob deleted in between is a miss, not a stream error.
      return (await openFile(this.path(key))).createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async read(_tenant: string, key: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.path(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  remove(_tenant: string, key: string): Promise<void> {
    return rm(this.path(key), { force: true });
  }
}
