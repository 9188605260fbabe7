import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTING, type ProviderConfig } from '../../src/config.js';
import { ApiError } from '../../src/errors.js';
import { createLogger } from '../../src/logger.js';
import { Provider } from '../../src/providers/provider.js';
import { Router } from '../../src/providers/router.js';

const provider = (name: string) =>
  new Provider(
    {
      name,
      baseURL: `http://${name}.test/v1`,
      apiKey: '',
      headers: {},
      timeoutMs: 1000,
      idleTimeoutMs: 1000,
      maxRetries: 0,
      nativeResponses: false,
      contextWindows: {},
      models: ['m'],
    } satisfies ProviderConfig,
    () => Promise.reject(new Error('no transport')),
  );

const a = provider('a');
const b = provider('b');
const routing = { ...DEFAULT_ROUTING, backoffMs: 1, breaker: { failures: 2, coolOffMs: 1000 } };
const alias = {
  name: 'smart',
  hidden: true,
  defaults: { temperature: 0 },
  targets: [
    { deployments: [{ provider: 'a', model: 'm', weight: 1 }], balance: 'least_in_flight' as const },
    { deployments: [{ provider: 'b', model: 'm', weight: 1 }], balance: 'least_in_flight' as const },
  ],
};

function router(now = () => 0) {
  return new Router([a, b], a, 60_000, createLogger('silent'), { aliases: [alias], routing, now });
}

describe('Router', () => {
  it('retries each target retries+1 times, then fails over in order', async () => {
    const r = router();
    const plan = await r.resolve('smart');
    expect(plan.defaults).toEqual({ temperature: 0 });
    const seen: string[] = [];
    const value = await r.call(plan, new AbortController().signal, async ({ route }) => {
      seen.push(route.provider.name);
      if (route.provider === a) throw new ApiError(502, 'x', 'server_error');
      return 'ok';
    });
    expect(value).toBe('ok');
    expect(seen).toEqual(['a', 'a', 'b']);
  });

  it('does not retry a 4xx', async () => {
    const r = router();
    let n = 0;
    await expect(
      r.call(await r.resolve('smart'), new AbortController().signal, async () => {
        n++;
        throw new ApiError(400, 'bad', 'invalid_request_error');
      }),
    ).rejects.toMatchObject({ status: 400 });
    expect(n).toBe(1);
  });

  it('hides the alias targets ids, and a down breaker gives 503', async () => {
    let t = 0;
    const r = router(() => t);
    await expect(r.resolve('a/m')).rejects.toMatchObject({ status: 404, code: 'model_not_found' });
    expect((await r.listModels()).map((m) => m.id)).toEqual(['smart']);
    const plan = await r.resolve('smart');
    const fail = async () => {
      throw new ApiError(503, 'down', 'server_error');
    };
    await expect(r.call(plan, new AbortController().signal, fail)).rejects.toMatchObject({ status: 503 });
    expect(r.health().map((h) => h.state)).toEqual(['down', 'down']);
    await expect(r.call(plan, new AbortController().signal, fail)).rejects.toMatchObject({
      code: 'provider_unavailable',
    });
    t = 2000;
    await r.call(plan, new AbortController().signal, async () => 'ok');
    expect(r.health()[0]!.state).toBe('up');
  });
});
