/**
 * The retrieval rows of `npm run bench` (alone: BENCH_ONLY=retrieval npm run bench): the chunk
 * index of a SQLite file, in this process (store.chunks, as the engine calls it; no HTTP in front).
 *
 * - Ingest throughput, chunks per second, in files of 50 chunks: keyword only; with embeddings
 *   computed in-process beforehand (the index's own cost); and with each file's embeddings fetched
 *   from the fake upstream's /v1/embeddings first (one request per file, base64, as the openai SDK
 *   asks), which adds the HTTP round trip and the fake's hashing to the index's writes.
 * - Search p50/p99 at 10k and 100k chunks of one store, keyword, vector and hybrid, limit 10, the
 *   queries' embeddings computed beforehand (the provider's call is not the index's).
 *
 * Chunks are ~120 words (~160 tokens), not the 800-token default: 100k of those would take too long
 * to build on every run, and a search's cost grows with the number of chunks (vectors) and of
 * matching postings, which the vocabulary's shape (bench-corpus.ts) decides more than the length.
 * Embeddings have BENCH_RETRIEVAL_DIMENSIONS dimensions (default 256, text-embedding-3-small's
 * smallest useful size; its full 1536 costs a vector search about six times as much).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import type { ChunkInput, ChunkQuery } from '../src/store/chunks.js';
import { openStore } from '../src/store/index.js';
import { openDatabase } from '../src/store/sqlite/database.js';
import type { Store } from '../src/store/store.js';
import type { SearchMode } from '../src/store/vector-stores.js';
import { percentile } from './bench-load.js';
import { corpus, type Corpus } from './bench-corpus.js';
import { fakeEmbedding } from './fake-embedding.js';

const DIMENSIONS = Number(process.env.BENCH_RETRIEVAL_DIMENSIONS ?? 256);
const TENANT = 'default';
const FILE_CHUNKS = 50;
const CHUNK_WORDS = 120;
const INGEST_CHUNKS = 10_000;
const SIZES = [10_000, 100_000];
const QUERIES = 200;
const WARMUP = 20;
const LIMIT = 10;
const MODES: SearchMode[] = ['keyword', 'vector', 'hybrid'];
/** The issue's targets for search p50 at 100k chunks, in ms. */
const TARGET_P50: Record<SearchMode, number> = { keyword: 20, vector: 50, hybrid: 50 };

export interface RetrievalBenchContext {
  /** The fake upstream's base URL, ending in /v1. */
  upstream: string;
}

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;
const fileId = (n: number) => `file-${n.toString(16).padStart(24, '0')}`;

/**
 * The store and its completed files are the vector-store repository's rows: written here with plain
 * SQL on a second connection, so the bench measures the index alone.
 */
function storeRows(path: string) {
  const database = openDatabase(path);
  const sqlite = database.db.$client;
  const addStore = sqlite.prepare(
    `INSERT INTO vector_stores (id, seq, tenant, name, created_at, last_active_at, embedding_model, embedding_dimensions)
     VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM vector_stores), ?, 'bench', 0, 0, 'fake', ?)`,
  );
  const addFile = sqlite.prepare(
    `INSERT INTO vector_store_files (tenant, vector_store_id, file_id, seq, status, max_chunk_size_tokens,
       chunk_overlap_tokens, created_at)
     VALUES (?, ?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM vector_store_files), 'completed', 800, 400, 0)`,
  );
  return {
    store: (id: string) => void addStore.run(id, TENANT, DIMENSIONS),
    file: (storeId: string, id: string) => void addFile.run(TENANT, storeId, id),
    close: () => database.close(),
  };
}

function chunksOf(texts: string[], embed: boolean): ChunkInput[] {
  return texts.map((text, index) => ({
    index,
    text,
    tokens: Math.round(CHUNK_WORDS * 1.3),
    embedding: embed ? fakeEmbedding(text, DIMENSIONS) : undefined,
  }));
}

