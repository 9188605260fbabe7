/**
 * The Responses API through the official openai SDK, over real HTTP, in front of the fake upstream
 * (a chat-completions-only backend). What a user of the SDK sees, and what the upstream receives, is
 * what is asserted.
 */
import OpenAI, { type APIError } from 'openai';
import type {
  FunctionTool,
  Response,
  ResponseInputItem,
  ResponseStreamEvent,
} from 'openai/resources/responses/responses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from '../../scripts/fake-upstream.js';
import { loadConfig } from '../../src/config.js';
import type { ItemField } from '../../src/api-types.js';
import { baseResponse } from '../../src/engine/responses/resource.js';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { createLogger } from '../../src/logger.js';
import { freshDatabaseUrl } from '../support/database.js';
import { openStore } from '../../src/store/index.js';

let upstream: FakeUpstream;
let gateway: Gateway;
let client: OpenAI;

const FAST = {
  engine: { followPollMs: 50, leaseMs: 1_000 },
  runner: { pollMs: 50, sweepMs: 50 },
};

function gatewayConfig(databaseUrl: string) {
  return loadConfig({
    OPENAI_BASE_URL: upstream.url,
    OPENAI_API_KEY: 'sk-upstream',
    DATABASE_URL: databaseUrl,
    VALIDATE_RESPONSES: 'true',
    SHUTDOWN_TIMEOUT: '1',
  });
}

async function sdkFor(gw: Gateway): Promise<OpenAI> {
  const { port } = await gw.listen(0, '127.0.0.1');
  return new OpenAI({ baseURL: `http://127.0.0.1:${port}/v1`, apiKey: 'sk-client', maxRetries: 0 });
}

beforeAll(async () => {
  upstream = await startFakeUpstream();
  gateway = await createGateway(gatewayConfig(await freshDatabaseUrl()), createLogger('silent'), FAST);
  client = await sdkFor(gateway);
});

afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

interface ChatBody {
  model: string;
  messages: Array<Record<string, unknown>>;
  [key: string]: unknown;
}

/** Chat completion requests the upstream received, oldest first. */
const chatRequests = () =>
  upstream.requests.filter((r) => r.path === '/v1/chat/completions').map((r) => r.body as ChatBody);
const lastChat = () => chatRequests().at(-1)!;

/** The APIError a call must fail with. */
const failure = (call: Promise<unknown>) =>
  call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as APIError,
  );

/** The events of a raw SSE reply, checking that it ends with [DONE]. */
async function sseEvents(
  reply: globalThis.Response,
): Promise<Array<Record<string, unknown> & { type: string }>> {
  expect(reply.headers.get('content-type')).toContain('text/event-stream');
  const text = await reply.text();
  expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
  return text
    .split('\n\n')
    .filter((block) => block.startsWith('event: '))
    .map((block) => {
      const [event, data] = block.split('\n');
      const parsed = JSON.parse(data!.slice('data: '.length)) as Record<string, unknown> & { type: string };
      expect(event).toBe(`event: ${parsed.type}`);
      return parsed;
    });
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const x of iterable) all.push(x);
  return all;
}

/** Follows a background response until its output has begun to stream. */
async function untilOutput(sdk: OpenAI, id: string): Promise<void> {
  for await (const event of await sdk.responses.retrieve(id, { stream: true }))
    if (event.type === 'response.output_text.delta') return;
  throw new Error(`${id} ended before any output`);
}

const weatherTool: FunctionTool = {
  type: 'function',
  name: 'get_weather',
  description: 'Current weather in a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  strict: false,
};

