/** A provider for engine tests: model "m" on a made-up base URL, served by whatever fetch the test gives. */
import type { ProviderConfig } from '../../src/config.js';
import { Provider } from '../../src/providers/provider.js';
import { fetchTransport } from '../../src/providers/transport.js';

export const FAKE_PROVIDER: ProviderConfig = {
  name: 'fake',
  baseURL: 'http://upstream.test/v1',
  apiKey: '',
  headers: {},
  timeoutMs: 10_000,
  idleTimeoutMs: 10_000,
  maxRetries: 0,
  models: ['m'],
  nativeResponses: false,
  contextWindows: {},
};

export function fakeProvider(fetch: typeof globalThis.fetch, config: Partial<ProviderConfig> = {}): Provider {
  return new Provider({ ...FAKE_PROVIDER, ...config }, fetchTransport(fetch));
}
