/**
 * The run loop with a hosted tool defined here: the model calls it, the engine runs it and calls
 * the model again with its result. The upstream is a scripted chat completions server behind the
 * real provider (the openai SDK over a fetch transport).
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { CreateResponseBody, ResponseResource, ResponseStreamEvent } from '../../src/api-types.js';
import { ResponsesEngine } from '../../src/engine/responses/engine.js';
import { LOOP_BOUND_REASON } from '../../src/engine/responses/loop.js';
import {
  HostedTools,
  type HostedCall,
  type HostedContext,
  type HostedTool,
} from '../../src/engine/tools/hosted.js';
import { checkResponsesStream } from '../../conformance/responses-stream.js';
import { userText } from '../../src/engine/input.js';
import { createLogger } from '../../src/logger.js';
import { ProviderRegistry } from '../../src/providers/registry.js';
import { FileStore } from '../../src/store/files.js';
import { openStore } from '../../src/store/index.js';
import { freshDatabaseUrl } from '../support/database.js';
import { fakeProvider } from '../support/provider.js';
import { scriptedFetch, type ChatBody, type Scripted } from '../support/scripted-chat.js';

let script: Scripted[] = [];
const seen: ChatBody[] = [];
// The script is replaced per test; the fetch reads whichever one is current.
const fakeFetch: typeof fetch = (url, init) => scriptedFetch(script, seen)(url, init);

/** The hosted tool of these tests: looks a word up; "boom" throws. */
const runs: Array<{ call: HostedCall; context: HostedContext }> = [];
const lookup: HostedTool = {
  types: ['lookup'],
  offer: () => ({
    type: 'function',
    function: { name: 'lookup', parameters: { type: 'object', properties: { word: { type: 'string' } } } },
  }),
  async *run(call, context) {
    runs.push({ call, context });
    const word = (call.arguments as { word?: string } | undefined)?.word ?? '';
    if (word === 'boom') throw new Error('the dictionary is on fire');
    const item = {
      type: 'function_call_output' as const,
      id: `lk_${runs.length}`,
      call_id: call.callId,
      output: '',
      status: 'in_progress' as const,
    };
    yield { type: 'response.output_item.added', output_index: context.outputIndex, item };
    if (word === 'midway') throw new Error('the dictionary fell apart');
    const done = { ...item, output: `${word} means ${word.length} letters`, status: 'completed' as const };
    yield { type: 'response.output_item.done', output_index: context.outputIndex, item: done };
    return { item: done, output: done.output };
  },
  failed: (item) => (item.type === 'function_call_output' ? { ...item, status: 'incomplete' } : item),
  annotate: (text, results) =>
    results.length && text.includes('letters')
      ? [
          {
            type: 'url_citation',
            url: 'https://dictionary.test/',
            title: 'Dictionary',
            start_index: 0,
            end_index: 3,
          },
        ]
      : [],
};

const store = await openStore(await freshDatabaseUrl());
const provider = fakeProvider(fakeFetch);
const log = createLogger('silent');
const engine = (maxModelCalls?: number) =>
  new ResponsesEngine(
    new ProviderRegistry([provider], provider, 60_000, log),
    store,
    new FileStore(store.files, store.blobs),
    { owner: 'test', leaseMs: 10_000, followPollMs: 50, ...(maxModelCalls ? { maxModelCalls } : {}) },
    new HostedTools([lookup]),
  );

/** The same upstream with a context window for the model (engine.contextWindows). */
function windowed(tokens: number) {
  const bounded = fakeProvider(fakeFetch, { contextWindows: { m: tokens } });
  return new ResponsesEngine(
    new ProviderRegistry([bounded], bounded, 60_000, log),
    store,
    new FileStore(store.files, store.blobs),
    { owner: 'test', leaseMs: 10_000, followPollMs: 50 },
    new HostedTools([lookup]),
  );
}

afterAll(() => store.close());

beforeEach(() => {
  script = [];
  seen.length = 0;
  runs.length = 0;
});

/** A request offering the hosted tool (a type the contract does not know yet: the engine is called directly). */
function request(fields: Partial<CreateResponseBody> = {}): CreateResponseBody {
  const tools: CreateResponseBody['tools'] = JSON.parse('[{"type":"lookup"}]');
  return { model: 'm', input: 'What does cat mean?', tools, ...fields };
}

async function create(body: CreateResponseBody, maxModelCalls?: number) {
  const signal = new AbortController().signal;
  const run = await engine(maxModelCalls).create('default', body, { signal });
  if (!body.stream) return { response: await run.result(), events: [] as ResponseStreamEvent[] };
  const events: ResponseStreamEvent[] = [];
  for await (const event of run) events.push(event);
  return { response: run.response, events };
}

