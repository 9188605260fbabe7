/**
 * A provider: an OpenAI-compatible base URL and key. The pass-through calls it directly (send(), on
 * the provider's transport: one keep-alive pool); everything else goes through the official openai
 * SDK, whose fetch runs on the same transport. Failures are mapped by upstream-errors.ts, which
 * knows no SDK class; this file only unwraps the SDK's errors for it.
 */
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionCreateParamsStreaming,
} from 'openai/resources/chat/completions';
import type { CreateEmbeddingResponse } from 'openai/resources/embeddings';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { ProviderConfig } from '../config.js';
import { ApiError, badGateway, gatewayTimeout } from '../errors.js';
import { connectionError, retryable, retryDelayMs, statusError } from './direct.js';
import { relayedHeaders, type RelayedHeaders } from './relayed-headers.js';
import { SecretScrubber } from './secrets.js';
import { sdkLogger, sdkLogLevel } from './sdk-logger.js';
import { fetchOver, type Transport, type UpstreamReply } from './transport.js';
import {
  expectReply,
  notAReply,
  notAStream,
  transportError,
  unreachable,
  upstreamStatusError,
  upstreamStreamError,
  UpstreamAborted,
  type ReplyKind,
  type UpstreamIdentity,
} from './upstream-errors.js';

export interface UpstreamModel {
  id: string;
  created: number;
  owned_by: string;
}

/** Called with the headers a client should get from this call (retry-after, x-ratelimit-*), if any. */
export type OnHeaders = (headers: RelayedHeaders) => void;

export interface ProviderDeps {
  /** Where the SDK's own messages go (it would print to the console otherwise). */
  log?: Logger;
  /** Every configured credential, removed from what upstreams say (defaults to this provider's). */
  secrets?: SecretScrubber;
}

/**
 * The SDK's own timeout bounds its fetch call, which includes reading a non-streamed body; the
 * transport enforces the time to headers instead (transport.ts), so the SDK's timer is set past any
 * real call.
 */
const SDK_TIMEOUT_MS = 2 ** 31 - 1;

/** The longest an embeddings call waits before a retry, whatever the upstream's retry-after asks. */
export const MAX_EMBEDDING_RETRY_WAIT_MS = 60_000;

