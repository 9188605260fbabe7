/**
 * The provider registry: routes a model id to a provider, and lists every provider's models as
 * "provider/model" ids, cached with a TTL. A provider that is down is skipped and logged.
 */
import type { Logger } from 'pino';
import { notFound } from '../errors.js';
import type { Provider, UpstreamModel } from './provider.js';
import type {
  Attempt,
  CallOptions,
  GatewayModel,
  ProviderHealth,
  Route,
  RouteOptions,
  RoutePlan,
  Routing,
} from './routing.js';

export type { GatewayModel, Route } from './routing.js';

interface CacheEntry {
  expires: number;
  models: Promise<UpstreamModel[]>;
}

/** How long a failed listing is remembered, so a provider that is down is not asked on every call. */
const FAILURE_TTL_MS = 5_000;

const modelNotFound = (model: string) =>
  notFound(
    `The model '${model}' does not exist or you do not have access to it.`,
    'model',
    'model_not_found',
  );

/**
 * STAND-IN (issue 13, replaced by router.ts): the Routing seam over the old one-provider-per-model
 * registry, so call sites can move to Routing while the real router is built.
 */
export class ProviderRegistry implements Routing {
  private readonly byName: Map<string, Provider>;
  private readonly cache = new Map<string, CacheEntry>();
  private readonly startedAt = Math.floor(Date.now() / 1000);

  constructor(
    readonly providers: readonly Provider[],
    readonly defaultProvider: Provider,
    private readonly ttlMs: number,
    private readonly log: Logger,
  ) {
    this.byName = new Map(providers.map((p) => [p.name, p]));
  }

  hasProvider(name: string): boolean {
    return this.byName.has(name);
  }

  health(): ProviderHealth[] {
    return this.providers.map((p) => ({ name: p.name, state: 'up', consecutive_failures: 0 }));
  }

  async resolve(model: string, options: RouteOptions = {}): Promise<RoutePlan> {
    const route = options.provider
      ? this.checked(this.byName.get(options.provider)!, model, model)
      : await this.route(model);
    return {
      asked: model,
      targets: [{ deployments: [{ ...route, weight: 1 }], balance: 'least_in_flight' }],
      defaults: {},
      settings: {},
      nativeResponses: route.provider.nativeResponses,
      contextWindow: route.provider.contextWindow(route.upstreamModel),
    };
  }

  async call<T>(
    plan: RoutePlan,
    _signal: AbortSignal,
    attempt: (attempt: Attempt) => Promise<T>,
    options: CallOptions = {},
  ): Promise<T> {
    const route = plan.targets[0]!.deployments[0]!;
    const value = await attempt({ route, hold: () => () => undefined });
    options.onRoute?.(route);
    return value;
  }

  /** "provider/model" goes to that provider; a bare id to the provider that lists it, else the default. */
  async route(model: string): Promise<Route> {
    const slash = model.indexOf('/');
    if (slash > 0) {
      const provider = this.byName.get(model.slice(0, slash));
      if (provider) return this.checked(provider, model.slice(slash + 1), model);
    }
    if (this.providers.length > 1) {
      for (const provider of this.providers) {
        if ((await this.modelsOf(provider)).some((m) => m.id === model))
          return { provider, upstreamModel: model };
      }
    }
    return this.checked(this.defaultProvider, model, model);
  }

  private checked(provider: Provider, upstreamModel: string, asked: string): Route {
    if (provider.staticModels && !provider.staticModels.includes(upstreamModel)) throw modelNotFound(asked);
    return { provider, upstreamModel };
  }

  async listModels(options: RouteOptions = {}): Promise<GatewayModel[]> {
    const lists = await Promise.all(
      this.providers
        .filter((p) => !options.provider || p.name === options.provider)
        .map(async (provider) =>
          (await this.modelsOf(provider)).map((m): GatewayModel => ({
            id: options.provider ? m.id : `${provider.name}/${m.id}`,
            object: 'model',
            created: m.created,
            owned_by: m.owned_by,
          })),
        ),
    );
    return lists.flat();
  }

  /** By "provider/model", or by bare id when exactly one provider lists it. */
  async findModel(id: string, options: RouteOptions = {}): Promise<GatewayModel> {
    const models = await this.listModels(options);
    const exact = models.find((m) => m.id === id);
    if (exact) return exact;
    const bare = models.filter((m) => m.id.slice(m.id.indexOf('/') + 1) === id);
    if (bare.length === 1) return bare[0]!;
    if (bare.length > 1) {
      throw notFound(
        `The model '${id}' is served by several providers; use one of: ${bare.map((m) => m.id).join(', ')}.`,
        'model',
        'model_ambiguous',
      );
    }
    throw modelNotFound(id);
  }

  private modelsOf(provider: Provider): Promise<UpstreamModel[]> {
    if (provider.staticModels) {
      return Promise.resolve(
        provider.staticModels.map((id) => ({ id, created: this.startedAt, owned_by: provider.name })),
      );
    }
    const now = Date.now();
    const cached = this.cache.get(provider.name);
    if (cached && cached.expires > now) return cached.models;
    const entry: CacheEntry = { expires: now + this.ttlMs, models: provider.listModels() };
    entry.models = entry.models.catch((error: unknown) => {
      this.log.warn({ provider: provider.name, err: error }, 'provider model listing failed; skipping it');
      entry.expires = Date.now() + Math.min(FAILURE_TTL_MS, this.ttlMs);
      return [];
    });
    this.cache.set(provider.name, entry);
    return entry.models;
  }
}
