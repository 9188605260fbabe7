/**
 * A provider: an OpenAI-compatible base URL and key. The pass-through calls it directly
 * (send(), on the provider's transport); everything else through the official openai SDK, whose
 * fetch runs on the same transport. Both map their failures through upstreamError().
 */
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionCreateParamsStreaming,
} from 'openai/resources/chat/completions';
import type { ProviderConfig } from '../config.js';
import { ApiError, badGateway, gatewayTimeout } from '../errors.js';
import { connectionError, retryable, retryDelayMs, statusError } from './direct.js';
import type { Transport, UpstreamReply } from './transport.js';

export interface UpstreamModel {
  id: string;
  created: number;
  owned_by: string;
}

export class Provider {
  readonly name: string;
  readonly staticModels: readonly string[] | undefined;
  readonly client: OpenAI;
  readonly nativeResponses: boolean;
  private readonly contextWindows: Record<string, number>;
  private readonly timeoutMs: number;
  private readonly idleTimeoutMs: number;
  private readonly baseURL: string;
  private readonly maxRetries: number;
  /** What send() sends besides the body: the SDK's auth, accept and content type, and the configured headers. */
  private readonly headers: Record<string, string>;

  /**
   * `transport` carries send(); `fetch` the SDK's calls (in production a fetch over the same
   * transport; where msw must see the calls, globalThis.fetch and a transport over it).
   */
  constructor(
    config: ProviderConfig,
    private readonly transport: Transport,
    fetch: typeof globalThis.fetch,
  ) {
    this.name = config.name;
    this.baseURL = config.baseURL.replace(/\/+$/, '');
    this.maxRetries = config.maxRetries;
    this.staticModels = config.models;
    this.timeoutMs = config.timeoutMs;
    this.idleTimeoutMs = config.idleTimeoutMs;
    this.nativeResponses = config.nativeResponses;
    this.contextWindows = config.contextWindows;
    this.client = new OpenAI({
      baseURL: config.baseURL,
      // The SDK insists on a key; local servers (Ollama, llama.cpp) take none, and ignore this one.
      apiKey: config.apiKey || 'no-key',
      defaultHeaders: config.headers,
      timeout: config.timeoutMs,
      maxRetries: config.maxRetries,
      fetch,
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
   * unread, so callers can pass it on without parsing it again. Retries, timeouts and errors are
   * the SDK's (see direct.ts); a failure reading the body later is mapped with upstreamError().
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
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(failure, attempt)));
      if (signal.aborted) throw this.upstreamError(connectionError(undefined, signal));
    }
  }

  /** The model's context window in tokens, if configured. */
  contextWindow(upstreamModel: string): number | undefined {
    return this.contextWindows[upstreamModel] ?? this.contextWindows['*'];
  }

  async chat(body: ChatCompletionCreateParamsNonStreaming, signal: AbortSignal): Promise<ChatCompletion> {
    try {
      return await this.client.chat.completions.create(body, { signal });
    } catch (error) {
      throw this.upstreamError(error);
    }
  }

  /**
   * Opens a chat completion stream: resolves once the upstream answered with its headers (so a
   * refusal is still an HTTP error), then yields chunk by chunk. Errors either way are mapped as in chat().
   */
  async openChatStream(
    body: Omit<ChatCompletionCreateParamsStreaming, 'stream'>,
    signal: AbortSignal,
  ): Promise<AsyncIterable<ChatCompletionChunk>> {
    return this.openStream(() => this.client.chat.completions.create({ ...body, stream: true }, { signal }));
  }

  /** POST /responses on a provider that speaks the Responses API itself. */
  async responses(body: Record<string, unknown>, signal: AbortSignal): Promise<Record<string, unknown>> {
    try {
      return (await this.client.post('/responses', { body, signal })) as Record<string, unknown>;
    } catch (error) {
      throw this.upstreamError(error);
    }
  }

  /** A Responses event stream from a provider that speaks the Responses API; opened like openChatStream. */
  async openResponsesStream(
    body: Record<string, unknown>,
    signal: AbortSignal,
  ): Promise<AsyncIterable<Record<string, unknown>>> {
    return this.openStream(
      () =>
        this.client.post('/responses', { body: { ...body, stream: true }, stream: true, signal }) as Promise<
          AsyncIterable<Record<string, unknown>>
        >,
    );
  }

  /** Awaits a stream's opening and maps its errors, at the opening or midway, like every other call. */
  private async openStream<T>(open: () => Promise<AsyncIterable<T>>): Promise<AsyncIterable<T>> {
    let stream: AsyncIterable<T>;
    try {
      stream = await open();
    } catch (error) {
      throw this.upstreamError(error);
    }
    return this.mapErrors(stream);
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

  /** Maps the SDK's errors: upstream 4xx keep their status and message; the rest become 502 or 504. */
  upstreamError(error: unknown): unknown {
    if (error instanceof APIUserAbortError) return error;
    if (isBodyTimeout(error)) {
      return gatewayTimeout(
        `Provider "${this.name}" sent nothing for ${this.idleTimeoutMs / 1000} s in the middle of its reply.`,
      );
    }
    if (error instanceof APIConnectionTimeoutError) {
      return gatewayTimeout(`Provider "${this.name}" did not answer within ${this.timeoutMs / 1000} s.`);
    }
    if (error instanceof APIConnectionError) {
      const cause = (error.cause as Error | undefined)?.message;
      return badGateway(
        `Provider "${this.name}" is unreachable${cause ? `: ${cause}` : ''}.`,
        'upstream_unreachable',
      );
    }
    if (error instanceof APIError && typeof error.status === 'number') {
      const body = (error.error ?? {}) as { message?: unknown };
      const message = typeof body.message === 'string' ? body.message : error.message;
      if (error.status >= 400 && error.status < 500) {
        return new ApiError(
          error.status,
          message,
          error.type ?? 'invalid_request_error',
          error.param ?? null,
          error.code ?? null,
        );
      }
      return badGateway(`Provider "${this.name}" failed with status ${error.status}: ${message}`);
    }
    return error;
  }
}

/** undici's UND_ERR_BODY_TIMEOUT, as thrown or as the cause the SDK wrapped it in. */
function isBodyTimeout(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (e.code === 'UND_ERR_BODY_TIMEOUT') return true;
    e = e.cause as typeof e;
  }
  return false;
}