/** One file's embeddings from the fake upstream, as the retrieval layer would ask for them. */
async function embedOverHttp(upstream: string, texts: string[]): Promise<Float32Array[]> {
  const reply = await request(`${upstream}/embeddings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer bench' },
    body: JSON.stringify({
      model: 'fake-embedding',
      input: texts,
      dimensions: DIMENSIONS,
      encoding_format: 'base64',
    }),
  });
  if (reply.statusCode !== 200) throw new Error(`embeddings: status ${reply.statusCode}`);
  const { data } = (await reply.body.json()) as { data: Array<{ embedding: string }> };
  return data.map(({ embedding }) => {
    const bytes = Buffer.from(embedding, 'base64');
    return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  });
}

type Ingest = 'keyword only' | 'embeddings in-process' | 'embeddings from the fake upstream';

async function ingestRates(dir: string, upstream: string, text: Corpus): Promise<Map<Ingest, number>> {
  const path = join(dir, 'ingest.db');
  const store = await openStore(`sqlite:${path}`);
  const rows = storeRows(path);
  const rates = new Map<Ingest, number>();
  try {
    const files = Array.from({ length: INGEST_CHUNKS / FILE_CHUNKS }, () =>
      Array.from({ length: FILE_CHUNKS }, () => text.chunk(CHUNK_WORDS)),
    );
    const kinds: Ingest[] = ['keyword only', 'embeddings in-process', 'embeddings from the fake upstream'];
    for (const [k, kind] of kinds.entries()) {
      const storeId = `vs_ingest_${k}`;
      rows.store(storeId);
      const prepared = files.map((texts) => chunksOf(texts, kind === 'embeddings in-process'));
      files.forEach((_, i) => rows.file(storeId, fileId(i)));
      const start = process.hrtime.bigint();
      for (const [i, chunks] of prepared.entries()) {
        if (kind === 'embeddings from the fake upstream') {
          const vectors = await embedOverHttp(upstream, files[i]!);
          chunks.forEach((chunk, j) => (chunk.embedding = vectors[j]));
        }
        await store.chunks.replace(TENANT, storeId, fileId(i), chunks);
      }
      rates.set(kind, INGEST_CHUNKS / seconds(start));
    }
  } finally {
    rows.close();
    await store.close();
  }
  return rates;
}

type Latency = { p50: number; p99: number };

async function searchLatencies(
  store: Store,
  storeId: string,
  text: Corpus,
): Promise<Map<SearchMode, Latency>> {
  const queries: ChunkQuery[] = Array.from({ length: WARMUP + QUERIES }, () => {
    const q = text.query();
    return {
      vectorStoreId: storeId,
      text: q,
      embedding: fakeEmbedding(q, DIMENSIONS),
      mode: 'keyword',
      limit: LIMIT,
    };
  });
  // Each query in every mode in turn: on a shared machine a change in load then hits every mode alike.
  const times = new Map<SearchMode, number[]>(MODES.map((mode) => [mode, []]));
  for (const [i, query] of queries.entries())
    for (const mode of MODES) {
      const start = process.hrtime.bigint();
      await store.chunks.search(TENANT, { ...query, mode });
      if (i >= WARMUP) times.get(mode)!.push(seconds(start) * 1000);
    }
  const latencies = new Map<SearchMode, Latency>();
  for (const [mode, ms] of times) {
    ms.sort((a, b) => a - b);
    latencies.set(mode, { p50: percentile(ms, 0.5), p99: percentile(ms, 0.99) });
  }
  return latencies;
}

/** One store grown to each of SIZES, searched at each; also how fast it was built. */
async function searchRows(dir: string, text: Corpus) {
  const path = join(dir, 'search.db');
  const store = await openStore(`sqlite:${path}`);
  const rows = storeRows(path);
  const storeId = 'vs_search';
  rows.store(storeId);
  const bySize = new Map<number, Map<SearchMode, Latency>>();
  let built = 0;
  let building = 0;
  try {
    for (const size of SIZES) {
      for (; built < size; built += FILE_CHUNKS) {
        const id = fileId(built / FILE_CHUNKS);
        rows.file(storeId, id);
        const chunks = chunksOf(
          Array.from({ length: FILE_CHUNKS }, () => text.chunk(CHUNK_WORDS)),
          true,
        );
        const start = process.hrtime.bigint();
        await store.chunks.replace(TENANT, storeId, id, chunks);
        building += seconds(start);
      }
      process.stderr.write(`retrieval: searching ${size} chunks…\n`);
      bySize.set(size, await searchLatencies(store, storeId, text));
    }
  } finally {
    rows.close();
    await store.close();
  }
  return { bySize, buildRate: built / building };
}

export async function benchRetrieval(ctx: RetrievalBenchContext): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-retrieval-'));
  try {
    const text = corpus(12);
    process.stderr.write('retrieval: ingest…\n');
    const rates = await ingestRates(dir, ctx.upstream, text);
    const { bySize, buildRate } = await searchRows(dir, text);
    const f = (n: number, d = 1) => n.toFixed(d);
    const met = (ok: boolean) => (ok ? 'met' : '**not met**');
    const lines = [
      '',
      `Retrieval (SQLite file, in-process ChunkIndex; chunks of ~${CHUNK_WORDS} words, ${DIMENSIONS}-dimension embeddings, files of ${FILE_CHUNKS} chunks; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores at the end):`,
      '',
      '| ingest | chunks/s |',
      '|---|---|',
      ...[...rates].map(([kind, rate]) => `| ${kind} (${INGEST_CHUNKS / 1000}k chunks) | ${f(rate, 0)} |`),
      `| embeddings in-process, growing one store to ${SIZES.at(-1)! / 1000}k | ${f(buildRate, 0)} |`,
      '',
      `| search (limit ${LIMIT}) | ${SIZES.map((n) => `${n / 1000}k p50 ms | ${n / 1000}k p99 ms`).join(' | ')} | target at ${SIZES.at(-1)! / 1000}k |`,
      `|---|${SIZES.map(() => '---|---|').join('')}---|`,
    ];
    const largest = bySize.get(SIZES.at(-1)!)!;
    for (const mode of MODES)
      lines.push(
        `| ${mode} | ${SIZES.map((n) => `${f(bySize.get(n)!.get(mode)!.p50, 2)} | ${f(bySize.get(n)!.get(mode)!.p99, 2)}`).join(' | ')} | p50 ≤ ${TARGET_P50[mode]} ms: ${met(largest.get(mode)!.p50 <= TARGET_P50[mode])} |`,
      );
    return lines.join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
