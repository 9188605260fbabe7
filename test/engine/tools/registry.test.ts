import { describe, expect, it } from 'vitest';
import type { ItemField, RequestTool } from '../../../src/api-types.js';

type FunctionTool = Extract<RequestTool, { type: 'function' }>;
import { callItem, historyPart } from '../../../src/engine/tools/calls.js';
import { validName } from '../../../src/engine/tools/names.js';
import { ToolSet } from '../../../src/engine/tools/registry.js';

const fn = (name: string): FunctionTool => ({
  type: 'function',
  name,
  parameters: { type: 'object' } as never,
});
const multiAgent: RequestTool = {
  type: 'namespace',
  name: 'multi_agent_v1',
  description: 'Sub-agents.',
  tools: [fn('spawn_agent'), fn('wait_agent'), { type: 'custom', name: 'note' }],
};

describe('ToolSet', () => {
  it('offers the inner functions of a namespace under qualified names, and reads calls back', () => {
    const tools = ToolSet.from([fn('spawn_agent'), multiAgent]);
    const names = tools.chatTools.map((t) => t.function.name);
    expect(names).toEqual([
      'spawn_agent',
      'multi_agent_v1__spawn_agent',
      'multi_agent_v1__wait_agent',
      'multi_agent_v1__note',
    ]);
    expect(tools.callOf('multi_agent_v1__wait_agent')).toEqual({
      kind: 'function',
      name: 'wait_agent',
      namespace: 'multi_agent_v1',
    });
    expect(tools.callOf('spawn_agent')).toEqual({ kind: 'function', name: 'spawn_agent' });
    expect(tools.callOf('multi_agent_v1__note')).toEqual({
      kind: 'custom',
      name: 'note',
      namespace: 'multi_agent_v1',
    });
    expect(tools.chatTools[1]!.function.description).toContain('multi_agent_v1: Sub-agents.');
  });

  it('keeps every chat name within ^[a-zA-Z0-9_-]{1,64}$ and unique', () => {
    const long = 'n'.repeat(60);
    const tools = ToolSet.from([
      { type: 'namespace', name: 'mcp.server/x', description: '', tools: [fn('a'), fn(long)] },
      { type: 'namespace', name: 'mcp_server_x', description: '', tools: [fn('a')] },
      fn('shell'),
      { type: 'shell' },
    ]);
    const names = tools.chatTools.map((t) => t.function.name);
    for (const name of names) expect(name).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
    expect(new Set(names).size).toBe(names.length);
    // The function keeps its name; the shell tool is offered under another, and still read back.
    expect(names[names.length - 2]).toBe('shell');
    expect(tools.callOf(names.at(-1)!)).toEqual({ kind: 'shell' });
    expect(tools.callOf(names[0]!)).toEqual({ kind: 'function', name: 'a', namespace: 'mcp.server/x' });
  });

  it('offers a custom tool as one string argument, its grammar in the description', () => {
    const tools = ToolSet.from([
      {
        type: 'custom',
        name: 'apply_patch',
        description: 'Edit files.',
        format: { type: 'grammar', syntax: 'lark', definition: 'start: "*** Begin Patch"' },
      },
    ]);
    const offered = tools.chatTools[0]!.function;
    expect(offered.parameters).toMatchObject({
      properties: { input: { type: 'string' } },
      required: ['input'],
    });
    expect(offered.description).toContain('Lark grammar');
    expect(offered.description).toContain('start: "*** Begin Patch"');
  });

  it('offers the built-ins with their action shapes', () => {
    const tools = ToolSet.from([{ type: 'local_shell' }, { type: 'shell' }, { type: 'apply_patch' }]);
    expect(
      tools.chatTools.map((t) => [
        t.function.name,
        Object.keys((t.function.parameters as { properties: object }).properties),
      ]),
    ).toEqual([
      ['local_shell', ['command', 'working_directory', 'timeout_ms', 'env', 'user']],
      ['shell', ['commands', 'timeout_ms', 'max_output_length']],
      ['apply_patch', ['operation']],
    ]);
  });

  it('offers the tools that additional_tools and tool_search_output items made available', () => {
    const items: ItemField[] = [
      { type: 'additional_tools', id: 'at_1', role: 'developer', tools: [multiAgent] },
      {
        type: 'tool_search_output',
        id: 'tso_1',
        call_id: 'c',
        execution: 'client',
        status: 'completed',
        tools: [fn('late')],
      },
    ];
    const names = ToolSet.from([fn('first')], items).chatTools.map((t) => t.function.name);
    expect(names).toEqual([
      'first',
      'multi_agent_v1__spawn_agent',
      'multi_agent_v1__wait_agent',
      'multi_agent_v1__note',
      'late',
    ]);
  });

  it('refuses two tools of one name, naming the second', () => {
    expect(() => ToolSet.from([fn('a'), { type: 'custom', name: 'a' }])).toThrow(
      expect.objectContaining({ status: 400, param: 'tools[1].name' }),
    );
    expect(() =>
      ToolSet.from([{ type: 'namespace', name: 'ns', description: '', tools: [fn('a'), fn('a')] }]),
    ).toThrow(expect.objectContaining({ param: 'tools[0].tools[1].name' }));
  });

  it('names a call of a tool no longer offered the way it would be offered', () => {
    const tools = ToolSet.from([]);
    expect(tools.chatNameOf({ kind: 'function', name: 'x', namespace: 'a.b' })).toBe('a_b__x');
    expect(tools.chatNameOf({ kind: 'apply_patch' })).toBe('apply_patch');
    expect(validName('x'.repeat(80))).toHaveLength(64);
  });
});

