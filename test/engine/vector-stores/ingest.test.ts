/**
 * The ingestion jobs over an in-memory queue and fake retrieval: what a job writes, how it fails,
 * what it takes back when its store file went away meanwhile, and that the runner claims jobs when
 * woken and takes over a dead runner's.
 */
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackgroundRunner } from '../../../src/engine/background.js';
import { IngestJobs, MAX_INGEST_ATTEMPTS } from '../../../src/engine/vector-stores/ingest.js';
import type { IngestJob } from '../../../src/store/vector-stores.js';
import { FakeEmbeddings, FakeFiles, fakeRetrieval } from './fakes.js';
import { MemoryVectorStores } from './memory-store.js';

const T = 'default';
const CHUNKING = { maxChunkSizeTokens: 800, chunkOverlapTokens: 400 };
const KEY = `${T}/vs_1/file-a`;

let repo: MemoryVectorStores;
let files: FakeFiles;
let embeddings: FakeEmbeddings;
let jobs: IngestJobs;
const runners: Array<BackgroundRunner<IngestJob>> = [];

async function storeWith(file: { id: string; text: string | Buffer; mimeType?: string }, embedded = false) {
  files.add(file.id, file.text, file.mimeType);
  await repo.create(
    T,
    {
      id: 'vs_1',
      name: '',
      metadata: null,
      createdAt: 1,
      expiresAfter: null,
      expiresAt: null,
      searchMode: null,
      embedding: embedded ? { model: 'fake/embed', dimensions: 2 } : null,
    },
    [{ fileId: file.id, attributes: null, chunking: CHUNKING, createdAt: 1 }],
  );
}

function ingestJobs(owner = 'me', leaseMs = 60_000) {
  return new IngestJobs({
    queue: repo,
    chunks: repo,
    storeFiles: repo,
    files,
    retrieval: fakeRetrieval(embeddings),
    owner,
    leaseMs,
  });
}

async function claimAndRun(signal = new AbortController().signal) {
  const job = (await jobs.claim())!;
  expect(job).toBeDefined();
  await jobs.run(job, signal);
  return job;
}

beforeEach(() => {
  repo = new MemoryVectorStores();
  files = new FakeFiles();
  embeddings = new FakeEmbeddings();
  jobs = ingestJobs();
});
afterEach(async () => {
  for (const runner of runners.splice(0)) await runner.stop(1000);
});

