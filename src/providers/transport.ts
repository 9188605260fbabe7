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

/**
 * `idleTimeoutMs` bounds the silence between two pieces of a response body (undici's bodyTimeout),
 * so an upstream that stalls after its headers fails with UND_ERR_BODY_TIMEOUT instead of hanging.
 */
export function undiciFetch(dispatcher: Dispatcher, idleTimeoutMs = 300_000): typeof fetch {
  return async (input, init = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    const upstream = await request(url, {
      method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
      headers: plainHeaders(init.headers),
      body: (init.body ?? null) as Dispatcher.DispatchOptions['body'],
      signal: init.signal ?? undefined,
      bodyTimeout: idleTimeoutMs,
      dispatcher,
    });
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
      : new Uint8Array(await upstream.body.arrayBuffer());
    return new Response(body, { status, headers });
  };
}