describe('create and retrieve', () => {
  it('answers a text request with every required field defaulted', async () => {
    const before = Math.floor(Date.now() / 1000);
    const response = await client.responses.create({ model: 'fake-model', input: 'hello' });
    expect(response.output_text).toBe('You said: hello');
    expect(response.id).toMatch(/^resp_/);
    expect(response).toMatchObject({
      object: 'response',
      status: 'completed',
      model: 'fake-model',
      error: null,
      incomplete_details: null,
      instructions: null,
      previous_response_id: null,
      temperature: 1,
      top_p: 1,
      presence_penalty: 0,
      frequency_penalty: 0,
      top_logprobs: 0,
      tool_choice: 'auto',
      tools: [],
      parallel_tool_calls: true,
      truncation: 'disabled',
      text: { format: { type: 'text' } },
      reasoning: null,
      max_output_tokens: null,
      max_tool_calls: null,
      store: true,
      background: false,
      service_tier: 'default',
      metadata: {},
      safety_identifier: null,
      prompt_cache_key: null,
    });
    expect(response.created_at).toBeGreaterThanOrEqual(before);
    expect(response.completed_at).toBeGreaterThanOrEqual(response.created_at);
    expect(response.usage).toEqual({
      input_tokens: 5,
      output_tokens: 7,
      total_tokens: 12,
      input_tokens_details: { cached_tokens: 0, cache_write_tokens: 0 },
      output_tokens_details: { reasoning_tokens: 0 },
    });
    expect(response.output).toEqual([
      {
        type: 'message',
        id: expect.stringMatching(/^msg_/),
        status: 'completed',
        role: 'assistant',
        content: [{ type: 'output_text', text: 'You said: hello', annotations: [], logprobs: [] }],
      },
    ]);
    // The upstream gets a plain chat request: the user's text and nothing the client did not ask for.
    expect(lastChat()).toEqual({ model: 'fake-model', messages: [{ role: 'user', content: 'hello' }] });
  });

  it('carries instructions and sampling parameters to the upstream, and echoes them', async () => {
    const greeting = { type: 'object', properties: { text: { type: 'string' } } };
    const response = await client.responses.create({
      model: 'openai/fake-model',
      instructions: 'Answer in French.',
      input: [{ role: 'user', content: 'bonjour' }],
      temperature: 0.2,
      top_p: 0.9,
      max_output_tokens: 500,
      metadata: { topic: 'greeting' },
      text: { format: { type: 'json_schema', name: 'greeting', schema: greeting, strict: true } },
      store: false,
      parallel_tool_calls: false,
    });
    expect(response).toMatchObject({
      model: 'openai/fake-model',
      instructions: 'Answer in French.',
      temperature: 0.2,
      top_p: 0.9,
      max_output_tokens: 500,
      metadata: { topic: 'greeting' },
      text: {
        format: { type: 'json_schema', name: 'greeting', description: null, schema: greeting, strict: true },
      },
      store: false,
      // Without tools there is nothing to call in parallel: not sent.
      parallel_tool_calls: false,
    });
    expect(lastChat()).toEqual({
      model: 'fake-model',
      messages: [
        { role: 'system', content: 'Answer in French.' },
        { role: 'user', content: 'bonjour' },
      ],
      temperature: 0.2,
      top_p: 0.9,
      max_completion_tokens: 500,
      metadata: { topic: 'greeting' },
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'greeting', schema: greeting, strict: true },
      },
    });
  });

  it('keeps falsy values the client sent: temperature 0, empty instructions', async () => {
    const response = await client.responses.create({
      model: 'fake-model',
      input: 'x',
      temperature: 0,
      top_p: 0,
      instructions: '',
    });
    expect(response).toMatchObject({ temperature: 0, top_p: 0, instructions: '' });
    expect(lastChat()).toEqual({
      model: 'fake-model',
      messages: [{ role: 'user', content: 'x' }],
      temperature: 0,
      top_p: 0,
    });
  });

  it('retrieves a stored response as it was returned, and deletes it', async () => {
    const created = await client.responses.create({ model: 'fake-model', input: 'keep me' });
    const retrieved = await client.responses.retrieve(created.id);
    expect(retrieved).toEqual(created);
    await client.responses.delete(created.id);
    const gone = await failure(client.responses.retrieve(created.id));
    expect(gone).toBeInstanceOf(OpenAI.NotFoundError);
    expect(gone.param).toBe('response_id');
    expect(await failure(client.responses.delete(created.id))).toBeInstanceOf(OpenAI.NotFoundError);
    expect(await failure(client.responses.inputItems.list(created.id))).toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('rejects what it cannot honour with a 400 naming the field', async () => {
    const noModel = await failure(client.responses.create({ input: 'x' } as never));
    expect(noModel).toBeInstanceOf(OpenAI.BadRequestError);
    expect(noModel.param).toBe('model');
    const backgroundUnstored = await failure(
      client.responses.create({ model: 'fake-model', input: 'x', background: true, store: false }),
    );
    expect(backgroundUnstored.param).toBe('store');
    const missingReference = await failure(
      client.responses.create({ model: 'fake-model', input: [{ type: 'item_reference', id: 'msg_nope' }] }),
    );
    expect(missingReference.status).toBe(400);
    expect(missingReference.param).toBe('input[0].id');
  });
});