describe('a job', () => {
  it('extracts, chunks, indexes and completes with the parsed text and its bytes', async () => {
    await storeWith({ id: 'file-a', text: 'first part\n\nsecond – part' });
    await claimAndRun();
    expect(repo.chunkRows.get(KEY)).toEqual([
      { index: 0, text: 'first part', tokens: 2 },
      { index: 1, text: 'second – part', tokens: 3 },
    ]);
    expect(await repo.getFile(T, 'vs_1', 'file-a')).toMatchObject({
      status: 'completed',
      usageBytes: Buffer.byteLength('first part\n\nsecond – part'),
    });
    expect(await repo.content(T, 'vs_1', 'file-a')).toBe('first part\n\nsecond – part');
    expect(embeddings.calls).toEqual([]);
  });

  it("indexes the chunks with their vectors, embedded with the store's model, when it has one", async () => {
    await storeWith({ id: 'file-a', text: 'a\n\nbb\n\nccc' }, true);
    await claimAndRun();
    expect(embeddings.specs).toEqual([{ model: 'fake/embed', dimensions: 2 }]);
    expect(embeddings.calls).toEqual([['a', 'bb', 'ccc']]);
    expect(repo.chunkRows.get(KEY)!.map((c) => Array.from(c.embedding!))).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
  });

  it("fails with extraction's error for a file it cannot read or parse", async () => {
    await storeWith({ id: 'file-a', text: Buffer.from([0, 1, 2]), mimeType: 'application/octet-stream' });
    await claimAndRun();
    expect((await repo.getFile(T, 'vs_1', 'file-a'))!.lastError).toEqual({
      code: 'unsupported_file',
      message: 'application/octet-stream is not read.',
    });
    expect(repo.chunkRows.size).toBe(0);
  });

  it("fails with chunking's error for a text it will not chunk", async () => {
    await storeWith({ id: 'file-a', text: 'TOO LONG' });
    await claimAndRun();
    expect(await repo.getFile(T, 'vs_1', 'file-a')).toMatchObject({
      status: 'failed',
      lastError: { code: 'invalid_file', message: 'The text is longer than a file may be.' },
    });
    expect(repo.chunkRows.size).toBe(0);
  });

  it('fails invalid_file when the upload is gone, server_error when a step throws', async () => {
    await storeWith({ id: 'file-a', text: 'x' }, true);
    files.files.clear();
    await claimAndRun();
    expect(await repo.getFile(T, 'vs_1', 'file-a')).toMatchObject({
      status: 'failed',
      lastError: { code: 'invalid_file' },
    });

    repo = new MemoryVectorStores();
    jobs = ingestJobs();
    await storeWith({ id: 'file-a', text: 'x' }, true);
    embeddings.embed = () => Promise.reject(new Error('upstream said no'));
    await claimAndRun();
    expect((await repo.getFile(T, 'vs_1', 'file-a'))!.lastError).toEqual({
      code: 'server_error',
      message: 'Ingesting the file failed: upstream said no',
    });
  });

  it('takes back its chunks when its store file was cancelled before it finished', async () => {
    await storeWith({ id: 'file-a', text: 'x' });
    const job = (await jobs.claim())!;
    const finish = repo.finish.bind(repo);
    repo.finish = async (...args) => {
      expect(repo.chunkRows.has(KEY)).toBe(true);
      repo.files[0]!.status = 'cancelled';
      return finish(...args);
    };
    await jobs.run(job, new AbortController().signal);
    expect(repo.chunkRows.has(KEY)).toBe(false);
    expect(repo.files[0]!.status).toBe('cancelled');
  });

  it('writes nothing when its file was attached again while it ran (claimed anew in this process), leaving the next job its chunks', async () => {
    await storeWith({ id: 'file-a', text: 'old' }, true);
    let release!: () => void;
    embeddings.gate = new Promise((resolve) => (release = resolve));
    const stale = (await jobs.claim())!;
    const running = jobs.run(stale, new AbortController().signal);
    await vi.waitFor(() => expect(embeddings.calls).toHaveLength(1));
    // Attached again: reset to in_progress, its lease gone; the next job runs to the end first.
    await repo.addFiles(T, 'vs_1', [
      { fileId: 'file-a', attributes: { v: 2 }, chunking: CHUNKING, createdAt: 2 },
    ]);
    files.add('file-a', 'new');
    embeddings.gate = undefined;
    // This process claims it again while the old job still runs: the old one must see it is not its own.
    const next = (await jobs.claim())!;
    release();
    await running;
    expect(repo.chunkRows.has(KEY)).toBe(false);
    await jobs.run(next, new AbortController().signal);
    expect(repo.chunkRows.get(KEY)!.map((c) => c.text)).toEqual(['new']);
    expect(await repo.getFile(T, 'vs_1', 'file-a')).toMatchObject({
      status: 'completed',
      attributes: { v: 2 },
    });
    expect(await repo.content(T, 'vs_1', 'file-a')).toBe('new');
  });

  it('stops without finishing when aborted mid-way (its lease found it cancelled), writing no chunks', async () => {
    await storeWith({ id: 'file-a', text: 'a\n\nb\n\nc' }, true);
    let release!: () => void;
    embeddings.gate = new Promise((resolve) => (release = resolve));
    const controller = new AbortController();
    const job = (await jobs.claim())!;
    const running = jobs.run(job, controller.signal);
    await vi.waitFor(() => expect(embeddings.calls).toHaveLength(1));
    controller.abort();
    release();
    await running;
    expect(embeddings.calls).toHaveLength(1);
    expect(repo.chunkRows.size).toBe(0);
    expect(repo.files[0]!.status).toBe('in_progress');
  });
});