describe('callItem and historyPart', () => {
  const tools = ToolSet.from([
    multiAgent,
    { type: 'custom', name: 'patch' },
    { type: 'local_shell' },
    { type: 'shell' },
    { type: 'apply_patch' },
  ]);
  const round = (chatName: string, args: string) => {
    const item = callItem(tools.callOf(chatName), { call_id: 'call_1', arguments: args }, 'completed');
    return { item, back: historyPart(item, tools) };
  };

  it('a namespaced function call carries its namespace and inner name, and goes back qualified', () => {
    const { item, back } = round('multi_agent_v1__spawn_agent', '{"task":"x"}');
    expect(item).toMatchObject({
      type: 'function_call',
      name: 'spawn_agent',
      namespace: 'multi_agent_v1',
      arguments: '{"task":"x"}',
    });
    expect(back).toEqual({
      call: { id: 'call_1', name: 'multi_agent_v1__spawn_agent', arguments: '{"task":"x"}' },
    });
  });

  it('a custom tool call carries its input, and goes back as the one string argument', () => {
    const { item, back } = round('patch', '{"input":"*** Begin Patch"}');
    expect(item).toMatchObject({
      type: 'custom_tool_call',
      name: 'patch',
      input: '*** Begin Patch',
      status: 'completed',
    });
    expect(back).toEqual({ call: { id: 'call_1', name: 'patch', arguments: '{"input":"*** Begin Patch"}' } });
  });

  it('the built-ins carry their actions, read leniently', () => {
    expect(round('local_shell', '{"command":["ls","-la"],"working_directory":"/tmp"}').item).toMatchObject({
      type: 'local_shell_call',
      action: {
        type: 'exec',
        command: ['ls', '-la'],
        working_directory: '/tmp',
        env: {},
        timeout_ms: null,
        user: null,
      },
    });
    expect(round('local_shell', '{"command":"ls | wc"}').item).toMatchObject({
      action: { command: ['sh', '-c', 'ls | wc'] },
    });
    expect(round('shell', '{"commands":["pwd"]}').item).toMatchObject({
      type: 'shell_call',
      action: { commands: ['pwd'], timeout_ms: null, max_output_length: null },
      environment: null,
    });
    expect(round('apply_patch', '{"operation":{"type":"delete_file","path":"a"}}').item).toMatchObject({
      type: 'apply_patch_call',
      operation: { type: 'delete_file', path: 'a' },
    });
    expect(round('shell', 'not json').back).toEqual({
      call: {
        id: 'call_1',
        name: 'shell',
        arguments: '{"commands":[],"timeout_ms":null,"max_output_length":null}',
      },
    });
  });

  it('outputs go back as tool results', () => {
    const out = (item: ItemField) => historyPart(item, tools);
    expect(
      out({
        type: 'custom_tool_call_output',
        id: 'o',
        call_id: 'c',
        output: [{ type: 'input_text', text: 'done' }],
        status: 'completed',
      }),
    ).toEqual({ output: { call_id: 'c', content: 'done' } });
    expect(
      out({
        type: 'local_shell_call_output',
        id: 'c',
        call_id: 'c',
        output: '{"stdout":"x"}',
        status: 'completed',
      }),
    ).toEqual({ output: { call_id: 'c', content: '{"stdout":"x"}' } });
    expect(
      out({
        type: 'shell_call_output',
        id: 'o',
        call_id: 'c',
        status: 'completed',
        max_output_length: null,
        output: [{ stdout: 'a', stderr: '', outcome: { type: 'exit', exit_code: 0 } }],
      }),
    ).toEqual({
      output: {
        call_id: 'c',
        content: '[{"stdout":"a","stderr":"","outcome":{"type":"exit","exit_code":0}}]',
      },
    });
    expect(
      out({ type: 'apply_patch_call_output', id: 'o', call_id: 'c', status: 'failed', output: null }),
    ).toEqual({ output: { call_id: 'c', content: 'failed' } });
    expect(out({ type: 'additional_tools', id: 'at', role: 'developer', tools: [] })).toBeUndefined();
  });
});
