/**
 * The tools of a request as a chat backend sees them: every tool shape a chat backend can be
 * offered becomes one or more chat functions, and a call the model makes to one of them is read
 * back as the tool it stands for. Tools made available during the conversation (additional_tools
 * items, the tools a tool_search_output loaded) are offered too, from the item on which they came.
 */
import type { ChatCompletionFunctionTool } from 'openai/resources/chat/completions';
import type { CustomTool, ItemField, RequestTool } from '../../api-types.js';
import { badRequest } from '../../errors.js';
import { BUILTINS, type BuiltinKind, type FunctionDefinition } from './builtins.js';
import { NameTable, qualified, validName } from './names.js';

/** What a chat function stands for. */
export type ToolCall =
  | { kind: 'function'; name: string; namespace?: string }
  | { kind: 'custom'; name: string; namespace?: string }
  | { kind: BuiltinKind };

type Json = Record<string, unknown>;

interface Wanted {
  call: ToolCall;
  definition: FunctionDefinition;
  strict?: boolean;
}

const keyOf = (call: ToolCall): string =>
  'name' in call ? `${call.kind}:${call.namespace ?? ''}:${call.name}` : call.kind;

const EMPTY_OBJECT = { type: 'object', properties: {} };

export class ToolSet {
  /** The chat functions to offer, in the order the tools came. */
  readonly chatTools: ChatCompletionFunctionTool[] = [];
  private readonly byChatName = new Map<string, ToolCall>();
  private readonly chatNames = new Map<string, string>();

  /** The request's tools (checked: a duplicate name is a 400), then those the items made available. */
  static from(tools: readonly RequestTool[] | null | undefined, items: readonly ItemField[] = []): ToolSet {
    const wanted: Wanted[] = [];
    checkNames(tools ?? []);
    for (const tool of tools ?? []) wanted.push(...offered(tool));
    for (const item of items)
      if (item.type === 'additional_tools' || item.type === 'tool_search_output')
        for (const tool of item.tools) wanted.push(...offered(tool));
    return new ToolSet(wanted);
  }

  private constructor(wanted: Wanted[]) {
    const names = new NameTable();
    const unique = [...new Map(wanted.map((w) => [keyOf(w.call), w])).values()];
    // Plain functions keep their own names (the client matches calls by them); the rest fit around.
    const order = [
      ...unique.filter((w) => w.call.kind === 'function' && !w.call.namespace),
      ...unique.filter((w) => !(w.call.kind === 'function' && !w.call.namespace)),
    ];
    const claimed = new Map(order.map((w) => [w, names.claim(w.definition.name)]));
    for (const w of unique) {
      const name = claimed.get(w)!;
      this.byChatName.set(name, w.call);
      this.chatNames.set(keyOf(w.call), name);
      this.chatTools.push({
        type: 'function',
        function: {
          name,
          ...(w.definition.description ? { description: w.definition.description } : {}),
          parameters: w.definition.parameters,
          ...(w.strict !== undefined ? { strict: w.strict } : {}),
        },
      });
    }
  }

  /** The tool a chat function call stands for (a name nothing was offered as: a plain function). */
  callOf(chatName: string): ToolCall {
    return this.byChatName.get(chatName) ?? { kind: 'function', name: chatName };
  }

  /**
   * The chat names of the offered tools of a kind (and name, in any namespace), those outside a
   * namespace only when there are any: what a tool_choice naming the tool may mean.
   */
  chatNamesOf(kind: ToolCall['kind'], name?: string): string[] {
    const found = [...this.byChatName].filter(
      ([, c]) => c.kind === kind && (!('name' in c) || c.name === name),
    );
    const outside = found.filter(([, c]) => !('namespace' in c && c.namespace));
    return (outside.length ? outside : found).map(([chatName]) => chatName);
  }

  /** The chat name of a tool, for the calls of earlier turns (also of tools no longer offered). */
  chatNameOf(call: ToolCall): string {
    return (
      this.chatNames.get(keyOf(call)) ??
      ('name' in call ? validName(qualified(call.namespace, call.name)) : BUILTINS_NAME[call.kind])
    );
  }
}

/**
 * The chat name each of a request's client tools asks for, with the field that names it
 * (`tools[i].name`, a namespace's `tools[i].tools[j].name`, a built-in's `tools[i].type`).
 */
