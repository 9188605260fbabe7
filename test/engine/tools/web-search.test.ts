/** The hosted web_search tool: when it is offered, what one call yields and returns, citations. */
import { describe, expect, it } from 'vitest';
import type { HostedCall, HostedContext, HostedResult } from '../../../src/engine/tools/hosted.js';
import { allowedBy, resultCount, resultsText, WebSearch } from '../../../src/engine/tools/web-search.js';
import { badGateway } from '../../../src/errors.js';
import type { SearchResult, WebSearchBackend } from '../../../src/providers/web-search.js';

const RESULTS: SearchResult[] = [
  { url: 'https://weather.example.com/paris', title: 'Paris weather', content: 'Sunny, 21 °C.' },
  { url: 'https://blog.weather.example.com/london', title: 'London', content: 'Rain.' },
  { url: 'https://news.example.org/paris', title: 'News', content: '' },
];

function backend(over: Partial<WebSearchBackend> = {}): WebSearchBackend & { queries: string[] } {
  const queries: string[] = [];
  return {
    offline: false,
    maxResults: 5,
    queries,
    search: async (query: string) => {
      queries.push(query);
      return RESULTS;
    },
    ...over,
  };
}

const call = (args: unknown, tool: HostedCall['tool'] = { type: 'web_search' }): HostedCall => ({
  tool,
  callId: 'call_1',
  rawArguments: JSON.stringify(args),
  arguments: args,
});

/** An earlier call's result that gave the model these sources. */
const earlierResult = (sources: HostedResult['sources']): HostedResult => ({
  item: { type: 'web_search_call', id: 'ws_0', status: 'completed', action: { type: 'search', query: 'q' } },
  output: '',
  sources,
});

const context = (over: Partial<HostedContext> = {}): HostedContext => ({
  tenant: 'default',
  signal: new AbortController().signal,
  include: [],
  outputIndex: 2,
  firstNumber: 1,
  ...over,
});

async function drain(tool: WebSearch, c: HostedCall, ctx: HostedContext) {
  const events: { type: string }[] = [];
  const gen = tool.run(c, ctx);
  for (;;) {
    const next = await gen.next();
    if (next.done) return { events, result: next.value };
    events.push(next.value);
  }
}

describe('WebSearch.offer', () => {
  it('offers one query function for every web search type, naming allowed domains', () => {
    const tool = new WebSearch(backend());
    for (const type of ['web_search', 'web_search_2025_08_26', 'web_search_preview'] as const)
      expect(tool.offer({ type })?.function.name).toBe('web_search');
    const fn = tool.offer({ type: 'web_search', filters: { allowed_domains: ['Example.com.'] } });
    expect(fn?.function.description).toContain('Only results from example.com');
    expect(fn?.function.parameters).toMatchObject({ required: ['query'] });
    expect(tool.offer({ type: 'function', name: 'f' })).toBeUndefined();
  });

  it('is not offered without a backend, nor for external_web_access: false on a live backend', () => {
    expect(new WebSearch(undefined).offer({ type: 'web_search' })).toBeUndefined();
    expect(new WebSearch(undefined).notOffered()).toBe('no search backend');
    const live = new WebSearch(backend());
    expect(live.offer({ type: 'web_search', external_web_access: false })).toBeUndefined();
    expect(live.notOffered()).toContain('external_web_access');
    const offline = new WebSearch(backend({ offline: true }));
    expect(offline.offer({ type: 'web_search', external_web_access: false })).toBeDefined();
  });
});

