/**
 * One model call: the chat request a step sends (or, for a provider that speaks Responses itself,
 * the Responses request), opened streamed or not. How a failure ends up is decided once, here.
 */
import type { ChatCompletionChunk, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ItemField } from '../../api-types.js';
import { ApiError } from '../../errors.js';
import type { OnHeaders } from '../../providers/provider.js';
import { UpstreamAborted } from '../../providers/upstream-errors.js';
import { completionAsChunk } from '../events/chat.js';
import type { RunError, UpstreamEvent, UpstreamResponse } from '../events/run.js';
import { toNativeBody } from '../native.js';
import { toChatParams, toMessages, type ChatParams } from '../translate.js';
import { afterHostedCalls } from '../tools/choice.js';
import type { HostedTools } from '../tools/hosted.js';
import { ToolSet } from '../tools/registry.js';
import type { Admitted } from './admit.js';
import { fitWindow, itemsOf, withFiles, type Conversation, type UploadedFiles } from './history.js';

/** A model call once it answered: chat chunks, or (native Responses) events or a Response. */
export interface Opened {
  chunks?: Iterable<ChatCompletionChunk> | AsyncIterable<ChatCompletionChunk>;
  events?: AsyncIterable<UpstreamEvent>;
  response?: UpstreamResponse;
  failure?: unknown;
}

export interface CallOptions {
  signal: AbortSignal;
  stream: boolean;
  onHeaders?: OnHeaders | undefined;
  /**
   * A failure becomes the response's (a failed Response) rather than the request's error: for a
   * background run, and for every call after a run's first (its events may have gone out).
   */
  failuresAreResults: boolean;
}

/** Whether a failure is the caller going away (its signal), not the upstream's. */
export function isAbort(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted || error instanceof UpstreamAborted;
}

/** The request minus the tools the gateway runs itself: those go to a chat model as functions. */
function clientTools(a: Admitted, hosted: HostedTools): Admitted['request'] {
  const tools = a.request.tools;
  if (!tools?.some((t) => hosted.serves(t))) return a.request;
  return { ...a.request, tools: tools.filter((t) => !hosted.serves(t)) };
}

/** Which of a run's model calls a chat request is for. */
export interface Step {
  /** The response's first model call: the request's tool_choice holds as sent. */
  first: boolean;
  /** Hosted tools are offered (not once max_tool_calls is spent, nor on the last call allowed). */
  offerHosted: boolean;
}

/**
 * The step of model call number `call` (from 1) of at most `maxModelCalls`: the last one allowed
 * offers no hosted tool, whose result the model would never see, so the model answers.
 */
export function stepOf(call: number, maxModelCalls: number, callsLeft = true): Step {
  return { first: call === 1, offerHosted: callsLeft && call < maxModelCalls };
}

/** The chat request for these messages at this step of the run. */
export function chatParams(
  a: Admitted,
  hosted: HostedTools,
  messages: ChatCompletionMessageParam[],
  step: Step,
): ChatParams {
  const offered = step.offerHosted ? [...a.offered.values()] : [];
  const request = clientTools(a, hosted);
  // A forced choice binds the first call; a later one has the hosted tools' results and may answer.
  const choice = step.first ? request : { ...request, tool_choice: afterHostedCalls(request.tool_choice) };
  return toChatParams(choice, messages, a.route.upstreamModel, offered, toolsOf(a));
}

/**
 * The context fitted to the model's window with this turn's step messages (`added`: the model's
 * hosted calls and their results) after it, and the chat request that makes. Only earlier turns
 * are dropped; a context that cannot fit is a 400 (context_length_exceeded).
 */
export async function fitted(
  a: Admitted,
  hosted: HostedTools,
  context: Conversation,
  added: readonly ChatCompletionMessageParam[],
  step: Step,
): Promise<{ context: Conversation; params: ChatParams }> {
  const params = (items: ItemField[]) => chatParams(a, hosted, [...messagesOf(a, items), ...added], step);
  const kept = await fitWindow(context, {
    tokens: a.route.provider.contextWindow(a.route.upstreamModel),
    request: a.request,
    params,
  });
  return { context: kept, params: params(itemsOf(kept)) };
}

export function messagesOf(a: Admitted, items: ItemField[]): ChatCompletionMessageParam[] {
  return toMessages(a.request.instructions, items, toolsOf(a));
}

/** The client's tools as chat functions: the request's, and those the conversation's items made available. */
export function toolsOf(a: Pick<Admitted, 'request' | 'history' | 'input'>): ToolSet {
  return ToolSet.from(a.request.tools, [...a.history.flatMap((t) => [...t.input, ...t.output]), ...a.input]);
}

