/**
 * Chat completion chunks become Responses events, and the Response they describe is assembled
 * alongside. A non-streamed chat completion goes through the same path as one big chunk, so both
 * modes produce the same Response. Pure: no I/O.
 */
import type { ChatCompletion, ChatCompletionChunk } from 'openai/resources/chat/completions';
import type {
  FunctionCallItem,
  MessageItem,
  ReasoningItem,
  ResponseResource,
  ResponseStreamEvent,
  ResponseUsage,
} from '../api-types.js';
import { newId } from '../ids.js';

type Json = Record<string, unknown>;
type Delta = ChatCompletionChunk.Choice.Delta & {
  reasoning_content?: string | null;
  reasoning?: string | null;
};
type ChatLogprob = ChatCompletionChunk.Choice.Logprobs['content'] extends (infer T)[] | null ? T : never;

export interface RunOptions {
  /** Reasoning text goes into the reasoning item's summary (reasoning.summary was asked for). */
  reasoningSummary: boolean;
  /** output_text parts carry token logprobs. */
  logprobs: boolean;
  /** At most this many function calls are kept (max_tool_calls). */
  maxToolCalls: number | null;
}

export interface RunError {
  code: string;
  message: string;
}

interface OpenMessage {
  kind: 'message';
  index: number;
  item: MessageItem;
  part?: { index: number; type: 'output_text' | 'refusal'; text: string; logprobs: Json[] };
}
interface OpenReasoning {
  kind: 'reasoning';
  index: number;
  item: ReasoningItem;
  text: string;
}
interface OpenCall {
  kind: 'function_call';
  index: number;
  item: FunctionCallItem;
  /** For a call held back while an earlier one is open: its argument deltas so far. */
  deltas?: string[];
}
type OpenItem = OpenMessage | OpenReasoning | OpenCall;

export class ResponseRun {
  private open: OpenItem | undefined;
  /** Function call items by the chat tool-call index. */
  private readonly calls = new Map<number, FunctionCallItem>();
  /**
   * Calls that started while another call was open, in output order. Upstreams may interleave the
   * argument chunks of parallel calls, so the open call stays open (its arguments may not be
   * complete) and these are streamed, each in full, once it is done.
   */
  private readonly held: OpenCall[] = [];
  private finishReason: string | null = null;

  constructor(
    /** The Response being built; its output fills in as items finish. */
    readonly response: ResponseResource,
    private readonly options: RunOptions,
    /** Where sequence numbers start: a background run continues after its stored events. */
    private sequence = 0,
  ) {}

  private event(type: string, fields: Json): ResponseStreamEvent {
    return { type, sequence_number: this.sequence++, ...fields } as unknown as ResponseStreamEvent;
  }

  private snapshot(): ResponseResource {
    return structuredClone(this.response);
  }

  /** response.queued, for a background response waiting for a runner. */
  queued(): ResponseStreamEvent {
    return this.event('response.queued', { response: this.snapshot() });
  }

  created(): ResponseStreamEvent {
    return this.event('response.created', { response: this.snapshot() });
  }

  /** response.created and response.in_progress. */
  start(): ResponseStreamEvent[] {
    this.response.status = 'in_progress';
    return [this.created(), ...this.resume()];
  }

  /** response.in_progress: a queued background response starts running. */
  resume(): ResponseStreamEvent[] {
    this.response.status = 'in_progress';
    return [this.event('response.in_progress', { response: this.snapshot() })];
  }

  push(chunk: ChatCompletionChunk): ResponseStreamEvent[] {
    const events: ResponseStreamEvent[] = [];
    if (chunk.usage) this.response.usage = toUsage(chunk.usage);
    const choice = chunk.choices?.[0];
    if (!choice) return events;
    const delta = (choice.delta ?? {}) as Delta;
    const reasoning = delta.reasoning_content ?? delta.reasoning;
    if (reasoning) this.reasoningDelta(reasoning, events);
    if (delta.content) this.textDelta('output_text', delta.content, choice.logprobs?.content ?? [], events);
    if (delta.refusal) this.textDelta('refusal', delta.refusal, [], events);
    for (const call of delta.tool_calls ?? []) this.toolCallDelta(call, events);
    if (choice.finish_reason) this.finishReason = choice.finish_reason;
    return events;
  }

