/** The Embedder over the provider registry, against an upstream mocked with msw. */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/errors.js';
import { createLogger } from '../../src/logger.js';
import { MAX_EMBEDDING_RETRY_WAIT_MS } from '../../src/providers/provider.js';
import { ProviderRegistry } from '../../src/providers/registry.js';
import { UpstreamAborted } from '../../src/providers/upstream-errors.js';
import {
  DEFAULT_MAX_BATCH_TOKENS,
  Embedder,
  withEmbeddings,
  type EmbedderOptions,
} from '../../src/retrieval/embed.js';
import { fakeProvider } from '../support/provider.js';

const URL = 'http://upstream.test/v1/embeddings';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

interface EmbeddingsBody {
  model: string;
  input: string[];
  encoding_format?: string;
  dimensions?: number;
}

/** The bodies the upstream was sent, and a vector per input that says which input it was. */
function upstream(answers: Array<(body: EmbeddingsBody) => Response | undefined> = []) {
  const bodies: EmbeddingsBody[] = [];
  server.use(
    http.post(URL, async ({ request }) => {
      const body = (await request.json()) as EmbeddingsBody;
      bodies.push(body);
      const scripted = answers.shift()?.(body);
      if (scripted) return scripted;
      return HttpResponse.json({
        object: 'list',
        model: body.model,
        // Out of order on purpose: the index says which input a vector is for.
        data: body.input
          .map((text, index) => ({ object: 'embedding', index, embedding: [text.length, index, 0.5] }))
          .reverse(),
        usage: { prompt_tokens: 1, total_tokens: 1 },
      });
    }),
  );
  return bodies;
}

const error =
  (status: number, message: string, headers: Record<string, string> = {}) =>
  () =>
    HttpResponse.json(
      { error: { message, type: 'server_error', param: null, code: null } },
      { status, headers },
    );

function embedder(options: Partial<EmbedderOptions> = {}) {
  const provider = fakeProvider((input, init) => globalThis.fetch(input, init), { models: ['embed-small'] });
  const registry = new ProviderRegistry([provider], provider, 60_000, createLogger('silent'));
  return new Embedder(registry, { batchSize: 64, ...options });
}

const signal = () => new AbortController().signal;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

