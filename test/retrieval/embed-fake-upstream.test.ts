/**
 * The whole ingestion path of a file's text, extract → chunk → embed, against the fake upstream
 * (real HTTP, the provider's undici pool): what the benchmark and end-to-end tests run on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from '../../scripts/fake-upstream.js';
import { createLogger } from '../../src/logger.js';
import { Provider } from '../../src/providers/provider.js';
import { ProviderRegistry } from '../../src/providers/registry.js';
import { createPool, undiciTransport } from '../../src/providers/transport.js';
import { chunkText } from '../../src/retrieval/chunk.js';
import { Embedder, withEmbeddings } from '../../src/retrieval/embed.js';
import { extractText } from '../../src/retrieval/extract.js';
import { FAKE_PROVIDER } from '../support/provider.js';
import { docxDocument, DOCX_TYPE } from '../support/documents.js';

let upstream: FakeUpstream;
let pool: ReturnType<typeof createPool>;
let embedder: Embedder;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  const config = { ...FAKE_PROVIDER, baseURL: upstream.url, models: undefined };
  pool = createPool(config.baseURL);
  const provider = new Provider(config, undiciTransport(pool));
  embedder = new Embedder(new ProviderRegistry([provider], provider, 60_000, createLogger('silent')), {
    batchSize: 4,
  });
});

afterAll(async () => {
  await pool?.close();
  await upstream?.close();
});

describe('extract, chunk and embed against the fake upstream', () => {
  it('gives every chunk of a document a vector of the model’s dimensions', async () => {
    const paragraphs = Array.from(
      { length: 60 },
      (_, i) => `Paragraph ${i} tells of the harbour and its ships.`,
    );
    const text = await extractText({
      bytes: await docxDocument(paragraphs),
      mimeType: DOCX_TYPE,
      filename: 'h.docx',
    });
    const chunks = await chunkText(text, { maxChunkSizeTokens: 100, chunkOverlapTokens: 20 });
    expect(chunks.length).toBeGreaterThan(4);
    const dimensions = await embedder.dimensionsOf('fake/embed');
    const embedded = await withEmbeddings(
      embedder,
      { model: 'fake/embed', dimensions },
      chunks,
      new AbortController().signal,
    );
    expect(dimensions).toBe(3);
    expect(embedded.every((c) => c.embedding?.length === 3)).toBe(true);
    // The fake's vector says how long the text was: each chunk got its own.
    expect(embedded.map((c) => c.embedding![0])).toEqual(chunks.map((c) => Math.fround(c.text.length / 100)));
    const calls = upstream.requests.filter((r) => r.path === '/v1/embeddings');
    expect(calls).toHaveLength(1 + Math.ceil(chunks.length / 4));
  });
});
