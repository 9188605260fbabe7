/**
 * An in-memory VectorStoresRepository, IngestQueue and ChunkIndex: just enough of their contracts
 * (store/vector-stores.ts, store/chunks.ts) for the engine's unit tests. The dialects' own suites
 * test the real ones; the engine's integration tests run on those.
 */
import type { ChunkIndex, ChunkInput } from '../../../src/store/chunks.js';
import type { Page, PageQuery } from '../../../src/store/pagination.js';
import type {
  BatchRecord,
  FileCounts,
  IngestJob,
  IngestQueue,
  NewStoreFile,
  NewVectorStore,
  StoreFileRecord,
  VectorStoreRecord,
  VectorStoresRepository,
} from '../../../src/store/vector-stores.js';

interface StoreRow extends NewVectorStore {
  tenant: string;
  lastActiveAt: number;
}
interface FileRow extends StoreFileRecord {
  tenant: string;
  text?: string;
  lease?: { owner: string; until: number };
  attempts: number;
}

function counts(files: FileRow[]): FileCounts {
  const c: FileCounts = { in_progress: 0, completed: 0, failed: 0, cancelled: 0, total: files.length };
  for (const f of files) c[f.status]++;
  return c;
}

function page<T>(items: T[], q: PageQuery, idOf: (t: T) => string): Page<T> {
  let list = q.order === 'desc' ? [...items].reverse() : items;
  const cut = (id: string | undefined, keepAfter: boolean) => {
    if (!id) return;
    const at = list.findIndex((t) => idOf(t) === id);
    list = keepAfter ? list.slice(at + 1) : list.slice(0, at);
  };
  cut(q.after, true);
  cut(q.before, false);
  return { data: list.slice(0, q.limit), hasMore: list.length > q.limit };
}

export class MemoryVectorStores implements VectorStoresRepository, IngestQueue, ChunkIndex {
  readonly stores: StoreRow[] = [];
  readonly files: FileRow[] = [];
  readonly batches: Array<{
    tenant: string;
    id: string;
    vectorStoreId: string;
    createdAt: number;
    cancelled: boolean;
  }> = [];
  readonly chunkRows = new Map<string, ChunkInput[]>();
  clock = () => Date.now();

  private store(tenant: string, id: string, now?: number) {
    return this.stores.find(
      (s) =>
        s.tenant === tenant &&
        s.id === id &&
        (now === undefined || s.expiresAt === null || s.expiresAt > now),
    );
  }
  private filesOf(tenant: string, vectorStoreId: string) {
    return this.files.filter((f) => f.tenant === tenant && f.vectorStoreId === vectorStoreId);
  }
  private record(s: StoreRow): VectorStoreRecord {
    const files = this.filesOf(s.tenant, s.id);
    const { tenant: _, ...rest } = s;
    return {
      ...rest,
      usageBytes: files.reduce((sum, f) => sum + (f.status === 'completed' ? f.usageBytes : 0), 0),
      fileCounts: counts(files),
    };
  }
  private fileRecord(f: FileRow): StoreFileRecord {
    const { tenant: _t, text: _x, lease: _l, attempts: _a, ...rest } = f;
    return rest;
  }

