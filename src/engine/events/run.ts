/**
 * A run's events and the Response they describe, assembled alongside: the lifecycle (created, in
 * progress, the final event) here, the output items in output.ts. Chat completion chunks go in;
 * a non-streamed completion goes through the same path as one big chunk, so both modes produce the
 * same Response. A run may span several model calls (steps): they share its sequence, its output
 * and its usage. Pure: no I/O.
 */
import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import type { ItemField, ResponseResource, ResponseStreamEvent, ResponseUsage } from '../../api-types.js';
import { addUsage, toUsage, type Delta } from './chat.js';
import { OutputBuilder, type OutputOptions, type StepCall } from './output.js';
import { EventSequence, type UnnumberedEvent } from './sequence.js';

export type RunOptions = OutputOptions;

export interface RunError {
  code: string;
  message: string;
}

/** What a provider that speaks Responses itself returned, as far as the run reads it. */
export type UpstreamResponse = Partial<
  Pick<ResponseResource, 'status' | 'output' | 'usage' | 'error' | 'incomplete_details' | 'completed_at'>
>;
/** An event of such a provider, before it is renumbered into the run. */
export type UpstreamEvent = UnnumberedEvent & { sequence_number?: number };

export class ResponseRun {
  private readonly seq: EventSequence;
  private readonly output: OutputBuilder;
  private finishReason: string | null = null;
  /** The usage of the steps before this one. */
  private usageBefore: ResponseUsage | null = null;
  private adopted: UpstreamResponse | undefined;

  constructor(
    /** The Response being built; its output fills in as items finish. */
    readonly response: ResponseResource,
    options: RunOptions,
    /** Where sequence numbers start: a background run continues after its stored events. */
    sequence = 0,
  ) {
    this.seq = new EventSequence(sequence);
    this.output = new OutputBuilder(response, options, this.seq);
  }

  private snapshot(): ResponseResource {
    return structuredClone(this.response);
  }

  /** response.queued, for a background response waiting for a runner. */
  queued(): ResponseStreamEvent {
    return this.seq.event('response.queued', { response: this.snapshot() });
  }

  created(): ResponseStreamEvent {
    return this.seq.event('response.created', { response: this.snapshot() });
  }

  /** response.created and response.in_progress. */
  start(): ResponseStreamEvent[] {
    this.response.status = 'in_progress';
    return [this.created(), ...this.resume()];
  }

  /** response.in_progress: a queued background response starts running. */
  resume(): ResponseStreamEvent[] {
    this.response.status = 'in_progress';
    return [this.seq.event('response.in_progress', { response: this.snapshot() })];
  }

  push(chunk: ChatCompletionChunk): ResponseStreamEvent[] {
    const events: ResponseStreamEvent[] = [];
    if (chunk.usage) this.response.usage = addUsage(this.usageBefore, toUsage(chunk.usage));
    const choice = chunk.choices?.[0];
    if (!choice) return events;
    const delta: Delta = choice.delta ?? {};
    this.output.delta(delta, choice.logprobs?.content ?? [], events);
    if (choice.finish_reason) this.finishReason = choice.finish_reason;
    return events;
  }

  /** Whether another tool call may still be kept (max_tool_calls). */
  get callsLeft(): boolean {
    return this.output.callsLeft;
  }

  /**
   * Whether the model call that just ended asks for another: it finished (not cut off, not at a
   * limit of its own) having called hosted tools.
   */
  get continues(): boolean {
    const reason = this.finishReason;
    return reason !== null && reason !== 'length' && reason !== 'content_filter' && this.output.hostedPending;
  }

  /**
   * Ends one model call of the run: closes the open item and hands over the calls the model made
   * to hosted tools (for the loop to run) and the step's text (for the next call's messages).
   */
  endStep(): { events: ResponseStreamEvent[]; hosted: StepCall[]; text: string; clientCalls: boolean } {
    const events: ResponseStreamEvent[] = [];
    this.output.closeOpen(events, 'completed');
    this.usageBefore = this.response.usage;
    return { events, ...this.output.endStep() };
  }

  /** The next model call starts: it says anew why it stopped. */
  beginStep(): void {
    this.finishReason = null;
  }

  /** Numbers an event made elsewhere (a hosted tool's) into this run. */
  number(event: UnnumberedEvent): ResponseStreamEvent {
    return this.seq.number(event);
  }

  /** Adds an item made elsewhere (a hosted tool's) to the output; returns its index. */
  addItem(item: ItemField): number {
    return this.response.output.push(item) - 1;
  }

  /**
   * An event of a provider that speaks Responses itself, renumbered into this run. Its lifecycle
   * events are this run's own (created, in_progress, the final one), so those are not relayed; the
   * final one's Response is adopted.
   */
  relay(upstream: UpstreamEvent): ResponseStreamEvent[] {
    switch (upstream.type) {
      case 'response.created':
      case 'response.in_progress':
      case 'response.queued':
        return [];
      case 'response.completed':
      case 'response.incomplete':
      case 'response.failed':
        this.adopt(upstream.response);
        return [];
    }
    const { sequence_number: _sequence, ...event } = upstream;
    return [this.seq.number(event)];
  }

  /** Takes the outcome of a Response produced by a provider that speaks Responses itself. */
  adopt(upstream: UpstreamResponse): void {
    this.adopted = upstream;
    this.response.output = upstream.output ?? [];
    if (upstream.usage) this.response.usage = upstream.usage;
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
    return incomplete ? this.incomplete(incomplete) : this.end('completed', null);
  }

  /** Ends with response.incomplete for `reason` (the model's own limit, or the run loop's). */
  incomplete(reason: string): ResponseStreamEvent[] {
    return this.end('incomplete', { reason });
  }

  private end(
    status: 'completed' | 'incomplete',
    details: ResponseResource['incomplete_details'],
    completedAt = Math.floor(Date.now() / 1000),
  ): ResponseStreamEvent[] {
    const events: ResponseStreamEvent[] = [];
    this.output.closeOpen(events, status);
    this.response.status = status;
    this.response.incomplete_details = details;
    this.response.completed_at = completedAt;
    events.push(
      status === 'incomplete'
        ? this.seq.event('response.incomplete', { response: this.snapshot() })
        : this.seq.event('response.completed', { response: this.snapshot() }),
    );
    return events;
  }

  private finishAdopted(upstream: UpstreamResponse): ResponseStreamEvent[] {
    if (upstream.status === 'failed')
      return this.fail({
        code: upstream.error?.code ?? 'server_error',
        message: upstream.error?.message ?? 'The upstream failed.',
      });
    const status = upstream.status === 'incomplete' ? 'incomplete' : 'completed';
    return this.end(status, upstream.incomplete_details ?? null, upstream.completed_at ?? undefined);
  }

  /** The response failed (upstream error midway): an error event, then response.failed. */
  fail(error: RunError): ResponseStreamEvent[] {
    const events: ResponseStreamEvent[] = [];
    this.output.closeOpen(events, 'incomplete');
    this.response.status = 'failed';
    this.response.error = { code: error.code, message: error.message };
    events.push(
      this.seq.error({ type: 'server_error', code: error.code, message: error.message, param: null }),
    );
    events.push(this.seq.event('response.failed', { response: this.snapshot() }));
    return events;
  }

  /** Ends the run as cancelled (the client went away, or a background response was cancelled). */
  cancel(): void {
    this.output.closeOpen([], 'incomplete');
    this.response.status = 'cancelled';
  }
}
