/**
 * Responses with the file_search tool, run by the engine's loop over a scripted chat upstream
 * behind the real provider, with a fake search (the tool's deps): the model searches, hears the
 * results, answers with citations; streaming, include, client functions beside it, bounds,
 * follow-ups (previous_response_id, conversations), background mode, the admission check.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { CreateResponseBody, ResponseStreamEvent } from '../../src/api-types.js';
import { checkResponsesStream } from '../../conformance/responses-stream.js';
import { ResponsesEngine } from '../../src/engine/responses/engine.js';
import {
  FileSearch,
  type FileSearchHit,
  type FileSearchRequest,
} from '../../src/engine/tools/file-search.js';
import { HostedTools } from '../../src/engine/tools/hosted.js';
import { createLogger } from '../../src/logger.js';
import { ProviderRegistry } from '../../src/providers/registry.js';
import { FileStore } from '../../src/store/files.js';
import { openStore } from '../../src/store/index.js';
import type { VectorStoreRecord } from '../../src/store/vector-stores.js';
import { freshDatabaseUrl } from '../support/database.js';
import { fakeProvider } from '../support/provider.js';
import { scriptedFetch, type ChatBody, type Scripted } from '../support/scripted-chat.js';

const T = 'default';
let script: Scripted[] = [];
const seen: ChatBody[] = [];
const fakeFetch: typeof fetch = (url, init) => scriptedFetch(script, seen)(url, init);

const HITS: FileSearchHit[] = [
  {
    file_id: 'file-hb',
    filename: 'handbook.md',
    score: 0.9,
    text: 'Holidays: 25 days a year.',
    attributes: {},
  },
  { file_id: 'file-rp', filename: 'remote.pdf', score: 0.4, text: 'Remote work on Fridays.', attributes: {} },
];
const searches: FileSearchRequest[] = [];
let hits: () => Promise<FileSearchHit[]> = async () => HITS;

const STORE: VectorStoreRecord = {
  id: 'vs_docs',
  name: 'docs',
  metadata: null,
  createdAt: 0,
  expiresAfter: null,
  expiresAt: null,
  searchMode: null,
  embedding: null,
  lastActiveAt: 0,
  usageBytes: 0,
  fileCounts: { in_progress: 0, completed: 2, failed: 0, cancelled: 0, total: 2 },
};
const fileSearch = new FileSearch({
  search: async (request) => {
    searches.push(request);
    return hits();
  },
  // Only tenant `default` has a store, vs_docs.
  stores: { get: async (tenant, id) => (tenant === T && id === STORE.id ? STORE : undefined) },
  checkFilters: () => undefined,
});

const store = await openStore(await freshDatabaseUrl());
const provider = fakeProvider(fakeFetch);
const engine = new ResponsesEngine(
  new ProviderRegistry([provider], provider, 60_000, createLogger('silent')),
  store,
  new FileStore(store.files, store.blobs),
  { owner: 'test', leaseMs: 10_000, followPollMs: 50 },
  new HostedTools([fileSearch]),
);
afterAll(() => store.close());

beforeEach(() => {
  script = [];
  seen.length = 0;
  searches.length = 0;
  hits = async () => HITS;
});

const FILE_SEARCH = { type: 'file_search' as const, vector_store_ids: ['vs_docs'] };
// The contract types a function's parameters as an open object it cannot spell: parsed, as the wire has it.
const WEATHER = JSON.parse(
  '{"type":"function","name":"get_weather","parameters":{"type":"object","properties":{"city":{"type":"string"}}}}',
) as NonNullable<CreateResponseBody['tools']>[number];

function request(fields: Partial<CreateResponseBody> = {}): CreateResponseBody {
  return { model: 'm', input: 'How many holidays do I get?', tools: [FILE_SEARCH], ...fields };
}

async function create(body: CreateResponseBody) {
  const run = await engine.create(T, body, { signal: new AbortController().signal });
  if (!body.stream) return { response: await run.result(), events: [] as ResponseStreamEvent[] };
  const events: ResponseStreamEvent[] = [];
  for await (const event of run) events.push(event);
  return { response: run.response, events };
}

const searchHolidays = { calls: [{ name: 'file_search', args: '{"queries":["holidays"]}' }] };
const ANSWER = 'You get 25 days [1]; Fridays are remote [2].';

describe('file_search in a response', () => {
  for (const stream of [false, true]) {
    it(`searches, gives the model the results and annotates its citations (stream: ${stream})`, async () => {
      script = [searchHolidays, { text: ANSWER }];
      const { response, events } = await create(request({ stream }));
      expect(response.status).toBe('completed');
      expect(searches).toMatchObject([{ tenant: T, vectorStoreIds: ['vs_docs'], queries: ['holidays'] }]);
      expect(response.output.map((i) => i.type)).toEqual(['file_search_call', 'message']);
      expect(response.output[0]).toEqual({
        type: 'file_search_call',
        id: expect.stringMatching(/^fs_/),
        status: 'completed',
        queries: ['holidays'],
      });
      expect(response.output[1]).toMatchObject({
        content: [
          {
            type: 'output_text',
            text: ANSWER,
            annotations: [
              { type: 'file_citation', file_id: 'file-hb', filename: 'handbook.md', index: 16 },
              { type: 'file_citation', file_id: 'file-rp', filename: 'remote.pdf', index: 40 },
            ],
          },
        ],
      });
      // The tool is offered as a function; the second call carries the results, numbered.
      expect(seen[0]!.tools?.map((t) => t.function.name)).toEqual(['file_search']);
      const results = seen[1]!.messages.at(-1)!;
      expect(results).toMatchObject({ role: 'tool', tool_call_id: 'call_1_0' });
      expect(results.content).toContain('[1] handbook.md (file-hb)\nHolidays: 25 days a year.');
      expect(results.content).toContain('[2] remote.pdf (file-rp)');
      if (!stream) return;
      const sse =
        events.map((e) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`).join('') + 'data: [DONE]\n\n';
      expect(checkResponsesStream(sse).problems).toEqual([]);
      const types = events.map((e) => e.type);
      expect(types.slice(0, 7)).toEqual([
        'response.created',
        'response.in_progress',
        'response.output_item.added',
        'response.file_search_call.in_progress',
        'response.file_search_call.searching',
        'response.file_search_call.completed',
        'response.output_item.done',
      ]);
      const annotations = events.filter((e) => e.type === 'response.output_text.annotation.added');
      expect(annotations).toMatchObject([
        { output_index: 1, annotation_index: 0, annotation: { type: 'file_citation', file_id: 'file-hb' } },
        { output_index: 1, annotation_index: 1, annotation: { type: 'file_citation', file_id: 'file-rp' } },
      ]);
      // Before the text's done events.
      expect(types.indexOf('response.output_text.annotation.added')).toBeLessThan(
        types.indexOf('response.output_text.done'),
      );
      expect(types.at(-1)).toBe('response.completed');
    });
  }

  it('keeps the results on the item with include file_search_call.results', async () => {
    script = [searchHolidays, { text: ANSWER }];
    const { response } = await create(request({ include: ['file_search_call.results'] }));
    expect(response.output[0]).toMatchObject({ type: 'file_search_call', results: HITS });
    const stored = await store.responses.get(T, response.id);
    expect(stored?.output[0]).toMatchObject({ results: HITS });
  });

  it('answers without searching when the model does not call the tool', async () => {
    script = [{ text: 'Hello!' }];
    const { response } = await create(request({ input: 'Hi' }));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.tools?.map((t) => t.function.name)).toEqual(['file_search']);
    expect(searches).toEqual([]);
    expect(response.output).toMatchObject([
      { type: 'message', content: [{ text: 'Hello!', annotations: [] }] },
    ]);
  });

  it('tells the model of a failed search, and the call is failed', async () => {
    hits = async () => {
      const { badGateway } = await import('../../src/errors.js');
      throw badGateway('The embedding backend is unreachable.');
    };
    script = [searchHolidays, { text: 'I could not search your files.' }];
    const { response } = await create(request());
    expect(response.status).toBe('completed');
    expect(response.output[0]).toMatchObject({ type: 'file_search_call', status: 'failed' });
    expect(seen[1]!.messages.at(-1)!.content).toMatch(
      /^The file search failed: The embedding backend is unreachable/,
    );
  });

  it("returns the client's function calls to the client, after the search it ran", async () => {
    script = [searchHolidays, { calls: [{ name: 'get_weather', args: '{"city":"Paris"}' }] }];
    const first = await create(request({ tools: [FILE_SEARCH, WEATHER] }));
    expect(seen[0]!.tools?.map((t) => t.function.name)).toEqual(['get_weather', 'file_search']);
    expect(first.response.status).toBe('completed');
    expect(first.response.output.map((i) => i.type)).toEqual(['file_search_call', 'function_call']);
    const call = first.response.output[1]!;
    if (call.type !== 'function_call') throw new Error('expected a function call');
    expect(call).toMatchObject({ name: 'get_weather', arguments: '{"city":"Paris"}' });

    script = [{ text: 'Sunny, and 25 days [1].' }];
    seen.length = 0;
    const second = await create(
      request({
        tools: [FILE_SEARCH, WEATHER],
        previous_response_id: first.response.id,
        input: [{ type: 'function_call_output', call_id: call.call_id, output: 'sunny' }],
      }),
    );
    // The earlier search goes back to the model as its call and a note; then the client's call.
    expect(seen[0]!.messages.slice(1).map((m) => m.role)).toEqual(['assistant', 'tool', 'assistant', 'tool']);
    expect(seen[0]!.messages[1]).toMatchObject({
      tool_calls: [
        {
          id: first.response.output[0]!.id,
          function: { name: 'file_search', arguments: '{"queries":["holidays"]}' },
        },
      ],
    });
    expect(seen[0]!.messages[2]).toMatchObject({
      role: 'tool',
      content: expect.stringContaining('not kept'),
    });
    // This response made no search: nothing of the earlier one to cite.
    expect(second.response.output).toMatchObject([{ type: 'message', content: [{ annotations: [] }] }]);
  });

  it('stops offering the tool once max_tool_calls is spent', async () => {
    script = [searchHolidays, { text: '25 days [1].' }];
    const { response } = await create(request({ max_tool_calls: 1 }));
    expect(seen[1]!.tools).toBeUndefined();
    expect(response.output.map((i) => i.type)).toEqual(['file_search_call', 'message']);
  });

  it('numbers the results of several searches on, and cites each by its number', async () => {
    hits = async () => (searches.length === 1 ? HITS.slice(0, 1) : HITS.slice(1));
    script = [
      searchHolidays,
      { calls: [{ name: 'file_search', args: '{"queries":["remote"]}' }] },
      { text: 'Remote [2], holidays [1].' },
    ];
    const { response } = await create(request());
    expect(seen[2]!.messages.at(-1)!.content).toContain('[2] remote.pdf');
    expect(response.output.at(-1)).toMatchObject({
      content: [
        {
          annotations: [
            { file_id: 'file-rp', index: 7 },
            { file_id: 'file-hb', index: 21 },
          ],
        },
      ],
    });
  });

  it('sends an earlier search with its kept results to the model on a previous_response_id turn', async () => {
    script = [searchHolidays, { text: ANSWER }];
    const first = await create(request({ include: ['file_search_call.results'] }));
    script = [{ text: 'Still 25.' }];
    seen.length = 0;
    await create(request({ previous_response_id: first.response.id, input: 'And next year?' }));
    const messages = seen[0]!.messages;
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'assistant', 'user']);
    expect(messages[2]!.content).toContain('[1] handbook.md (file-hb)\nHolidays: 25 days a year.');
    expect(messages[3]).toMatchObject({ content: ANSWER });
  });

  it('takes a file_search_call the client sends in input, and stores it as sent', async () => {
    script = [{ text: 'As found: 25 days.' }];
    const sent = {
      type: 'file_search_call' as const,
      id: 'fs_client',
      status: 'completed' as const,
      queries: ['holidays'],
      results: HITS.slice(0, 1),
    };
    const { response } = await create(request({ input: [sent, { role: 'user', content: 'So?' }] }));
    expect(seen[0]!.messages.map((m) => m.role)).toEqual(['assistant', 'tool', 'user']);
    expect(seen[0]!.messages[1]!.content).toContain('Holidays: 25 days a year.');
    const items = await store.responses.listInputItems(T, response.id, { limit: 10, order: 'asc' });
    expect(items.data[0]).toEqual(sent);
  });

  it('carries a search into a conversation, and back to the model on the next turn', async () => {
    const id = `conv_${randomBytes(16).toString('hex')}`;
    await store.conversations.create(T, { id, object: 'conversation', created_at: 0, metadata: {} }, []);
    script = [searchHolidays, { text: ANSWER }];
    await create(request({ conversation: id, include: ['file_search_call.results'] }));
    const items = await store.conversations.listItems(T, id, { limit: 10, order: 'asc' });
    expect(items.data.map((i) => i.type)).toEqual(['message', 'file_search_call', 'message']);
    script = [{ text: 'Yes.' }];
    seen.length = 0;
    await create(request({ conversation: id, input: 'Sure?' }));
    expect(seen[0]!.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'assistant', 'user']);
    expect(seen[0]!.messages[2]!.content).toContain('handbook.md');
  });

  it('runs in the background, from the queue', async () => {
    script = [searchHolidays, { text: ANSWER }];
    const run = await engine.create(T, request({ background: true }), {
      signal: new AbortController().signal,
    });
    expect(run.response.status).toBe('queued');
    const job = await engine.jobs.claim();
    expect(job?.id).toBe(run.response.id);
    await engine.jobs.run(job!, new AbortController().signal);
    const done = await store.responses.get(T, run.response.id);
    expect(done?.status).toBe('completed');
    expect(done?.output.map((i) => i.type)).toEqual(['file_search_call', 'message']);
    expect(done?.output[1]).toMatchObject({
      content: [{ annotations: [{ type: 'file_citation' }, { type: 'file_citation' }] }],
    });
    const events = await store.responses.eventsAfter(T, run.response.id, -1);
    expect(events.map((e) => e.type)).toContain('response.file_search_call.completed');
  });

  for (const background of [false, true]) {
    it(`refuses an unknown vector store with a 400 naming it, storing nothing (background: ${background})`, async () => {
      const before = await store.responses.list(T, { limit: 100, order: 'desc' });
      const body = request({
        background,
        tools: [WEATHER, { ...FILE_SEARCH, vector_store_ids: ['vs_docs', 'vs_elsewhere'] }],
      });
      await expect(engine.create(T, body, { signal: new AbortController().signal })).rejects.toMatchObject({
        status: 400,
        param: 'tools[1].vector_store_ids[1]',
        message: expect.stringContaining('vs_elsewhere'),
      });
      // Another tenant's store is unknown to this one.
      await expect(
        engine.create('other', request({ background }), { signal: new AbortController().signal }),
      ).rejects.toMatchObject({ status: 400, param: 'tools[0].vector_store_ids[0]' });
      expect(seen).toHaveLength(0);
      const after = await store.responses.list(T, { limit: 100, order: 'desc' });
      expect(after.data.length).toBe(before.data.length);
    });
  }

  it('forces the tool with tool_choice file_search, then lets the model answer', async () => {
    script = [searchHolidays, { text: ANSWER }];
    const { response } = await create(request({ tool_choice: { type: 'file_search' } }));
    expect(seen.map((b) => b.tool_choice)).toEqual([
      { type: 'function', function: { name: 'file_search' } },
      'auto',
    ]);
    expect(response.status).toBe('completed');
  });
});