describe('Embedder.embed', () => {
  it('embeds in batches of batch_size, through the routed model, in input order', async () => {
    const bodies = upstream();
    const vectors = await embedder({ batchSize: 2 }).embed(
      'fake/embed-small',
      ['a', 'bb', 'ccc', 'dddd', 'e'],
      signal(),
    );
    expect(bodies.map((b) => b.input)).toEqual([['a', 'bb'], ['ccc', 'dddd'], ['e']]);
    expect(bodies.every((b) => b.model === 'embed-small' && b.encoding_format === 'float')).toBe(true);
    expect(vectors.every((v) => v instanceof Float32Array)).toBe(true);
    expect(vectors.map((v) => Array.from(v))).toEqual([
      [1, 0, 0.5],
      [2, 1, 0.5],
      [3, 0, 0.5],
      [4, 1, 0.5],
      [1, 0, 0.5],
    ]);
  });

  it('also bounds a batch by tokens (max_batch_tokens), counting plain texts with the tokenizer', async () => {
    const bodies = upstream();
    // 'word ' is one o200k token: each text is 100 tokens.
    const texts = ['a', 'b', 'c', 'd', 'e'].map((x) => `${x}${' word'.repeat(99)}`);
    await embedder({ batchSize: 64, maxBatchTokens: 250 }).embed('fake/embed-small', texts, signal());
    expect(bodies.map((b) => b.input.length)).toEqual([2, 2, 1]);
    expect(bodies.flatMap((b) => b.input)).toEqual(texts);
  });

  it('sends an input larger than max_batch_tokens alone rather than not at all', async () => {
    const bodies = upstream();
    await embedder({ maxBatchTokens: 5 }).embed(
      'fake/embed-small',
      ['one two three four five six', 'x'],
      signal(),
    );
    expect(bodies.map((b) => b.input.length)).toEqual([1, 1]);
  });

  it('makes no call for no texts', async () => {
    const bodies = upstream();
    expect(await embedder().embed('embed-small', [], signal())).toEqual([]);
    expect(bodies).toEqual([]);
  });

  it('waits as a 429 says (retry-after) and tries again', async () => {
    const bodies = upstream([error(429, 'slow down', { 'retry-after': '1' })]);
    const started = Date.now();
    const vectors = await embedder().embed('embed-small', ['a'], signal());
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(bodies).toHaveLength(2);
    expect(vectors).toHaveLength(1);
  });

  it('waits at most MAX_EMBEDDING_RETRY_WAIT_MS however long a 429 says', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const bodies = upstream([error(429, 'come back tomorrow', { 'retry-after': '86400' })]);
      const embedding = embedder().embed('embed-small', ['a'], signal());
      while (vi.getTimerCount() === 0) await new Promise((resolve) => setImmediate(resolve));
      expect(bodies).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(MAX_EMBEDDING_RETRY_WAIT_MS);
      expect(await embedding).toHaveLength(1);
      expect(bodies).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ends at an abort that comes while it waits to retry', async () => {
    upstream([error(429, 'slow down', { 'retry-after': '30' })]);
    const controller = new AbortController();
    const started = Date.now();
    const embedding = embedder().embed('embed-small', ['a'], controller.signal);
    setTimeout(() => controller.abort(), 200);
    expect(await rejection(embedding)).toBeInstanceOf(UpstreamAborted);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('retries 5xx and failed connections', async () => {
    const bodies = upstream([
      error(500, 'boom', { 'retry-after-ms': '5' }),
      error(503, 'busy', { 'retry-after-ms': '5' }),
      () => HttpResponse.error(),
    ]);
    expect(await embedder().embed('embed-small', ['a', 'b'], signal())).toHaveLength(2);
    expect(bodies).toHaveLength(4);
  });

  it('gives up after its retries, as the upstream failure (a 502)', async () => {
    const busy = error(503, 'still busy', { 'retry-after-ms': '1' });
    const bodies = upstream([busy, busy, busy, busy]);
    const failure = await rejection(embedder({ maxRetries: 2 }).embed('embed-small', ['a'], signal()));
    expect(bodies).toHaveLength(3);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(502);
    expect((failure as ApiError).message).toContain('still busy');
  });

  it('does not retry a 400, which comes back as the upstream said it', async () => {
    const bodies = upstream([
      () =>
        HttpResponse.json(
          { error: { message: 'input too long', type: 'invalid_request_error', param: 'input', code: null } },
          { status: 400 },
        ),
    ]);
    const failure = await rejection(embedder().embed('embed-small', ['a'], signal()));
    expect(bodies).toHaveLength(1);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).toJSON().error).toMatchObject({
      message: 'input too long',
      type: 'invalid_request_error',
      param: 'input',
    });
    expect((failure as ApiError).status).toBe(400);
  });

  it('fails a reply without one vector per input, or of the wrong length, as upstream_invalid_response', async () => {
    upstream([() => HttpResponse.json({ object: 'list', data: [{ index: 0, embedding: [1] }] })]);
    const short = await rejection(embedder().embed('embed-small', ['a', 'b'], signal()));
    expect((short as ApiError).code).toBe('upstream_invalid_response');

    upstream([() => HttpResponse.json({ object: 'list', data: [{ index: 0, embedding: [1, 2, 3] }] })]);
    const wrong = await rejection(embedder().embed('embed-small', ['a'], signal(), 1536));
    expect((wrong as ApiError).code).toBe('upstream_invalid_response');
    expect((wrong as ApiError).message).toMatch(/3 dimensions where 1536/);

    upstream([() => HttpResponse.json({ object: 'list', data: [{ index: 0, embedding: 'AAAA' }] })]);
    const notFloats = await rejection(embedder().embed('embed-small', ['a'], signal()));
    expect((notFloats as ApiError).code).toBe('upstream_invalid_response');
  });

  it("ends at the caller's abort", async () => {
    upstream();
    const controller = new AbortController();
    controller.abort();
    expect(await rejection(embedder().embed('embed-small', ['a'], controller.signal))).toBeInstanceOf(
      UpstreamAborted,
    );
  });

  it('refuses a model the registry does not route', async () => {
    const failure = await rejection(embedder().embed('nope', ['a'], signal()));
    expect((failure as ApiError).code).toBe('model_not_found');
  });
});