  /**
   * An event of a provider that speaks Responses itself, renumbered into this run. Its lifecycle
   * events are this run's own (created, in_progress, the final one), so those are not relayed; the
   * final one's Response is adopted.
   */
  relay(upstream: Json): ResponseStreamEvent[] {
    const type = String(upstream.type);
    if (type === 'response.created' || type === 'response.in_progress' || type === 'response.queued')
      return [];
    if (type === 'response.completed' || type === 'response.incomplete' || type === 'response.failed') {
      this.adopt(upstream.response as Json);
      return [];
    }
    const { type: _type, sequence_number: _sequence, ...fields } = upstream;
    return [this.event(type, fields)];
  }

  private adopted: Json | undefined;

  /** Takes the outcome of a Response produced by a provider that speaks Responses itself. */
  adopt(upstream: Json): void {
    this.adopted = upstream;
    this.response.output = (upstream.output as ResponseResource['output']) ?? [];
    if (upstream.usage) this.response.usage = upstream.usage as ResponseUsage;
  }

  /**
   * Closes the open item and ends with response.completed or response.incomplete — or, when the
   * upstream's reply ended without saying it was done (no finish_reason, no final Responses event:
   * a stream cut off early), with response.failed: OpenAI's `incomplete` names only the model's own
   * limits (max_output_tokens, content_filter), and a cut-off reply is neither. The text so far is
   * kept, in items marked incomplete.
   */
  finish(upstream = 'The upstream'): ResponseStreamEvent[] {
    if (this.adopted) return this.finishAdopted(this.adopted);
    if (this.finishReason === null)
      return this.fail({
        code: 'server_error',
        message: `${upstream} ended its reply without saying the model had finished (no finish_reason or final event); the output so far is kept, incomplete.`,
      });
    const incomplete =
      this.finishReason === 'length'
        ? 'max_output_tokens'
        : this.finishReason === 'content_filter'
          ? 'content_filter'
          : undefined;
    const events: ResponseStreamEvent[] = [];
    this.closeOpen(events, incomplete ? 'incomplete' : 'completed');
    this.response.status = incomplete ? 'incomplete' : 'completed';
    this.response.incomplete_details = incomplete ? { reason: incomplete } : null;
    this.response.completed_at = Math.floor(Date.now() / 1000);
    const type = incomplete ? 'response.incomplete' : 'response.completed';
    events.push(this.event(type, { response: this.snapshot() }));
    return events;
  }

  private finishAdopted(upstream: Json): ResponseStreamEvent[] {
    const status = upstream.status as ResponseResource['status'];
    if (status === 'failed') {
      const error = (upstream.error ?? {}) as Partial<RunError>;
      return this.fail({
        code: error.code ?? 'server_error',
        message: error.message ?? 'The upstream failed.',
      });
    }
    this.response.status = status === 'incomplete' ? 'incomplete' : 'completed';
    this.response.incomplete_details =
      (upstream.incomplete_details as ResponseResource['incomplete_details']) ?? null;
    this.response.completed_at = (upstream.completed_at as number | null) ?? Math.floor(Date.now() / 1000);
    const type = this.response.status === 'incomplete' ? 'response.incomplete' : 'response.completed';
    return [this.event(type, { response: this.snapshot() })];
  }

  /** The response failed (upstream error midway): an error event, then response.failed. */
  fail(error: RunError): ResponseStreamEvent[] {
    const events: ResponseStreamEvent[] = [];
    this.closeOpen(events, 'incomplete');
    this.response.status = 'failed';
    this.response.error = { code: error.code, message: error.message };
    const payload = { type: 'server_error', code: error.code, message: error.message, param: null };
    events.push(errorEvent(this.sequence++, payload));
    events.push(this.event('response.failed', { response: this.snapshot() }));
    return events;
  }

  /** Ends the run as cancelled (the client went away, or a background response was cancelled). */
  cancel(): void {
    this.closeOpen([], 'incomplete');
    this.response.status = 'cancelled';
  }

  private addItem(open: OpenItem, events: ResponseStreamEvent[]): void {
    this.open = open;
    this.response.output.push(open.item);
    events.push(
      this.event('response.output_item.added', {
        output_index: open.index,
        item: structuredClone(open.item),
      }),
    );
  }

