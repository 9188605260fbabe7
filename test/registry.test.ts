import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import type { Provider, UpstreamModel } from '../src/providers/provider.js';
import { ProviderRegistry } from '../src/providers/registry.js';

function fakeProvider(name: string, models: UpstreamModel[] | Error, staticModels?: string[]) {
  let calls = 0;
  const provider = {
    name,
    staticModels,
    listModels: async () => {
      calls++;
      if (models instanceof Error) throw models;
      return models;
    },
  } as unknown as Provider;
  return { provider, calls: () => calls };
}

const model = (id: string): UpstreamModel => ({ id, created: 1, owned_by: 'x' });

describe('ProviderRegistry', () => {
  it('caches model listings for the TTL, and skips a provider that is down', async () => {
    const a = fakeProvider('a', [model('m1')]);
    const down = fakeProvider('down', new Error('ECONNREFUSED'));
    const registry = new ProviderRegistry(
      [a.provider, down.provider],
      a.provider,
      60_000,
      createLogger('silent'),
    );
    expect((await registry.listModels()).map((m) => m.id)).toEqual(['a/m1']);
    await registry.listModels();
    expect(a.calls()).toBe(1);
    expect(down.calls()).toBe(1);
  });

  it('routes prefixed ids, bare ids by listing, and unknown bare ids to the default', async () => {
    const a = fakeProvider('a', [model('m1')]);
    const b = fakeProvider('b', [model('org/m2')]);
    const registry = new ProviderRegistry(
      [a.provider, b.provider],
      a.provider,
      60_000,
      createLogger('silent'),
    );
    expect(await registry.route('b/m1')).toMatchObject({ provider: b.provider, upstreamModel: 'm1' });
    expect(await registry.route('org/m2')).toMatchObject({ provider: b.provider, upstreamModel: 'org/m2' });
    expect(await registry.route('other')).toMatchObject({ provider: a.provider, upstreamModel: 'other' });
  });

  it('with one provider, routes without asking it for its models', async () => {
    const only = fakeProvider('only', [model('m1')]);
    const registry = new ProviderRegistry([only.provider], only.provider, 60_000, createLogger('silent'));
    await registry.route('anything');
    expect(only.calls()).toBe(0);
  });

  it('serves only the static list of a provider that has one', async () => {
    const local = fakeProvider('local', [], ['llama3']);
    const registry = new ProviderRegistry([local.provider], local.provider, 60_000, createLogger('silent'));
    await expect(registry.route('local/other')).rejects.toMatchObject({
      status: 404,
      code: 'model_not_found',
    });
    expect((await registry.findModel('llama3')).id).toBe('local/llama3');
    expect(local.calls()).toBe(0);
  });
});
