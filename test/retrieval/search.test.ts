/** The vector-store search over fakes of the chunk index, the stores' files and the Files store. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/errors.js';
import { searchVectorStores, type SearchDeps, type SearchRequest } from '../../src/retrieval/search.js';
import type { ChunkHit, ChunkQuery } from '../../src/store/chunks.js';
import type { Attributes, VectorStoreRecord } from '../../src/store/vector-stores.js';

function store(id: string, fields: Partial<VectorStoreRecord> = {}): VectorStoreRecord {
  return {
    id,
    name: id,
    metadata: null,
    createdAt: 1,
    expiresAfter: null,
    expiresAt: null,
    searchMode: null,
    embedding: null,
    lastActiveAt: 1,
    usageBytes: 0,
    fileCounts: { in_progress: 0, completed: 0, failed: 0, cancelled: 0, total: 0 },
    ...fields,
  };
}

const EMBEDDED = { model: 'fake/embed', dimensions: 2 };

interface World {
  /** Completed files per store, with their attributes. */
  files: Record<string, Record<string, Attributes | null>>;
  /** What the index finds, per store, for any query: hits are cut to the query's files and limit. */
  hits: Record<string, ChunkHit[]>;
  filenames?: Record<string, string>;
}

function fakes(world: World) {
  const queries: Array<ChunkQuery & { tenant: string }> = [];
  const embedded: Array<{ model: string; texts: readonly string[]; dimensions: number | undefined }> = [];
  const deps: SearchDeps = {
    vectorStores: {
      completedFiles: async (_tenant, id) => new Map(Object.entries(world.files[id] ?? {})),
    },
    chunks: {
      search: async (tenant, query) => {
        queries.push({ tenant, ...query });
        return (world.hits[query.vectorStoreId] ?? [])
          .filter((h) => !query.fileIds || query.fileIds.includes(h.fileId))
          .map((h) => ({ ...h, score: query.text.startsWith('weak') ? h.score / 2 : h.score }))
          .slice(0, query.limit);
      },
    },
    files: {
      get: async (_tenant, id) => {
        const filename = world.filenames?.[id] ?? `${id}.txt`;
        if (world.filenames && !(id in world.filenames)) return undefined;
        return {
          file: {
            id,
            object: 'file',
            bytes: 1,
            created_at: 1,
            filename,
            purpose: 'assistants',
            status: 'processed',
          },
          mimeType: 'text/plain',
        };
      },
    },
    embedder: {
      embed: async (model, texts, _signal, dimensions) => {
        const plain = texts.map((t) => (typeof t === 'string' ? t : t.text));
        embedded.push({ model, texts: plain, dimensions });
        return plain.map((t) => Float32Array.of(t.length, 1));
      },
    },
  };
  return { deps, queries, embedded };
}

const hit = (fileId: string, index: number, score: number, text = `${fileId} chunk ${index}`): ChunkHit => ({
  fileId,
  index,
  text,
  score,
});

const request = (fields: Partial<SearchRequest>): SearchRequest => ({
  tenant: 't1',
  vectorStores: [store('vs_a')],
  queries: ['owls'],
  signal: new AbortController().signal,
  ...fields,
});

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).status).toBe(400);
  return error as ApiError;
}

