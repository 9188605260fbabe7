/** The hosted file_search tool with a fake search: offer, admission check, one call, citations. */
import { describe, expect, it } from 'vitest';
import type { FileSearchTool } from '../../../src/api-types.js';
import {
  DEFAULT_MAX_NUM_RESULTS,
  FileSearch,
  queriesOf,
  type FileSearchDeps,
  type FileSearchHit,
  type FileSearchRequest,
} from '../../../src/engine/tools/file-search.js';
import type { HostedCall, HostedContext, HostedResult } from '../../../src/engine/tools/hosted.js';
import { badGateway, badRequest } from '../../../src/errors.js';
import type { VectorStoreRecord } from '../../../src/store/vector-stores.js';

const HITS: FileSearchHit[] = [
  {
    file_id: 'file-a',
    filename: 'handbook.md',
    score: 0.9,
    text: 'Holidays: 25 days a year.',
    attributes: {},
  },
  {
    file_id: 'file-b',
    filename: 'policy.pdf',
    score: 0.5,
    text: 'Remote work on Fridays.',
    attributes: { year: 2024 },
  },
];

const STORE = (id: string, embedding: VectorStoreRecord['embedding'] = null): VectorStoreRecord => ({
  id,
  name: id,
  metadata: null,
  createdAt: 0,
  expiresAfter: null,
  expiresAt: null,
  searchMode: null,
  embedding,
  lastActiveAt: 0,
  usageBytes: 0,
  fileCounts: { in_progress: 0, completed: 1, failed: 0, cancelled: 0, total: 1 },
});

/** Tenant t1 has vs_1 (keyword only) and vs_2 (embedded); t2 has vs_9. */
function deps(over: Partial<FileSearchDeps> = {}): FileSearchDeps & { requests: FileSearchRequest[] } {
  const requests: FileSearchRequest[] = [];
  const stores: Record<string, VectorStoreRecord[]> = {
    t1: [STORE('vs_1'), STORE('vs_2', { model: 'e', dimensions: 3 })],
    t2: [STORE('vs_9')],
  };
  return {
    requests,
    search: async (request) => {
      requests.push(request);
      return HITS;
    },
    stores: { get: async (tenant, id) => stores[tenant]?.find((s) => s.id === id) },
    checkFilters: (filters, at) => {
      if (!('type' in filters)) throw badRequest('A filter needs a type.', `${at}.type`, 'invalid_value');
    },
    ...over,
  };
}

const TOOL: FileSearchTool = { type: 'file_search', vector_store_ids: ['vs_1', 'vs_2'] };

const call = (args: unknown, tool: HostedCall['tool'] = TOOL): HostedCall => ({
  tool,
  callId: 'call_1',
  rawArguments: JSON.stringify(args),
  arguments: args,
});

const context = (over: Partial<HostedContext> = {}): HostedContext => ({
  tenant: 't1',
  signal: new AbortController().signal,
  include: [],
  outputIndex: 1,
  firstNumber: 1,
  ...over,
});

async function drain(tool: FileSearch, c: HostedCall, ctx: HostedContext) {
  const events: Array<{ type: string; item?: unknown }> = [];
  const gen = tool.run(c, ctx);
  for (;;) {
    const next = await gen.next();
    if (next.done) return { events, result: next.value };
    events.push(next.value);
  }
}

describe('FileSearch.offer', () => {
  it('offers a queries function for file_search tools only', () => {
    const tool = new FileSearch(deps());
    const fn = tool.offer(TOOL);
    expect(fn?.function.name).toBe('file_search');
    expect(fn?.function.description).toMatch(/files/);
    expect(fn?.function.parameters).toMatchObject({
      required: ['queries'],
      properties: { queries: { type: 'array' } },
    });
    expect(tool.offer({ type: 'function', name: 'f' })).toBeUndefined();
  });
});