describe('the runner', () => {
  const log = pino({ level: 'silent' });
  const options = { concurrency: 2, pollMs: 60_000, sweepMs: 60_000 };

  it('claims a job as soon as this process queues one', async () => {
    const runner = new BackgroundRunner(jobs, options, log);
    runners.push(runner);
    runner.start();
    await storeWith({ id: 'file-a', text: 'hello' });
    jobs.queued();
    await vi.waitFor(() => expect(repo.files[0]!.status).toBe('completed'));
  });

  it('completes a job whose runner died once its lease ran out, and fails one that keeps dying', async () => {
    await storeWith({ id: 'file-a', text: 'hello' });
    let clock = 0;
    repo.clock = () => clock;
    expect(await repo.claim('dead', 1000)).toBeDefined();
    const survivor = ingestJobs('alive', 1000);
    expect(await survivor.claim()).toBeUndefined();
    clock = 1000;
    await survivor.run((await survivor.claim())!, new AbortController().signal);
    expect(repo.files[0]!.status).toBe('completed');

    await repo.addFiles(T, 'vs_1', [
      { fileId: 'file-a', attributes: null, chunking: CHUNKING, createdAt: 2 },
    ]);
    for (let i = 0; i < MAX_INGEST_ATTEMPTS; i++) {
      await repo.claim('dead', 1000, clock);
      clock += 1000;
    }
    // Claiming fails it first, rather than handing it to a fourth runner.
    expect(await survivor.claim()).toBeUndefined();
    expect(repo.files[0]!.status).toBe('failed');
    expect(await survivor.sweep()).toBe(0);
  });

  it('waits at shutdown for a job claimed anew while the job of the same file it replaced still ran', async () => {
    await storeWith({ id: 'file-a', text: 'old' }, true);
    let releaseOld!: () => void;
    embeddings.gate = new Promise((resolve) => (releaseOld = resolve));
    const runner = new BackgroundRunner(jobs, options, log);
    runners.push(runner);
    runner.start();
    jobs.queued();
    await vi.waitFor(() => expect(embeddings.calls).toHaveLength(1));
    // Attached again while its job runs: the runner (concurrency 2) claims it at once.
    await repo.addFiles(T, 'vs_1', [
      { fileId: 'file-a', attributes: null, chunking: CHUNKING, createdAt: 2 },
    ]);
    files.add('file-a', 'new');
    let releaseNew!: () => void;
    embeddings.gate = new Promise((resolve) => (releaseNew = resolve));
    jobs.queued();
    await vi.waitFor(() => expect(embeddings.calls).toHaveLength(2));
    // The old job ends (it finds the file no longer its own); the new one still runs.
    const renew = vi.spyOn(repo, 'renew');
    releaseOld();
    await vi.waitFor(() => expect(renew).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    let stopped = false;
    const stopping = runner.stop(5_000).then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    releaseNew();
    await stopping;
    expect(repo.files[0]!.status).toBe('completed');
    expect(repo.chunkRows.get(KEY)!.map((c) => c.text)).toEqual(['new']);
  });

  it('renews the lease while a job runs, and stops the job when renewing finds it cancelled', async () => {
    await storeWith({ id: 'file-a', text: 'a' }, true);
    embeddings.gate = new Promise(() => {});
    const renew = vi.spyOn(repo, 'renew');
    const renewing = ingestJobs('me', 30);
    const runner = new BackgroundRunner(renewing, options, log);
    runners.push(runner);
    runner.start();
    renewing.queued();
    await vi.waitFor(() => expect(renew.mock.calls.length).toBeGreaterThanOrEqual(2));
    expect(embeddings.aborted).toBe(0);
    repo.files[0]!.status = 'cancelled';
    await vi.waitFor(() => expect(embeddings.aborted).toBe(1));
    expect(repo.chunkRows.size).toBe(0);
    expect(repo.files[0]!.status).toBe('cancelled');
  });
});