describe('streaming', () => {
  it('streams the events in order, numbered from 0, adding up to the stored response', async () => {
    const stream = client.responses.stream({ model: 'fake-model', input: 'stream me please' });
    const events = await collect(stream);
    const final = await stream.finalResponse();

    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
    const types = events.map((e) => e.type);
    const deltas = events.filter((e) => e.type === 'response.output_text.delta');
    expect(deltas.length).toBeGreaterThan(2);
    expect(types).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      ...deltas.map(() => 'response.output_text.delta'),
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    const created = events[0] as ResponseStreamEvent & { type: 'response.created' };
    expect(created.response.status).toBe('in_progress');
    expect(created.response.output).toEqual([]);

    const text = deltas.map((e) => e.delta).join('');
    expect(text).toBe('You said: stream me please');
    const done = events.find((e) => e.type === 'response.output_text.done');
    expect(done?.type === 'response.output_text.done' && done.text).toBe(text);
    const itemId = (events[2] as ResponseStreamEvent & { type: 'response.output_item.added' }).item.id;
    expect(deltas.every((e) => e.item_id === itemId && e.output_index === 0 && e.content_index === 0)).toBe(
      true,
    );

    expect(final.status).toBe('completed');
    expect(final.output_text).toBe(text);
    expect(final.usage?.total_tokens).toBe(12);
    // finalResponse() adds the helper's parse results (output_parsed, parsed) to the final event's Response.
    const completed = events.at(-1) as ResponseStreamEvent & { type: 'response.completed' };
    expect(final).toMatchObject(completed.response);
    const retrieved = await client.responses.retrieve(final.id);
    expect(retrieved).toEqual({ ...completed.response, output_text: text });
    // Streamed, the gateway asks the upstream for a stream with usage.
    expect(lastChat()).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it('streams with create({stream: true}) too', async () => {
    const stream = await client.responses.create({ model: 'fake-model', input: 'raw', stream: true });
    const events = await collect(stream);
    const last = events.at(-1)!;
    expect(last.type).toBe('response.completed');
    expect(last.type === 'response.completed' && last.response.output_text).toBeUndefined();
    expect(last.type === 'response.completed' && last.response.output[0]).toMatchObject({
      type: 'message',
      content: [{ type: 'output_text', text: 'You said: raw' }],
    });
  });

  it('streams reasoning before the answer, as reasoning text or as a summary', async () => {
    // Reasoning text streams as OpenAI's response.reasoning_text.* events, which the SDK's stream()
    // helper accumulates (it throws on Open Responses' response.reasoning.* names).
    const reasoned = client.responses.stream({ model: 'fake-reasoner', input: 'life' });
    const events = (await collect(reasoned)) as Array<{
      type: string;
      delta?: string;
      output_index?: number;
    }>;
    const reasoning = events.filter((e) => e.type === 'response.reasoning_text.delta');
    expect(reasoning.map((e) => e.delta).join('')).toBe('Thinking about life.');
    expect(reasoning.every((e) => e.output_index === 0)).toBe(true);
    expect(events.map((e) => e.type)).toContain('response.reasoning_text.done');
    const final = await reasoned.finalResponse();
    expect(final.output.map((o) => o.type)).toEqual(['reasoning', 'message']);
    expect(final.output[0]).toMatchObject({
      type: 'reasoning',
      summary: [],
      content: [{ type: 'reasoning_text', text: 'Thinking about life.' }],
    });
    expect(final.output[1]).toMatchObject({ content: [{ text: 'You said: life' }] });

    // With a summary asked for, the SDK's stream helper follows along.
    const stream = client.responses.stream({
      model: 'fake-reasoner',
      input: 'love',
      reasoning: { summary: 'concise' },
    });
    const summaryEvents = await collect(stream);
    expect(
      summaryEvents
        .filter((e) => e.type === 'response.reasoning_summary_text.delta')
        .map((e) => e.delta)
        .join(''),
    ).toBe('Thinking about love.');
    const streamed = await stream.finalResponse();
    expect(streamed.output[0]).toMatchObject({
      type: 'reasoning',
      summary: [{ type: 'summary_text', text: 'Thinking about love.' }],
    });
    expect(streamed.output_text).toBe('You said: love');

    const summarised = await client.responses.create({
      model: 'fake-reasoner',
      input: 'death',
      reasoning: { effort: 'low', summary: 'auto' },
    });
    expect(summarised.output[0]).toMatchObject({
      type: 'reasoning',
      summary: [{ type: 'summary_text', text: 'Thinking about death.' }],
    });
    expect(summarised.reasoning).toEqual({ effort: 'low', summary: 'auto' });
    expect(lastChat().reasoning_effort).toBe('low');
    // Reasoning is not sent back to a chat backend in a later turn.
    await client.responses.create({
      model: 'fake-model',
      previous_response_id: summarised.id,
      input: 'again',
    });
    expect(lastChat().messages).toEqual([
      { role: 'user', content: 'death' },
      { role: 'assistant', content: 'You said: death' },
      { role: 'user', content: 'again' },
    ]);
  });

  it('aborts the upstream when a streaming client goes away, and stores the response as cancelled', async () => {
    const before = upstream.abortedStreams;
    const stream = await client.responses.create({ model: 'slow-stream', input: 'x', stream: true });
    let id = '';
    let deltas = 0;
    for await (const event of stream) {
      if (event.type === 'response.created') id = event.response.id;
      if (event.type === 'response.output_text.delta' && ++deltas === 2) break;
    }
    await expect.poll(() => upstream.abortedStreams, { timeout: 2000 }).toBe(before + 1);
    await expect.poll(async () => (await client.responses.retrieve(id)).status).toBe('cancelled');
    const stored = await client.responses.retrieve(id);
    // What was produced before the client left is kept.
    expect(stored.output[0]).toMatchObject({ type: 'message', status: 'incomplete' });
    expect(stored.output_text.startsWith('0 1 ')).toBe(true);
  });
});

describe('listing', () => {
  it('pages through input items with limit 1, in either order', async () => {
    const response = await client.responses.create({
      model: 'fake-model',
      input: [
        { role: 'developer', content: 'Be terse.' },
        { role: 'user', content: 'first' },
        { role: 'assistant', content: 'noted' },
        { role: 'user', content: [{ type: 'input_text', text: 'second' }] },
      ],
    });
    const asc = [];
    for await (const item of client.responses.inputItems.list(response.id, { limit: 1, order: 'asc' }))
      asc.push(item);
    expect(asc.map((i) => i.type === 'message' && i.role)).toEqual([
      'developer',
      'user',
      'assistant',
      'user',
    ]);
    expect(asc[2]).toMatchObject({
      type: 'message',
      id: expect.stringMatching(/^msg_/),
      status: 'completed',
      content: [{ type: 'output_text', text: 'noted', annotations: [] }],
    });
    const desc = await collect(client.responses.inputItems.list(response.id, { limit: 1, order: 'desc' }));
    expect(desc.map((i) => i.id)).toEqual(asc.map((i) => i.id).reverse());

    let page = await client.responses.inputItems.list(response.id, { limit: 3, order: 'asc' });
    expect(page.data.map((i) => i.id)).toEqual(asc.slice(0, 3).map((i) => i.id));
    expect(page.has_more).toBe(true);
    expect(page.hasNextPage()).toBe(true);
    page = await page.getNextPage();
    expect(page.data.map((i) => i.id)).toEqual([asc[3]!.id]);
    expect(page.hasNextPage()).toBe(false);
    // The default order is newest first.
    const byDefault = await client.responses.inputItems.list(response.id);
    expect(byDefault.data.map((i) => i.id)).toEqual(desc.map((i) => i.id));

    const badCursor = await failure(client.responses.inputItems.list(response.id, { after: 'msg_nope' }));
    expect(badCursor.status).toBe(400);
    expect(badCursor.param).toBe('after');
  });

  it('lists responses newest first, with cursors and a model filter', async () => {
    const model = 'openai/fake-model';
    const ids: string[] = [];
    for (const input of ['a', 'b', 'c']) ids.push((await client.responses.create({ model, input })).id);
    type List = { object: string; data: Response[]; first_id: string; last_id: string; has_more: boolean };
    const first = await client.get<List>('/responses', { query: { limit: 2, model } });
    expect(first.object).toBe('list');
    expect(first.data.map((r) => r.id)).toEqual([ids[2], ids[1]]);
    expect(first).toMatchObject({ first_id: ids[2], last_id: ids[1], has_more: true });
    const next = await client.get<List>('/responses', {
      query: { limit: 2, model, after: first.last_id },
    });
    expect(next.data[0]!.id).toBe(ids[0]);
    const asc = await client.get<List>('/responses', {
      query: { limit: 2, order: 'asc', model, after: ids[0] },
    });
    expect(asc.data.map((r) => r.id)).toEqual([ids[1], ids[2]]);
    expect(asc.has_more).toBe(false);
    const bad = await failure(client.get('/responses', { query: { before: 'resp_nope' } }));
    expect(bad.status).toBe(400);
    expect(bad.param).toBe('before');
  });
});

describe('function calling', () => {
  const question = 'What is the weather in Paris?';
  /** What the upstream is sent for the second turn of the loop, however the history arrives. */
  const toolLoopMessages = [
    { role: 'user', content: question },
    {
      role: 'assistant',
      content: null,
      tool_calls: [
        {
          id: 'call_fake_1',
          type: 'function',
          function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
        },
      ],
    },
    { role: 'tool', tool_call_id: 'call_fake_1', content: '22°C, sunny' },
  ];

  it('runs a tool loop with previous_response_id', async () => {
    const first = await client.responses.create({
      model: 'fake-model',
      input: question,
      tools: [weatherTool],
    });
    expect(first.output).toEqual([
      {
        type: 'function_call',
        id: expect.stringMatching(/^fc_/),
        call_id: 'call_fake_1',
        name: 'get_weather',
        arguments: '{"city":"Paris"}',
        status: 'completed',
      },
    ]);
    expect(first.tools).toEqual([{ ...weatherTool }]);
    expect(lastChat().tools).toEqual([
      {
        type: 'function',
        function: {
          name: 'get_weather',
          description: 'Current weather in a city',
          parameters: weatherTool.parameters,
          strict: false,
        },
      },
    ]);
    const call = first.output[0] as OpenAI.Responses.ResponseFunctionToolCall;
    const second = await client.responses.create({
      model: 'fake-model',
      previous_response_id: first.id,
      tools: [weatherTool],
      input: [{ type: 'function_call_output', call_id: call.call_id, output: '22°C, sunny' }],
    });
    expect(second.output_text).toBe('Tools said: 22°C, sunny');
    expect(second.previous_response_id).toBe(first.id);
    expect(lastChat().messages).toEqual(toolLoopMessages);
  });

  it('runs the same loop with store: false, the client sending the whole history back', async () => {
    const history: ResponseInputItem[] = [{ role: 'user', content: question }];
    const first = await client.responses.create({
      model: 'fake-model',
      input: history,
      tools: [weatherTool],
      store: false,
    });
    // The SDK's Response type has no `store`; the API's does.
    expect(first).toMatchObject({ store: false });
    history.push(...(first.output as ResponseInputItem[]));
    const call = first.output[0] as OpenAI.Responses.ResponseFunctionToolCall;
    history.push({ type: 'function_call_output', call_id: call.call_id, output: '22°C, sunny' });
    const second = await client.responses.create({
      model: 'fake-model',
      input: history,
      tools: [weatherTool],
      store: false,
    });
    expect(second.output_text).toBe('Tools said: 22°C, sunny');
    const stored = chatRequests().at(-3)!;
    expect(lastChat().messages).toEqual(toolLoopMessages);
    expect(stored).toBeDefined();
    // The answer goes back in as well, and the conversation goes on.
    history.push(...(second.output as ResponseInputItem[]), { role: 'user', content: 'Thanks!' });
    const third = await client.responses.create({ model: 'fake-model', input: history, store: false });
    expect(third.output_text).toBe('You said: Thanks!');
    expect(lastChat().messages.slice(-2)).toEqual([
      { role: 'assistant', content: 'Tools said: 22°C, sunny' },
      { role: 'user', content: 'Thanks!' },
    ]);
    // Streamed, it is not kept either.
    const streamed = await collect(
      await client.responses.create({ model: 'fake-model', input: 'x', store: false, stream: true }),
    );
    const streamedId = (streamed[0] as ResponseStreamEvent & { type: 'response.created' }).response.id;
    expect(streamed.at(-1)!.type).toBe('response.completed');
    expect(await failure(client.responses.retrieve(streamedId))).toBeInstanceOf(OpenAI.NotFoundError);
    // Nothing was kept.
    for (const r of [first, second, third])
      expect(await failure(client.responses.retrieve(r.id))).toBeInstanceOf(OpenAI.NotFoundError);
    const chained = await failure(
      client.responses.create({ model: 'fake-model', previous_response_id: third.id, input: 'more' }),
    );
    expect(chained.status).toBe(404);
    expect(chained.param).toBe('previous_response_id');
  });

  it('returns parallel tool calls as separate items and sends both results back in one turn', async () => {
    const stream = client.responses.stream({
      model: 'parallel-tools',
      input: 'Weather in Paris and London?',
      tools: [weatherTool],
      parallel_tool_calls: true,
    });
    const events = await collect(stream);
    const first = await stream.finalResponse();
    expect(lastChat().parallel_tool_calls).toBe(true);
    expect(first.output.map((o) => o.type === 'function_call' && [o.call_id, o.arguments])).toEqual([
      ['call_fake_1', '{"city":"Paris"}'],
      ['call_fake_2', '{"city":"London"}'],
    ]);
    // Each call is streamed as its own item: added, argument deltas, done.
    const perItem = events
      .filter((e) => 'output_index' in e)
      .map((e) => `${(e as { output_index: number }).output_index}:${e.type.replace('response.', '')}`);
    expect(perItem).toEqual([
      '0:output_item.added',
      '0:function_call_arguments.delta',
      '0:function_call_arguments.delta',
      '0:function_call_arguments.done',
      '0:output_item.done',
      '1:output_item.added',
      '1:function_call_arguments.delta',
      '1:function_call_arguments.delta',
      '1:function_call_arguments.done',
      '1:output_item.done',
    ]);
    const second = await client.responses.create({
      model: 'fake-model',
      previous_response_id: first.id,
      input: [
        { type: 'function_call_output', call_id: 'call_fake_1', output: 'sunny' },
        { type: 'function_call_output', call_id: 'call_fake_2', output: 'rainy' },
      ],
    });
    expect(second.output_text).toBe('Tools said: sunny; rainy');
    const messages = lastChat().messages;
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'tool']);
    expect((messages[1]!.tool_calls as unknown[]).length).toBe(2);

    // max_tool_calls is in the API, not in this SDK's types.
    const capped = await client.responses.create({
      model: 'parallel-tools',
      input: 'Weather in Paris and London?',
      tools: [weatherTool],
      max_tool_calls: 1,
    } as OpenAI.Responses.ResponseCreateParamsNonStreaming);
    expect(capped.output).toHaveLength(1);
    expect(capped).toMatchObject({ max_tool_calls: 1 });
  });

  it('sends tool_choice and parallel_tool_calls: false as the chat API spells them', async () => {
    await client.responses.create({
      model: 'fake-model',
      input: 'x',
      tools: [weatherTool],
      tool_choice: { type: 'function', name: 'get_weather' },
      parallel_tool_calls: false,
    });
    expect(lastChat()).toMatchObject({
      tool_choice: { type: 'function', function: { name: 'get_weather' } },
      parallel_tool_calls: false,
    });
    const unknown = await failure(
      client.responses.create({
        model: 'fake-model',
        input: 'x',
        tools: [weatherTool],
        tool_choice: { type: 'function', name: 'nope' },
      }),
    );
    expect(unknown.param).toBe('tool_choice.name');
  });
});

