/**
 * How providers are reached: one keep-alive undici Pool per provider, called directly by the
 * pass-through (Provider.send) and, through a fetch built on the same call, by the openai SDK for
 * everything else. Node's built-in fetch costs about twice the CPU per call (WHATWG streams and
 * Request/Headers machinery), which on a pass-through gateway is most of its budget; see
 * docs/benchmarks.md.
 */
import { Pool, type Dispatcher } from 'undici';

/** The two limits on an upstream call (ProviderConfig's timeout and idle_timeout). */
export interface CallLimits {
  /** Time to the response headers. */
  timeoutMs: number;
  /** Longest silence between two pieces of a response body. */
  idleTimeoutMs: number;
}

/**
 * A timeout that fired, as the openai SDK must see it. The SDK turns any fetch error whose text
 * says "timeout" or "timed out" into an APIConnectionTimeoutError and drops its cause, and with it
 * which limit fired; this one's text says neither, so the SDK keeps it as the cause of its
 * APIConnectionError and upstream-errors.ts finds the code.
 */
export class UpstreamStalled extends Error {
  override name = 'UpstreamStalled';
  constructor(readonly code: (typeof STALLED_CODES)[number]) {
    super(
      code === 'UND_ERR_HEADERS_TIMEOUT'
        ? 'no response headers in the time allowed'
        : code === 'UND_ERR_CONNECT_TIMEOUT'
          ? 'no connection in the time allowed'
          : 'the reply went silent',
    );
  }
}

const STALLED_CODES = ['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT'] as const;

export function stalled(error: unknown): never {
  const code = (error as { code?: unknown })?.code;
  const known = STALLED_CODES.find((c) => c === code);
  if (known) throw new UpstreamStalled(known);
  throw error;
}

export interface UpstreamRequest {
  method: Dispatcher.HttpMethod;
  headers: Record<string, string>;
  body: Uint8Array | string | null;
  signal?: AbortSignal;
  /** Time to the response headers (undici's headersTimeout). */
  headersTimeout: number;
  /** Longest silence between two pieces of the body (undici's bodyTimeout). */
  bodyTimeout: number;
}

export interface UpstreamBody extends AsyncIterable<Uint8Array> {
  text(): Promise<string>;
  bytes(): Promise<Uint8Array>;
  /** Discards the rest of the body (and with it the request, if it is still under way). */
  cancel(): void;
}

export interface UpstreamReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: UpstreamBody;
}

/** One HTTP exchange with a provider; `url` is the full URL. */
export type Transport = (url: string, request: UpstreamRequest) => Promise<UpstreamReply>;

/** The pool a provider's calls share; sized so hundreds of concurrent streams are not queued. */
export function createPool(baseURL: string): Pool {
  return new Pool(new URL(baseURL).origin, {
    connections: 1024,
    keepAliveTimeout: 60_000,
    keepAliveMaxTimeout: 600_000,
  });
}

export function undiciTransport(pool: Dispatcher): Transport {
  return async (url, { method, headers, body, signal, headersTimeout, bodyTimeout }) => {
    const parsed = new URL(url);
    const reply = await pool
      .request({
        origin: parsed.origin,
        path: parsed.pathname + parsed.search,
        method,
        headers,
        body,
        signal,
        headersTimeout,
        bodyTimeout,
      })
      .catch(stalled);
    const stream = reply.body;
    return {
      status: reply.statusCode,
      headers: reply.headers,
      body: {
        [Symbol.asyncIterator]: () => stream[Symbol.asyncIterator](),
        text: () => stream.text().catch(stalled),
        bytes: async () => new Uint8Array(await stream.arrayBuffer().catch(stalled)),
        cancel: () => void stream.destroy(),
      },
    };
  };
}

/**
 * A transport over a fetch function: what the tests give the gateway so that msw, which intercepts
 * fetch but not undici's pools, sees the calls. The idle timeout is left to production's transport.
 */
export function fetchTransport(fetch: typeof globalThis.fetch): Transport {
  return async (url, { method, headers, body, signal, headersTimeout }) => {
    const controller = new AbortController();
    const abort = () => controller.abort(signal?.reason);
    if (signal?.aborted) abort();
    signal?.addEventListener('abort', abort, { once: true });
    let timedOut = false;
    const timer =
      headersTimeout > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, headersTimeout)
        : undefined;
    let response: Response;
    try {
      response = await fetch(url, { method, headers, body, signal: controller.signal });
    } catch (error) {
      throw timedOut ? new UpstreamStalled('UND_ERR_HEADERS_TIMEOUT') : error;
    } finally {
      clearTimeout(timer);
    }
    const out: Record<string, string> = {};
    response.headers.forEach((value, key) => (out[key] = value));
    const stream = response.body;
    return {
      status: response.status,
      headers: out,
      body: {
        async *[Symbol.asyncIterator]() {
          if (stream) yield* stream as unknown as AsyncIterable<Uint8Array>;
        },
        text: () => response.text(),
        bytes: async () => new Uint8Array(await response.arrayBuffer()),
        cancel: () => void stream?.cancel().catch(() => undefined),
      },
    };
  };
}

function plainHeaders(init: RequestInit['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  if (!init) return out;
  if (init instanceof Headers) init.forEach((value, key) => (out[key] = value));
  else if (Array.isArray(init))
    for (const [key, value] of init as [string, string][]) out[key.toLowerCase()] = value;
  else
    for (const [key, value] of Object.entries(init as Record<string, string>)) out[key.toLowerCase()] = value;
  return out;
}

function responseHeaders(raw: UpstreamReply['headers']): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) out.push([key, v]);
    else out.push([key, value]);
  }
  return out;
}

/**
 * The fetch the openai SDK is given: the provider's transport behind a WHATWG Response. The
 * transport, not the SDK, bounds the time to headers (the SDK's own timer would also cover reading
 * a non-streamed body, and would not say which limit fired).
 */
export function fetchOver(transport: Transport, limits: CallLimits): typeof fetch {
  return async (input, init = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    const upstream = await transport(url, {
      method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
      headers: plainHeaders(init.headers),
      body: (init.body ?? null) as UpstreamRequest['body'],
      signal: init.signal ?? undefined,
      headersTimeout: limits.timeoutMs,
      bodyTimeout: limits.idleTimeoutMs,
    });
    const { status } = upstream;
    const headers = responseHeaders(upstream.headers);
    if (status === 204 || status === 304 || init.method === 'HEAD') {
      upstream.body.cancel();
      return new Response(null, { status, headers });
    }
    // Event streams flow through as they arrive; anything else is small JSON, read whole (cheaper).
    const streaming = String(upstream.headers['content-type'] ?? '').includes('text/event-stream');
    const body = streaming
      ? (ReadableStream.from(upstream.body) as ReadableStream<Uint8Array>)
      : await upstream.body.bytes();
    return new Response(body, { status, headers });
  };
}