/** A client error (4xx) before anything was produced is the caller's error, unless failures are results. */
async function opening(a: Admitted, options: CallOptions, open: () => Promise<Opened>): Promise<Opened> {
  try {
    return await open();
  } catch (error) {
    if (isAbort(error, options.signal)) throw error;
    // A failed Response is still the reply to a call the upstream answered: its advice holds.
    if (error instanceof ApiError && error.headers) options.onHeaders?.(error.headers);
    if (!options.failuresAreResults && error instanceof ApiError && error.status < 500) throw error;
    return { failure: error };
  }
}

/** The one call to a provider that speaks Responses itself: the conversation goes inline. */
export function callNative(a: Admitted, items: ItemField[], options: CallOptions): Promise<Opened> {
  const { provider, upstreamModel } = a.route;
  const { signal, onHeaders } = options;
  return opening(a, options, async () => {
    const body = toNativeBody(a.request, items, upstreamModel);
    // The provider's reply is the Responses API's own shape, read as far as the run needs it.
    if (options.stream)
      return {
        events: (await provider.openResponsesStream(body, signal, onHeaders)) as AsyncIterable<UpstreamEvent>,
      };
    return { response: (await provider.responses(body, signal, onHeaders)) as UpstreamResponse };
  });
}

export function callChat(a: Admitted, params: ChatParams, options: CallOptions): Promise<Opened> {
  const { provider } = a.route;
  const { signal, onHeaders } = options;
  return opening(a, options, async () => {
    if (options.stream) {
      const streamed = { ...params, stream_options: { include_usage: true } };
      return { chunks: await provider.openChatStream(streamed, signal, onHeaders) };
    }
    return { chunks: [completionAsChunk(await provider.chat(params, signal, onHeaders))] };
  });
}

export function runError(error: unknown): RunError {
  // Codes from OpenAI's ResponseErrorCode: a request the model cannot take is an invalid prompt.
  if (error instanceof ApiError) {
    const code =
      error.status === 429 ? 'rate_limit_exceeded' : error.status < 500 ? 'invalid_prompt' : 'server_error';
    return { code, message: error.message };
  }
  return {
    code: 'server_error',
    message: `The upstream failed: ${error instanceof Error ? error.message : String(error)}`,
  };
}

export interface FirstCall {
  /** The context the model sees (files inlined, truncated to the window). */
  context: Conversation;
  opened: Opened;
}

/**
 * A stream read from now on, into a buffer, until its consumer first asks for it; from then on the
 * consumer reads the source itself. An upstream that breaks errors its body, and that drops what
 * was received but not yet read: a run's first call is opened before its response is stored, so
 * without this the text that came while the insert ran (a round trip on PostgreSQL) was lost.
 */
export function readAhead<T>(source: AsyncIterable<T>): AsyncIterable<T> {
  const iterator = source[Symbol.asyncIterator]();
  const ahead: Array<Promise<IteratorResult<T>>> = [];
  let taken = false;
  void (async () => {
    while (!taken) {
      const next = iterator.next();
      ahead.push(next);
      // The consumer gets the failure from `ahead`; here it only ends the reading.
      const result = await next.catch(() => ({ done: true }));
      if (result.done) return;
    }
  })();
  return {
    [Symbol.asyncIterator]: () => {
      taken = true;
      return {
        next: () => ahead.shift() ?? iterator.next(),
        return: async () => (await iterator.return?.()) ?? { done: true, value: undefined },
      };
    },
  };
}

function readingAhead(opened: Opened): Opened {
  const { chunks, events } = opened;
  if (chunks && Symbol.asyncIterator in chunks) return { ...opened, chunks: readAhead(chunks) };
  if (events) return { ...opened, events: readAhead(events) };
  return opened;
}

/**
 * A run's first model call (of at most `maxModelCalls`), on the context the conversation makes.
 * Its stream is read ahead until the run reads it (after storing the response).
 */
export async function firstCall(
  a: Admitted,
  deps: { hosted: HostedTools; files: UploadedFiles; maxModelCalls: number },
  options: CallOptions,
): Promise<FirstCall> {
  const conversation = await withFiles(deps.files, a.tenant, a, a.request);
  const step = stepOf(1, deps.maxModelCalls);
  const { context, params } = await fitted(a, deps.hosted, conversation, [], step);
  const opened = a.route.provider.nativeResponses
    ? await callNative(a, itemsOf(context), options)
    : await callChat(a, params, options);
  return { context, opened: readingAhead(opened) };
}
