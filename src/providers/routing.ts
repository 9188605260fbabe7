/**
 * Routing's seam: what the engine, the handlers, the embedder and the Ollama layer ask of it. A
 * model id (a "provider/model", a bare id or an alias) resolves to a plan: its targets in fallback
 * order, each one deployment or several balanced ones. `call` runs one attempt at a time on that
 * plan (retries, backoff with jitter, Retry-After, the breaker) and resolves with the first success.
 */
import type { Provider } from './provider.js';

/** One deployment chosen for one attempt: the provider and the id it knows the model by. */
export interface Route {
  provider: Provider;
  /** The id the provider knows the model by. */
  upstreamModel: string;
}

export interface Deployment extends Route {
  /** Its share under `balance: weighted` (1 unless configured). */
  weight: number;
}

/** One entry of a fallback list: a deployment, or several of one model balanced as one. */
export interface Target {
  deployments: readonly Deployment[];
  balance: 'least_in_flight' | 'weighted';
}

/** Per-model settings from the config; what is not set comes from the provider. */
export interface ModelSettings {
  contextWindow?: number;
  nativeResponses?: boolean;
  tools?: boolean;
  vision?: boolean;
  embeddingDimensions?: number;
}

export interface RoutePlan {
  /** The id the client asked for (a Response's `model` stays this). */
  asked: string;
  /** In fallback order; never empty. */
  targets: readonly Target[];
  /** Request parameters the client did not send take these (an alias's `defaults`). */
  defaults: Readonly<Record<string, unknown>>;
  settings: ModelSettings;
  /**
   * Whether the plan's calls go to /v1/responses as they are: the alias's setting, else true only
   * when every deployment's provider speaks Responses itself (all of them speak chat completions).
   */
  nativeResponses: boolean;
  /** The model's context window in tokens: the alias's, else the first deployment's provider's. */
  contextWindow: number | undefined;
}

export interface RouteOptions {
  /** The provider a `/{provider}/v1/…` path fixed: the id is then that provider's own. */
  provider?: string | undefined;
}

/** What one attempt is given. */
export interface Attempt {
  route: Route;
  /**
   * Keeps the deployment counted in flight after the attempt resolved (a stream still being read,
   * for least-in-flight balancing); call the function it returns once, when done.
   */
  hold(): () => void;
}

export interface CallOptions {
  /** Told which deployment answered, once one did (the reply's `x-gateway-provider`). */
  onRoute?: (route: Route) => void;
}

export interface GatewayModel {
  id: string;
  object: 'model';
  created: number;
  owned_by: string;
}

export type BreakerState = 'up' | 'down' | 'probing';

export interface ProviderHealth {
  name: string;
  state: BreakerState;
  /** Failures in a row (reset by a success). */
  consecutive_failures: number;
  /** While down: when the provider will next be probed (Unix seconds). */
  retry_at?: number;
}

export interface Routing {
  /** Every configured provider, in config order. */
  readonly providers: readonly Provider[];
  /** A plan for the id, or the OpenAI 404 (model_not_found) when nothing public has that name. */
  resolve(model: string, options?: RouteOptions): Promise<RoutePlan>;
  /**
   * Runs `attempt` on the plan's targets in order, skipping providers that are down, retrying and
   * falling over on connect errors, timeouts, 429 and 5xx (never other 4xx, never the client's own
   * abort). A stream attempt resolves only once its first piece arrived (see firstPiece), so a
   * stream fails over only before anything reached the client.
   */
  call<T>(
    plan: RoutePlan,
    signal: AbortSignal,
    attempt: (attempt: Attempt) => Promise<T>,
    options?: CallOptions,
  ): Promise<T>;
  /** Every public model id (aliases included; with a provider, only its own ids, unprefixed). */
  listModels(options?: RouteOptions): Promise<GatewayModel[]>;
  findModel(id: string, options?: RouteOptions): Promise<GatewayModel>;
  /** Whether a provider of that name is configured (an unknown `/{provider}/v1` is a 404). */
  hasProvider(name: string): boolean;
  /** Each provider's breaker state, for GET /health and /ready. */
  health(): ProviderHealth[];
}
