import { describe, expect, it } from 'vitest';
import type { ProviderConfig } from '../../src/config.js';
import { ApiError } from '../../src/errors.js';
import { APIError } from 'openai';
import { retryDelayMs } from '../../src/providers/direct.js';
import { Provider } from '../../src/providers/provider.js';
import { UpstreamAborted } from '../../src/providers/upstream-errors.js';
import {
  stalled,
  UpstreamStalled,
  type Transport,
  type UpstreamReply,
} from '../../src/providers/transport.js';

const config: ProviderConfig = {
  name: 'up',
  baseURL: 'http://up.test/v1/',
  apiKey: 'sk-secret',
  headers: { 'X-Team': 'blue' },
  timeoutMs: 1000,
  idleTimeoutMs: 1000,
  maxRetries: 2,
  nativeResponses: false,
  contextWindows: {},
};

function reply(status: number, text: string, headers: Record<string, string> = {}): UpstreamReply {
  return {
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: {
      async *[Symbol.asyncIterator]() {
        yield new TextEncoder().encode(text);
      },
      text: async () => text,
      bytes: async () => new TextEncoder().encode(text),
      cancel: () => undefined,
    },
  };
}

/** A transport that answers from a script and records what it was asked. */
function scripted(...answers: Array<UpstreamReply | Error>) {
  const calls: Array<{ url: string; headers: Record<string, string> }> = [];
  const transport: Transport = async (url, request) => {
    calls.push({ url, headers: request.headers });
    const next = answers.length > 1 ? answers.shift() : answers[0];
    if (next instanceof Error) throw next;
    return next!;
  };
  return { calls, transport };
}

const send = (provider: Provider) =>
  provider.send('/chat/completions', new Uint8Array(), new AbortController().signal);

describe('Provider.send', () => {
  it('sends the key and the configured headers to the base URL', async () => {
    const { calls, transport } = scripted(reply(200, '{}'));
    await send(new Provider(config, transport));
    expect(calls[0]).toEqual({
      url: 'http://up.test/v1/chat/completions',
      headers: expect.objectContaining({ authorization: 'Bearer sk-secret', 'x-team': 'blue' }),
    });
  });

  it('retries what the SDK retries, waiting as the upstream asks', async () => {
    const { calls, transport } = scripted(
      reply(503, '{"error":{"message":"busy"}}', { 'retry-after-ms': '5' }),
      new Error('socket hang up'),
      reply(200, '{"ok":true}'),
    );
    const got = await send(new Provider({ ...config }, transport));
    expect(got.status).toBe(200);
    expect(calls).toHaveLength(3);
  });

  it('does not retry a 400, and keeps its status, message and param', async () => {
    const { calls, transport } = scripted(
      reply(
        400,
        '{"error":{"message":"bad temperature","type":"invalid_request_error","param":"temperature"}}',
      ),
    );
    const error = (await send(new Provider(config, transport)).catch((e: unknown) => e)) as ApiError;
    expect(calls).toHaveLength(1);
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.message, error.param]).toEqual([400, 'bad temperature', 'temperature']);
  });

  it('maps what is left after the retries: a 5xx is a 502, an unreachable upstream a 502 naming it', async () => {
    const failing = scripted(reply(500, 'oops'));
    const error = (await send(new Provider({ ...config, maxRetries: 1 }, failing.transport)).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(failing.calls).toHaveLength(2);
    expect([error.status, error.code]).toEqual([502, 'upstream_error']);
    const down = scripted(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    const unreachable = (await send(new Provider({ ...config, maxRetries: 0 }, down.transport)).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect([unreachable.status, unreachable.code]).toEqual([502, 'upstream_unreachable']);
    expect(unreachable.message).toContain('ECONNREFUSED');
  });

  it('reports a headers timeout as a 504', async () => {
    const slow = scripted(
      Object.assign(new Error('Headers Timeout Error'), { code: 'UND_ERR_HEADERS_TIMEOUT' }),
    );
    const error = (await send(new Provider({ ...config, maxRetries: 0 }, slow.transport)).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect([error.status, error.code]).toEqual([504, 'upstream_timeout']);
  });

  it('names the limit of a headers timeout, as the SDK path does', async () => {
    const slow = scripted(
      Object.assign(new Error('Headers Timeout Error'), { code: 'UND_ERR_HEADERS_TIMEOUT' }),
    );
    const error = (await send(new Provider({ ...config, maxRetries: 0 }, slow.transport)).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.message).toContain('within 1 s (its timeout)');
  });

  it('waits as long as the upstream asks, as the SDK does, and its own backoff otherwise', () => {
    const asked = (headers: Record<string, string>) =>
      retryDelayMs(APIError.generate(429, undefined, 'slow down', new Headers(headers)), 0);
    expect(asked({ 'retry-after': '120' })).toBe(120_000);
    expect(asked({ 'retry-after-ms': '1500', 'retry-after': '9' })).toBe(1500);
    const backoff = asked({});
    expect(backoff).toBeGreaterThanOrEqual(375);
    expect(backoff).toBeLessThanOrEqual(500);
  });

  it('stops waiting to retry when the client goes away', async () => {
    const { calls, transport } = scripted(
      reply(429, '{"error":{"message":"later"}}', { 'retry-after': '30' }),
    );
    const controller = new AbortController();
    const sent = new Provider({ ...config, maxRetries: 1 }, transport)
      .send('/chat/completions', new Uint8Array(), controller.signal)
      .catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    const error = (await sent) as Error;
    expect(error).toBeInstanceOf(UpstreamAborted);
    expect(calls).toHaveLength(1);
  });

  it('maps a body cut off after a 200 like a failed exchange: a 502, not a 500', () => {
    const provider = new Provider(config, scripted(reply(200, '{}')).transport);
    const reset = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
    const error = provider.bodyError(reset, new AbortController().signal) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.code]).toEqual([502, 'upstream_unreachable']);
    const gone = new AbortController();
    gone.abort();
    expect(provider.bodyError(reset, gone.signal)).toBeInstanceOf(UpstreamAborted);
  });

  it('keeps a connect timeout named through the SDK, whose message test would drop its cause', () => {
    const timeout = Object.assign(new Error('Connect Timeout Error'), { code: 'UND_ERR_CONNECT_TIMEOUT' });
    let thrown: unknown;
    try {
      stalled(timeout);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UpstreamStalled);
    expect((thrown as Error).message).not.toMatch(/timed? ?out/i);
    const provider = new Provider(config, scripted(reply(200, '{}')).transport);
    const mapped = provider.bodyError(thrown, new AbortController().signal) as ApiError;
    expect([mapped.status, mapped.code]).toEqual([502, 'upstream_unreachable']);
  });

  it("removes configured secrets from a native provider's failed Response", async () => {
    const failed = JSON.stringify({
      id: 'resp_1',
      object: 'response',
      status: 'failed',
      output: [],
      error: { code: 'server_error', message: 'key sk-secret was refused' },
    });
    const provider = new Provider(config, scripted(reply(200, failed)).transport);
    const response = await provider.responses({ model: 'm', input: 'hi' }, new AbortController().signal);
    expect((response.error as { message: string }).message).toBe('key [redacted] was refused');
  });
});