/** Resolves after `ms`, or at once when the signal aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

interface WithResponse<T> {
  withResponse(): Promise<{ data: T; response: Response }>;
}

export class Provider implements UpstreamIdentity {
  readonly name: string;
  readonly staticModels: readonly string[] | undefined;
  readonly client: OpenAI;
  readonly nativeResponses: boolean;
  readonly timeoutMs: number;
  readonly idleTimeoutMs: number;
  readonly secrets: SecretScrubber;
  private readonly contextWindows: Record<string, number>;
  private readonly baseURL: string;
  private readonly maxRetries: number;
  /** What send() sends besides the body: the SDK's auth, accept and content type, and the configured headers. */
  private readonly headers: Record<string, string>;

  /**
   * `transport` carries every call: send()'s directly, the SDK's through a fetch over it (undici's
   * pool in production; where msw must see the calls, a transport over globalThis.fetch).
   */
  constructor(
    config: ProviderConfig,
    private readonly transport: Transport,
    deps: ProviderDeps = {},
  ) {
    this.name = config.name;
    this.baseURL = config.baseURL.replace(/\/+$/, '');
    this.maxRetries = config.maxRetries;
    this.staticModels = config.models;
    this.timeoutMs = config.timeoutMs;
    this.idleTimeoutMs = config.idleTimeoutMs;
    this.nativeResponses = config.nativeResponses;
    this.contextWindows = config.contextWindows;
    this.secrets = deps.secrets ?? SecretScrubber.fromConfig([config]);
    this.client = new OpenAI({
      baseURL: config.baseURL,
      // The SDK insists on a key; local servers (Ollama, llama.cpp) take none, and ignore this one.
      apiKey: config.apiKey || 'no-key',
      // What upstreams were told of the client's patience before; the SDK would send its own timer's.
      defaultHeaders: {
        'x-stainless-timeout': String(Math.trunc(config.timeoutMs / 1000)),
        ...config.headers,
      },
      timeout: SDK_TIMEOUT_MS,
      maxRetries: config.maxRetries,
      fetch: fetchOver(transport, config),
      logger: sdkLogger(deps.log?.child({ component: 'openai-sdk', provider: config.name })),
      logLevel: sdkLogLevel(deps.log),
    });
    this.headers = {
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: `Bearer ${config.apiKey || 'no-key'}`,
      ...Object.fromEntries(Object.entries(config.headers).map(([k, v]) => [k.toLowerCase(), v])),
    };
  }

  /**
   * POSTs a body that is already JSON, as is, and returns the upstream's 2xx reply with its body
   * unread, so callers can pass it on without parsing it again. Retries and backoff are the SDK's
   * (see direct.ts); every failure, and one reading the body later, is mapped with upstreamError().
   */
  async send(path: string, body: Uint8Array, signal: AbortSignal): Promise<UpstreamReply> {
    for (let attempt = 0; ; attempt++) {
      let failure;
      try {
        const reply = await this.transport(this.baseURL + path, {
          method: 'POST',
          headers: this.headers,
          body,
          signal,
          headersTimeout: this.timeoutMs,
          bodyTimeout: this.idleTimeoutMs,
        });
        if (reply.status >= 200 && reply.status < 300) return reply;
        failure = await statusError(reply);
      } catch (error) {
        failure = connectionError(error, signal);
      }
      if (attempt >= this.maxRetries || !retryable(failure)) throw this.upstreamError(failure);
      await sleep(retryDelayMs(failure, attempt), undefined, { signal }).catch(() => undefined);
      if (signal.aborted) throw this.upstreamError(connectionError(undefined, signal));
    }
  }

  /**
   * A failure reading the body of a reply send() returned (the connection reset mid-body), mapped
   * as a failed exchange is: a 502, or the client's own abort.
   */
  bodyError(error: unknown, signal: AbortSignal): unknown {
    return this.upstreamError(connectionError(error, signal));
  }

  /** The model's context window in tokens, if configured. */
  contextWindow(upstreamModel: string): number | undefined {
    return this.contextWindows[upstreamModel] ?? this.contextWindows['*'];
  }

  async chat(
    body: ChatCompletionCreateParamsNonStreaming,
    signal: AbortSignal,
    onHeaders?: OnHeaders,
  ): Promise<ChatCompletion> {
    return this.reply('chat completion', this.client.chat.completions.create(body, { signal }), onHeaders);
  }

  /**
   * Opens a chat completion stream: resolves once the upstream answered with its headers (so a
   * refusal is still an HTTP error), then yields chunk by chunk. Errors either way are mapped as in chat().
   */
  async openChatStream(
    body: Omit<ChatCompletionCreateParamsStreaming, 'stream'>,
    signal: AbortSignal,
    onHeaders?: OnHeaders,
  ): Promise<AsyncIterable<ChatCompletionChunk>> {
    return this.openStream(
      this.client.chat.completions.create({ ...body, stream: true }, { signal }),
      onHeaders,
    );
  }

  /**
   * The embedding of each input, in input order. Floats are asked for (not the SDK's default
   * base64, which local servers do not all speak). `dimensions` is sent only when given (models
   * that cannot shorten their vectors refuse it). `maxRetries` overrides the provider's for this
   * call: retries on 429, 5xx and failed connections, backing off as the SDK does (honouring
   * retry-after up to MAX_EMBEDDING_RETRY_WAIT_MS, the wait ended by an abort: retried()).
   */
  async embeddings(
    model: string,
    input: readonly string[],
    signal: AbortSignal,
    options: { maxRetries?: number; dimensions?: number | undefined } = {},
  ): Promise<number[][]> {
    const { dimensions } = options;
    const reply = await this.reply<CreateEmbeddingResponse>(
      'embedding list',
      this.retried(
        () =>
          this.client.embeddings.create(
            { model, input: [...input], encoding_format: 'float', ...(dimensions ? { dimensions } : {}) },
            { signal, maxRetries: 0 },
          ),
        signal,
        options.maxRetries ?? this.maxRetries,
      ),
    );
    const malformed = (what: string) =>
      badGateway(`Provider "${this.name}" answered ${what}.`, 'upstream_invalid_response');
    if (reply.data.length !== input.length)
      throw malformed(`${reply.data.length} embeddings for ${input.length} inputs`);
    const vectors: number[][] = [];
    for (const item of reply.data) {
      const index = typeof item?.index === 'number' ? item.index : -1;
      if (index < 0 || index >= input.length || vectors[index] || !Array.isArray(item.embedding))
        throw malformed('an embedding list whose items are not one vector per input');
      vectors[index] = item.embedding;
    }
    return vectors;
  }

  /**
   * The call, retried as the SDK would (429, 5xx, failed connections; retry-after honoured), but
   * with a wait the caller's abort ends and that no retry-after stretches past
   * MAX_EMBEDDING_RETRY_WAIT_MS: the SDK sleeps as long as told, deaf to the signal, so one
   * `retry-after: 86400` would hold an ingestion (or a search) for a day. Failures are thrown as
   * the SDK threw them, for reply() to map.
   */
  private retried<T>(call: () => WithResponse<T>, signal: AbortSignal, maxRetries: number): WithResponse<T> {
    return {
      withResponse: async () => {
        for (let attempt = 0; ; attempt++) {
          try {
            return await call().withResponse();
          } catch (error) {
            if (!(error instanceof APIError) || attempt >= maxRetries || !retryable(error)) throw error;
            const wait = Math.min(retryDelayMs(error, attempt), MAX_EMBEDDING_RETRY_WAIT_MS);
            await pause(wait, signal);
            if (signal.aborted) throw connectionError(undefined, signal);
          }
        }
      },
    };
  }

  /** POST /responses on a provider that speaks the Responses API itself. */
  async responses(
    body: Record<string, unknown>,
    signal: AbortSignal,
    onHeaders?: OnHeaders,
  ): Promise<Record<string, unknown>> {
    const response = await this.reply<Record<string, unknown>>(
      'response',
      this.client.post('/responses', { body, signal }),
      onHeaders,
    );
    this.scrubFailure(response);
    return response;
  }

  /** A native provider's failed Response carries its message to the client: configured secrets come out. */
  private scrubFailure(response: unknown): void {
    const error = (response as { error?: { message?: unknown } } | undefined)?.error;
    if (error && typeof error.message === 'string') error.message = this.secrets.scrub(error.message);
  }

  private async *scrubFailures(
    events: AsyncIterable<Record<string, unknown>>,
  ): AsyncGenerator<Record<string, unknown>> {
    for await (const event of events) {
      if (event.type === 'response.failed') this.scrubFailure(event.response);
      yield event;
    }
  }

  /** A Responses event stream from a provider that speaks the Responses API; opened like openChatStream. */
  async openResponsesStream(
    body: Record<string, unknown>,
    signal: AbortSignal,
    onHeaders?: OnHeaders,
  ): Promise<AsyncIterable<Record<string, unknown>>> {
    const events = await this.openStream(
      this.client.post('/responses', {
        body: { ...body, stream: true },
        stream: true,
        signal,
      }) as WithResponse<AsyncIterable<Record<string, unknown>> & { controller: AbortController }>,
      onHeaders,
    );
    return this.scrubFailures(events);
  }

  /** Awaits a non-streamed reply, relays its headers and checks it is what was asked for. */
  private async reply<T>(kind: ReplyKind, call: WithResponse<unknown>, onHeaders?: OnHeaders): Promise<T> {
    let data: unknown;
    try {
      const answered = await call.withResponse();
      data = answered.data;
      this.relay(answered.response, onHeaders);
    } catch (error) {
      // A body the SDK could not parse as the JSON its content type promised.
      if (error instanceof SyntaxError) throw notAReply(this, kind, undefined);
      throw this.upstreamError(error);
    }
    return expectReply<T>(this, kind, data);
  }

  /** Awaits a stream's opening and maps its errors, at the opening or midway, like every other call. */
  private async openStream<T>(
    call: WithResponse<AsyncIterable<T> & { controller: AbortController }>,
    onHeaders?: OnHeaders,
  ): Promise<AsyncIterable<T>> {
    let opened: { data: AsyncIterable<T> & { controller: AbortController }; response: Response };
    try {
      opened = await call.withResponse();
    } catch (error) {
      throw this.upstreamError(error);
    }
    this.relay(opened.response, onHeaders);
    const contentType = opened.response.headers.get('content-type') ?? '';
    if (!contentType.includes('text/event-stream')) {
      const text = await opened.response.text().catch(() => '');
      throw notAStream(this, contentType, text);
    }
    return this.mapErrors(opened.data);
  }

  private relay(response: Response, onHeaders?: OnHeaders): void {
    if (!onHeaders) return;
    const headers = relayedHeaders(response.headers);
    if (headers) onHeaders(headers);
  }

  private async *mapErrors<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
    try {
      yield* source;
    } catch (error) {
      throw this.upstreamError(error);
    }
  }

  async listModels(): Promise<UpstreamModel[]> {
    const models: UpstreamModel[] = [];
    try {
      for await (const m of this.client.models.list()) {
        models.push({ id: m.id, created: Number(m.created) || 0, owned_by: m.owned_by || this.name });
      }
    } catch (error) {
      throw this.upstreamError(error);
    }
    return models;
  }

  /** Unwraps the SDK's errors for upstream-errors.ts; a client's abort becomes UpstreamAborted. */
  upstreamError(error: unknown): unknown {
    if (error instanceof ApiError || error instanceof UpstreamAborted) return error;
    if (error instanceof APIUserAbortError) return new UpstreamAborted();
    const transport = transportError(this, error);
    if (transport) return transport;
    if (error instanceof APIConnectionTimeoutError) {
      return gatewayTimeout(`Provider "${this.name}" did not answer in time.`);
    }
    if (error instanceof APIConnectionError) {
      return unreachable(this, (error.cause as Error | undefined)?.message);
    }
    if (error instanceof APIError) {
      // Without a status, the error came inside a stream that had started (an error event).
      if (typeof error.status !== 'number') return upstreamStreamError(this, error.error ?? error.message);
      const body = error.error !== undefined ? { error: error.error } : error.message.replace(/^\d{3} /, '');
      return upstreamStatusError(this, error.status, body, error.headers);
    }
    // An event the SDK could not parse (a truncated or garbled stream).
    if (error instanceof SyntaxError) {
      return badGateway(
        `Provider "${this.name}" sent a stream event that is not JSON.`,
        'upstream_invalid_response',
      );
    }
    return error;
  }
}