const lookupCat = { calls: [{ name: 'lookup', args: '{"word":"cat"}' }] };

/** A Response without what differs between two runs of the same script (ids, times). */
function shape(response: ResponseResource) {
  return JSON.parse(
    JSON.stringify(response, (key, value: unknown) =>
      key === 'id' || key === 'call_id' || key === 'created_at' || key === 'completed_at' ? undefined : value,
    ),
  ) as unknown;
}

describe('the run loop with a hosted tool', () => {
  for (const stream of [false, true]) {
    it(`runs the tool and calls the model again with its result (stream: ${stream})`, async () => {
      script = [lookupCat, { text: 'Cat means 3 letters.' }];
      const { response, events } = await create(
        request({ stream, include: ['message.output_text.logprobs'] }),
      );
      expect(response.status).toBe('completed');
      expect(response.output.map((i) => i.type)).toEqual(['function_call_output', 'message']);
      expect(response.output[0]).toMatchObject({ output: 'cat means 3 letters', status: 'completed' });
      expect(response.output[1]).toMatchObject({
        content: [
          { type: 'output_text', text: 'Cat means 3 letters.', annotations: [{ type: 'url_citation' }] },
        ],
      });
      // Usage sums both model calls.
      expect(response.usage).toMatchObject({ input_tokens: 20, output_tokens: 10, total_tokens: 30 });
      // The tool got its parsed arguments, the request's include and the index its item takes.
      expect(runs).toHaveLength(1);
      expect(runs[0]!.call).toMatchObject({ arguments: { word: 'cat' }, rawArguments: '{"word":"cat"}' });
      expect(runs[0]!.context).toMatchObject({ include: ['message.output_text.logprobs'], outputIndex: 0 });
      // The second call carries the model's call and the tool's result.
      expect(seen).toHaveLength(2);
      expect(seen[0]!.tools?.map((t) => t.function.name)).toEqual(['lookup']);
      expect(seen[1]!.messages.slice(-2)).toMatchObject([
        { role: 'assistant', tool_calls: [{ function: { name: 'lookup', arguments: '{"word":"cat"}' } }] },
        { role: 'tool', content: 'cat means 3 letters', tool_call_id: runs[0]!.call.callId },
      ]);
      if (!stream) return;
      // One sequence over both steps and the tool's own events.
      expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
      const types = events.map((e) => e.type);
      expect(types.slice(0, 4)).toEqual([
        'response.created',
        'response.in_progress',
        'response.output_item.added',
        'response.output_item.done',
      ]);
      expect(types).toContain('response.output_text.annotation.added');
      expect(types.at(-1)).toBe('response.completed');
      expect(types.filter((t) => t === 'response.output_item.done')).toHaveLength(2);
    });
  }

  it('produces the same Response streamed and not', async () => {
    script = [lookupCat, { text: 'Cat means 3 letters.' }];
    const plain = await create(request());
    script = [lookupCat, { text: 'Cat means 3 letters.' }];
    const streamed = await create(request({ stream: true }));
    expect(shape(streamed.response)).toEqual(shape(plain.response));
  });

  it('ends incomplete when the model keeps calling tools past the bound on model calls', async () => {
    script = [lookupCat, lookupCat, lookupCat, { text: 'never asked for' }];
    const { response, events } = await create(request({ stream: true }), 3);
    expect(seen).toHaveLength(3);
    // The last call allowed offers no hosted tool; a model that calls it anyway is not asked again.
    expect(seen.map((b) => b.tools?.length)).toEqual([1, 1, undefined]);
    expect(runs).toHaveLength(3);
    expect(response.status).toBe('incomplete');
    expect(response.incomplete_details).toEqual({ reason: LOOP_BOUND_REASON });
    expect(response.output.map((i) => i.type)).toEqual(Array(3).fill('function_call_output'));
    expect(events.at(-1)?.type).toBe('response.incomplete');
  });

  it('offers no hosted tool on the last model call allowed, so the model answers', async () => {
    script = [lookupCat, { text: 'Cat: 3 letters.' }];
    const { response } = await create(request(), 2);
    expect(seen.map((b) => b.tools?.length)).toEqual([1, undefined]);
    expect(response.status).toBe('completed');
    expect(response.output.map((i) => i.type)).toEqual(['function_call_output', 'message']);
  });

  it('offers no hosted tool on the first call when it is the only one allowed', async () => {
    script = [{ text: 'Cat: 3 letters.' }];
    const { response } = await create(request(), 1);
    expect(seen[0]!.tools).toBeUndefined();
    expect(response.status).toBe('completed');
  });

  it('forces tool_choice on the first model call only: later steps may answer (auto)', async () => {
    script = [lookupCat, { text: 'Cat: 3 letters.' }];
    const { response } = await create(request({ tool_choice: 'required' }));
    expect(seen.map((b) => b.tool_choice)).toEqual(['required', 'auto']);
    expect(response.status).toBe('completed');
  });

  it('keeps the allowed tools of a forced allowed_tools choice on later steps, in auto mode', async () => {
    script = [lookupCat, { text: 'Cat: 3 letters.' }];
    const tools: CreateResponseBody['tools'] = JSON.parse(
      '[{"type":"lookup"},{"type":"function","name":"get_weather","parameters":{"type":"object","properties":{}}}]',
    );
    const choice = {
      type: 'allowed_tools',
      mode: 'required',
      tools: [{ type: 'function', name: 'get_weather' }],
    };
    const { response } = await create(
      request({
        tools,
        tool_choice: JSON.parse(JSON.stringify(choice)) as CreateResponseBody['tool_choice'],
      }),
    );
    const allowed = {
      type: 'allowed_tools',
      allowed_tools: { tools: [{ type: 'function', function: { name: 'get_weather' } }] },
    };
    expect(seen.map((b) => b.tool_choice)).toEqual([
      { ...allowed, allowed_tools: { mode: 'required', ...allowed.allowed_tools } },
      { ...allowed, allowed_tools: { mode: 'auto', ...allowed.allowed_tools } },
    ]);
    expect(response.status).toBe('completed');
  });

  it('stops offering hosted tools once max_tool_calls is spent, so the model answers', async () => {
    script = [lookupCat, { text: 'Cat: 3 letters.' }];
    const { response } = await create(request({ max_tool_calls: 1 }));
    expect(response.status).toBe('completed');
    expect(seen[1]!.tools).toBeUndefined();
    expect(response.output.map((i) => i.type)).toEqual(['function_call_output', 'message']);
  });

  it('ignores hosted calls past max_tool_calls within one model call', async () => {
    script = [
      {
        calls: [
          { name: 'lookup', args: '{"word":"cat"}' },
          { name: 'lookup', args: '{"word":"dog"}' },
        ],
      },
      { text: 'Done.' },
    ];
    const { response } = await create(request({ max_tool_calls: 1 }));
    expect(runs.map((r) => r.call.arguments)).toEqual([{ word: 'cat' }]);
    expect(response.output.map((i) => i.type)).toEqual(['function_call_output', 'message']);
  });

  for (const stream of [false, true]) {
    it(`fails the response when the tool throws (stream: ${stream})`, async () => {
      script = [{ calls: [{ name: 'lookup', args: '{"word":"boom"}' }] }];
      const { response, events } = await create(request({ stream }));
      expect(response.status).toBe('failed');
      expect(response.error).toEqual({
        code: 'server_error',
        message: "The hosted tool 'lookup' failed: the dictionary is on fire",
      });
      expect(seen).toHaveLength(1);
      if (stream) expect(events.slice(-2).map((e) => e.type)).toEqual(['error', 'response.failed']);
    });
  }

  for (const stream of [false, true]) {
    it(`closes the item of a tool that throws after announcing it, before the response fails (stream: ${stream})`, async () => {
      script = [{ calls: [{ name: 'lookup', args: '{"word":"midway"}' }] }];
      const { response, events } = await create(request({ stream }));
      expect(response.status).toBe('failed');
      expect(response.error?.message).toBe("The hosted tool 'lookup' failed: the dictionary fell apart");
      expect(response.output).toEqual([expect.objectContaining({ id: 'lk_1', status: 'incomplete' })]);
      if (!stream) return;
      const sse =
        events.map((e) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`).join('') + 'data: [DONE]\n\n';
      expect(checkResponsesStream(sse).problems).toEqual([]);
      expect(events.slice(-3).map((e) => e.type)).toEqual([
        'response.output_item.done',
        'error',
        'response.failed',
      ]);
    });
  }

  it('ends the response with the client function calls of a step that also called a hosted tool', async () => {
    script = [
      {
        calls: [
          { name: 'lookup', args: '{"word":"cat"}' },
          { name: 'get_weather', args: '{"city":"Paris"}' },
        ],
      },
    ];
    const tools: CreateResponseBody['tools'] = JSON.parse(
      '[{"type":"lookup"},{"type":"function","name":"get_weather","parameters":{"type":"object","properties":{}}}]',
    );
    const { response } = await create(request({ tools }));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.tools?.map((t) => t.function.name)).toEqual(['get_weather', 'lookup']);
    expect(response.status).toBe('completed');
    expect(response.output.map((i) => i.type)).toEqual(['function_call', 'function_call_output']);
  });

  it('offers nothing for a hosted tool that cannot run, and answers as without it', async () => {
    const idle = new ResponsesEngine(
      new ProviderRegistry([provider], provider, 60_000, log),
      store,
      new FileStore(store.files, store.blobs),
      { owner: 'test', leaseMs: 10_000, followPollMs: 50 },
      new HostedTools([{ ...lookup, offer: () => undefined }]),
    );
    script = [{ text: 'Cat is a word.' }];
    const run = await idle.create('default', request(), { signal: new AbortController().signal });
    const response = await run.result();
    expect(seen[0]!.tools).toBeUndefined();
    expect(response.status).toBe('completed');
  });
});

describe('the context window on every model call', () => {
  // The earlier turn and this turn's step (the model's call and the tool's result) are each about
  // as large as the window leaves room for one of: the first call fits, the second only without it.
  const earlier = [{ input: [userText('hello '.repeat(400))], output: [userText('Noted.')] }];
  const word = 'dog '.repeat(200).trim();
  const lookupDogs = { calls: [{ name: 'lookup', args: JSON.stringify({ word }) }] };
  const previous = (id: string) => (id === 'resp_held' ? earlier : undefined);
  /** This turn after the held earlier one, with a window of 700 tokens. */
  async function answer(truncation: CreateResponseBody['truncation']) {
    const body = request({
      input: 'How long is it?',
      previous_response_id: 'resp_held',
      store: false,
      truncation,
    });
    const run = await windowed(700).create('default', body, {
      signal: new AbortController().signal,
      previous,
    });
    return run.result();
  }

  it('drops the earlier turns a later step no longer fits with (truncation auto), never this turn', async () => {
    script = [lookupDogs, { text: 'Long.' }];
    const response = await answer('auto');
    expect(response.status).toBe('completed');
    expect(seen).toHaveLength(2);
    expect(seen[0]!.messages.map((m) => m.role)).toEqual(['user', 'user', 'user']);
    expect(seen[1]!.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'tool']);
    expect(seen[1]!.messages[0]).toMatchObject({ content: 'How long is it?' });
  });

  it('fails the response as a context overflow when a later step does not fit', async () => {
    script = [lookupDogs, { text: 'never asked for' }];
    const response = await answer('disabled');
    expect(seen).toHaveLength(1);
    expect(response.status).toBe('failed');
    expect(response.error).toMatchObject({
      code: 'invalid_prompt',
      message: expect.stringMatching(/context window/),
    });
  });
});

describe('create()', () => {
  it('continues a chain the caller holds itself (previous), and hands back the turn it made', async () => {
    const held = [{ input: [userText('My name is Ada.')], output: [userText('Noted.')] }];
    const previous = (id: string) => (id === 'resp_held' ? held : undefined);
    script = [{ text: 'Ada.' }];
    const body: CreateResponseBody = {
      model: 'm',
      input: 'What is my name?',
      previous_response_id: 'resp_held',
      store: false,
    };
    const run = await engine().create('default', body, { signal: new AbortController().signal, previous });
    const response = await run.result();
    expect(seen[0]!.messages.map((m) => m.content)).toEqual([
      'My name is Ada.',
      'Noted.',
      'What is my name?',
    ]);
    expect(run.turn.input).toMatchObject([{ role: 'user', content: [{ text: 'What is my name?' }] }]);
    expect(run.turn.output).toEqual(response.output);
    expect(response.output).toMatchObject([{ type: 'message', content: [{ text: 'Ada.' }] }]);
    // An id the caller does not hold is looked up in the store.
    await expect(
      engine().create(
        'default',
        { ...body, previous_response_id: 'resp_other' },
        { signal: new AbortController().signal, previous },
      ),
    ).rejects.toMatchObject({ status: 404, param: 'previous_response_id' });
  });

  it('yields its events once', async () => {
    script = [{ text: 'Hi.' }];
    const run = await engine().create(
      'default',
      { model: 'm', input: 'hi', stream: true },
      { signal: new AbortController().signal },
    );
    const types: string[] = [];
    for await (const event of run) types.push(event.type);
    expect(types.at(-1)).toBe('response.completed');
    expect(() => run[Symbol.asyncIterator]()).toThrow(/once/);
  });
});
