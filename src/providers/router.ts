/**
 * The router (issue 13): resolves ids (plain "provider/model", bare ids, aliases from `models:`) to
 * plans, and runs attempts on them with retries, backoff with jitter, Retry-After, failover and a
 * per-provider breaker. A 429 is retried and failed over but does not trip the breaker: the
 * provider is up, only busy.
 */
import type { Logger } from 'pino';
import type { AliasConfig, RoutingConfig } from '../config.js';
import { DEFAULT_ROUTING } from '../config.js';
import { ApiError, notFound, serviceUnavailable } from '../errors.js';
import { Breaker } from './breaker.js';
import type { Provider, UpstreamModel } from './provider.js';
import type {
  Attempt,
  CallOptions,
  Deployment,
  GatewayModel,
  ProviderHealth,
  RouteOptions,
  RoutePlan,
  Routing,
  Target,
} from './routing.js';
import { UpstreamAborted } from './upstream-errors.js';

interface CacheEntry {
  expires: number;
  models: Promise<UpstreamModel[]>;
}

const FAILURE_TTL_MS = 5_000;
const MAX_BACKOFF_MS = 8_000;

const modelNotFound = (model: string) =>
  notFound(
    `The model '${model}' does not exist or you do not have access to it.`,
    'model',
    'model_not_found',
  );

/** Whether a failure may be retried or failed over. */
export function retryableError(error: unknown): error is ApiError {
  return error instanceof ApiError && (error.status === 429 || error.status >= 500);
}

