/**
 * The input items of the tool shapes beyond functions, as they are stored: every item gets an id
 * and a status, as the gateway's own items have. Items that only make tools available
 * (additional_tools) and tool search items are kept as they came.
 */
import type { ItemField } from '../../api-types.js';
import { newId } from '../../ids.js';

type Json = Record<string, unknown>;
type Status = 'in_progress' | 'completed' | 'incomplete';

/** Normalizes content parts (an output given as parts), as input.ts does for messages. */
export type PartsOf = (parts: Json[], at: string) => Promise<unknown[]>;

const status = (item: Json): Status => (item.status as Status | null | undefined) ?? 'completed';

/** The stored item for a tool item of the input; undefined for a type that is not one. */
export async function toolItem(
  item: Json,
  at: string,
  id: string | undefined,
  partsOf: PartsOf,
): Promise<ItemField | undefined> {
  const callId = item.call_id as string;
  switch (item.type) {
    case 'custom_tool_call':
      return {
        type: 'custom_tool_call',
        id: id ?? newId('ctc'),
        call_id: callId,
        ...(typeof item.namespace === 'string' ? { namespace: item.namespace } : {}),
        name: item.name as string,
        input: item.input as string,
        status: status(item),
      };
    case 'custom_tool_call_output':
      return {
        type: 'custom_tool_call_output',
        id: id ?? newId('ctco'),
        call_id: callId,
        output: Array.isArray(item.output)
          ? ((await partsOf(item.output as Json[], `${at}.output`)) as never)
          : (item.output as string),
        status: status(item),
      };
    case 'local_shell_call':
      return {
        type: 'local_shell_call',
        id: id ?? newId('lsh'),
        call_id: callId,
        action: { env: {}, ...(item.action as Json) } as never,
        status: status(item),
      };
    case 'local_shell_call_output': {
      // OpenAI's type names the call by `id`; its spec also asks for `call_id`: either is taken.
      const call = (id ?? callId)!;
      return {
        type: 'local_shell_call_output',
        id: call,
        call_id: callId ?? call,
        output: item.output as string,
        status: status(item),
      };
    }
    case 'shell_call': {
      const action = item.action as Json;
      return {
        type: 'shell_call',
        id: id ?? newId('sh'),
        call_id: callId,
        action: {
          commands: action.commands as string[],
          timeout_ms: (action.timeout_ms as number | null | undefined) ?? null,
          max_output_length: (action.max_output_length as number | null | undefined) ?? null,
        },
        status: status(item),
        environment: (item.environment as never) ?? null,
      };
    }
    case 'shell_call_output':
      return {
        type: 'shell_call_output',
        id: id ?? newId('sho'),
        call_id: callId,
        output: item.output as never,
        max_output_length: (item.max_output_length as number | null | undefined) ?? null,
        status: status(item),
      };
    case 'apply_patch_call':
      return {
        type: 'apply_patch_call',
        id: id ?? newId('apc'),
        call_id: callId,
        status: item.status as 'completed',
        operation: item.operation as never,
      };
    case 'apply_patch_call_output':
      return {
        type: 'apply_patch_call_output',
        id: id ?? newId('apco'),
        call_id: callId,
        status: item.status as 'completed',
        output: (item.output as string | null | undefined) ?? null,
      };
    case 'tool_search_call':
      return {
        type: 'tool_search_call',
        id: id ?? newId('tsc'),
        call_id: (item.call_id as string | null | undefined) ?? null,
        execution: (item.execution as 'client' | undefined) ?? 'client',
        arguments: item.arguments,
        status: status(item),
      };
    case 'tool_search_output':
      return {
        type: 'tool_search_output',
        id: id ?? newId('tso'),
        call_id: (item.call_id as string | null | undefined) ?? null,
        execution: (item.execution as 'client' | undefined) ?? 'client',
        tools: item.tools as never,
        status: status(item),
      };
    case 'additional_tools':
      return {
        type: 'additional_tools',
        id: id ?? newId('at'),
        role: 'developer',
        tools: item.tools as never,
      };
    default:
      return undefined;
  }
}