describe('FileSearch.check', () => {
  const check = (tool: FileSearchTool, tenant = 't1') =>
    new FileSearch(deps()).check(tool, 'tools[0]', tenant);

  it("accepts the tenant's own stores", async () => {
    await expect(check(TOOL)).resolves.toBeUndefined();
    await expect(
      check({ ...TOOL, vector_store_ids: ['vs_2'], search_mode: 'hybrid' }),
    ).resolves.toBeUndefined();
  });

  it("refuses an unknown store, or another tenant's, naming it", async () => {
    await expect(check({ ...TOOL, vector_store_ids: ['vs_1', 'vs_nope'] })).rejects.toMatchObject({
      status: 400,
      param: 'tools[0].vector_store_ids[1]',
      message: expect.stringContaining('vs_nope'),
    });
    await expect(check({ ...TOOL, vector_store_ids: ['vs_9'] })).rejects.toMatchObject({
      param: 'tools[0].vector_store_ids[0]',
    });
    await expect(check({ ...TOOL, vector_store_ids: ['vs_9'] }, 't2')).resolves.toBeUndefined();
  });

  it('refuses a malformed filter, and vector search on a store without embeddings', async () => {
    const params = async (tool: FileSearchTool) =>
      check(tool).then(
        () => 'accepted',
        (e: { param: string }) => e.param,
      );
    expect(await params({ ...TOOL, filters: { key: 'a' } as FileSearchTool['filters'] })).toBe(
      'tools[0].filters.type',
    );
    expect(await params({ ...TOOL, vector_store_ids: ['vs_2', 'vs_1'], search_mode: 'vector' })).toBe(
      'tools[0].search_mode',
    );
    expect(await params({ ...TOOL, search_mode: 'keyword' })).toBe('accepted');
  });

  it('leaves tools of other types alone', async () => {
    await expect(
      new FileSearch(deps()).check({ type: 'web_search' }, 'tools[0]', 't1'),
    ).resolves.toBeUndefined();
  });
});