  async create(tenant: string, store: NewVectorStore, files: NewStoreFile[]) {
    this.stores.push({ ...store, tenant, lastActiveAt: store.createdAt });
    await this.addFiles(tenant, store.id, files);
  }
  async get(tenant: string, id: string, now: number) {
    const s = this.store(tenant, id, now);
    return s && this.record(s);
  }
  async update(
    tenant: string,
    id: string,
    changes: Parameters<VectorStoresRepository['update']>[2],
    now: number,
  ) {
    const s = this.store(tenant, id, now);
    if (!s) return undefined;
    if (changes.name !== undefined) s.name = changes.name;
    if (changes.metadata !== undefined) s.metadata = changes.metadata;
    if (changes.expiresAfter !== undefined) s.expiresAfter = changes.expiresAfter;
    if (changes.searchMode !== undefined) s.searchMode = changes.searchMode;
    s.expiresAt = s.expiresAfter ? s.lastActiveAt + s.expiresAfter.days * 86_400 : null;
    return this.record(s);
  }
  async touch(tenant: string, id: string, now: number) {
    const s = this.store(tenant, id);
    if (!s) return;
    s.lastActiveAt = now;
    if (s.expiresAfter) s.expiresAt = now + s.expiresAfter.days * 86_400;
  }
  async delete(tenant: string, id: string) {
    const at = this.stores.findIndex((s) => s.tenant === tenant && s.id === id);
    if (at < 0) return false;
    this.stores.splice(at, 1);
    for (const f of this.filesOf(tenant, id)) this.files.splice(this.files.indexOf(f), 1);
    await this.remove(tenant, id);
    return true;
  }
  async list(tenant: string, q: PageQuery, now: number) {
    const live = this.stores.filter(
      (s) => s.tenant === tenant && (s.expiresAt === null || s.expiresAt > now),
    );
    return page(
      live.map((s) => this.record(s)),
      q,
      (s) => s.id,
    );
  }
  async expired(now: number) {
    return this.stores
      .filter((s) => s.expiresAt !== null && s.expiresAt <= now)
      .map(({ tenant, id }) => ({ tenant, id }));
  }
  async addFiles(
    tenant: string,
    vectorStoreId: string,
    files: NewStoreFile[],
    batch?: { id: string; createdAt: number },
  ) {
    if (!this.store(tenant, vectorStoreId)) return false;
    if (batch) this.batches.push({ tenant, vectorStoreId, ...batch, cancelled: false });
    for (const file of files) {
      const old = this.files.findIndex(
        (f) => f.tenant === tenant && f.vectorStoreId === vectorStoreId && f.fileId === file.fileId,
      );
      if (old >= 0) this.files.splice(old, 1);
      this.chunkRows.delete(`${tenant}/${vectorStoreId}/${file.fileId}`);
      this.files.push({
        ...file,
        tenant,
        vectorStoreId,
        status: 'in_progress',
        usageBytes: 0,
        lastError: null,
        batchId: batch?.id ?? null,
        attempts: 0,
      });
    }
    return true;
  }
  private file(tenant: string, vectorStoreId: string, fileId: string) {
    return this.files.find(
      (f) => f.tenant === tenant && f.vectorStoreId === vectorStoreId && f.fileId === fileId,
    );
  }
  async getFile(tenant: string, vectorStoreId: string, fileId: string) {
    const f = this.file(tenant, vectorStoreId, fileId);
    return f && this.fileRecord(f);
  }
  async listFiles(
    tenant: string,
    vectorStoreId: string,
    q: Parameters<VectorStoresRepository['listFiles']>[2],
  ) {
    const files = this.filesOf(tenant, vectorStoreId).filter(
      (f) => (!q.status || f.status === q.status) && (!q.batchId || f.batchId === q.batchId),
    );
    return page(
      files.map((f) => this.fileRecord(f)),
      q,
      (f) => f.fileId,
    );
  }
  async updateAttributes(
    tenant: string,
    vectorStoreId: string,
    fileId: string,
    attributes: StoreFileRecord['attributes'],
  ) {
    const f = this.file(tenant, vectorStoreId, fileId);
    if (!f) return undefined;
    f.attributes = attributes;
    return this.fileRecord(f);
  }
  async completedFiles(tenant: string, vectorStoreId: string) {
    return new Map(
      this.filesOf(tenant, vectorStoreId)
        .filter((f) => f.status === 'completed')
        .map((f) => [f.fileId, f.attributes]),
    );
  }
  async content(tenant: string, vectorStoreId: string, fileId: string) {
    const f = this.file(tenant, vectorStoreId, fileId);
    return f?.status === 'completed' ? f.text : undefined;
  }
  async deleteFile(tenant: string, vectorStoreId: string, fileId: string) {
    const f = this.file(tenant, vectorStoreId, fileId);
    if (!f) return false;
    this.files.splice(this.files.indexOf(f), 1);
    await this.remove(tenant, vectorStoreId, fileId);
    return true;
  }
  async detachEverywhere(tenant: string, fileId: string) {
    const found = this.files.filter((f) => f.tenant === tenant && f.fileId === fileId);
    for (const f of found) await this.deleteFile(tenant, f.vectorStoreId, fileId);
    return found.length;
  }
  private batchRecord(b: (typeof this.batches)[number]): BatchRecord {
    const files = this.filesOf(b.tenant, b.vectorStoreId).filter((f) => f.batchId === b.id);
    const fileCounts = counts(files);
    const status = b.cancelled
      ? 'cancelled'
      : fileCounts.in_progress
        ? 'in_progress'
        : fileCounts.failed === fileCounts.total && fileCounts.total
          ? 'failed'
          : 'completed';
    return { id: b.id, vectorStoreId: b.vectorStoreId, createdAt: b.createdAt, status, fileCounts };
  }
  async getBatch(tenant: string, vectorStoreId: string, batchId: string) {
    const b = this.batches.find(
      (x) => x.tenant === tenant && x.vectorStoreId === vectorStoreId && x.id === batchId,
    );
    return b && this.batchRecord(b);
  }
  async cancelBatch(tenant: string, vectorStoreId: string, batchId: string) {
    const b = this.batches.find(
      (x) => x.tenant === tenant && x.vectorStoreId === vectorStoreId && x.id === batchId,
    );
    if (!b) return undefined;
    b.cancelled = true;
    for (const f of this.filesOf(tenant, vectorStoreId))
      if (f.batchId === batchId && f.status === 'in_progress') f.status = 'cancelled';
    return this.batchRecord(b);
  }

