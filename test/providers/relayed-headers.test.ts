import { describe, expect, it } from 'vitest';
import { relayedHeaders } from '../../src/providers/relayed-headers.js';

describe('relayedHeaders', () => {
  it('keeps retry-after, retry-after-ms and x-ratelimit-* from WHATWG headers, nothing else', () => {
    const headers = new Headers({
      'Retry-After': '7',
      'retry-after-ms': '7000',
      'x-ratelimit-remaining-tokens': '0',
      'set-cookie': 'a=b',
      'content-type': 'application/json',
      'x-request-id': 'up-1',
    });
    expect(relayedHeaders(headers)).toEqual({
      'retry-after': '7',
      'retry-after-ms': '7000',
      'x-ratelimit-remaining-tokens': '0',
    });
  });

  it("reads node's header records (undici) and says undefined when there is nothing to relay", () => {
    expect(relayedHeaders({ 'x-ratelimit-limit-requests': ['60', '61'], server: 'x' })).toEqual({
      'x-ratelimit-limit-requests': '60, 61',
    });
    expect(relayedHeaders({ server: 'x' })).toBeUndefined();
    expect(relayedHeaders(undefined)).toBeUndefined();
  });
});