describe('FileSearch.run', () => {
  it("streams added, in_progress, searching, completed, done; searches the tool's stores", async () => {
    const d = deps();
    const tool: FileSearchTool = {
      ...TOOL,
      max_num_results: 4,
      filters: { type: 'eq', key: 'year', value: 2024 } as FileSearchTool['filters'],
      ranking_options: { score_threshold: 0.2 },
      search_mode: 'keyword',
    };
    const { events, result } = await drain(
      new FileSearch(d),
      call({ queries: [' holidays ', '', 'leave'] }, tool),
      context({ firstNumber: 3 }),
    );
    expect(d.requests).toEqual([
      {
        tenant: 't1',
        vectorStoreIds: ['vs_1', 'vs_2'],
        queries: ['holidays', 'leave'],
        maxNumResults: 4,
        filters: tool.filters,
        rankingOptions: { score_threshold: 0.2 },
        searchMode: 'keyword',
        signal: expect.any(AbortSignal),
      },
    ]);
    expect(events.map((e) => e.type)).toEqual([
      'response.output_item.added',
      'response.file_search_call.in_progress',
      'response.file_search_call.searching',
      'response.file_search_call.completed',
      'response.output_item.done',
    ]);
    expect(events[0]).toMatchObject({
      output_index: 1,
      item: { status: 'in_progress', queries: ['holidays', 'leave'] },
    });
    expect(events[1]).toMatchObject({ output_index: 1, item_id: result.item.id });
    expect(result.item).toEqual({
      type: 'file_search_call',
      id: expect.stringMatching(/^fs_/),
      status: 'completed',
      queries: ['holidays', 'leave'],
    });
    expect(events[4]!.item).toEqual(result.item);
    expect(result.output).toContain('[3] handbook.md (file-a)\nHolidays: 25 days a year.');
    expect(result.output).toContain('[4] policy.pdf (file-b)\nRemote work on Fridays.');
    expect(result.output).toContain('as [3]');
    expect(result.files).toEqual([
      { fileId: 'file-a', filename: 'handbook.md' },
      { fileId: 'file-b', filename: 'policy.pdf' },
    ]);
    expect(result.firstNumber).toBe(3);
  });

  it('puts the results on the item with include file_search_call.results, OpenAI’s shape', async () => {
    const { result } = await drain(
      new FileSearch(deps()),
      call({ queries: ['x'] }),
      context({ include: ['file_search_call.results'] }),
    );
    expect(result.item).toMatchObject({ status: 'completed', results: HITS });
  });

  it('searches with the default max_num_results and takes a `query` string a model may send', async () => {
    const d = deps({ search: async (r) => (d.requests.push(r), []) });
    const { result } = await drain(new FileSearch(d), call({ query: 'holidays' }), context());
    expect(d.requests[0]).toMatchObject({ queries: ['holidays'], maxNumResults: DEFAULT_MAX_NUM_RESULTS });
    expect(result.item).toMatchObject({ status: 'completed' });
    expect(result.output).toMatch(/^No passages of the files matched "holidays"/);
    expect(result.files).toEqual([]);
  });

  it('fails the call, which the model hears of, when the search fails or there is nothing to search', async () => {
    const down = deps({
      search: async () => {
        throw badGateway('The embedding backend is unreachable.');
      },
    });
    const failed = await drain(new FileSearch(down), call({ queries: ['x'] }), context());
    expect(failed.events.map((e) => e.type)).toEqual([
      'response.output_item.added',
      'response.file_search_call.in_progress',
      'response.file_search_call.searching',
      'response.output_item.done',
    ]);
    expect(failed.result.item).toMatchObject({ status: 'failed', queries: ['x'] });
    expect(failed.result.output).toBe(
      'The file search failed: The embedding backend is unreachable. Answer without it, and say that you could not search the files.',
    );
    const empty = await drain(new FileSearch(deps()), call({ queries: [] }), context());
    expect(empty.events.map((e) => e.type)).not.toContain('response.file_search_call.searching');
    expect(empty.result.item).toMatchObject({ status: 'failed', queries: [] });
    expect(empty.result.output).toContain('needs a "queries" argument');
  });

  it('throws what is not an API error (a bug), and stops when the response is cancelled', async () => {
    const broken = deps({
      search: async () => {
        throw new TypeError('undefined is not a function');
      },
    });
    await expect(drain(new FileSearch(broken), call({ queries: ['x'] }), context())).rejects.toThrow(
      TypeError,
    );
    const controller = new AbortController();
    const slow = deps({
      search: async () => {
        controller.abort();
        throw badGateway('aborted underneath');
      },
    });
    await expect(
      drain(new FileSearch(slow), call({ queries: ['x'] }), context({ signal: controller.signal })),
    ).rejects.toThrow('aborted underneath');
  });

  it('closes an item left open as failed', () => {
    const tool = new FileSearch(deps());
    expect(
      tool.failed({ type: 'file_search_call', id: 'fs_1', status: 'searching', queries: [] }),
    ).toMatchObject({
      status: 'failed',
    });
    const other = {
      type: 'web_search_call',
      id: 'ws',
      status: 'in_progress',
      action: { type: 'search' },
    } as const;
    expect(tool.failed(other)).toBe(other);
  });
});

describe('FileSearch.annotate', () => {
  const result = (files: HostedResult['files'], firstNumber?: number): HostedResult => ({
    item: { type: 'file_search_call', id: 'fs_0', status: 'completed', queries: ['q'] },
    output: '',
    files,
    ...(firstNumber ? { firstNumber } : {}),
  });

  it("annotates citations of every call's files, by the numbers the model was told", () => {
    const results = [
      result([{ fileId: 'file-a', filename: 'a.md' }], 1),
      // [2] was a web result; this call's first is [3].
      result([{ fileId: 'file-b', filename: 'b.pdf' }], 3),
    ];
    expect(new FileSearch(deps()).annotate('Leave is 25 days [1]. Fridays [2][3].', results)).toEqual([
      { type: 'file_citation', file_id: 'file-a', filename: 'a.md', index: 17 },
      { type: 'file_citation', file_id: 'file-b', filename: 'b.pdf', index: 33 },
    ]);
  });
});

describe('queriesOf', () => {
  it('reads queries as a list or one string, trimmed, empties dropped', () => {
    expect(queriesOf({ queries: ['a ', ' ', 3, 'b'] })).toEqual(['a', 'b']);
    expect(queriesOf({ queries: 'one' })).toEqual(['one']);
    expect(queriesOf({ query: 'q' })).toEqual(['q']);
    expect(queriesOf(undefined)).toEqual([]);
    expect(queriesOf('text')).toEqual([]);
  });
});
