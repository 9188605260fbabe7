/**
 * The hosted web_search tool end to end, over real HTTP: the openai SDK → the gateway → the fake
 * model (which calls web_search with the user's words, then reports what it got) and the fake
 * SearXNG backend; and, without a backend, the tool echoed, not offered, and named on the access line.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSearch, type FakeSearch } from '../../scripts/fake-search.js';
import { capturedLog, startStack, type Stack } from './stack.js';

interface LogLine {
  msg: string;
  reqId?: string;
  not_offered?: string;
}

const { log, lines } = capturedLog<LogLine>('info');

let search: FakeSearch;
let stack: Stack;
let bare: Stack;

beforeAll(async () => {
  search = await startFakeSearch();
  stack = await startStack({ WEB_SEARCH_URL: search.url, WEB_SEARCH_MAX_RESULTS: '2' });
  bare = await startStack({}, {}, log);
});

afterAll(async () => {
  await Promise.all([stack.close(), bare.close()]);
  await search.close();
});

const PARIS = 'https://weather.example.com/paris';

describe('web_search with a backend', () => {
  it('runs the search, feeds the results back, and cites them (not streamed)', async () => {
    const response = await stack.client.responses.create({
      model: 'fake-model',
      input: 'paris weather',
      tools: [{ type: 'web_search' }],
      include: ['web_search_call.action.sources'],
    });
    expect(search.queries.at(-1)).toBe('paris weather');
    const [call, message] = response.output;
    expect(call).toMatchObject({
      type: 'web_search_call',
      status: 'completed',
      action: {
        type: 'search',
        query: 'paris weather',
        sources: [{ type: 'url', url: PARIS }, { type: 'url' }],
      },
    });
    expect(message?.type).toBe('message');
    const part = message?.type === 'message' ? message.content[0] : undefined;
    expect(part?.type === 'output_text' && part.text).toContain('[1] Paris weather today');
    expect(part?.type === 'output_text' && part.annotations).toContainEqual(
      expect.objectContaining({ type: 'url_citation', url: PARIS, title: 'Paris weather today' }),
    );
    // The model's second call got the results as the web_search call's tool message.
    const second = stack.upstream.requests.at(-1)?.body as { messages: { role: string; content: string }[] };
    expect(second.messages.at(-1)).toMatchObject({ role: 'tool', content: expect.stringContaining(PARIS) });
  });

  it('streams the call through the SDK, and the stored Response matches the streamed one', async () => {
    const stream = await stack.client.responses.create({
      model: 'fake-model',
      input: 'paris weather',
      tools: [{ type: 'web_search_preview' }],
      stream: true,
    });
    const types: string[] = [];
    let completed: { id: string; output: unknown[] } | undefined;
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === 'response.completed') completed = event.response;
    }
    expect(types).toEqual(
      expect.arrayContaining([
        'response.web_search_call.in_progress',
        'response.web_search_call.searching',
        'response.web_search_call.completed',
        'response.output_text.annotation.added',
      ]),
    );
    expect(types.indexOf('response.web_search_call.completed')).toBeLessThan(
      types.indexOf('response.output_text.delta'),
    );
    const stored = await stack.client.responses.retrieve(completed!.id);
    expect(stored.output).toEqual(completed!.output);
  });
});

describe('web_search without a backend', () => {
  it('is echoed, not offered to the model, and the access line says so', async () => {
    const id = randomUUID();
    const response = await bare.client.responses.create(
      { model: 'fake-model', input: 'paris weather', tools: [{ type: 'web_search' }] },
      { headers: { 'x-request-id': id } },
    );
    expect(response.tools).toMatchObject([{ type: 'web_search' }]);
    expect(response.output).toMatchObject([{ type: 'message' }]);
    expect(bare.upstream.requests.at(-1)?.body).not.toHaveProperty('tools');
    await expect
      .poll(() => lines.find((l) => l.reqId === id && l.msg === 'request')?.not_offered)
      .toBe('web_search (no search backend)');
  });

  it('puts nothing on the access line when no hosted tool was asked for', async () => {
    const id = randomUUID();
    await bare.client.responses.create(
      { model: 'fake-model', input: 'hi' },
      { headers: { 'x-request-id': id } },
    );
    await expect.poll(() => lines.find((l) => l.reqId === id && l.msg === 'request')).toBeDefined();
    expect(lines.find((l) => l.reqId === id && l.msg === 'request')).not.toHaveProperty('not_offered');
  });
});
