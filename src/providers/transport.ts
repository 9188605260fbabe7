/**
 * The fetch the openai SDK calls providers with: undici.request on a keep-alive pool. Node's built-in
 * fetch costs about twice the CPU per call (WHATWG streams and Request/Headers machinery), which on a
 * pass-through gateway is most of its budget; see docs/benchmarks.md.
 */
import { Agent, request, type Dispatcher } from 'undici';

export function createDispatcher(): Dispatcher {
  return new Agent({ connections: 256, keepAliveTimeout: 60_000, keepAliveMaxTimeout: 600_000 });
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

function responseHeaders(raw: Record<string, string | string[] | undefined>): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) out.push([key, v]);
    else out.push([key, value]);
  }
  return out;
}

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
  constructor(readonly code: 'UND_ERR_HEADERS_TIMEOUT' | 'UND_ERR_BODY_TIMEOUT') {
    super(
      code === 'UND_ERR_HEADERS_TIMEOUT'
        ? 'no response headers in the time allowed'
        : 'the reply went silent',
    );
  }
}

function stalled(error: unknown): never {
  const code = (error as { code?: unknown })?.code;
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') throw new UpstreamStalled(code);
  throw error;
}

/**
 * `timeoutMs` bounds the wait for the response headers (undici's headersTimeout) and nothing else;
 * `idleTimeoutMs` the silence between two pieces of the body (bodyTimeout), so an upstream that
 * stalls after its headers fails with UND_ERR_BODY_TIMEOUT instead of hanging, and one that
 * trickles a long reply is not cut off while it keeps sending.
 */
export function undiciFetch(dispatcher: Dispatcher, limits: CallLimits): typeof fetch {
  return async (input, init = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    const upstream = await request(url, {
      method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
      headers: plainHeaders(init.headers),
      body: (init.body ?? null) as Dispatcher.DispatchOptions['body'],
      signal: init.signal ?? undefined,
      headersTimeout: limits.timeoutMs,
      bodyTimeout: limits.idleTimeoutMs,
      dispatcher,
    }).catch(stalled);
    const status = upstream.statusCode;
    const headers = responseHeaders(upstream.headers);
    if (status === 204 || status === 304 || init.method === 'HEAD') {
      upstream.body.resume();
      return new Response(null, { status, headers });
    }
    // Event streams flow through as they arrive; anything else is small JSON, read whole (cheaper).
    const streaming = String(upstream.headers['content-type'] ?? '').includes('text/event-stream');
    const body = streaming
      ? (ReadableStream.from(upstream.body) as ReadableStream<Uint8Array>)
      : new Uint8Array(await upstream.body.arrayBuffer().catch(stalled));
    return new Response(body, { status, headers });
  };
}

/**
 * The time-to-headers limit for a fetch that resolves at the headers (globalThis.fetch, which the
 * tests' msw intercepts), with the same error as undiciFetch's.
 */
export function withHeadersTimeout(inner: typeof fetch, timeoutMs: number): typeof fetch {
  return async (input, init = {}) => {
    const controller = new AbortController();
    const outer = init.signal;
    const abort = () => controller.abort(outer?.reason);
    if (outer?.aborted) abort();
    outer?.addEventListener('abort', abort, { once: true });
    let fired = false;
    const timer = setTimeout(() => {
      fired = true;
      controller.abort();
    }, timeoutMs);
    try {
      return await inner(input, { ...init, signal: controller.signal });
    } catch (error) {
      if (fired) throw new UpstreamStalled('UND_ERR_HEADERS_TIMEOUT');
      throw error;
    } finally {
      // The abort listener stays: the outer signal must still end the body read that follows.
      clearTimeout(timer);
    }
  };
}