  private reasoningDelta(text: string, events: ResponseStreamEvent[]): void {
    let open = this.open;
    if (open?.kind !== 'reasoning') {
      this.closeOpen(events, 'completed');
      const item: ReasoningItem = { type: 'reasoning', id: newId('rs'), status: 'in_progress', summary: [] };
      if (!this.options.reasoningSummary) item.content = [];
      open = { kind: 'reasoning', index: this.response.output.length, item, text: '' };
      this.addItem(open, events);
      const part = this.options.reasoningSummary
        ? [
            'response.reasoning_summary_part.added',
            { summary_index: 0, part: { type: 'summary_text', text: '' } },
          ]
        : ['response.content_part.added', { content_index: 0, part: { type: 'reasoning_text', text: '' } }];
      events.push(
        this.event(part[0] as string, { item_id: item.id, output_index: open.index, ...(part[1] as Json) }),
      );
    }
    open.text += text;
    const where = { item_id: open.item.id, output_index: open.index };
    events.push(
      this.options.reasoningSummary
        ? this.event('response.reasoning_summary_text.delta', { ...where, summary_index: 0, delta: text })
        : this.event('response.reasoning_text.delta', { ...where, content_index: 0, delta: text }),
    );
  }

  private textDelta(
    type: 'output_text' | 'refusal',
    text: string,
    logprobs: ChatLogprob[],
    events: ResponseStreamEvent[],
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
      this.closePart(open, events);
      open.part = { index: open.item.content.length, type, text: '', logprobs: [] };
      const part =
        type === 'refusal' ? { type, refusal: '' } : { type, text: '', annotations: [], logprobs: [] };
      open.item.content.push(structuredClone(part) as never);
      events.push(
        this.event('response.content_part.added', { ...where, content_index: open.part.index, part }),
      );
    }
    const part = open.part;
    part.text += text;
    const mapped = this.options.logprobs ? logprobs.map(toLogprob) : [];
    part.logprobs.push(...mapped);
    events.push(
      type === 'refusal'
        ? this.event('response.refusal.delta', { ...where, content_index: part.index, delta: text })
        : this.event('response.output_text.delta', {
            ...where,
            content_index: part.index,
            delta: text,
            logprobs: mapped,
          }),
    );
  }

  private toolCallDelta(
    call: ChatCompletionChunk.Choice.Delta.ToolCall,
    events: ResponseStreamEvent[],
  ): void {
    let item = this.calls.get(call.index);
    if (!item) {
      if (this.options.maxToolCalls !== null && this.calls.size >= this.options.maxToolCalls) return;
      item = {
        type: 'function_call',
        id: newId('fc'),
        call_id: call.id || newId('call'),
        name: call.function?.name ?? '',
        arguments: '',
        status: 'in_progress',
      };
      this.calls.set(call.index, item);
      const open: OpenCall = { kind: 'function_call', index: this.response.output.length, item };
      if (this.open?.kind === 'function_call') {
        this.response.output.push(item);
        this.held.push({ ...open, deltas: [] });
      } else {
        this.closeOpen(events, 'completed');
        this.addItem(open, events);
      }
    } else if (call.function?.name && !item.name) {
      item.name = call.function.name;
    }
    const delta = call.function?.arguments;
    if (!delta) return;
    item.arguments += delta;
    if (this.open?.item === item) {
      const index = this.open.index;
      events.push(
        this.event('response.function_call_arguments.delta', {
          item_id: item.id,
          output_index: index,
          delta,
        }),
      );
      return;
    }
    // A held call keeps its deltas for later; a call already done (text came in between) only
    // updates the Response.
    this.held.find((h) => h.item === item)?.deltas?.push(delta);
  }

  private closePart(open: OpenMessage, events: ResponseStreamEvent[]): void {
    const part = open.part;
    if (!part) return;
    const where = { item_id: open.item.id, output_index: open.index, content_index: part.index };
    const done =
      part.type === 'refusal'
        ? { type: 'refusal', refusal: part.text }
        : { type: 'output_text', text: part.text, annotations: [], logprobs: part.logprobs };
    open.item.content[part.index] = structuredClone(done) as never;
    events.push(
      part.type === 'refusal'
        ? this.event('response.refusal.done', { ...where, refusal: part.text })
        : this.event('response.output_text.done', { ...where, text: part.text, logprobs: part.logprobs }),
    );
    events.push(this.event('response.content_part.done', { ...where, part: done }));
    open.part = undefined;
  }

  /** Closes the open item, then streams each held call in full and closes it. */
  private closeOpen(events: ResponseStreamEvent[], status: 'completed' | 'incomplete'): void {
    this.closeCurrent(events, status);
    for (const call of this.held.splice(0)) {
      const { item, index } = call;
      events.push(
        this.event('response.output_item.added', {
          output_index: index,
          item: { ...structuredClone(item), arguments: '' },
        }),
      );
      for (const delta of call.deltas ?? [])
        events.push(
          this.event('response.function_call_arguments.delta', {
            item_id: item.id,
            output_index: index,
            delta,
          }),
        );
      this.open = call;
      this.closeCurrent(events, status);
    }
  }

  private closeCurrent(events: ResponseStreamEvent[], status: 'completed' | 'incomplete'): void {
    const open = this.open;
    if (!open) return;
    this.open = undefined;
    const where = { item_id: open.item.id, output_index: open.index };
    if (open.kind === 'message') {
      this.closePart(open, events);
      open.item.status = status;
    } else if (open.kind === 'reasoning') {
      const done = this.options.reasoningSummary
        ? [
            this.event('response.reasoning_summary_text.done', {
              ...where,
              summary_index: 0,
              text: open.text,
            }),
            this.event('response.reasoning_summary_part.done', {
              ...where,
              summary_index: 0,
              part: { type: 'summary_text', text: open.text },
            }),
          ]
        : [
            this.event('response.reasoning_text.done', { ...where, content_index: 0, text: open.text }),
            this.event('response.content_part.done', {
              ...where,
              content_index: 0,
              part: { type: 'reasoning_text', text: open.text },
            }),
          ];
      events.push(...done);
      if (this.options.reasoningSummary) open.item.summary = [{ type: 'summary_text', text: open.text }];
      else open.item.content = [{ type: 'reasoning_text', text: open.text }];
      open.item.status = status;
    } else {
      events.push(
        this.event('response.function_call_arguments.done', {
          ...where,
          name: open.item.name,
          arguments: open.item.arguments,
        }),
      );
      open.item.status = status;
    }
    events.push(
      this.event('response.output_item.done', { output_index: open.index, item: structuredClone(open.item) }),
    );
  }
}

