/**
 * The file_search tool over the real store (the dialect under test) and retrieval's search: the
 * admission check sees the tenant's stores only, names a malformed filter's field and a mode the
 * store cannot serve; a search finds a completed file's chunk with its file name and makes the
 * store active; a store gone since admission fails the search.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { FileSearchTool } from '../../src/api-types.js';
import { FileSearch } from '../../src/engine/tools/file-search.js';
import { storeFileSearch } from '../../src/engine/tools/file-search-store.js';
import { openStore } from '../../src/store/index.js';
import { freshDatabaseUrl } from '../support/database.js';

const T = 'tenant-a';
const store = await openStore(await freshDatabaseUrl());
afterAll(() => store.close());

let clock = 1_000;
const FILENAMES: Record<string, string> = { 'file-hb': 'handbook.md', 'file-rp': 'remote.txt' };
const deps = storeFileSearch({
  vectorStores: store.vectorStores,
  chunks: store.chunks,
  files: {
    get: async (_tenant, id) =>
      FILENAMES[id] === undefined
        ? undefined
        : {
            mimeType: 'text/plain',
            file: {
              id,
              object: 'file',
              bytes: 1,
              created_at: 0,
              filename: FILENAMES[id],
              purpose: 'assistants',
              status: 'processed',
            },
          },
  },
  embedder: {
    embed: async () => {
      throw new Error('keyword stores need no embeddings');
    },
  },
  now: () => clock,
});
const tool = new FileSearch(deps);

/** A keyword-only store of one completed file with these chunks. */
async function storeWith(id: string, fileId: string, texts: string[], attributes = {}) {
  await store.vectorStores.create(
    T,
    {
      id,
      name: id,
      metadata: null,
      createdAt: clock,
      expiresAfter: null,
      expiresAt: null,
      searchMode: null,
      embedding: null,
    },
    [
      {
        fileId,
        attributes,
        chunking: { maxChunkSizeTokens: 800, chunkOverlapTokens: 400 },
        createdAt: clock,
      },
    ],
  );
  const job = await store.ingestion.claim('test', 60_000, clock);
  expect(job).toMatchObject({ vectorStoreId: id, fileId });
  await store.chunks.replace(
    T,
    id,
    fileId,
    texts.map((text, index) => ({ index, text, tokens: text.split(' ').length })),
  );
  const text = texts.join('\n');
  expect(
    await store.ingestion.finish(job!, 'test', { status: 'completed', usageBytes: text.length, text }),
  ).toBe(true);
}

await storeWith('vs_handbook', 'file-hb', [
  'Every employee gets 25 holiday days a year.',
  'The office opens at nine.',
]);
await storeWith('vs_policies', 'file-rp', ['Remote work is allowed on Fridays.'], { team: 'ops' });

const TOOL: FileSearchTool = { type: 'file_search', vector_store_ids: ['vs_handbook', 'vs_policies'] };
const signal = new AbortController().signal;
const request = (over: Partial<Parameters<typeof deps.search>[0]> = {}) => ({
  tenant: T,
  vectorStoreIds: ['vs_handbook', 'vs_policies'],
  queries: ['holiday days'],
  maxNumResults: 10,
  filters: undefined,
  rankingOptions: undefined,
  searchMode: undefined,
  signal,
  ...over,
});

describe('FileSearch.check over the store', () => {
  it("accepts the tenant's stores; refuses another tenant's and unknown ones, naming them", async () => {
    await expect(tool.check(TOOL, 'tools[0]', T)).resolves.toBeUndefined();
    await expect(tool.check(TOOL, 'tools[2]', 'tenant-b')).rejects.toMatchObject({
      status: 400,
      param: 'tools[2].vector_store_ids[0]',
    });
    await expect(
      tool.check({ ...TOOL, vector_store_ids: ['vs_handbook', 'vs_gone'] }, 'tools[0]', T),
    ).rejects.toMatchObject({ status: 400, param: 'tools[0].vector_store_ids[1]' });
  });

  it("names a malformed filter's field, and a mode a keyword-only store cannot serve", async () => {
    const filters = {
      type: 'and',
      filters: [
        { type: 'eq', key: 'team', value: 'ops' },
        { type: 'in', key: 'x', value: 3 },
      ],
    };
    await expect(
      tool.check({ ...TOOL, filters: filters as FileSearchTool['filters'] }, 'tools[0]', T),
    ).rejects.toMatchObject({ status: 400, param: 'tools[0].filters.filters[1].value' });
    await expect(tool.check({ ...TOOL, search_mode: 'hybrid' }, 'tools[0]', T)).rejects.toMatchObject({
      status: 400,
      param: 'tools[0].search_mode',
    });
  });
});

describe('the search over the store', () => {
  it('finds the chunk with its file name, and makes the stores active', async () => {
    clock = 2_000;
    const hits = await deps.search(request());
    expect(hits[0]).toEqual({
      file_id: 'file-hb',
      filename: 'handbook.md',
      score: expect.any(Number),
      text: 'Every employee gets 25 holiday days a year.',
      attributes: {},
    });
    expect((await store.vectorStores.get(T, 'vs_handbook', clock))?.lastActiveAt).toBe(2_000);
  });

  it('applies the filters over attributes', async () => {
    const hits = await deps.search(
      request({ queries: ['remote fridays holiday'], filters: { type: 'eq', key: 'team', value: 'ops' } }),
    );
    expect(hits.map((h) => h.file_id)).toEqual(['file-rp']);
    expect(hits[0]!.attributes).toEqual({ team: 'ops' });
  });

  it('fails when a store is gone since admission', async () => {
    await expect(deps.search(request({ vectorStoreIds: ['vs_handbook', 'vs_gone'] }))).rejects.toMatchObject({
      status: 404,
      message: expect.stringContaining('vs_gone'),
    });
  });
});
