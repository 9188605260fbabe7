/**
 * The client-executed built-in tools (local_shell, shell, apply_patch, a client tool_search) as chat
 * functions: each offered with the argument shape of its action in OpenAI's spec, and a call's
 * arguments read back into that action, leniently, since a chat model's JSON may stray from the
 * schema it was given.
 */
import type { ApplyPatchCallItem, LocalShellCallItem, ShellCallItem } from '../../api-types.js';

export type BuiltinKind = 'local_shell' | 'shell' | 'apply_patch' | 'tool_search';

type Json = Record<string, unknown>;

export interface FunctionDefinition {
  name: string;
  description?: string;
  parameters: Json;
}

const strings = { type: 'array', items: { type: 'string' } };

/** What each built-in is offered as (its name may change if a function of the request has it). */
export const BUILTINS: Record<Exclude<BuiltinKind, 'tool_search'>, FunctionDefinition> = {
  local_shell: {
    name: 'local_shell',
    description:
      'Runs a command on the user\'s machine and returns its output. `command` is the argument vector, e.g. ["bash", "-lc", "ls -la"].',
    parameters: {
      type: 'object',
      properties: {
        command: { ...strings, description: 'The command to run, as an argument vector.' },
        working_directory: { type: 'string', description: 'The directory to run it in.' },
        timeout_ms: { type: 'integer', description: 'A timeout in milliseconds.' },
        env: {
          type: 'object',
          additionalProperties: { type: 'string' },
          description: 'Environment variables to set.',
        },
        user: { type: 'string', description: 'The user to run it as.' },
      },
      required: ['command'],
    },
  },
  shell: {
    name: 'shell',
    description:
      "Runs shell commands in the user's environment, in order, and returns each one's stdout, stderr and exit code.",
    parameters: {
      type: 'object',
      properties: {
        commands: { ...strings, description: 'The shell commands to run, in order.' },
        timeout_ms: { type: 'integer', description: 'A timeout in milliseconds for the commands.' },
        max_output_length: {
          type: 'integer',
          description: 'The most characters of output to return from each command.',
        },
      },
      required: ['commands'],
    },
  },
  apply_patch: {
    name: 'apply_patch',
    description:
      "Creates, updates or deletes one file in the user's workspace. For create_file, `diff` is the new file as a V4A diff (every line prefixed with '+'); for update_file, a V4A diff of the changes (context lines prefixed with ' ', removed with '-', added with '+', hunks introduced by '@@'); delete_file takes no diff.",
    parameters: {
      type: 'object',
      properties: {
        operation: {
          type: 'object',
          properties: {
            type: { type: 'string', enum: ['create_file', 'update_file', 'delete_file'] },
            path: { type: 'string', description: 'The path of the file.' },
            diff: { type: 'string', description: 'The diff to apply (not for delete_file).' },
          },
          required: ['type', 'path'],
        },
      },
      required: ['operation'],
    },
  },
};

/** The arguments of a call as an object ({} when they are not a JSON object). */
export function parseArguments(args: string): Json {
  try {
    const parsed: unknown = JSON.parse(args);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Json) : {};
  } catch {
    return {};
  }
}

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
const integer = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) ? value : null;
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function localShellAction(args: Json): LocalShellCallItem['action'] {
  // A command given as one string is a shell command line; as a vector it is run as it is.
  const command = typeof args.command === 'string' ? ['sh', '-c', args.command] : stringList(args.command);
  const env: Record<string, string> = {};
  if (args.env && typeof args.env === 'object')
    for (const [k, v] of Object.entries(args.env as Json)) env[k] = String(v);
  return {
    type: 'exec',
    command,
    timeout_ms: integer(args.timeout_ms),
    working_directory: text(args.working_directory),
    env,
    user: text(args.user),
  };
}

export function shellAction(args: Json): ShellCallItem['action'] {
  return {
    commands: stringList(args.commands ?? args.command),
    timeout_ms: integer(args.timeout_ms),
    max_output_length: integer(args.max_output_length),
  };
}

export function patchOperation(args: Json): ApplyPatchCallItem['operation'] {
  const op = (args.operation && typeof args.operation === 'object' ? args.operation : args) as Json;
  const path = String(op.path ?? '');
  if (op.type === 'delete_file') return { type: 'delete_file', path };
  const diff = String(op.diff ?? '');
  return op.type === 'create_file'
    ? { type: 'create_file', path, diff }
    : { type: 'update_file', path, diff };
}

/** The arguments a call item's action was offered as: the item sent back to the model as a call. */
export function actionArguments(
  item:
    | LocalShellCallItem
    | ShellCallItem
    | ApplyPatchCallItem
    | { type: 'tool_search_call'; arguments?: unknown },
): string {
  switch (item.type) {
    case 'local_shell_call': {
      const { type: _type, ...action } = item.action;
      return JSON.stringify(action);
    }
    case 'shell_call':
      return JSON.stringify(item.action);
    case 'apply_patch_call':
      return JSON.stringify({ operation: item.operation });
    default:
      return JSON.stringify(item.arguments ?? {});
  }
}