describe('Embedder.dimensionsOf', () => {
  it("learns the length of the model's own vectors from one call, asking for no length", async () => {
    const bodies = upstream();
    expect(await embedder().dimensionsOf('embed-small')).toBe(3);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).not.toHaveProperty('dimensions');
  });

  it('asks the configured model for the configured dimensions, and checks it got them', async () => {
    const bodies = upstream();
    const configured = embedder({ model: 'embed-small', dimensions: 3 });
    expect(await configured.dimensionsOf('embed-small')).toBe(3);
    expect(bodies[0]!.dimensions).toBe(3);
    const wrong = embedder({ model: 'embed-small', dimensions: 256 });
    expect(((await rejection(wrong.dimensionsOf('embed-small'))) as ApiError).message).toMatch(
      /3 dimensions where 256/,
    );
  });
});

describe('dimensions sent upstream', () => {
  it('only for the configured model, and only when the store expects that length', async () => {
    const bodies = upstream();
    const configured = embedder({ model: 'embed-small', dimensions: 3 });
    await configured.embed('embed-small', ['a'], signal(), 3);
    await configured.embed('embed-small', ['a'], signal());
    // A store whose length was learnt otherwise (before the setting changed) is not asked to shorten.
    await rejection(configured.embed('embed-small', ['a'], signal(), 1536));
    await embedder({ model: 'other', dimensions: 3 }).embed('embed-small', ['a'], signal());
    expect(bodies.map((b) => b.dimensions)).toEqual([3, 3, undefined, undefined]);
  });
});

describe('withEmbeddings', () => {
  const chunks = [
    { index: 0, text: 'first', tokens: 1 },
    { index: 1, text: 'second', tokens: 1 },
  ];

  it("gives each chunk its vector from the store's model", async () => {
    const bodies = upstream();
    const embedded = await withEmbeddings(
      embedder(),
      { model: 'embed-small', dimensions: 3 },
      chunks,
      signal(),
    );
    expect(bodies.map((b) => b.input)).toEqual([['first', 'second']]);
    expect(embedded.map((c) => [c.index, c.text, Array.from(c.embedding!)])).toEqual([
      [0, 'first', [5, 0, 0.5]],
      [1, 'second', [6, 1, 0.5]],
    ]);
  });

  it("keeps every call under OpenAI's 300,000 tokens per request by default, by the chunks' token counts", async () => {
    const bodies = upstream();
    // 2048 chunks of 4096 tokens (the largest static chunks): 2048 inputs fit batch_size, not the tokens.
    const big = Array.from({ length: 2048 }, (_, index) => ({ index, text: `c${index}`, tokens: 4096 }));
    const embedded = await withEmbeddings(
      embedder({ batchSize: 2048 }),
      { model: 'embed-small', dimensions: 3 },
      big,
      signal(),
    );
    expect(embedded).toHaveLength(2048);
    expect(bodies.flatMap((b) => b.input)).toEqual(big.map((c) => c.text));
    expect(bodies.length).toBeGreaterThan(1);
    for (const body of bodies) expect(body.input.length * 4096).toBeLessThanOrEqual(300_000);
    expect(bodies[0]!.input.length).toBe(Math.floor(DEFAULT_MAX_BATCH_TOKENS / 4096));
  });

  it('leaves the chunks as they are for a store without a model, calling nobody', async () => {
    const bodies = upstream();
    expect(await withEmbeddings(embedder(), null, chunks, signal())).toEqual(chunks);
    expect(bodies).toEqual([]);
  });
});
