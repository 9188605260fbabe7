/**
 * A chat tool call as the item of the tool it stands for, and back: the items of earlier turns (the
 * client's, or this gateway's) as the assistant tool calls and tool messages a chat backend reads.
 */
import type { ItemField } from '../../api-types.js';
import { newId } from '../../ids.js';
import {
  actionArguments,
  localShellAction,
  parseArguments,
  patchOperation,
  shellAction,
} from './builtins.js';
import { FILE_SEARCH_FUNCTION, searchedText } from './file-results.js';
import type { ToolCall, ToolSet } from './registry.js';

type Status = 'in_progress' | 'completed' | 'incomplete';
type Json = Record<string, unknown>;

/** What a chat call carries. */
export interface ChatCall {
  /** The item's id, when it already has one (a streamed call's item was announced with it). */
  id?: string;
  call_id: string;
  arguments: string;
}

/** The input of a custom tool's call: its one string argument (the raw arguments if there is none). */
export function customInput(args: string): string {
  const input = parseArguments(args).input;
  return typeof input === 'string' ? input : args;
}

/** The item a finished (or cut-off) chat call becomes. */
export function callItem(call: ToolCall, chat: ChatCall, status: Status): ItemField {
  const base = { call_id: chat.call_id, status };
  switch (call.kind) {
    case 'function':
      return {
        type: 'function_call',
        id: chat.id ?? newId('fc'),
        ...base,
        name: call.name,
        ...(call.namespace ? { namespace: call.namespace } : {}),
        arguments: chat.arguments,
      };
    case 'custom':
      return {
        type: 'custom_tool_call',
        id: chat.id ?? newId('ctc'),
        ...base,
        name: call.name,
        ...(call.namespace ? { namespace: call.namespace } : {}),
        input: customInput(chat.arguments),
      };
    case 'local_shell':
      return {
        type: 'local_shell_call',
        id: chat.id ?? newId('lsh'),
        ...base,
        action: localShellAction(parseArguments(chat.arguments)),
      };
    case 'shell':
      return {
        type: 'shell_call',
        id: chat.id ?? newId('sh'),
        ...base,
        action: shellAction(parseArguments(chat.arguments)),
        environment: null,
      };
    case 'apply_patch':
      return {
        type: 'apply_patch_call',
        id: chat.id ?? newId('apc'),
        call_id: chat.call_id,
        // OpenAI's apply_patch_call knows no incomplete call.
        status: status === 'completed' ? 'completed' : 'in_progress',
        operation: patchOperation(parseArguments(chat.arguments)),
      };
    case 'tool_search':
      return {
        type: 'tool_search_call',
        id: chat.id ?? newId('tsc'),
        ...base,
        execution: 'client',
        arguments: parseArguments(chat.arguments),
      };
  }
}

/**
 * An item of an earlier turn as a chat backend reads it: a call of the assistant, a tool result,
 * or both (a call the gateway ran, such as a file search, is its own result).
 */
export type HistoryPart =
  { call: HistoryCall } | { output: HistoryOutput } | { call: HistoryCall; output: HistoryOutput };
type HistoryCall = { id: string; name: string; arguments: string };
type HistoryOutput = { call_id: string; content: string };

export function historyPart(item: ItemField, tools: ToolSet): HistoryPart | undefined {
  const call = (of: ToolCall, id: string, args: string): HistoryPart => ({
    call: { id, name: tools.chatNameOf(of), arguments: args },
  });
  const output = (call_id: string, content: string): HistoryPart => ({ output: { call_id, content } });
  switch (item.type) {
    case 'function_call':
      return call(
        { kind: 'function', name: item.name, ...(item.namespace ? { namespace: item.namespace } : {}) },
        item.call_id,
        item.arguments,
      );
    case 'custom_tool_call':
      return call(
        { kind: 'custom', name: item.name, ...(item.namespace ? { namespace: item.namespace } : {}) },
        item.call_id,
        JSON.stringify({ input: item.input }),
      );
    case 'local_shell_call':
      return call({ kind: 'local_shell' }, item.call_id, actionArguments(item));
    case 'shell_call':
      return call({ kind: 'shell' }, item.call_id, actionArguments(item));
    case 'apply_patch_call':
      return call({ kind: 'apply_patch' }, item.call_id, actionArguments(item));
    case 'tool_search_call':
      // A search the server ran has no call for a chat backend to answer.
      return item.call_id ? call({ kind: 'tool_search' }, item.call_id, actionArguments(item)) : undefined;
    case 'file_search_call':
      // Its id stands for the chat call's: the item has no call_id, being its own result.
      return {
        call: {
          id: item.id,
          name: FILE_SEARCH_FUNCTION,
          arguments: JSON.stringify({ queries: item.queries }),
        },
        output: { call_id: item.id, content: searchedText(item) },
      };
    case 'function_call_output':
    case 'custom_tool_call_output':
      return output(item.call_id, outputText(item.output));
    case 'local_shell_call_output':
      return output(item.call_id, item.output);
    case 'shell_call_output':
      return output(item.call_id, JSON.stringify(item.output));
    case 'apply_patch_call_output':
      return output(item.call_id, item.output || item.status);
    case 'tool_search_output':
      return item.call_id ? output(item.call_id, JSON.stringify(item.tools)) : undefined;
    default:
      return undefined;
  }
}

/** A tool's output as the text of a tool message: a string as it is, parts as their text. */
export function outputText(output: string | ReadonlyArray<Json>): string {
  if (typeof output === 'string') return output;
  return output
    .map((p) => (typeof p.text === 'string' ? p.text : typeof p.refusal === 'string' ? p.refusal : ''))
    .join('');
}
