/**
 * The output items of a run as chat deltas build them: a reasoning item, a message with its text
 * and refusal parts, function calls. One item is open at a time; each is announced, streamed and
 * closed with its events, and the Response's output holds it throughout. Calls to hosted tools
 * are not output: they are collected for the run loop, which runs them.
 */
import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import type {
  Annotation,
  MessageItem,
  ReasoningItem,
  ResponseResource,
  ResponseStreamEvent,
} from '../../api-types.js';
import { newId } from '../../ids.js';
import { ToolSet } from '../tools/registry.js';
import { ToolCallStream } from '../tools/stream.js';
import { toLogprob, type ChatLogprob, type Delta } from './chat.js';
import { closeItem, closePart, type OpenCall, type OpenItem } from './parts.js';
import type { EventSequence } from './sequence.js';

export interface OutputOptions {
  /** Reasoning text goes into the reasoning item's summary (reasoning.summary was asked for). */
  reasoningSummary: boolean;
  /** output_text parts carry token logprobs. */
  logprobs: boolean;
  /** At most this many tool calls are kept, hosted and function calls together (max_tool_calls). */
  maxToolCalls: number | null;
  /** Whether a function name is a hosted tool's (its calls are run by the gateway, not output). */
  hosted?: (name: string) => boolean;
  /** The annotations of an output_text part once its text is complete (url_citation). */
  annotate?: (text: string) => Annotation[];
  /** What the client's tool calls stand for (engine/tools/); without it every call is a function's. */
  tools?: ToolSet;
}

/** A call the model made to a hosted tool in this step. */
export interface StepCall {
  callId: string;
  name: string;
  arguments: string;
}

type Events = ResponseStreamEvent[];

export class OutputBuilder {
  private open: OpenItem | undefined;
  /** This step's client tool calls by the chat tool-call index. */
  private readonly calls = new Map<number, ToolCallStream>();
  /** This step's hosted calls by the chat tool-call index. */
  private readonly hostedCalls = new Map<number, StepCall>();
  /** Tool calls kept so far, over every step (max_tool_calls). */
  private toolCalls = 0;
  /**
   * Calls that started while another call was open, in output order. Upstreams may interleave the
   * argument chunks of parallel calls, so the open call stays open (its arguments may not be
   * complete) and these are streamed, each in full, once it is done.
   */
  private readonly held: OpenCall[] = [];
  /** This step's text, for the assistant message the next step is sent. */
  private stepText = '';

  constructor(
    private readonly response: ResponseResource,
    private readonly options: OutputOptions,
    private readonly seq: EventSequence,
  ) {
    this.tools = options.tools ?? ToolSet.from([]);
  }

  private readonly tools: ToolSet;

  /** Whether another tool call may still be kept (max_tool_calls). */
  get callsLeft(): boolean {
    return this.options.maxToolCalls === null || this.toolCalls < this.options.maxToolCalls;
  }

  /** Whether this step made calls to hosted tools. */
  get hostedPending(): boolean {
    return this.hostedCalls.size > 0;
  }

  /** Ends a step: its hosted calls, its text, and whether it made function calls for the client. */
  endStep(): { hosted: StepCall[]; text: string; clientCalls: boolean } {
    const step = {
      hosted: [...this.hostedCalls.values()],
      text: this.stepText,
      clientCalls: this.calls.size > 0,
    };
    this.calls.clear();
    this.hostedCalls.clear();
    this.stepText = '';
    return step;
  }

  delta(delta: Delta, logprobs: ChatLogprob[], events: Events): void {
    const reasoning = delta.reasoning_content ?? delta.reasoning;
    if (reasoning) this.reasoningDelta(reasoning, events);
    if (delta.content) this.textDelta('output_text', delta.content, logprobs, events);
    if (delta.refusal) this.textDelta('refusal', delta.refusal, [], events);
    for (const call of delta.tool_calls ?? []) this.toolCallDelta(call, events);
  }

  private addItem(open: OpenItem, events: Events): void {
    this.open = open;
    this.response.output.push(open.item);
    events.push(
      this.seq.event('response.output_item.added', {
        output_index: open.index,
        item: structuredClone(open.item),
      }),
    );
  }

  private reasoningDelta(text: string, events: Events): void {
    let open = this.open;
    if (open?.kind !== 'reasoning') {
      this.closeOpen(events, 'completed');
      const item: ReasoningItem = { type: 'reasoning', id: newId('rs'), status: 'in_progress', summary: [] };
      if (!this.options.reasoningSummary) item.content = [];
      open = { kind: 'reasoning', index: this.response.output.length, item, text: '' };
      this.addItem(open, events);
      const where = { item_id: item.id, output_index: open.index };
      events.push(
        this.options.reasoningSummary
          ? this.seq.event('response.reasoning_summary_part.added', {
              ...where,
              summary_index: 0,
              part: { type: 'summary_text', text: '' },
            })
          : this.seq.event('response.content_part.added', {
              ...where,
              content_index: 0,
              part: { type: 'reasoning_text', text: '' },
            }),
      );
    }
    open.text += text;
    const where = { item_id: open.item.id, output_index: open.index };
    events.push(
      this.options.reasoningSummary
        ? this.seq.event('response.reasoning_summary_text.delta', { ...where, summary_index: 0, delta: text })
        : this.seq.event('response.reasoning_text.delta', { ...where, content_index: 0, delta: text }),
    );
  }

