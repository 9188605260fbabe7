/**
 * Vector stores with an embedding model (EMBEDDING_MODEL routed to the fake upstream's
 * /v1/embeddings): a store created then records the model, its chunks are embedded at ingest, and it
 * is searched by vector, hybrid (its default) or keyword, its queries embedded with its model.
 * With EMBEDDING_DIMENSIONS the gateway asks for `dimensions`, and the fake upstream's vectors are a
 * bag of words (scripts/fake-embedding.ts), so vector and hybrid rankings are checked for real;
 * without it the dimensions are learnt from a probe and the fake's vectors mean nothing, so that
 * path is checked for what it returns.
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

for (const [label, env, meaningful] of [
  ['configured dimensions (EMBEDDING_DIMENSIONS=256)', { EMBEDDING_DIMENSIONS: '256' }, true],
  ['probe-learnt dimensions', {}, false],
] as const) {
  describe(`a store with embeddings, ${label}`, () => {
    let stack: Stack;
    let client: OpenAI;
    let storeId: string;
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      stack = await startStack({
        VALIDATE_RESPONSES: 'true',
        EMBEDDING_MODEL: 'openai/fake-embedder',
        ...env,
      });
      client = stack.client;
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
    afterAll(() => stack.close());

    it('embedded its chunks through the upstream', () => {
      const calls = stack.upstream.requests.filter((r) => r.path === '/v1/embeddings');
      const embedded = calls.flatMap((r) => (r.body as { input: string | string[] }).input);
      for (const text of Object.values(DOCS)) expect(embedded).toContain(text);
      const asked = calls.map((r) => (r.body as { dimensions?: number }).dimensions);
      if (meaningful) expect(new Set(asked)).toEqual(new Set([256]));
      else expect(asked.every((d) => d === undefined)).toBe(true);
    });

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

    if (meaningful)
      it.each([
        ['vector', 'why do tides rise and fall', 'tides.txt'],
        ['vector', 'what does yeast do to sugar', 'bread.txt'],
        ['hybrid', 'why do tides rise and fall', 'tides.txt'],
        ['hybrid', 'what does yeast do to sugar', 'bread.txt'],
      ] as const)('ranks by %s the file sharing the words of "%s" first', async (mode, query, filename) => {
        const found = await search(client, storeId, query, mode);
        expect(found.data[0]?.filename).toBe(filename);
        expect(found.data[0]!.score).toBeGreaterThan(found.data[1]?.score ?? 0);
      });

    it('searches by keyword too, the best match first', async () => {
      const found = await search(client, storeId, 'moon oceans tides', 'keyword');
      expect(found.data.map((hit) => hit.filename)).toEqual(['tides.txt']);
    });

    it('embeds the query with the store model', async () => {
      const before = stack.upstream.requests.length;
      await search(client, storeId, 'yeast and sugar', 'vector');
      const calls = stack.upstream.requests.slice(before).filter((r) => r.path === '/v1/embeddings');
      expect(calls.map((r) => r.body)).toMatchObject([
        { model: 'fake-embedder', input: ['yeast and sugar'], ...(meaningful ? { dimensions: 256 } : {}) },
      ]);
    });

    it('embeds the rewritten query when rewrite_query is set', async () => {
      const before = stack.upstream.requests.length;
      const found = await client.vectorStores.search(storeId, {
        query: 'What does the yeast do?',
        rewrite_query: true,
        search_mode: 'vector',
      } as { query: string });
      const calls = stack.upstream.requests.slice(before).filter((r) => r.path === '/v1/embeddings');
      expect(calls.map((r) => r.body)).toMatchObject([{ input: ['yeast'] }]);
      if (meaningful) expect(found.data[0]?.filename).toBe('bread.txt');
    });
  });
}
