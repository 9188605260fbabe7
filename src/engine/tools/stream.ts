/**
 * One tool call of the model as it streams: the item it becomes in the Response, and the events
 * that show it. A function call streams its arguments (function_call_arguments.*), a custom tool's
 * call its input (custom_tool_call_input.*); the built-ins' calls (local_shell, shell, apply_patch)
 * have no such events in OpenAI's API, and are announced once their action is complete.
 */
import type { ItemField } from '../../api-types.js';
import type { UnnumberedEvent } from '../events/sequence.js';
import { callItem, customInput } from './calls.js';
import { InputDecoder } from './json-input.js';
import type { ToolCall, ToolSet } from './registry.js';

interface Where {
  item_id: string;
  output_index: number;
}

export class ToolCallStream {
  /** The item in the Response's output; it is completed in place when the call is done. */
  readonly item: ItemField;
  private call: ToolCall;
  private args = '';
  private readonly decoder = new InputDecoder();

  constructor(
    private readonly tools: ToolSet,
    chatName: string,
    callId: string,
  ) {
    this.call = tools.callOf(chatName);
    this.item = callItem(this.call, { call_id: callId, arguments: '' }, 'in_progress');
  }

  /** Whether output_item.added goes out as the call starts (else once it is done). */
  get announcedAtStart(): boolean {
    return this.call.kind === 'function' || this.call.kind === 'custom';
  }

  /**
   * The item as output_item.added shows it: in progress, and nothing of its arguments (or input)
   * yet when they are to stream.
   */
  announcement(): ItemField {
    const item = structuredClone(this.item);
    if ('status' in item) item.status = 'in_progress';
    if (!this.announcedAtStart) return item;
    if (item.type === 'function_call') item.arguments = '';
    if (item.type === 'custom_tool_call') item.input = '';
    return item;
  }

  /**
   * A name that came after the call's first chunk. The call was announced as a function's by
   * then, so it stays one (a namespaced function's, if the name is one).
   */
  named(chatName: string): void {
    const call = this.tools.callOf(chatName);
    this.call = call.kind === 'function' ? call : { kind: 'function', name: chatName };
    this.rebuild('in_progress');
  }

  /** Takes a chunk of the arguments (the item shows them when it is done, or at once for a function). */
  append(delta: string): void {
    this.args += delta;
    if (this.item.type === 'function_call') this.item.arguments = this.args;
  }

  /** The events for a chunk of the arguments already appended. */
  deltaEvents(delta: string, where: Where): UnnumberedEvent[] {
    if (this.call.kind === 'function')
      return [{ type: 'response.function_call_arguments.delta', ...where, delta }];
    if (this.call.kind !== 'custom') return [];
    const text = this.decoder.push(delta);
    return text ? [{ type: 'response.custom_tool_call_input.delta', ...where, delta: text }] : [];
  }

  /** Completes the item; the events that end its arguments (or input). */
  done(status: 'completed' | 'incomplete', where: Where): UnnumberedEvent[] {
    this.rebuild(status);
    const item = this.item;
    if (item.type === 'function_call')
      return [
        {
          type: 'response.function_call_arguments.done',
          ...where,
          name: item.name,
          arguments: item.arguments,
        },
      ];
    if (item.type !== 'custom_tool_call') return [];
    const input = customInput(this.args);
    const streamed = this.decoder.text;
    // Arguments of another shape than offered streamed nothing: their input goes out in one delta.
    const rest = input.startsWith(streamed) ? input.slice(streamed.length) : '';
    return [
      ...(rest ? [{ type: 'response.custom_tool_call_input.delta' as const, ...where, delta: rest }] : []),
      { type: 'response.custom_tool_call_input.done', ...where, input },
    ];
  }

  private rebuild(status: 'in_progress' | 'completed' | 'incomplete'): void {
    const built = callItem(
      this.call,
      { id: this.item.id, call_id: callIdOf(this.item), arguments: this.args },
      status,
    );
    for (const key of Object.keys(this.item)) delete (this.item as Record<string, unknown>)[key];
    Object.assign(this.item, built);
  }
}

function callIdOf(item: ItemField): string {
  return 'call_id' in item && typeof item.call_id === 'string' ? item.call_id : '';
}
