/** Chat completion chunks → Responses events and the Response they describe. */
import type { ChatCompletion, ChatCompletionChunk } from 'openai/resources/chat/completions';
import { describe, expect, it } from 'vitest';
import type { ResponseStreamEvent } from '../../src/api-types.js';
import { completionAsChunk, toUsage } from '../../src/engine/events/chat.js';
import { ResponseRun, type RunOptions } from '../../src/engine/events/run.js';
import { baseResponse } from '../../src/engine/responses/resource.js';

type Json = Record<string, unknown>;
type Event = Json & { type: string; sequence_number: number };

const OPTIONS: RunOptions = { reasoningSummary: false, logprobs: false, maxToolCalls: null };

function newRun(options: Partial<RunOptions> = {}, sequence = 0) {
  return new ResponseRun(
    baseResponse('resp_test', { model: 'm', input: 'x' }),
    { ...OPTIONS, ...options },
    sequence,
  );
}

function chunk(
  delta: Json,
  finish: ChatCompletionChunk.Choice['finish_reason'] = null,
  extra: Partial<ChatCompletionChunk.Choice> = {},
): ChatCompletionChunk {
  return {
    id: 'c',
    object: 'chat.completion.chunk',
    created: 0,
    model: 'm',
    choices: [{ index: 0, delta, finish_reason: finish, logprobs: null, ...extra }],
  };
}

/** Every event of a whole run: start, the chunks, finish. */
function runAll(run: ResponseRun, chunks: ChatCompletionChunk[]): Event[] {
  const events: ResponseStreamEvent[] = [...run.start()];
  for (const c of chunks) events.push(...run.push(c));
  events.push(...run.finish());
  return events as unknown as Event[];
}

const types = (events: Event[]) => events.map((e) => e.type);
const of = (events: Event[], type: string) => events.filter((e) => e.type === type);