describe('previous_response_id', () => {
  it('sends every earlier turn in order, with only the latest instructions', async () => {
    const one = await client.responses.create({
      model: 'fake-model',
      instructions: 'Be brief.',
      input: 'one',
    });
    const two = await client.responses.create({
      model: 'fake-model',
      instructions: 'Be kind.',
      previous_response_id: one.id,
      input: 'two',
    });
    const three = await client.responses.create({
      model: 'fake-model',
      instructions: 'Be precise.',
      previous_response_id: two.id,
      input: [{ role: 'user', content: 'three' }],
    });
    expect(three.output_text).toBe('You said: three');
    expect(three.instructions).toBe('Be precise.');
    expect(three.previous_response_id).toBe(two.id);
    expect(lastChat().messages).toEqual([
      { role: 'system', content: 'Be precise.' },
      { role: 'user', content: 'one' },
      { role: 'assistant', content: 'You said: one' },
      { role: 'user', content: 'two' },
      { role: 'assistant', content: 'You said: two' },
      { role: 'user', content: 'three' },
    ]);
    // Input items list only this turn's input.
    const items = await client.responses.inputItems.list(three.id);
    expect(items.data).toHaveLength(1);

    // An item of an earlier turn can be referenced by id.
    const referenced = await client.responses.create({
      model: 'fake-model',
      input: [
        { type: 'item_reference', id: one.output[0]!.id! },
        { role: 'user', content: 'and?' },
      ],
    });
    expect(referenced.output_text).toBe('You said: and?');
    expect(lastChat().messages).toEqual([
      { role: 'assistant', content: 'You said: one' },
      { role: 'user', content: 'and?' },
    ]);

    // A deleted ancestor ends the chain.
    await client.responses.delete(one.id);
    await client.responses.create({ model: 'fake-model', previous_response_id: three.id, input: 'four' });
    expect(lastChat().messages.map((m) => m.content)).toEqual([
      'two',
      'You said: two',
      'three',
      'You said: three',
      'four',
    ]);
  });
});

