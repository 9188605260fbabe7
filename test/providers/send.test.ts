import { describe, expect, it } from 'vitest';
import type { ProviderConfig } from '../../src/config.js';
import { ApiError } from '../../src/errors.js';
import { Provider } from '../../src/providers/provider.js';
import type { Transport, UpstreamReply } from '../../src/providers/transport.js';

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
});
