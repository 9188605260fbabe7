/**
 * Vector stores with an embedding model (EMBEDDING_MODEL routed to the fake upstream's
 * /v1/embeddings): a store created then records the model, its chunks are embedded at ingest, and it
 * is searched by vector, hybrid (its default) or keyword, its queries embedded with its model.
 */
import OpenAI, { toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './stack.js';

type Mode = 'keyword' | 'vector' | 'hybrid';
/** search_mode is the gateway's extension, unknown to the SDK's types. */
const search = (client: OpenAI, id: string, query: string, mode?: Mode) =>
  client.vectorStores.search(id, { query, ...(mode ? { search_mode: mode } : {}) } as { query: string });

const DOCS = {
  'tides.txt': 'The moon pulls the oceans, which makes the tides rise and fall twice a day.',
  'bread.txt': 'Bread rises because yeast ferments sugar and gives off carbon dioxide.',
};

let stack: Stack;
let client: OpenAI;
beforeAll(async () => {
  stack = await startStack({ VALIDATE_RESPONSES: 'true', EMBEDDING_MODEL: 'openai/fake-embedder' });
  client = stack.client;
});
afterAll(() => stack.close());

describe('a store with embeddings', () => {
  let storeId: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const store = await client.vectorStores.create({ name: 'embedded' });
    storeId = store.id;
    for (const [name, text] of Object.entries(DOCS)) {
      const file = await client.vectorStores.files.uploadAndPoll(
        storeId,
        await toFile(Buffer.from(text), name, { type: 'text/plain' }),
      );
      expect(file.status).toBe('completed');
      ids[name] = file.id;
    }
  });

  it('embedded its chunks through the upstream', () => {
    const embedded = stack.upstream.requests
      .filter((r) => r.path === '/v1/embeddings')
      .flatMap((r) => (r.body as { input: string | string[] }).input);
    for (const text of Object.values(DOCS)) expect(embedded).toContain(text);
  });

  // The fake upstream's vectors say little about meaning, so vector search is checked for what it
  // returns (every completed file, scored in [0, 1]); keyword search for its ranking.
  it.each(['vector', 'hybrid', undefined] as const)(
    'searches by %s over the embedded chunks',
    async (mode) => {
      const found = await search(client, storeId, 'why do tides rise and fall', mode);
      expect(new Set(found.data.map((hit) => hit.file_id))).toEqual(new Set(Object.values(ids)));
      for (const hit of found.data) {
        expect(hit.score).toBeGreaterThanOrEqual(0);
        expect(hit.score).toBeLessThanOrEqual(1);
      }
    },
  );

  it('searches by keyword too, the best match first', async () => {
    const found = await search(client, storeId, 'moon oceans tides', 'keyword');
    expect(found.data.map((hit) => hit.filename)).toEqual(['tides.txt']);
  });

  it('embeds the query with the store model', async () => {
    const before = stack.upstream.requests.length;
    await search(client, storeId, 'yeast and sugar', 'vector');
    const calls = stack.upstream.requests.slice(before).filter((r) => r.path === '/v1/embeddings');
    expect(calls.map((r) => r.body)).toMatchObject([{ model: 'fake-embedder', input: ['yeast and sugar'] }]);
  });
});
