/**
 * Vector stores with an embedding model (EMBEDDING_MODEL routed to the fake upstream's
 * /v1/embeddings): a store created then records the model, its chunks are embedded at ingest, and it
 * is searched by vector, hybrid (its default) or keyword; a store created before the model was
 * configured stays keyword-only.
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

  it.each(['vector', 'hybrid', 'keyword', undefined] as const)(
    'finds the right file searched by %s',
    async (mode) => {
      const found = await search(client, storeId, 'why do tides rise and fall', mode);
      expect(found.data[0]).toMatchObject({ file_id: ids['tides.txt'], filename: 'tides.txt' });
      for (const hit of found.data) {
        expect(hit.score).toBeGreaterThanOrEqual(0);
        expect(hit.score).toBeLessThanOrEqual(1);
      }
    },
  );

  it('embeds the query with the store model', async () => {
    const before = stack.upstream.requests.length;
    await search(client, storeId, 'yeast and sugar', 'vector');
    const calls = stack.upstream.requests.slice(before).filter((r) => r.path === '/v1/embeddings');
    expect(calls.map((r) => (r.body as { model: string }).model)).toEqual(['fake-embedder']);
  });
});