  // IngestQueue
  async claim(owner: string, leaseMs: number, now = this.clock()) {
    const f = this.files.find((x) => x.status === 'in_progress' && (!x.lease || x.lease.until <= now));
    if (!f) return undefined;
    f.lease = { owner, until: now + leaseMs };
    f.attempts++;
    const s = this.store(f.tenant, f.vectorStoreId)!;
    const job: IngestJob = {
      tenant: f.tenant,
      vectorStoreId: f.vectorStoreId,
      fileId: f.fileId,
      chunking: f.chunking,
      embedding: s.embedding,
      attempts: f.attempts,
    };
    return job;
  }
  async renew(job: IngestJob, owner: string, leaseMs: number) {
    const f = this.file(job.tenant, job.vectorStoreId, job.fileId);
    if (!f || f.lease?.owner !== owner) return undefined;
    f.lease.until = this.clock() + leaseMs;
    return f.status;
  }
  async finish(job: IngestJob, owner: string, outcome: Parameters<IngestQueue['finish']>[2]) {
    const f = this.file(job.tenant, job.vectorStoreId, job.fileId);
    if (!f || f.status !== 'in_progress' || f.lease?.owner !== owner) return false;
    f.lease = undefined;
    if (outcome.status === 'completed') {
      f.status = 'completed';
      f.usageBytes = outcome.usageBytes;
      f.text = outcome.text;
    } else {
      f.status = 'failed';
      f.lastError = outcome.lastError;
    }
    return true;
  }
  async failExhausted(maxAttempts: number, now = this.clock()) {
    let n = 0;
    for (const f of this.files)
      if (f.status === 'in_progress' && f.lease && f.lease.until <= now && f.attempts >= maxAttempts) {
        f.status = 'failed';
        f.lastError = { code: 'server_error', message: 'ingestion kept stopping' };
        n++;
      }
    return n;
  }

  // ChunkIndex
  async replace(tenant: string, vectorStoreId: string, fileId: string, chunks: ChunkInput[]) {
    this.chunkRows.set(`${tenant}/${vectorStoreId}/${fileId}`, chunks);
  }
  async remove(tenant: string, vectorStoreId: string, fileId?: string) {
    for (const key of [...this.chunkRows.keys()])
      if (
        fileId
          ? key === `${tenant}/${vectorStoreId}/${fileId}`
          : key.startsWith(`${tenant}/${vectorStoreId}/`)
      )
        this.chunkRows.delete(key);
  }
  async search() {
    return [];
  }
}
