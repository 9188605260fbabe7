import { describe, expect, it } from 'vitest';
import { SecretScrubber } from '../../src/providers/secrets.js';
import {
  isReply,
  notAReply,
  transportError,
  upstreamStatusError,
  upstreamStreamError,
} from '../../src/providers/upstream-errors.js';

const upstream = {
  name: 'p',
  timeoutMs: 600_000,
  idleTimeoutMs: 120_000,
  secrets: new SecretScrubber(['sk-secret-key-1']),
};

describe('upstream error mapping', () => {
  it('keeps a 4xx envelope (scrubbed), with the rate-limit headers', () => {
    const error = upstreamStatusError(
      upstream,
      429,
      {
        error: {
          message: 'slow down, sk-secret-key-1',
          type: 'requests',
          param: null,
          code: 'rate_limit_exceeded',
        },
      },
      { 'retry-after': '3', server: 'x' },
    );
    expect(error.toJSON().error).toEqual({
      message: 'slow down, [redacted]',
      type: 'requests',
      param: null,
      code: 'rate_limit_exceeded',
    });
    expect(error.status).toBe(429);
    expect(error.headers).toEqual({ 'retry-after': '3' });
  });

  it('reports 401 and 403 as the gateway failing (502 upstream_auth_failed), 5xx as 502', () => {
    for (const status of [401, 403]) {
      const error = upstreamStatusError(upstream, status, { error: { message: 'Incorrect API key' } });
      expect(error).toMatchObject({ status: 502, code: 'upstream_auth_failed' });
      expect(error.message).toBe(
        `Provider "p" refused the gateway's credentials (status ${status}): Incorrect API key`,
      );
    }
    const html = upstreamStatusError(upstream, 500, '<html>' + 'x'.repeat(5000) + '</html>');
    expect(html).toMatchObject({ status: 502, code: 'upstream_error' });
    expect(html.message.length).toBeLessThan(1100);
  });

  it('reads a bare {message} body, a string error and a numeric code', () => {
    expect(upstreamStatusError(upstream, 400, { message: 'plain' }).message).toBe('plain');
    expect(upstreamStatusError(upstream, 400, { error: 'just a string' }).message).toBe('just a string');
    expect(upstreamStatusError(upstream, 400, { error: { message: 'm', code: 42 } }).code).toBe('42');
    expect(upstreamStatusError(upstream, 404, undefined).message).toBe('status 404');
  });

  it('an error event in a started stream is a 502 whatever it says', () => {
    expect(upstreamStreamError(upstream, { message: 'boom' })).toMatchObject({ status: 502 });
  });

  it('knows a reply by its shape', () => {
    expect(isReply('chat completion', { choices: [] })).toBe(true);
    expect(isReply('chat completion', { foo: 1 })).toBe(false);
    expect(isReply('chat completion', 'text')).toBe(false);
    expect(isReply('embedding list', { data: [] })).toBe(true);
    expect(isReply('response', [])).toBe(false);
    expect(notAReply(upstream, 'response', { error: { message: 'overloaded' } }).message).toBe(
      'Provider "p" answered with no response: overloaded',
    );
  });

  it('names the limit that fired from undici codes, a few causes deep', () => {
    const wrapped = (code: string) => ({ message: 'fetch failed', cause: { cause: { code } } });
    expect(transportError(upstream, wrapped('UND_ERR_HEADERS_TIMEOUT'))?.message).toMatch(
      /sent no response headers within 600 s/,
    );
    expect(transportError(upstream, wrapped('UND_ERR_BODY_TIMEOUT'))?.message).toMatch(
      /sent nothing for 120 s/,
    );
    expect(transportError(upstream, wrapped('UND_ERR_CONNECT_TIMEOUT'))).toMatchObject({
      status: 502,
      code: 'upstream_unreachable',
    });
    expect(transportError(upstream, new Error('other'))).toBeUndefined();
  });
});