describe('WebSearch.run', () => {
  it('streams added, in_progress, searching, completed, done; numbers results from firstNumber', async () => {
    const search = backend();
    const { events, result } = await drain(
      new WebSearch(search),
      call({ query: ' paris ' }),
      context({ firstNumber: 2 }),
    );
    expect(search.queries).toEqual(['paris']);
    expect(events.map((e) => e.type)).toEqual([
      'response.output_item.added',
      'response.web_search_call.in_progress',
      'response.web_search_call.searching',
      'response.web_search_call.completed',
      'response.output_item.done',
    ]);
    expect(events[0]).toMatchObject({ output_index: 2, item: { status: 'in_progress' } });
    expect(events[1]).toMatchObject({ output_index: 2, item_id: result.item.id });
    expect(result.item).toEqual({
      type: 'web_search_call',
      id: expect.stringMatching(/^ws_/),
      status: 'completed',
      action: { type: 'search', query: 'paris' },
    });
    expect(result.output).toContain('[2] Paris weather\nURL: https://weather.example.com/paris\nSunny');
    expect(result.output).toContain('[4] News');
    expect(result.sources).toEqual(RESULTS.map(({ url, title }) => ({ url, title })));
    expect(result.firstNumber).toBe(2);
  });

  it('adds the sources with include web_search_call.action.sources, filtered by allowed domains', async () => {
    const tool: HostedCall['tool'] = {
      type: 'web_search',
      filters: { allowed_domains: ['weather.example.com'] },
    };
    const { result } = await drain(
      new WebSearch(backend()),
      call({ query: 'weather' }, tool),
      context({ include: ['web_search_call.action.sources'] }),
    );
    expect(result.item).toMatchObject({
      action: {
        sources: [
          { type: 'url', url: 'https://weather.example.com/paris' },
          { type: 'url', url: 'https://blog.weather.example.com/london' },
        ],
      },
    });
  });

  it('gives search_context_size low fewer results', async () => {
    const { result } = await drain(
      new WebSearch(backend({ maxResults: 2 })),
      call({ query: 'x' }, { type: 'web_search_preview', search_context_size: 'low' }),
      context(),
    );
    expect(result.sources).toHaveLength(1);
  });

  it('fails the call, not the response, when the backend fails or the query is missing', async () => {
    const down = backend({
      search: async () => {
        throw badGateway('The web search backend failed with status 500.');
      },
    });
    const failed = await drain(new WebSearch(down), call({ query: 'paris' }), context());
    expect(failed.result.item).toMatchObject({ status: 'failed' });
    expect(failed.events.map((e) => e.type)).not.toContain('response.web_search_call.completed');
    expect(failed.result.output).toContain('status 500');
    const empty = await drain(new WebSearch(backend()), call({ q: 1 }), context());
    expect(empty.result.item).toMatchObject({ status: 'failed', action: { query: '{"q":1}' } });
    expect(empty.events.map((e) => e.type)).not.toContain('response.web_search_call.searching');
  });

  it('lets the abort through when the response is cancelled', async () => {
    const controller = new AbortController();
    const slow = backend({
      search: async () => {
        controller.abort();
        throw badGateway('aborted underneath');
      },
    });
    await expect(
      drain(new WebSearch(slow), call({ query: 'p' }), context({ signal: controller.signal })),
    ).rejects.toThrow('aborted underneath');
  });
});

describe('WebSearch.annotate', () => {
  it('annotates citations of every call’s sources, numbered across calls', () => {
    const results = [
      earlierResult([{ url: 'https://a.example', title: 'A' }]),
      earlierResult([{ url: 'https://b.example', title: 'B' }]),
    ];
    expect(new WebSearch(backend()).annotate('Sunny [2].', results)).toEqual([
      { type: 'url_citation', url: 'https://b.example', title: 'B', start_index: 6, end_index: 9 },
    ]);
  });

  it('skips the numbers other tools’ results took', () => {
    // [1] and [2] were another tool's results (file_search's, say); this call's first is [3].
    const results = [{ ...earlierResult([{ url: 'https://c.example', title: 'C' }]), firstNumber: 3 }];
    const tool = new WebSearch(backend());
    expect(tool.annotate('Files [1]; web [3].', results)).toEqual([
      { type: 'url_citation', url: 'https://c.example', title: 'C', start_index: 15, end_index: 18 },
    ]);
  });
});

describe('helpers', () => {
  it('allowedBy takes a domain and its subdomains only', () => {
    expect(allowedBy(['example.com'], 'https://a.b.example.com/x')).toBe(true);
    expect(allowedBy(['example.com'], 'https://notexample.com/')).toBe(false);
    expect(allowedBy([], 'https://any.example/')).toBe(true);
  });

  it('resultCount scales the configured number by search_context_size', () => {
    expect([resultCount('low', 5), resultCount(undefined, 5), resultCount('high', 5)]).toEqual([3, 5, 10]);
  });

  it('resultsText says when nothing was found', () => {
    expect(resultsText('q', [], 1)).toBe('No web results for "q".');
  });
});

describe('WebSearch.failed', () => {
  it('closes the item of a search that threw after announcing it as failed', async () => {
    const tool = new WebSearch(
      backend({
        search: async () => {
          throw new TypeError('the client broke');
        },
      }),
    );
    const gen = tool.run(call({ query: 'paris' }), context());
    const added = await gen.next();
    expect(added.value).toMatchObject({
      type: 'response.output_item.added',
      item: { status: 'in_progress' },
    });
    await expect(drainRest(gen)).rejects.toThrow('the client broke');
    const item = {
      type: 'web_search_call' as const,
      id: 'ws_1',
      status: 'in_progress' as const,
      action: { type: 'search' as const, query: 'paris' },
    };
    expect(tool.failed(item)).toEqual({ ...item, status: 'failed' });
  });
});

async function drainRest(gen: AsyncGenerator<unknown, unknown>) {
  for (;;) if ((await gen.next()).done) return;
}