/**
 * The `error` event. Open Responses nests the error; OpenAI's ResponseErrorEvent has its fields at
 * the top level. It carries both, so it validates against both specs.
 */
export function errorEvent(
  sequenceNumber: number,
  error: { type: string; code: string | null; message: string; param: string | null },
): ResponseStreamEvent {
  return {
    type: 'error',
    sequence_number: sequenceNumber,
    error,
    code: error.code,
    message: error.message,
    param: error.param,
  } as unknown as ResponseStreamEvent;
}

function toLogprob(lp: ChatLogprob): Json {
  return {
    token: lp.token,
    logprob: lp.logprob,
    bytes: lp.bytes ?? [],
    top_logprobs: (lp.top_logprobs ?? []).map((t) => ({
      token: t.token,
      logprob: t.logprob,
      bytes: t.bytes ?? [],
    })),
  };
}

export function toUsage(usage: NonNullable<ChatCompletion['usage']>): ResponseUsage {
  const cache = usage.prompt_tokens_details as
    { cached_tokens?: number; cache_write_tokens?: number } | undefined;
  // OpenAI's usage also counts cache writes (its spec and SDK types require the field); chat backends
  // rarely report them, so 0 unless the upstream does.
  const inputDetails = {
    cached_tokens: cache?.cached_tokens ?? 0,
    cache_write_tokens: cache?.cache_write_tokens ?? 0,
  };
  return {
    input_tokens: usage.prompt_tokens ?? 0,
    output_tokens: usage.completion_tokens ?? 0,
    total_tokens: usage.total_tokens ?? (usage.prompt_tokens ?? 0) + (usage.completion_tokens ?? 0),
    input_tokens_details: inputDetails,
    output_tokens_details: { reasoning_tokens: usage.completion_tokens_details?.reasoning_tokens ?? 0 },
  };
}

/** A whole chat completion as the one chunk that would have carried it. */
export function completionAsChunk(completion: ChatCompletion): ChatCompletionChunk {
  const choice = completion.choices?.[0];
  const message = (choice?.message ?? {}) as ChatCompletion.Choice['message'] & {
    reasoning_content?: string | null;
    reasoning?: string | null;
  };
  const delta: Delta = {
    role: 'assistant',
    content: message.content ?? null,
    refusal: message.refusal ?? null,
    reasoning_content: message.reasoning_content ?? message.reasoning ?? null,
    tool_calls: (message.tool_calls ?? [])
      .filter((c) => c.type === 'function')
      .map((c, index) => ({
        index,
        id: c.id,
        type: 'function',
        function: { name: c.function.name, arguments: c.function.arguments },
      })),
  };
  return {
    id: completion.id,
    object: 'chat.completion.chunk',
    created: completion.created,
    model: completion.model,
    choices: choice
      ? // A whole completion is a finished one, whether or not the upstream said why it stopped.
        [
          {
            index: 0,
            delta,
            finish_reason: choice.finish_reason ?? 'stop',
            logprobs: choice.logprobs ?? null,
          },
        ]
      : [],
    usage: completion.usage ?? null,
  };
}
