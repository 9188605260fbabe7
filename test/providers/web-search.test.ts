/** The SearXNG client against the fake backend: results, and each failure mapped once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_SEARCH_CORPUS, startFakeSearch, type FakeSearch } from '../../scripts/fake-search.js';
import type { WebSearchConfig } from '../../src/config.js';
import { ApiError } from '../../src/errors.js';
import { createPool, fetchTransport, undiciTransport } from '../../src/providers/transport.js';
import { parseResults, SearxngBackend } from '../../src/providers/web-search.js';

let fake: FakeSearch;
beforeAll(async () => {
  fake = await startFakeSearch();
});
afterAll(() => fake.close());

const config = (over: Partial<WebSearchConfig> = {}): WebSearchConfig => ({
  url: fake.url,
  timeoutMs: 5_000,
  maxResults: 5,
  offline: false,
  ...over,
});

const backend = (over: Partial<WebSearchConfig> = {}) =>
  new SearxngBackend(config(over), undiciTransport(createPool(fake.url)));

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('SearxngBackend', () => {
  it('asks GET /search?q=…&format=json and returns url, title and content of each result', async () => {
    const results = await backend().search('paris weather', new AbortController().signal);
    expect(fake.queries.at(-1)).toBe('paris weather');
    expect(results).toEqual(
      FAKE_SEARCH_CORPUS.filter((d) => /paris|weather/i.test(d.title + d.content + d.url)).map(
        ({ url, title, content }) => ({ url, title, content }),
      ),
    );
    expect(results.length).toBeGreaterThan(1);
  });

  it('maps a failed status, a reply that is not JSON results, a timeout and no connection', async () => {
    const signal = new AbortController().signal;
    const status = await failure(backend().search('fail-500', signal));
    expect([status.status, status.code]).toEqual([502, 'web_search_failed']);
    expect(status.message).toContain('status 500');
    const garbage = await failure(backend().search('fail-garbage', signal));
    expect([garbage.status, garbage.code]).toEqual([502, 'web_search_invalid_response']);
    const slow = await failure(backend({ timeoutMs: 200 }).search('fail-slow', signal));
    expect([slow.status, slow.code]).toEqual([504, 'upstream_timeout']);
    expect(slow.message).toContain('0.2 s');
    const down = new SearxngBackend(
      config({ url: 'http://127.0.0.1:9' }),
      undiciTransport(createPool('http://127.0.0.1:9')),
    );
    const unreachable = await failure(down.search('paris', signal));
    expect([unreachable.status, unreachable.code]).toEqual([502, 'web_search_unreachable']);
  });

  it('says how to enable JSON when the backend refuses the format (403)', async () => {
    const refusing = new SearxngBackend(
      config(),
      fetchTransport(async () => new Response('no', { status: 403 })),
    );
    const error = await failure(refusing.search('paris', new AbortController().signal));
    expect(error.message).toContain('search.formats');
  });

  it('throws the abort, not a failure, when the caller gives up', async () => {
    const controller = new AbortController();
    const pending = backend().search('fail-slow', controller.signal);
    controller.abort(new Error('client left'));
    await expect(pending).rejects.toThrow('client left');
  });

  it('refuses a reply larger than a page of results', async () => {
    const huge = JSON.stringify({ results: [{ url: 'https://a.example', content: 'x'.repeat(5 << 20) }] });
    const big = new SearxngBackend(
      config(),
      fetchTransport(async () => new Response(huge)),
    );
    const error = await failure(big.search('paris', new AbortController().signal));
    expect(error.code).toBe('web_search_invalid_response');
  });
});

describe('parseResults', () => {
  it('keeps http(s) results, trims text, titles an untitled result by its URL', () => {
    expect(
      parseResults({
        results: [
          { url: 'https://a.example/x', title: ' A ', content: ' text ' },
          { url: 'javascript:alert(1)', title: 'bad' },
          { url: 'http://b.example/' },
          'nonsense',
        ],
      }),
    ).toEqual([
      { url: 'https://a.example/x', title: 'A', content: 'text' },
      { url: 'http://b.example/', title: 'http://b.example/', content: '' },
    ]);
    expect(parseResults({ answers: [] })).toBeUndefined();
    expect(parseResults(null)).toBeUndefined();
  });
});
