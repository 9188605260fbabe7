import { describe, expect, it } from 'vitest';
import type { ProviderConfig } from '../../src/config.js';
import { SecretScrubber } from '../../src/providers/secrets.js';

const provider = (over: Partial<ProviderConfig>): ProviderConfig => ({
  name: 'p',
  baseURL: 'http://upstream.test/v1',
  apiKey: '',
  headers: {},
  timeoutMs: 1000,
  idleTimeoutMs: 1000,
  maxRetries: 0,
  nativeResponses: false,
  contextWindows: {},
  ...over,
});

describe('SecretScrubber', () => {
  const scrubber = SecretScrubber.fromConfig([
    provider({ apiKey: 'sk-first-provider-key' }),
    provider({
      name: 'q',
      baseURL: 'https://user:hunter2-password@proxy.test/v1',
      headers: {
        Authorization: 'Bearer tok-0123456789',
        'X-Org': 'org-visible-value',
        'api-key': 'azure-key-123',
      },
    }),
  ]);

  it("removes every provider's key, credential header values (and a bearer's token) and base URL passwords", () => {
    expect(
      scrubber.scrub(
        'keys sk-first-provider-key, Bearer tok-0123456789, tok-0123456789, azure-key-123, hunter2-password',
      ),
    ).toBe('keys [redacted], [redacted], [redacted], [redacted], [redacted]');
  });

  it('leaves other header values and short values alone', () => {
    expect(scrubber.scrub('org-visible-value')).toBe('org-visible-value');
    expect(SecretScrubber.fromConfig([provider({ apiKey: 'short' })]).scrub('a short word')).toBe(
      'a short word',
    );
  });

  it('scrubs bytes only when a secret is in them, returning the same chunk otherwise', () => {
    const clean = new TextEncoder().encode('data: {"content":"hello"}\n\n');
    expect(scrubber.scrubBytes(clean)).toBe(clean);
    const leaked = new TextEncoder().encode(
      'data: {"error":{"message":"bad key sk-first-provider-key"}}\n\n',
    );
    expect(Buffer.from(scrubber.scrubBytes(leaked)).toString()).toBe(
      'data: {"error":{"message":"bad key [redacted]"}}\n\n',
    );
  });
});