  private textDelta(
    type: 'output_text' | 'refusal',
    text: string,
    logprobs: ChatLogprob[],
    events: Events,
  ): void {
    let open = this.open;
    if (open?.kind !== 'message') {
      this.closeOpen(events, 'completed');
      const item: MessageItem = {
        type: 'message',
        id: newId('msg'),
        status: 'in_progress',
        role: 'assistant',
        content: [],
      };
      open = { kind: 'message', index: this.response.output.length, item };
      this.addItem(open, events);
    }
    const where = { item_id: open.item.id, output_index: open.index };
    if (open.part?.type !== type) {
      closePart(this.seq, open, this.options, events);
      open.part = { index: open.item.content.length, type, text: '', logprobs: [] };
      const part =
        type === 'refusal' ? { type, refusal: '' } : { type, text: '', annotations: [], logprobs: [] };
      open.item.content.push(structuredClone(part));
      events.push(
        this.seq.event('response.content_part.added', { ...where, content_index: open.part.index, part }),
      );
    }
    const part = open.part;
    part.text += text;
    if (type === 'output_text') this.stepText += text;
    const mapped = this.options.logprobs ? logprobs.map(toLogprob) : [];
    part.logprobs.push(...mapped);
    events.push(
      type === 'refusal'
        ? this.seq.event('response.refusal.delta', { ...where, content_index: part.index, delta: text })
        : this.seq.event('response.output_text.delta', {
            ...where,
            content_index: part.index,
            delta: text,
            logprobs: mapped,
          }),
    );
  }

  private toolCallDelta(call: ChatCompletionChunk.Choice.Delta.ToolCall, events: Events): void {
    const hosted = this.hostedCalls.get(call.index);
    if (hosted) {
      hosted.arguments += call.function?.arguments ?? '';
      return;
    }
    let stream = this.calls.get(call.index);
    if (!stream) {
      if (!this.callsLeft) return;
      this.toolCalls++;
      const name = call.function?.name ?? '';
      const callId = call.id || newId('call');
      if (name && this.options.hosted?.(name)) {
        this.hostedCalls.set(call.index, { callId, name, arguments: call.function?.arguments ?? '' });
        return;
      }
      stream = new ToolCallStream(this.tools, name, callId);
      this.calls.set(call.index, stream);
      const { item } = stream;
      const open: OpenCall = { kind: 'function_call', index: this.response.output.length, item, stream };
      if (this.open?.kind === 'function_call') {
        this.response.output.push(item);
        this.held.push({ ...open, deltas: [] });
      } else {
        this.closeOpen(events, 'completed');
        // A built-in's call (shell, apply_patch, …) is announced once its action is complete.
        if (stream.announcedAtStart) this.addItem(open, events);
        else {
          this.open = open;
          this.response.output.push(item);
        }
      }
    } else if (call.function?.name && !('name' in stream.item && stream.item.name)) {
      stream.named(call.function.name);
    }
    const delta = call.function?.arguments;
    if (!delta) return;
    stream.append(delta);
    if (this.open?.kind === 'function_call' && this.open.stream === stream) {
      const where = { item_id: stream.item.id, output_index: this.open.index };
      events.push(...stream.deltaEvents(delta, where).map((e) => this.seq.number(e)));
      return;
    }
    // A held call keeps its deltas for later; a call already done (text came in between) only
    // updates the Response.
    this.held.find((h) => h.stream === stream)?.deltas?.push(delta);
  }

  /** Closes the open item, then streams each held call in full and closes it. */
  closeOpen(events: Events, status: 'completed' | 'incomplete'): void {
    this.closeCurrent(events, status);
    for (const call of this.held.splice(0)) {
      const { stream, index } = call;
      if (stream.announcedAtStart) {
        const item = stream.announcement();
        events.push(this.seq.event('response.output_item.added', { output_index: index, item }));
        for (const delta of call.deltas ?? [])
          events.push(
            ...stream
              .deltaEvents(delta, { item_id: stream.item.id, output_index: index })
              .map((e) => this.seq.number(e)),
          );
      }
      this.open = call;
      this.closeCurrent(events, status);
    }
  }

  private closeCurrent(events: Events, status: 'completed' | 'incomplete'): void {
    const open = this.open;
    if (!open) return;
    this.open = undefined;
    closeItem(this.seq, open, status, this.options, events);
  }
}