describe('searchVectorStores', () => {
  it('returns results as the API shows them: file, filename, score, attributes, content', async () => {
    const { deps, queries } = fakes({
      files: { vs_a: { 'file-1': { lang: 'en' } } },
      hits: { vs_a: [hit('file-1', 0, 0.9, 'Owls hunt at night.')] },
      filenames: { 'file-1': 'owls.md' },
    });
    expect(await searchVectorStores(deps, request({}))).toEqual([
      {
        file_id: 'file-1',
        filename: 'owls.md',
        score: 0.9,
        attributes: { lang: 'en' },
        content: [{ type: 'text', text: 'Owls hunt at night.' }],
      },
    ]);
    expect(queries).toEqual([
      {
        tenant: 't1',
        vectorStoreId: 'vs_a',
        text: 'owls',
        embedding: undefined,
        mode: 'keyword',
        limit: 10,
        fileIds: undefined,
      },
    ]);
  });

  it('searches only the files the filters leave, and nothing when they leave none', async () => {
    const world: World = {
      files: { vs_a: { 'file-1': { year: 2020 }, 'file-2': { year: 2024 }, 'file-3': null } },
      hits: { vs_a: [hit('file-1', 0, 0.9), hit('file-2', 0, 0.8), hit('file-3', 0, 0.7)] },
    };
    const { deps, queries } = fakes(world);
    const recent = await searchVectorStores(
      deps,
      request({ filters: { type: 'gte', key: 'year', value: 2023 } }),
    );
    expect(recent.map((r) => r.file_id)).toEqual(['file-2']);
    expect(queries[0]!.fileIds).toEqual(['file-2']);
    const none = await searchVectorStores(
      deps,
      request({ filters: { type: 'eq', key: 'year', value: 1999 } }),
    );
    expect(none).toEqual([]);
    expect(queries).toHaveLength(1);
  });

  it('refuses malformed filters with the field named, under the prefix given', async () => {
    const { deps } = fakes({ files: {}, hits: {} });
    const bad = {
      type: 'and',
      filters: [
        { type: 'eq', key: 'a', value: 1 },
        { type: 'gt', key: 'b', value: true },
      ],
    };
    expect((await refusal(searchVectorStores(deps, request({ filters: bad })))).param).toBe(
      'filters.filters[1].value',
    );
    expect(
      (await refusal(searchVectorStores(deps, request({ filters: bad, paramPrefix: 'tools[0].' })))).param,
    ).toBe('tools[0].filters.filters[1].value');
  });

  it('merges stores and queries best first, one result per chunk with its best score', async () => {
    const { deps, queries } = fakes({
      files: { vs_a: { 'file-1': null, 'file-2': null }, vs_b: { 'file-3': null, 'file-1': null } },
      hits: {
        vs_a: [hit('file-1', 0, 0.9, 'shared'), hit('file-2', 4, 0.5)],
        vs_b: [hit('file-3', 1, 0.7), hit('file-1', 0, 0.6, 'shared')],
      },
    });
    const results = await searchVectorStores(
      deps,
      request({ vectorStores: [store('vs_a'), store('vs_b')], queries: ['owls', 'weak owls'] }),
    );
    expect(results.map((r) => [r.file_id, r.score, r.content[0]!.text])).toEqual([
      ['file-1', 0.9, 'shared'],
      ['file-3', 0.7, 'file-3 chunk 1'],
      ['file-2', 0.5, 'file-2 chunk 4'],
    ]);
    expect(queries.map((q) => `${q.vectorStoreId}:${q.text}`).sort()).toEqual([
      'vs_a:owls',
      'vs_a:weak owls',
      'vs_b:owls',
      'vs_b:weak owls',
    ]);
  });

  it('drops results under score_threshold and cuts to max_num_results', async () => {
    const { deps, queries } = fakes({
      files: { vs_a: { f1: null, f2: null, f3: null, f4: null } },
      hits: { vs_a: [hit('f1', 0, 0.95), hit('f2', 0, 0.8), hit('f3', 0, 0.6), hit('f4', 0, 0.2)] },
    });
    const two = await searchVectorStores(deps, request({ maxNumResults: 2 }));
    expect(two.map((r) => r.file_id)).toEqual(['f1', 'f2']);
    expect(queries[0]!.limit).toBe(2);
    const above = await searchVectorStores(
      deps,
      request({ rankingOptions: { ranker: 'auto', score_threshold: 0.5 } }),
    );
    expect(above.map((r) => r.file_id)).toEqual(['f1', 'f2', 'f3']);
  });

  it('refuses max_num_results outside 1–50, a score_threshold outside 0–1, and no query', async () => {
    const { deps } = fakes({ files: {}, hits: {} });
    expect((await refusal(searchVectorStores(deps, request({ maxNumResults: 0 })))).param).toBe(
      'max_num_results',
    );
    expect((await refusal(searchVectorStores(deps, request({ maxNumResults: 51 })))).param).toBe(
      'max_num_results',
    );
    expect(
      (await refusal(searchVectorStores(deps, request({ rankingOptions: { score_threshold: 1.5 } })))).param,
    ).toBe('ranking_options.score_threshold');
    expect((await refusal(searchVectorStores(deps, request({ queries: ['  ', ''] })))).param).toBe('query');
  });

  it('searches a store with embeddings hybrid by default, embedding the queries once with its model', async () => {
    const { deps, queries, embedded } = fakes({
      files: { vs_e: { f1: null }, vs_f: { f2: null } },
      hits: { vs_e: [hit('f1', 0, 0.8)], vs_f: [hit('f2', 0, 0.7)] },
    });
    const stores = [store('vs_e', { embedding: EMBEDDED }), store('vs_f', { embedding: EMBEDDED })];
    await searchVectorStores(deps, request({ vectorStores: stores, queries: ['owls', 'barn owl'] }));
    expect(embedded).toEqual([{ model: 'fake/embed', texts: ['owls', 'barn owl'], dimensions: 2 }]);
    expect(queries.map((q) => [q.mode, Array.from(q.embedding ?? [])])).toEqual([
      ['hybrid', [4, 1]],
      ['hybrid', [8, 1]],
      ['hybrid', [4, 1]],
      ['hybrid', [8, 1]],
    ]);
  });

  it("takes the request's mode over the store's, the store's over the default, and embeds nothing for keyword", async () => {
    const { deps, queries, embedded } = fakes({
      files: { vs_e: { f1: null } },
      hits: { vs_e: [hit('f1', 0, 0.8)] },
    });
    const vectorByDefault = store('vs_e', { embedding: EMBEDDED, searchMode: 'vector' });
    await searchVectorStores(deps, request({ vectorStores: [vectorByDefault] }));
    await searchVectorStores(deps, request({ vectorStores: [vectorByDefault], searchMode: 'keyword' }));
    expect(queries.map((q) => q.mode)).toEqual(['vector', 'keyword']);
    expect(queries[1]!.embedding).toBeUndefined();
    expect(embedded).toHaveLength(1);
  });

  it('refuses vector or hybrid on a store without embeddings, naming search_mode', async () => {
    const { deps } = fakes({ files: {}, hits: {} });
    const vector = await refusal(searchVectorStores(deps, request({ searchMode: 'vector' })));
    expect(vector.param).toBe('search_mode');
    expect(vector.message).toContain('vs_a');
    expect(
      (await refusal(searchVectorStores(deps, request({ searchMode: 'hybrid', paramPrefix: 'tools[2].' }))))
        .param,
    ).toBe('tools[2].search_mode');
  });

  it('leaves out hits of files no longer completed or deleted meanwhile', async () => {
    const { deps } = fakes({
      files: { vs_a: { live: null } },
      hits: { vs_a: [hit('gone', 0, 0.9), hit('live', 0, 0.8), hit('deleted', 0, 0.7)] },
      filenames: { live: 'live.txt' },
    });
    deps.vectorStores.completedFiles = async () =>
      new Map([
        ['live', null],
        ['deleted', null],
      ]);
    expect((await searchVectorStores(deps, request({}))).map((r) => r.file_id)).toEqual(['live']);
  });
});