describe('ResponseRun: text', () => {
  it('streams a message: item and part added, deltas, done events, then completed', () => {
    const run = newRun();
    const events = runAll(run, [
      chunk({ role: 'assistant', content: '' }),
      chunk({ content: 'Hel' }),
      chunk({ content: 'lo' }),
      chunk({}, 'stop'),
    ]);
    expect(types(events)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
    const added = events[2]!;
    const item = added.item as Json;
    expect(item).toMatchObject({ type: 'message', role: 'assistant', status: 'in_progress', content: [] });
    expect(item.id).toMatch(/^msg_/);
    expect(events[3]).toMatchObject({
      item_id: item.id,
      output_index: 0,
      content_index: 0,
      part: { type: 'output_text', text: '', annotations: [], logprobs: [] },
    });
    expect(of(events, 'response.output_text.delta').map((e) => e.delta)).toEqual(['Hel', 'lo']);
    expect(events[6]).toMatchObject({ text: 'Hello', item_id: item.id, logprobs: [] });
    expect(events[8]).toMatchObject({
      output_index: 0,
      item: { id: item.id, status: 'completed', content: [{ type: 'output_text', text: 'Hello' }] },
    });
    const completed = events[9]!.response as Json;
    expect(completed).toMatchObject({ id: 'resp_test', status: 'completed', incomplete_details: null });
    expect(completed.completed_at).toEqual(expect.any(Number));
    expect(run.response.output).toEqual([
      {
        type: 'message',
        id: item.id,
        status: 'completed',
        role: 'assistant',
        content: [{ type: 'output_text', text: 'Hello', annotations: [], logprobs: [] }],
      },
    ]);
  });

  it('snapshots the Response in lifecycle events instead of sharing it', () => {
    const run = newRun();
    const [created, inProgress] = run.start() as unknown as Event[];
    run.push(chunk({ content: 'x' }));
    expect((created!.response as Json).status).toBe('in_progress');
    expect((created!.response as Json).output).toEqual([]);
    expect((inProgress!.response as Json).output).toEqual([]);
    const added = run.push(chunk({ content: 'y' }));
    expect(added).toHaveLength(1);
  });

  it('continues the numbering of stored events, and starts a queued response with in_progress only', () => {
    const run = newRun({}, 5);
    expect((run.queued() as unknown as Event).sequence_number).toBe(5);
    const resumed = run.resume() as unknown as Event[];
    expect(resumed.map((e) => [e.sequence_number, e.type])).toEqual([[6, 'response.in_progress']]);
    expect(run.response.status).toBe('in_progress');
  });

  it('maps usage, from the chunk that carries it', () => {
    const run = newRun();
    runAll(run, [
      chunk({ content: 'x' }, 'stop'),
      {
        ...chunk({}),
        choices: [],
        usage: {
          prompt_tokens: 10,
          completion_tokens: 5,
          total_tokens: 15,
          prompt_tokens_details: { cached_tokens: 4 },
          completion_tokens_details: { reasoning_tokens: 2 },
        },
      },
    ]);
    expect(run.response.usage).toMatchObject({
      input_tokens: 10,
      output_tokens: 5,
      total_tokens: 15,
      input_tokens_details: { cached_tokens: 4 },
      output_tokens_details: { reasoning_tokens: 2 },
    });
  });

  it('keeps usage null when the upstream sends none', () => {
    const run = newRun();
    runAll(run, [chunk({ content: 'x' }, 'stop')]);
    expect(run.response.usage).toBeNull();
  });

  it('carries token logprobs only when asked', () => {
    const logprobs = {
      content: [
        {
          token: 'Hi',
          logprob: -0.5,
          bytes: [72, 105],
          top_logprobs: [{ token: 'Hi', logprob: -0.5, bytes: null }],
        },
      ],
      refusal: null,
    };
    const withLogprobs = newRun({ logprobs: true });
    const events = runAll(withLogprobs, [chunk({ content: 'Hi' }, 'stop', { logprobs })]);
    const mapped = [
      {
        token: 'Hi',
        logprob: -0.5,
        bytes: [72, 105],
        top_logprobs: [{ token: 'Hi', logprob: -0.5, bytes: [] }],
      },
    ];
    expect(of(events, 'response.output_text.delta')[0]!.logprobs).toEqual(mapped);
    expect(of(events, 'response.output_text.done')[0]!.logprobs).toEqual(mapped);
    expect(withLogprobs.response.output[0]).toMatchObject({ content: [{ logprobs: mapped }] });

    const without = newRun();
    const plain = runAll(without, [chunk({ content: 'Hi' }, 'stop', { logprobs })]);
    expect(of(plain, 'response.output_text.delta')[0]!.logprobs).toEqual([]);
    expect(without.response.output[0]).toMatchObject({ content: [{ logprobs: [] }] });
  });
});

describe('ResponseRun: refusal', () => {
  it('streams a refusal as its own part, after any text, in the same message', () => {
    const run = newRun();
    const events = runAll(run, [
      chunk({ content: 'Well, ' }),
      chunk({ refusal: 'I cannot ' }),
      chunk({ refusal: 'help.' }),
      chunk({}, 'stop'),
    ]);
    expect(types(events).slice(2)).toEqual([
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.content_part.added',
      'response.refusal.delta',
      'response.refusal.delta',
      'response.refusal.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(of(events, 'response.content_part.added')[1]).toMatchObject({
      content_index: 1,
      part: { type: 'refusal', refusal: '' },
    });
    expect(of(events, 'response.refusal.done')[0]).toMatchObject({
      content_index: 1,
      refusal: 'I cannot help.',
    });
    expect(run.response.output).toHaveLength(1);
    expect(run.response.output[0]).toMatchObject({
      content: [
        { type: 'output_text', text: 'Well, ' },
        { type: 'refusal', refusal: 'I cannot help.' },
      ],
    });
  });
});

describe('ResponseRun: reasoning', () => {
  const thinking = [chunk({ reasoning_content: 'Let me ' }), chunk({ reasoning_content: 'think.' })];

  it('streams reasoning text as a reasoning item before the message', () => {
    const run = newRun();
    const events = runAll(run, [...thinking, chunk({ content: 'Answer.' }), chunk({}, 'stop')]);
    expect(types(events).slice(2, 9)).toEqual([
      'response.output_item.added',
      'response.content_part.added',
      'response.reasoning_text.delta',
      'response.reasoning_text.delta',
      'response.reasoning_text.done',
      'response.content_part.done',
      'response.output_item.done',
    ]);
    const item = events[2]!.item as Json;
    expect(item).toMatchObject({ type: 'reasoning', summary: [], content: [] });
    expect(item.id).toMatch(/^rs_/);
    expect(events[3]).toMatchObject({ output_index: 0, part: { type: 'reasoning_text', text: '' } });
    expect(of(events, 'response.reasoning_text.delta').map((e) => [e.delta, e.output_index])).toEqual([
      ['Let me ', 0],
      ['think.', 0],
    ]);
    expect(of(events, 'response.reasoning_text.done')[0]).toMatchObject({ text: 'Let me think.' });
    // The message comes next, at output_index 1.
    expect(events[9]).toMatchObject({ type: 'response.output_item.added', output_index: 1 });
    expect(run.response.output.map((o) => o.type)).toEqual(['reasoning', 'message']);
    expect(run.response.output[0]).toMatchObject({
      summary: [],
      content: [{ type: 'reasoning_text', text: 'Let me think.' }],
    });
  });

  it('streams reasoning as a summary when one was asked for', () => {
    const run = newRun({ reasoningSummary: true });
    const events = runAll(run, [...thinking, chunk({ content: 'Answer.' }), chunk({}, 'stop')]);
    expect(types(events).slice(2, 9)).toEqual([
      'response.output_item.added',
      'response.reasoning_summary_part.added',
      'response.reasoning_summary_text.delta',
      'response.reasoning_summary_text.delta',
      'response.reasoning_summary_text.done',
      'response.reasoning_summary_part.done',
      'response.output_item.done',
    ]);
    expect(events[3]).toMatchObject({ summary_index: 0, part: { type: 'summary_text', text: '' } });
    expect(of(events, 'response.reasoning_summary_text.done')[0]).toMatchObject({ text: 'Let me think.' });
    expect(of(events, 'response.reasoning_summary_part.done')[0]).toMatchObject({
      part: { type: 'summary_text', text: 'Let me think.' },
    });
    const reasoning = run.response.output[0] as Json;
    expect(reasoning.summary).toEqual([{ type: 'summary_text', text: 'Let me think.' }]);
    expect(reasoning).not.toHaveProperty('content');
  });

  it('reads reasoning from delta.reasoning too (the other name servers use)', () => {
    const run = newRun();
    runAll(run, [chunk({ reasoning: 'Hmm.' }), chunk({ content: 'Yes.' }, 'stop')]);
    expect(run.response.output[0]).toMatchObject({ content: [{ type: 'reasoning_text', text: 'Hmm.' }] });
  });
});

describe('ResponseRun: tool calls', () => {
  const start = (index: number, id: string | undefined, name: string) =>
    chunk({ tool_calls: [{ index, id, type: 'function', function: { name, arguments: '' } }] });
  const args = (index: number, text: string) =>
    chunk({ tool_calls: [{ index, function: { arguments: text } }] });

  it('streams a function call: item added, argument deltas, arguments done, item done', () => {
    const run = newRun();
    const events = runAll(run, [
      start(0, 'call_1', 'get_weather'),
      args(0, '{"city":'),
      args(0, '"Paris"}'),
      chunk({}, 'tool_calls'),
    ]);
    expect(types(events).slice(2)).toEqual([
      'response.output_item.added',
      'response.function_call_arguments.delta',
      'response.function_call_arguments.delta',
      'response.function_call_arguments.done',
      'response.output_item.done',
      'response.completed',
    ]);
    const item = events[2]!.item as Json;
    expect(item).toMatchObject({
      type: 'function_call',
      call_id: 'call_1',
      name: 'get_weather',
      arguments: '',
      status: 'in_progress',
    });
    expect(item.id).toMatch(/^fc_/);
    expect(of(events, 'response.function_call_arguments.delta').map((e) => e.delta)).toEqual([
      '{"city":',
      '"Paris"}',
    ]);
    expect(of(events, 'response.function_call_arguments.done')[0]).toMatchObject({
      item_id: item.id,
      output_index: 0,
      arguments: '{"city":"Paris"}',
    });
    expect(run.response.status).toBe('completed');
    expect(run.response.output).toEqual([
      {
        type: 'function_call',
        id: item.id,
        call_id: 'call_1',
        name: 'get_weather',
        arguments: '{"city":"Paris"}',
        status: 'completed',
      },
    ]);
  });

  it('closes the text before a call, and each call before the next', () => {
    const run = newRun();
    const events = runAll(run, [
      chunk({ content: 'Checking.' }),
      start(0, 'call_1', 'a'),
      args(0, '{}'),
      start(1, 'call_2', 'b'),
      args(1, '[]'),
      chunk({}, 'tool_calls'),
    ]);
    const perItem = events
      .filter((e) => typeof e.output_index === 'number')
      .map((e) => `${e.output_index as number}:${e.type}`);
    expect(perItem).toEqual([
      '0:response.output_item.added',
      '0:response.content_part.added',
      '0:response.output_text.delta',
      '0:response.output_text.done',
      '0:response.content_part.done',
      '0:response.output_item.done',
      '1:response.output_item.added',
      '1:response.function_call_arguments.delta',
      '1:response.function_call_arguments.done',
      '1:response.output_item.done',
      '2:response.output_item.added',
      '2:response.function_call_arguments.delta',
      '2:response.function_call_arguments.done',
      '2:response.output_item.done',
    ]);
    expect(
      run.response.output.map((o) => o.type === 'function_call' && [o.call_id, o.name, o.arguments]),
    ).toEqual([false, ['call_1', 'a', '{}'], ['call_2', 'b', '[]']]);
  });

  it('completes the arguments of a call whose chunks arrive after the next call started', () => {
    const run = newRun();
    runAll(run, [start(0, 'call_1', 'a'), start(1, 'call_2', 'b'), args(0, '{"late":true}'), args(1, '{}')]);
    expect(run.response.output.map((o) => o.type === 'function_call' && o.arguments)).toEqual([
      '{"late":true}',
      '{}',
    ]);
  });

  it('keeps at most max_tool_calls calls and drops the rest without events', () => {
    const run = newRun({ maxToolCalls: 1 });
    const events = runAll(run, [
      start(0, 'call_1', 'a'),
      args(0, '{}'),
      start(1, 'call_2', 'b'),
      args(1, '{"dropped":1}'),
      chunk({}, 'tool_calls'),
    ]);
    expect(run.response.output).toHaveLength(1);
    expect(run.response.output[0]).toMatchObject({ call_id: 'call_1', arguments: '{}' });
    expect(of(events, 'response.output_item.added')).toHaveLength(1);
    expect(of(events, 'response.function_call_arguments.delta')).toHaveLength(1);
  });

  it('gives a call without an id one of its own, and takes a name that comes late', () => {
    const run = newRun();
    runAll(run, [
      chunk({ tool_calls: [{ index: 0, function: { arguments: '' } }] }),
      chunk({ tool_calls: [{ index: 0, function: { name: 'late_name', arguments: '{}' } }] }),
    ]);
    expect(run.response.output[0]).toMatchObject({ name: 'late_name', arguments: '{}' });
    expect((run.response.output[0] as Json).call_id).toMatch(/^call_/);
  });
});

describe('ResponseRun: endings', () => {
  it('ends incomplete when the upstream stopped for length', () => {
    const run = newRun();
    const events = runAll(run, [chunk({ content: 'Once upon' }, 'length')]);
    expect(events.at(-1)!.type).toBe('response.incomplete');
    expect(run.response.status).toBe('incomplete');
    expect(run.response.incomplete_details).toEqual({ reason: 'max_output_tokens' });
    expect(of(events, 'response.output_item.done')[0]).toMatchObject({ item: { status: 'incomplete' } });
    expect(run.response.output[0]).toMatchObject({ status: 'incomplete' });
  });

  it('ends incomplete when the upstream filtered the content', () => {
    const run = newRun();
    const events = runAll(run, [chunk({ content: 'Hm' }, 'content_filter')]);
    expect(events.at(-1)!.type).toBe('response.incomplete');
    expect(run.response.incomplete_details).toEqual({ reason: 'content_filter' });
  });

  it('fails with an error event and response.failed, closing what was open', () => {
    const run = newRun();
    const events = [...run.start(), ...run.push(chunk({ content: 'Half' }))] as unknown as Event[];
    const failed = run.fail({
      code: 'server_error',
      message: 'The upstream failed: boom',
    }) as unknown as Event[];
    expect(types(failed)).toEqual([
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'error',
      'response.failed',
    ]);
    expect(failed[2]).toMatchObject({ item: { status: 'incomplete' } });
    const [error, final] = failed.slice(3);
    expect(error).toEqual({
      type: 'error',
      sequence_number: events.length + 3,
      code: 'server_error',
      message: 'The upstream failed: boom',
      param: null,
      error: {
        type: 'server_error',
        code: 'server_error',
        message: 'The upstream failed: boom',
        param: null,
      },
    });
    expect(final!.sequence_number).toBe(events.length + 4);
    expect(final!.response).toMatchObject({
      status: 'failed',
      error: { code: 'server_error', message: 'The upstream failed: boom' },
      output: [{ type: 'message', status: 'incomplete', content: [{ text: 'Half' }] }],
    });
  });

  it('fails cleanly with nothing produced', () => {
    const run = newRun();
    run.start();
    const failed = run.fail({ code: 'rate_limit_exceeded', message: 'slow down' }) as unknown as Event[];
    expect(types(failed)).toEqual(['error', 'response.failed']);
    expect(run.response.output).toEqual([]);
  });

  it('cancels without events, leaving the open item incomplete', () => {
    const run = newRun();
    run.start();
    run.push(chunk({ content: 'Par' }));
    run.cancel();
    expect(run.response.status).toBe('cancelled');
    expect(run.response.output[0]).toMatchObject({
      status: 'incomplete',
      content: [{ type: 'output_text', text: 'Par' }],
    });
  });
});

describe('toUsage and completionAsChunk', () => {
  it('adds up total_tokens when the upstream leaves it out', () => {
    const usage = toUsage({ prompt_tokens: 3, completion_tokens: 4 } as ChatCompletion['usage'] & object);
    expect(usage).toMatchObject({ input_tokens: 3, output_tokens: 4, total_tokens: 7 });
    expect(usage.input_tokens_details.cached_tokens).toBe(0);
    expect(usage.output_tokens_details.reasoning_tokens).toBe(0);
  });

  const completion = (message: Json, finish: string, usage?: ChatCompletion['usage']): ChatCompletion =>
    ({
      id: 'c',
      object: 'chat.completion',
      created: 0,
      model: 'm',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', refusal: null, ...message },
          finish_reason: finish,
          logprobs: null,
        },
      ],
      ...(usage ? { usage } : {}),
    }) as ChatCompletion;

  it('gives the same Response for a whole completion as for its stream', () => {
    const whole = newRun();
    const wholeEvents = runAll(whole, [
      completionAsChunk(
        completion(
          {
            content: 'Hello there',
            reasoning_content: 'Greeting.',
            tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'a', arguments: '{}' } }],
          },
          'tool_calls',
          { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 },
        ),
      ),
    ]);
    const streamed = newRun();
    runAll(streamed, [
      chunk({ reasoning_content: 'Greet' }),
      chunk({ reasoning_content: 'ing.' }),
      chunk({ content: 'Hello ' }),
      chunk({ content: 'there' }),
      chunk({
        tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'a', arguments: '{}' } }],
      }),
      chunk({}, 'tool_calls'),
      { ...chunk({}), choices: [], usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 } },
    ]);
    const strip = (output: unknown[]) => output.map((o) => ({ ...(o as Json), id: undefined }));
    expect(strip(whole.response.output)).toEqual(strip(streamed.response.output));
    expect(whole.response.usage).toEqual(streamed.response.usage);
    expect(whole.response.output.map((o) => o.type)).toEqual(['reasoning', 'message', 'function_call']);
    expect(wholeEvents.at(-1)!.type).toBe('response.completed');
  });

  it('carries a refusal, and reads reasoning under either name', () => {
    const refused = completionAsChunk(
      completion({ content: null, refusal: 'No.', reasoning: 'Risky.' }, 'stop'),
    );
    expect(refused.choices[0]!.delta).toMatchObject({
      content: null,
      refusal: 'No.',
      reasoning_content: 'Risky.',
    });
    expect(refused.choices[0]!.delta.tool_calls).toEqual([]);
    expect(refused.usage).toBeNull();
  });

  it('makes an empty chunk of a completion without choices, which fails the run: it answered nothing', () => {
    const empty = completionAsChunk({ ...completion({}, 'stop'), choices: [] });
    expect(empty.choices).toEqual([]);
    const run = newRun();
    runAll(run, [empty]);
    expect(run.response.output).toEqual([]);
    expect(run.response.status).toBe('failed');
    expect(run.response.error?.message).toMatch(/without saying the model had finished/);
  });

  it('takes a whole completion without a finish_reason as finished', () => {
    const run = newRun();
    runAll(run, [completionAsChunk(completion({ content: 'Hi' }, null as never))]);
    expect(run.response.status).toBe('completed');
  });
});