describe('outcomes', () => {
  it('ends incomplete when max_output_tokens cuts the answer', async () => {
    const words = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');
    const response = await client.responses.create({
      model: 'fake-model',
      input: words,
      max_output_tokens: 16,
    });
    expect(lastChat().max_completion_tokens).toBe(16);
    expect(response.status).toBe('incomplete');
    expect(response.incomplete_details).toEqual({ reason: 'max_output_tokens' });
    expect(response.output[0]).toMatchObject({ type: 'message', status: 'incomplete' });
    expect(response.output_text.split(' ').filter(Boolean)).toHaveLength(16);

    const stream = await client.responses.create({
      model: 'fake-model',
      input: words,
      max_output_tokens: 16,
      stream: true,
    });
    const events = await collect(stream);
    const last = events.at(-1) as ResponseStreamEvent & { type: 'response.incomplete' };
    expect(last.type).toBe('response.incomplete');
    expect(last.response.incomplete_details).toEqual({ reason: 'max_output_tokens' });
    expect((await client.responses.retrieve(last.response.id)).status).toBe('incomplete');
  });

  it('fails with server_error when the upstream answers 5xx, and keeps a 4xx as the caller’s error', async () => {
    const failed = await client.responses.create({ model: 'error-500', input: 'x' });
    expect(failed.status).toBe('failed');
    expect(failed.error?.code).toBe('server_error');
    expect(failed.error?.message).toContain('fake failure 500');
    expect(failed.output).toEqual([]);
    expect((await client.responses.retrieve(failed.id)).status).toBe('failed');

    const limited = await failure(client.responses.create({ model: 'error-429', input: 'x' }));
    expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
    expect(limited.message).toContain('fake failure 429');
    // Streamed, too, the refusal comes before any event, as an HTTP error.
    const streamed = await failure(client.responses.create({ model: 'error-429', input: 'x', stream: true }));
    expect(streamed).toBeInstanceOf(OpenAI.RateLimitError);
    // A background response has already been accepted: it fails, saying why.
    const queued = await client.responses.create({ model: 'error-429', input: 'x', background: true });
    await expect.poll(async () => (await client.responses.retrieve(queued.id)).status).toBe('failed');
    expect((await client.responses.retrieve(queued.id)).error?.code).toBe('rate_limit_exceeded');
  });

  it('streams an error event then response.failed when the upstream fails midway', async () => {
    const response = await fetch(`${client.baseURL}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'fail-midstream', input: 'x', stream: true }),
    });
    const events = await sseEvents(response);
    expect(events.map((e) => e.type)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'error',
      'response.failed',
    ]);
    const failed = events.at(-1)!.response as Response;
    expect(failed.status).toBe('failed');
    expect(failed.error?.code).toBe('server_error');
    const stored = await client.responses.retrieve(failed.id);
    expect(stored.status).toBe('failed');
    expect(stored.output_text).toBe('Half ');

    // The SDK raises the error event as an APIError.
    const sdkStream = await client.responses.create({ model: 'fail-midstream', input: 'x', stream: true });
    await expect(collect(sdkStream)).rejects.toMatchObject({ code: 'server_error' });

    const plain = await client.responses.create({ model: 'fail-midstream', input: 'x' });
    expect(plain.status).toBe('failed');
  });
});

describe('background', () => {
  it('queues, runs, and completes; its events can be streamed again from any point', async () => {
    const queued = await client.responses.create({ model: 'fake-model', input: 'later', background: true });
    expect(queued.status).toBe('queued');
    expect(queued.background).toBe(true);
    await expect
      .poll(async () => (await client.responses.retrieve(queued.id)).status, { timeout: 3000 })
      .toBe('completed');
    const done = await client.responses.retrieve(queued.id);
    expect(done.output_text).toBe('You said: later');
    expect(done.usage?.total_tokens).toBe(12);

    const replay = await collect(await client.responses.retrieve(queued.id, { stream: true }));
    expect(replay.map((e) => e.sequence_number)).toEqual(replay.map((_, i) => i));
    expect(replay.slice(0, 3).map((e) => e.type)).toEqual([
      'response.created',
      'response.queued',
      'response.in_progress',
    ]);
    const last = replay.at(-1)!;
    expect(last.type).toBe('response.completed');
    expect(last.type === 'response.completed' && last.response).toMatchObject({
      id: queued.id,
      status: 'completed',
    });
    const resumed = await collect(
      await client.responses.retrieve(queued.id, { stream: true, starting_after: 3 }),
    );
    expect(resumed).toEqual(replay.slice(4));
    // The SDK's stream helper rebuilds the response from the replay.
    const helper = client.responses.stream({ response_id: queued.id, starting_after: 3 });
    const helperEvents = await collect(helper);
    expect(helperEvents[0]!.sequence_number).toBe(4);
    expect((await helper.finalResponse()).output_text).toBe('You said: later');
    // Resuming after the last event of a finished response ends at once, with nothing.
    const past = await client.responses.retrieve(queued.id, {
      stream: true,
      starting_after: last.sequence_number,
    });
    expect(await collect(past)).toEqual([]);

    // Only background responses keep their events.
    const foreground = await client.responses.create({ model: 'fake-model', input: 'now' });
    const refused = await failure(client.responses.retrieve(foreground.id, { stream: true }));
    expect(refused.status).toBe(400);
    expect(await failure(client.responses.cancel(foreground.id))).toBeInstanceOf(OpenAI.BadRequestError);
  });

  it('streams a background response as it runs, continuing a conversation', async () => {
    const earlier = await client.responses.create({
      model: 'fake-model',
      input: 'first',
      instructions: 'Old.',
    });
    const stream = await client.responses.create({
      model: 'fake-model',
      instructions: 'New.',
      previous_response_id: earlier.id,
      input: 'follow me',
      background: true,
      stream: true,
    });
    const events = await collect(stream);
    expect(events[0]!.type).toBe('response.created');
    expect(events[1]!.type).toBe('response.queued');
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
    const last = events.at(-1)!;
    expect(last.type === 'response.completed' && last.response.output[0]).toMatchObject({
      content: [{ text: 'You said: follow me' }],
    });
    expect(lastChat().messages).toEqual([
      { role: 'system', content: 'New.' },
      { role: 'user', content: 'first' },
      { role: 'assistant', content: 'You said: first' },
      { role: 'user', content: 'follow me' },
    ]);
  });

  it('cancels a running background response and aborts its upstream stream', async () => {
    const before = upstream.abortedStreams;
    const queued = await client.responses.create({ model: 'slow-stream', input: 'x', background: true });
    // Resume a live stream partway, then leave.
    await expect
      .poll(async () => (await client.responses.retrieve(queued.id)).status, { timeout: 3000 })
      .toBe('in_progress');
    const live = await client.responses.retrieve(queued.id, { stream: true, starting_after: 2 });
    const seen: ResponseStreamEvent[] = [];
    for await (const event of live) {
      seen.push(event);
      if (seen.filter((e) => e.type === 'response.output_text.delta').length === 3) break;
    }
    expect(seen[0]!.sequence_number).toBe(3);

    const cancelled = await client.responses.cancel(queued.id);
    expect(cancelled.status).toBe('cancelled');
    await expect.poll(() => upstream.abortedStreams, { timeout: 2000 }).toBe(before + 1);
    // The run does not overwrite the cancel, keeps what it had produced, and cancelling again
    // changes nothing.
    await new Promise((r) => setTimeout(r, 200));
    const stored = await client.responses.retrieve(queued.id);
    expect(stored.status).toBe('cancelled');
    expect(stored.output_text).toMatch(/^0 1 2 /);
    expect((await client.responses.cancel(queued.id)).status).toBe('cancelled');
    // A stream of a cancelled response ends.
    const after = await collect(await client.responses.retrieve(queued.id, { stream: true }));
    expect(after.length).toBeGreaterThan(3);
  });

  it('deletes a running background response, stopping its run', async () => {
    const before = upstream.abortedStreams;
    const queued = await client.responses.create({ model: 'slow-stream', input: 'x', background: true });
    await expect
      .poll(async () => (await client.responses.retrieve(queued.id)).status, { timeout: 3000 })
      .toBe('in_progress');
    await client.responses.delete(queued.id);
    await expect.poll(() => upstream.abortedStreams, { timeout: 2000 }).toBe(before + 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(await failure(client.responses.retrieve(queued.id))).toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('fails a background response whose upstream fails', async () => {
    const queued = await client.responses.create({ model: 'error-500', input: 'x', background: true });
    await expect
      .poll(async () => (await client.responses.retrieve(queued.id)).status, { timeout: 3000 })
      .toBe('failed');
    const failed = await client.responses.retrieve(queued.id);
    expect(failed.error?.code).toBe('server_error');
    const events = await sseEvents(await fetch(`${client.baseURL}/responses/${queued.id}?stream=true`));
    expect(events.map((e) => e.type).slice(-2)).toEqual(['error', 'response.failed']);
  });
});

describe('input tokens and compaction', () => {
  it('counts input tokens, earlier turns included', async () => {
    const hi = await client.responses.inputTokens.count({ model: 'fake-model', input: 'hi' });
    expect(hi).toEqual({ object: 'response.input_tokens', input_tokens: 8 });
    const withInstructions = await client.responses.inputTokens.count({
      model: 'fake-model',
      instructions: 'Be brief.',
      input: 'hi',
    });
    expect(withInstructions.input_tokens).toBeGreaterThan(hi.input_tokens);

    const earlier = await client.responses.create({ model: 'fake-model', input: 'hello there' });
    const chained = await client.responses.inputTokens.count({
      model: 'fake-model',
      previous_response_id: earlier.id,
      input: 'hi',
    });
    const inline = await client.responses.inputTokens.count({
      model: 'fake-model',
      input: [
        { role: 'user', content: 'hello there' },
        { role: 'assistant', content: 'You said: hello there' },
        { role: 'user', content: 'hi' },
      ],
    });
    expect(chained.input_tokens).toBe(inline.input_tokens);
    expect(chained.input_tokens).toBeGreaterThan(hi.input_tokens);
  });

  it('compacts a conversation into an item that later requests can use instead', async () => {
    const earlier = await client.responses.create({ model: 'fake-model', input: 'My name is Ada.' });
    const compacted = await client.responses.compact({
      model: 'fake-model',
      previous_response_id: earlier.id,
    });
    expect(compacted.object).toBe('response.compaction');
    expect(compacted.output).toEqual([
      { type: 'compaction', id: expect.stringMatching(/^cmp_/), encrypted_content: expect.any(String) },
    ]);
    expect(compacted.usage.total_tokens).toBe(7 + 15);
    const asked = lastChat().messages;
    expect(asked.slice(0, 2)).toEqual([
      { role: 'user', content: 'My name is Ada.' },
      { role: 'assistant', content: 'You said: My name is Ada.' },
    ]);
    expect(asked[2]).toMatchObject({ role: 'user', content: expect.stringContaining('Summarize') });

    const next = await client.responses.create({
      model: 'fake-model',
      input: [...(compacted.output as ResponseInputItem[]), { role: 'user', content: 'Who am I?' }],
    });
    expect(next.output_text).toBe('You said: Who am I?');
    const [summary, question] = lastChat().messages;
    expect(summary).toMatchObject({ role: 'system' });
    expect(summary!.content).toMatch(/^Summary of the earlier conversation:\nYou said: Summarize/);
    expect(question).toEqual({ role: 'user', content: 'Who am I?' });

    const forged = await failure(
      client.responses.create({
        model: 'fake-model',
        input: [{ type: 'compaction', encrypted_content: 'not ours' } as ResponseInputItem],
      }),
    );
    expect(forged.status).toBe(400);
    expect(forged.param).toBe('input[0].encrypted_content');
  });
});

describe('truncation', () => {
  // 20 words a turn: a user turn is 27 tokens by the gateway's count, a turn with its answer 51.
  const words = (word: string) => Array.from({ length: 20 }, () => word).join(' ');
  let small: Gateway;
  let sdk: OpenAI;

  beforeAll(async () => {
    const config = gatewayConfig(await freshDatabaseUrl());
    config.providers[0]!.contextWindows['*'] = 100;
    small = await createGateway(config, createLogger('silent'), FAST);
    sdk = await sdkFor(small);
  });

  afterAll(() => small.close());

  async function twoTurns() {
    const one = await sdk.responses.create({ model: 'fake-model', input: words('one') });
    return sdk.responses.create({ model: 'fake-model', previous_response_id: one.id, input: words('two') });
  }

  it('refuses a conversation over the context window unless truncation is auto', async () => {
    const two = await twoTurns();
    expect(lastChat().messages).toHaveLength(3);
    const refused = await failure(
      sdk.responses.create({ model: 'fake-model', previous_response_id: two.id, input: words('three') }),
    );
    expect(refused).toBeInstanceOf(OpenAI.BadRequestError);
    expect(refused).toMatchObject({ param: 'input', code: 'context_length_exceeded' });
    expect(refused.message).toContain('truncation');
  });

  it('drops the oldest turns with truncation: auto until the rest fits', async () => {
    const two = await twoTurns();
    const three = await sdk.responses.create({
      model: 'fake-model',
      previous_response_id: two.id,
      input: words('three'),
      truncation: 'auto',
    });
    expect(three.truncation).toBe('auto');
    expect(three.output_text).toBe(`You said: ${words('three')}`);
    expect(lastChat().messages.map((m) => String(m.content).split(' ').at(-1))).toEqual([
      'two',
      'two',
      'three',
    ]);
    // max_output_tokens is kept free in the window too: now only this turn fits.
    await sdk.responses.create({
      model: 'fake-model',
      previous_response_id: two.id,
      input: words('three'),
      truncation: 'auto',
      max_output_tokens: 50,
    });
    expect(lastChat().messages).toEqual([{ role: 'user', content: words('three') }]);
  });

  it('refuses, even with truncation: auto, an input that alone does not fit', async () => {
    const refused = await failure(
      sdk.responses.create({
        model: 'fake-model',
        input: words('big'),
        truncation: 'auto',
        max_output_tokens: 90,
      }),
    );
    expect(refused).toMatchObject({ status: 400, param: 'input', code: 'context_length_exceeded' });
  });

  it('fails a background response that does not fit', async () => {
    const two = await twoTurns();
    const queued = await sdk.responses.create({
      model: 'fake-model',
      previous_response_id: two.id,
      input: words('three'),
      background: true,
    });
    expect(queued.status).toBe('queued');
    await expect.poll(async () => (await sdk.responses.retrieve(queued.id)).status).toBe('failed');
    const failed = await sdk.responses.retrieve(queued.id);
    expect(failed.error?.message).toContain('context window');
    expect(failed.error?.code).toBe('invalid_prompt');
    const events = await sseEvents(await fetch(`${sdk.baseURL}/responses/${queued.id}?stream=true`));
    expect(events.map((e) => e.type)).toEqual([
      'response.created',
      'response.queued',
      'error',
      'response.failed',
    ]);
    expect(events.map((e) => e.sequence_number)).toEqual([0, 1, 2, 3]);
  });
});

describe('restart', () => {
  it('fails responses left in progress by a process that stopped, and runs again the background one that had streamed nothing', async () => {
    const url = await freshDatabaseUrl({ file: true });
    // A process that died mid-run: rows in progress whose leases ran out.
    const first = await openStore(url);
    const repository = first.responses;
    const ids: string[] = [];
    for (const background of [false, true, true]) {
      const request = { model: 'fake-model', input: 'x', background };
      const response = {
        ...baseResponse(`resp_dead${ids.length}`, request),
        status: 'in_progress' as const,
      };
      const input: ItemField[] = [
        {
          type: 'message',
          id: `msg_in${ids.length}`,
          role: 'user',
          status: 'completed',
          content: [{ type: 'input_text', text: 'x' }],
        },
      ];
      await repository.insert('default', response, request, input, {
        lease: { owner: 'dead-process', ms: -1 },
      });
      await repository.appendEvent('default', response.id, {
        type: 'response.created',
        sequence_number: 0,
        response,
      });
      ids.push(response.id);
    }
    // The first background run had begun to stream its output; the second had not.
    const rerun = ids.pop()!;
    await repository.appendEvent('default', ids[1]!, {
      type: 'response.output_text.delta',
      sequence_number: 1,
      item_id: 'msg_1',
      output_index: 0,
      content_index: 0,
      delta: 'Hel',
      logprobs: [],
    });
    await first.close();

    const second = await createGateway(gatewayConfig(url), createLogger('silent'), FAST);
    const sdk = await sdkFor(second);
    try {
      for (const id of ids) {
        await expect
          .poll(async () => (await sdk.responses.retrieve(id)).status, { timeout: 3000 })
          .toBe('failed');
        expect((await sdk.responses.retrieve(id)).error?.code).toBe('server_error');
      }
      // The background one's event stream ends with the failure, numbered after what was stored.
      const events = await sseEvents(await fetch(`${sdk.baseURL}/responses/${ids[1]}?stream=true`));
      expect(events.map((e) => [e.sequence_number, e.type])).toEqual([
        [0, 'response.created'],
        [1, 'response.output_text.delta'],
        [2, 'error'],
        [3, 'response.failed'],
      ]);
      // The SDK raises the error event.
      const sdkStream = await sdk.responses.retrieve(ids[1]!, { stream: true });
      await expect(collect(sdkStream)).rejects.toMatchObject({ code: 'server_error' });
      // Nothing of the other had reached anyone: it was queued again and run from the beginning.
      await expect
        .poll(async () => (await sdk.responses.retrieve(rerun)).status, { timeout: 3000 })
        .toBe('completed');
      expect((await sdk.responses.retrieve(rerun)).output_text).toBe('You said: x');
    } finally {
      await second.close();
    }
  });

  it('fails a background run whose gateway went away mid-stream, once a new gateway starts', async () => {
    const url = await freshDatabaseUrl({ file: true });
    // The first gateway never sweeps: on a loaded machine its own lease renewals can fall behind a
    // 300 ms lease, and its sweep would fail the run before the test sees it running. Only the
    // second gateway, started after the first went away, may find the run abandoned.
    const first = await createGateway(gatewayConfig(url), createLogger('silent'), {
      engine: { followPollMs: 50, leaseMs: 300 },
      runner: { pollMs: 50, sweepMs: 3_600_000 },
    });
    const sdk1 = await sdkFor(first);
    const queued = await sdk1.responses.create({ model: 'slow-stream', input: 'x', background: true });
    await untilOutput(sdk1, queued.id);
    await first.close();

    const second = await createGateway(gatewayConfig(url), createLogger('silent'), {
      engine: { followPollMs: 50, leaseMs: 300 },
      runner: { pollMs: 50, sweepMs: 50 },
    });
    const sdk2 = await sdkFor(second);
    try {
      await expect
        .poll(async () => (await sdk2.responses.retrieve(queued.id)).status, { timeout: 10_000 })
        .toBe('failed');
      const list = await sdk2.get<{ data: Response[] }>('/responses', { query: { limit: 100 } });
      expect(list.data.filter((r) => r.status === 'in_progress' || r.status === 'queued')).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('runs a background response again on a new gateway when its gateway went away before the model answered', async () => {
    const url = await freshDatabaseUrl({ file: true });
    const first = await createGateway(gatewayConfig(url), createLogger('silent'), {
      engine: { followPollMs: 50, leaseMs: 300 },
      runner: { pollMs: 50, sweepMs: 3_600_000 },
    });
    const sdk1 = await sdkFor(first);
    const calls = () => chatRequests().filter((r) => r.model === 'late-headers').length;
    const before = calls();
    // The model answers after 1.5 s: the gateway goes away while it waits, with nothing streamed.
    const queued = await sdk1.responses.create({ model: 'late-headers', input: 'again', background: true });
    await expect.poll(() => calls() - before, { timeout: 10_000 }).toBe(1);
    await first.close();

    const second = await createGateway(gatewayConfig(url), createLogger('silent'), {
      // A lease long enough that a loaded machine's late renewal does not start the run a third time.
      engine: { followPollMs: 50, leaseMs: 2_000 },
      runner: { pollMs: 50, sweepMs: 50 },
    });
    const sdk2 = await sdkFor(second);
    try {
      await expect
        .poll(async () => (await sdk2.responses.retrieve(queued.id)).status, { timeout: 10_000 })
        .toBe('completed');
      expect((await sdk2.responses.retrieve(queued.id)).output_text).toBe('You said: again');
      expect(calls() - before).toBe(2);
      // One stream, numbered without a gap, from the one response.created to the completion.
      const events = await collect(await sdk2.responses.retrieve(queued.id, { stream: true }));
      expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
      expect(events.filter((e) => e.type === 'response.created')).toHaveLength(1);
      expect(events.at(-1)?.type).toBe('response.completed');
    } finally {
      await second.close();
    }
  });
});
