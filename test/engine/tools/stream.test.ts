/** Tool calls of every shape as a run streams them (events/output.ts with engine/tools/stream.ts). */
import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import { describe, expect, it } from 'vitest';
import type { ResponseStreamEvent } from '../../../src/api-types.js';
import { ResponseRun } from '../../../src/engine/events/run.js';
import { baseResponse } from '../../../src/engine/responses/resource.js';
import { ToolSet } from '../../../src/engine/tools/registry.js';

const tools = ToolSet.from([
  { type: 'custom', name: 'patch' },
  { type: 'shell' },
  { type: 'function', name: 'f' },
]);

function run(): ResponseRun {
  return new ResponseRun(baseResponse('resp_t', { model: 'm', input: 'x' }), {
    reasoningSummary: false,
    logprobs: false,
    maxToolCalls: null,
    tools,
  });
}

type Call = { index: number; id?: string; name?: string; arguments?: string };
const chunk = (
  calls: Call[],
  finish: ChatCompletionChunk.Choice['finish_reason'] = null,
): ChatCompletionChunk => ({
  id: 'c',
  object: 'chat.completion.chunk',
  created: 0,
  model: 'm',
  choices: [
    {
      index: 0,
      delta: {
        tool_calls: calls.map((c) => ({
          index: c.index,
          ...(c.id ? { id: c.id, type: 'function' as const } : {}),
          function: { ...(c.name !== undefined ? { name: c.name } : {}), arguments: c.arguments ?? '' },
        })),
      },
      finish_reason: finish,
      logprobs: null,
    },
  ],
});

const brief = (events: ResponseStreamEvent[]) =>
  events.map((e) => {
    const x = e as ResponseStreamEvent & { output_index?: number; delta?: string; input?: string };
    return [e.type, x.output_index, x.delta ?? x.input].filter((v) => v !== undefined).join(' ');
  });

describe('tool call streams', () => {
  it('a custom call held behind a function call streams its input once the function call is done', () => {
    const r = run();
    const events = [
      ...r.start(),
      ...r.push(chunk([{ index: 0, id: 'call_f', name: 'f', arguments: '{"a":' }])),
      ...r.push(chunk([{ index: 1, id: 'call_p', name: 'patch', arguments: '{"input":"ab' }])),
      ...r.push(
        chunk([
          { index: 0, arguments: '1}' },
          { index: 1, arguments: 'c"}' },
        ]),
      ),
      ...r.push(chunk([], 'tool_calls')),
      ...r.finish(),
    ];
    expect(brief(events).slice(2)).toEqual([
      'response.output_item.added 0',
      'response.function_call_arguments.delta 0 {"a":',
      'response.function_call_arguments.delta 0 1}',
      'response.function_call_arguments.done 0',
      'response.output_item.done 0',
      'response.output_item.added 1',
      'response.custom_tool_call_input.delta 1 ab',
      'response.custom_tool_call_input.delta 1 c',
      'response.custom_tool_call_input.done 1 abc',
      'response.output_item.done 1',
      'response.completed',
    ]);
    expect(r.response.output).toMatchObject([
      { type: 'function_call', name: 'f', arguments: '{"a":1}', status: 'completed' },
      { type: 'custom_tool_call', name: 'patch', input: 'abc', status: 'completed' },
    ]);
  });

  it('a shell call cut off by a cancel is kept as it was, incomplete, never announced', () => {
    const r = run();
    r.start();
    const events = [
      ...r.push(chunk([{ index: 0, id: 'call_s', name: 'shell', arguments: '{"commands":["ls"' }])),
      ...r.push(chunk([{ index: 0, arguments: ']' }])),
    ];
    expect(events).toEqual([]);
    r.cancel();
    expect(r.response.output).toMatchObject([
      { type: 'shell_call', call_id: 'call_s', status: 'incomplete', action: { commands: [] } },
    ]);
  });

  it('a name that comes after the first chunk keeps the call a function call (it was announced as one)', () => {
    const r = run();
    r.start();
    const events = [
      ...r.push(chunk([{ index: 0, id: 'call_s', arguments: '{"commands":' }])),
      ...r.push(chunk([{ index: 0, name: 'shell', arguments: '["ls"]}' }], 'tool_calls')),
      ...r.finish(),
    ];
    expect(brief(events)[0]).toBe('response.output_item.added 0');
    expect(r.response.output).toMatchObject([
      { type: 'function_call', name: 'shell', arguments: '{"commands":["ls"]}', status: 'completed' },
    ]);
  });

  it('custom arguments of another shape than offered stream their input in one delta at the end', () => {
    const r = run();
    r.start();
    const events = [
      ...r.push(chunk([{ index: 0, id: 'call_p', name: 'patch', arguments: '{"other":1,' }])),
      ...r.push(chunk([{ index: 0, arguments: '"input":"xyz"}' }], 'tool_calls')),
      ...r.finish(),
    ];
    expect(brief(events).filter((e) => e.includes('custom_tool_call_input'))).toEqual([
      'response.custom_tool_call_input.delta 0 xyz',
      'response.custom_tool_call_input.done 0 xyz',
    ]);
  });
});