export function wantedNames(
  tools: readonly RequestTool[] | null | undefined,
): Array<{ name: string; param: string }> {
  return (tools ?? []).flatMap((tool, i) =>
    offered(tool).map((w, j) => ({
      name: validName(w.definition.name),
      param:
        tool.type === 'namespace'
          ? `tools[${i}].tools[${j}].name`
          : `tools[${i}].${'name' in w.call ? 'name' : 'type'}`,
    })),
  );
}

const TOOL_SEARCH = {
  description: 'Searches the tools that are not loaded yet; the ones it finds can be called from then on.',
  parameters: {
    type: 'object',
    properties: { query: { type: 'string', description: 'What the tool should do.' } },
    required: ['query'],
  },
};

const BUILTINS_NAME: Record<BuiltinKind, string> = {
  local_shell: BUILTINS.local_shell.name,
  shell: BUILTINS.shell.name,
  apply_patch: BUILTINS.apply_patch.name,
  tool_search: 'tool_search',
};

/** Function and custom tools are called by name: two of one name (in one namespace) are a 400. */
function checkNames(tools: readonly RequestTool[]): void {
  const check = (list: ReadonlyArray<{ type: string; name?: string }>, at: string) => {
    const names = new Set<string>();
    for (const [i, tool] of list.entries()) {
      if ((tool.type !== 'function' && tool.type !== 'custom') || tool.name === undefined) continue;
      if (names.has(tool.name))
        throw badRequest(
          `Duplicate function name '${tool.name}' in tools.`,
          `${at}[${i}].name`,
          'invalid_value',
        );
      names.add(tool.name);
    }
  };
  check(tools, 'tools');
  for (const [i, tool] of tools.entries())
    if (tool.type === 'namespace') check(tool.tools, `tools[${i}].tools`);
}

/** The chat functions one tool is offered as; none for a shape a chat backend cannot be offered. */
function offered(tool: RequestTool): Wanted[] {
  switch (tool.type) {
    case 'function':
      return [functionTool(tool)];
    case 'custom':
      return [customTool(tool)];
    case 'namespace': {
      const about = tool.description ? `${tool.name}: ${tool.description}` : '';
      return tool.tools.map((inner) => {
        const wanted =
          inner.type === 'custom' ? customTool(inner, tool.name) : functionTool(inner, tool.name);
        const description = [about, wanted.definition.description].filter(Boolean).join('\n\n');
        return { ...wanted, definition: { ...wanted.definition, ...(description ? { description } : {}) } };
      });
    }
    case 'local_shell':
    case 'shell':
    case 'apply_patch':
      return [{ call: { kind: tool.type }, definition: BUILTINS[tool.type] }];
    // A search the client runs is its function; one the server would run has nothing to search on
    // a chat backend, where deferred tools are offered like the others.
    case 'tool_search':
      return tool.execution === 'client'
        ? [
            {
              call: { kind: 'tool_search' },
              definition: {
                name: BUILTINS_NAME.tool_search,
                description: tool.description ?? TOOL_SEARCH.description,
                parameters: (tool.parameters as Json | null | undefined) ?? TOOL_SEARCH.parameters,
              },
            },
          ]
        : [];
    default:
      return [];
  }
}

function functionTool(tool: Extract<RequestTool, { type: 'function' }>, namespace?: string): Wanted {
  return {
    call: { kind: 'function', name: tool.name, ...(namespace ? { namespace } : {}) },
    definition: {
      name: qualified(namespace, tool.name),
      ...(tool.description ? { description: tool.description } : {}),
      parameters: (tool.parameters as Json | null | undefined) ?? EMPTY_OBJECT,
    },
    ...(typeof tool.strict === 'boolean' ? { strict: tool.strict } : {}),
  };
}

/** A custom tool takes free-form text: one string argument, with its grammar told in the description. */
function customTool(tool: CustomTool, namespace?: string): Wanted {
  const format = tool.format;
  const grammar =
    format?.type === 'grammar'
      ? `The input must follow this ${format.syntax === 'lark' ? 'Lark grammar' : 'regular expression'}:\n${format.definition}`
      : '';
  const description = [
    tool.description,
    grammar,
    'Send the whole input as free-form text in the `input` argument.',
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    call: { kind: 'custom', name: tool.name, ...(namespace ? { namespace } : {}) },
    definition: {
      name: qualified(namespace, tool.name),
      description,
      parameters: {
        type: 'object',
        properties: { input: { type: 'string', description: "The tool's input, as free-form text." } },
        required: ['input'],
        additionalProperties: false,
      },
    },
  };
}