/** The upstream's Retry-After (retry-after-ms first), in ms, if it sent one. */
export function retryAfterMs(error: ApiError): number | undefined {
  const h = error.headers ?? {};
  const ms = Number.parseFloat(h['retry-after-ms'] ?? '');
  if (!Number.isNaN(ms)) return Math.max(0, ms);
  const after = h['retry-after'];
  if (!after) return undefined;
  const s = Number.parseFloat(after);
  const wait = Number.isNaN(s) ? Date.parse(after) - Date.now() : s * 1000;
  return Number.isFinite(wait) ? Math.max(0, wait) : undefined;
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

export interface RouterOptions {
  aliases?: readonly AliasConfig[];
  routing?: RoutingConfig;
  /** The breakers' clock (tests). */
  now?: () => number;
  random?: () => number;
}

export class Router implements Routing {
  private readonly byName: Map<string, Provider>;
  private readonly cache = new Map<string, CacheEntry>();
  private readonly startedAt = Math.floor(Date.now() / 1000);
  private readonly breakers = new Map<string, Breaker>();
  private readonly inFlight = new Map<Deployment, number>();
  private readonly aliases = new Map<string, AliasConfig>();
  private readonly hidden = new Set<string>();
  private readonly routing: RoutingConfig;
  private readonly random: () => number;

  constructor(
    readonly providers: readonly Provider[],
    readonly defaultProvider: Provider,
    private readonly ttlMs: number,
    private readonly log: Logger,
    options: RouterOptions = {},
  ) {
    this.byName = new Map(providers.map((p) => [p.name, p]));
    this.routing = options.routing ?? DEFAULT_ROUTING;
    this.random = options.random ?? Math.random;
    for (const p of providers)
      this.breakers.set(p.name, new Breaker(p.name, this.routing.breaker, options.now));
    for (const alias of options.aliases ?? []) {
      this.aliases.set(alias.name, alias);
      if (alias.hidden)
        for (const t of alias.targets)
          for (const d of t.deployments) this.hidden.add(`${d.provider}/${d.model}`);
    }
  }

  hasProvider(name: string): boolean {
    return this.byName.has(name);
  }

  health(): ProviderHealth[] {
    return this.providers.map((p) => this.breakers.get(p.name)!.health());
  }

  private plainPlan(asked: string, provider: Provider, upstreamModel: string): RoutePlan {
    return {
      asked,
      targets: [{ deployments: [{ provider, upstreamModel, weight: 1 }], balance: 'least_in_flight' }],
      defaults: {},
      settings: {},
      nativeResponses: provider.nativeResponses,
      contextWindow: provider.contextWindow(upstreamModel),
    };
  }

  async resolve(model: string, options: RouteOptions = {}): Promise<RoutePlan> {
    if (options.provider) {
      const provider = this.byName.get(options.provider);
      if (!provider) throw modelNotFound(model);
      if (this.hidden.has(`${provider.name}/${model}`)) throw modelNotFound(model);
      this.checked(provider, model, model);
      return this.plainPlan(model, provider, model);
    }
    const alias = this.aliases.get(model);
    if (alias) return this.aliasPlan(model, alias);
    if (this.hidden.has(model)) throw modelNotFound(model);
    const { provider, upstreamModel } = await this.route(model);
    return this.plainPlan(model, provider, upstreamModel);
  }

  private aliasPlan(asked: string, alias: AliasConfig): RoutePlan {
    const targets: Target[] = alias.targets.map((t) => ({
      balance: t.balance,
      deployments: t.deployments.map((d) => ({
        provider: this.byName.get(d.provider)!,
        upstreamModel: d.model,
        weight: d.weight,
      })),
    }));
    // An entry named like "provider/model" adds fallbacks to that model: the model itself first.
    const slash = asked.indexOf('/');
    const own = slash > 0 ? this.byName.get(asked.slice(0, slash)) : undefined;
    if (own) {
      const upstreamModel = asked.slice(slash + 1);
      const listed = targets.some((t) =>
        t.deployments.some((d) => d.provider === own && d.upstreamModel === upstreamModel),
      );
      if (!listed)
        targets.unshift({
          balance: 'least_in_flight',
          deployments: [{ provider: own, upstreamModel, weight: 1 }],
        });
    }
    const all = targets.flatMap((t) => t.deployments);
    const first = all[0]!;
    return {
      asked,
      targets,
      defaults: alias.defaults,
      settings: {
        contextWindow: alias.contextWindow,
        nativeResponses: alias.nativeResponses,
        tools: alias.tools,
        vision: alias.vision,
        embeddingDimensions: alias.embeddingDimensions,
      },
      nativeResponses: alias.nativeResponses ?? all.every((d) => d.provider.nativeResponses),
      contextWindow: alias.contextWindow ?? first.provider.contextWindow(first.upstreamModel),
    };
  }

  /** "provider/model" goes to that provider; a bare id to the provider that lists it, else the default. */
  async route(model: string): Promise<{ provider: Provider; upstreamModel: string }> {
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

  private checked(provider: Provider, upstreamModel: string, asked: string) {
    if (provider.staticModels && !provider.staticModels.includes(upstreamModel)) throw modelNotFound(asked);
    return { provider, upstreamModel };
  }

  /** A deployment of the target whose provider's breaker lets a request through, or undefined. */
  private pick(target: Target): Deployment | undefined {
    const open = target.deployments.filter((d) => this.breakers.get(d.provider.name)!.available());
    if (open.length === 0) return undefined;
    let chosen: Deployment;
    if (target.balance === 'weighted') {
      const total = open.reduce((n, d) => n + d.weight, 0);
      let r = this.random() * total;
      chosen = open.find((d) => (r -= d.weight) < 0) ?? open[open.length - 1]!;
    } else {
      chosen = open.reduce((a, b) => ((this.inFlight.get(b) ?? 0) < (this.inFlight.get(a) ?? 0) ? b : a));
    }
    return this.breakers.get(chosen.provider.name)!.allow() ? chosen : undefined;
  }

  async call<T>(
    plan: RoutePlan,
    signal: AbortSignal,
    attempt: (attempt: Attempt) => Promise<T>,
    options: CallOptions = {},
  ): Promise<T> {
    let last: unknown;
    let tried = false;
    for (const target of plan.targets) {
      for (let n = 0; n <= this.routing.retries; n++) {
        const deployment = this.pick(target);
        if (!deployment) break;
        tried = true;
        const breaker = this.breakers.get(deployment.provider.name)!;
        this.inFlight.set(deployment, (this.inFlight.get(deployment) ?? 0) + 1);
        let held = false;
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          this.inFlight.set(deployment, (this.inFlight.get(deployment) ?? 1) - 1);
        };
        try {
          const route = { provider: deployment.provider, upstreamModel: deployment.upstreamModel };
          const value = await attempt({
            route,
            hold: () => {
              held = true;
              return release;
            },
          });
          breaker.success();
          options.onRoute?.(route);
          return value;
        } catch (error) {
          if (error instanceof UpstreamAborted || signal.aborted || !retryableError(error)) {
            if (error instanceof ApiError && error.status < 500 && error.status !== 429) breaker.success();
            throw error;
          }
          last = error;
          if (error.status !== 429) breaker.failure();
          else breaker.success();
          this.log.warn(
            { provider: deployment.provider.name, status: error.status },
            'upstream attempt failed',
          );
          if (n === this.routing.retries) break;
          const after = retryAfterMs(error);
          if (after !== undefined && after > this.routing.retryAfterCapMs) break;
          const backoff =
            Math.min(this.routing.backoffMs * 2 ** n, MAX_BACKOFF_MS) * (1 - this.random() * 0.25);
          await pause(after ?? backoff, signal);
          if (signal.aborted) throw new UpstreamAborted();
        } finally {
          if (!held) release();
        }
      }
    }
    if (!tried || last === undefined) {
      const error = serviceUnavailable(
        `Every provider of the model '${plan.asked}' is unavailable; try again later.`,
        'provider_unavailable',
      );
      const at = Math.max(
        ...plan.targets
          .flatMap((t) => t.deployments)
          .map((d) => this.breakers.get(d.provider.name)!.nextProbeAt),
      );
      error.headers = { 'retry-after': String(Math.max(1, Math.ceil((at - Date.now()) / 1000))) };
      throw error;
    }
    throw last;
  }

  async listModels(options: RouteOptions = {}): Promise<GatewayModel[]> {
    const lists = await Promise.all(
      this.providers
        .filter((p) => !options.provider || p.name === options.provider)
        .map(async (provider) =>
          (await this.modelsOf(provider))
            .filter((m) => !this.hidden.has(`${provider.name}/${m.id}`))
            .map((m): GatewayModel => ({
              id: options.provider ? m.id : `${provider.name}/${m.id}`,
              object: 'model',
              created: m.created,
              owned_by: m.owned_by,
            })),
        ),
    );
    const models = lists.flat();
    if (!options.provider) {
      const ids = new Set(models.map((m) => m.id));
      for (const name of this.aliases.keys())
        if (!ids.has(name))
          models.push({ id: name, object: 'model', created: this.startedAt, owned_by: 'gateway' });
    }
    return models;
  }

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
