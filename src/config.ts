/**
 * The one config loader: environment variables, optionally a YAML file (--config or GATEWAY_CONFIG)
 * with ${VAR} / ${VAR:-default} expansion. Zero-config is one provider "openai" from OPENAI_BASE_URL
 * and OPENAI_API_KEY.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { defaultFilesDir, parseLocation } from './store/location.js';
import { DEFAULT_MAX_MODEL_CALLS } from './engine/responses/loop.js';

export interface ProviderConfig {
  name: string;
  baseURL: string;
  apiKey: string;
  headers: Record<string, string>;
  /** Upstream time to response headers, in milliseconds. */
  timeoutMs: number;
  /** Longest silence allowed between two pieces of an upstream body (a stalled stream), in milliseconds. */
  idleTimeoutMs: number;
  maxRetries: number;
  /** A static model list: when set, the provider is not asked for its models and serves only these. */
  models?: string[];
  /** The provider speaks /v1/responses itself: Responses requests are forwarded, not translated. */
  nativeResponses: boolean;
  /** Context window in tokens by upstream model id, for truncation; `*` is the provider's default. */
  contextWindows: Record<string, number>;
  /** Time to a connection, in milliseconds (parsed only; wired elsewhere). */
  connectTimeoutMs?: number;
  /** A whole call's limit, in milliseconds (parsed only; wired elsewhere). */
  totalTimeoutMs?: number;
}

/** One target of an alias: one deployment, or several balanced. */
export interface AliasTargetConfig {
  deployments: { provider: string; model: string; weight: number }[];
  balance: 'least_in_flight' | 'weighted';
}

/** A `models:` entry. */
export interface AliasConfig {
  name: string;
  targets: AliasTargetConfig[];
  defaults: Record<string, unknown>;
  hidden: boolean;
  contextWindow?: number;
  nativeResponses?: boolean;
  tools?: boolean;
  vision?: boolean;
  embeddingDimensions?: number;
}

export interface RoutingConfig {
  retries: number;
  backoffMs: number;
  retryAfterCapMs: number;
  breaker: { failures: number; coolOffMs: number };
}

export const DEFAULT_ROUTING: RoutingConfig = {
  retries: 1,
  backoffMs: 250,
  retryAfterCapMs: 30_000,
  breaker: { failures: 5, coolOffMs: 30_000 },
};

export interface GatewayConfig {
  host: string;
  port: number;
  databaseUrl: string;
  /** How many connections a pooled database (PostgreSQL) opens at most per process. */
  databasePoolSize: number;
  /** How long a query waits for a database connection before it fails, in milliseconds. */
  databaseConnectTimeoutMs: number;
  logLevel: string;
  bodyLimitBytes: number;
  shutdownTimeoutMs: number;
  modelsCacheTtlMs: number;
  defaultProvider: string;
  providers: ProviderConfig[];
  /** The `models:` list: aliases and settings of provider models. */
  aliases: AliasConfig[];
  routing: RoutingConfig;
  /** Validate every reply against openapi.yaml (tests turn this on; it costs time on the hot path). */
  validateResponses: boolean;
  /** How many background responses one process runs at once. */
  backgroundConcurrency: number;
  /**
   * How long a run's lease holds without renewal (it is renewed every third of it): after a crash,
   * a response stays in progress until its lease runs out and a sweep finds it.
   */
  backgroundLeaseMs: number;
  /** How often each process looks for runs whose lease ran out. */
  backgroundSweepMs: number;
  /** How many vector store files one process ingests at once (with the background lease and sweep). */
  ingestConcurrency: number;
  /** At most this many model calls per response (the run loop's bound, with hosted tools). */
  maxModelCalls: number;
  /**
   * The folder uploaded files' bytes are kept in; undefined keeps them in PostgreSQL's database, or
   * with an in-memory SQLite database in a temporary folder.
   */
  filesDir: string | undefined;
  maxUploadBytes: number;
  /** The search backend of the hosted web_search tool; without one the tool is not offered. */
  webSearch: WebSearchConfig | undefined;
  /** The embedding model of new vector stores; without one they are searched by keyword only. */
  embeddings: EmbeddingsConfig | undefined;
  /** How long a WebSocket connection takes new responses (Open Responses' limit is 60 minutes). */
  websocketMaxAgeMs: number;
  /** How many lanes (stream_id) of one WebSocket connection may have responses at once. */
  websocketMaxStreams: number;
  /** How often each WebSocket connection is pinged; one that missed the last pong is dropped. */
  websocketHeartbeatMs: number;
}

/** A SearXNG-compatible JSON search endpoint (`GET <url>/search?q=…&format=json`). */
export interface WebSearchConfig {
  url: string;
  /** The whole search call (headers and body), in milliseconds. */
  timeoutMs: number;
  /** Results given to the model per search at search_context_size "medium". */
  maxResults: number;
  /**
   * The backend answers from its own index without fetching the live web (a cache, a private
   * index): it may also serve tools sent with `external_web_access: false`.
   */
  offline: boolean;
}

/** The model vector stores' chunks and queries are embedded with (through the provider registry). */
export interface EmbeddingsConfig {
  /** A model id the registry routes, e.g. `openai/text-embedding-3-small`. */
  model: string;
  /** Inputs per embeddings call. */
  batchSize: number;
  /** Tokens per embeddings call; undefined: the Embedder's default (under OpenAI's 300,000). */
  maxBatchTokens: number | undefined;
  /** The length of the model's vectors, if known; otherwise learnt from one call when a store is created. */
  dimensions: number | undefined;
}

/** OpenAI's limit on inputs per embeddings request. */
const MAX_EMBEDDING_BATCH = 2048;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const DEFAULT_TIMEOUT_S = 600;
const DEFAULT_IDLE_TIMEOUT_S = 120;

/** Replaces ${VAR} and ${VAR:-default} in every string of a parsed YAML document. */
export function expandEnv(value: unknown, env: NodeJS.ProcessEnv, at = 'config'): unknown {
  if (typeof value === 'string') {
    return value.replace(
      /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g,
      (_, name: string, fallback?: string) => {
        const found = env[name];
        if (found !== undefined && found !== '') return found;
        if (fallback !== undefined) return fallback;
        throw new ConfigError(
          `${at}: environment variable ${name} is not set (write \${${name}:-} to allow empty)`,
        );
      },
    );
  }
  if (Array.isArray(value)) return value.map((v, i) => expandEnv(v, env, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandEnv(v, env, `${at}.${k}`)]));
  }
  return value;
}

function str(value: unknown, at: string, fallback?: string): string {
  if (value === undefined || value === null) {
    if (fallback !== undefined) return fallback;
    throw new ConfigError(`${at} is required`);
  }
  if (typeof value !== 'string' && typeof value !== 'number') throw new ConfigError(`${at} must be a string`);
  return String(value);
}

function num(value: unknown, at: string, fallback: number): number {
  if (value === undefined || value === null || value === '') return fallback;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new ConfigError(`${at} must be a non-negative number, got ${String(value)}`);
  return n;
}

const bool = (value: unknown) => value === true || value === 'true';

/** A number that must be more than zero (a lease, period or lifetime of zero would never hold). */
function positive(value: unknown, at: string, fallback: number, unit: string): number {
  const n = num(value, at, fallback);
  if (n === 0) throw new ConfigError(`${at} must be more than 0 ${unit}`);
  return n;
}

/** A number of seconds, more than zero, in milliseconds. */
function positiveSeconds(value: unknown, at: string, fallback: number): number {
  return positive(value, at, fallback, 'seconds') * 1000;
}

function parseProvider(raw: unknown, at: string): ProviderConfig {
  if (!raw || typeof raw !== 'object') throw new ConfigError(`${at} must be a mapping`);
  const p = raw as Record<string, unknown>;
  const name = str(p.name, `${at}.name`);
  if (!/^[A-Za-z0-9_.-]+$/.test(name))
    throw new ConfigError(`${at}.name must be letters, digits, '.', '_' or '-'`);
  const headers = (p.headers ?? {}) as Record<string, unknown>;
  if (typeof headers !== 'object' || Array.isArray(headers))
    throw new ConfigError(`${at}.headers must be a mapping`);
  let models: string[] | undefined;
  if (p.models !== undefined) {
    if (!Array.isArray(p.models)) throw new ConfigError(`${at}.models must be a list of model ids`);
    models = p.models.map((m, i) => str(m, `${at}.models[${i}]`));
  }
  const windows = (p.context_windows ?? {}) as Record<string, unknown>;
  if (typeof windows !== 'object' || Array.isArray(windows))
    throw new ConfigError(`${at}.context_windows must be a mapping of model id to tokens`);
  const contextWindows = Object.fromEntries(
    Object.entries(windows).map(([m, n]) => [m, num(n, `${at}.context_windows.${m}`, 0)]),
  );
  if (p.context_window !== undefined && p.context_window !== '')
    contextWindows['*'] = num(p.context_window, `${at}.context_window`, 0);
  return {
    name,
    baseURL: str(p.base_url, `${at}.base_url`).replace(/\/+$/, ''),
    apiKey: str(p.api_key, `${at}.api_key`, ''),
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, str(v, `${at}.headers.${k}`)])),
    timeoutMs: num(p.timeout, `${at}.timeout`, DEFAULT_TIMEOUT_S) * 1000,
    idleTimeoutMs: num(p.idle_timeout, `${at}.idle_timeout`, DEFAULT_IDLE_TIMEOUT_S) * 1000,
    maxRetries: num(p.max_retries, `${at}.max_retries`, 0),
    models,
    nativeResponses: bool(p.native_responses),
    contextWindows,
    ...(p.connect_timeout !== undefined && {
      connectTimeoutMs: positiveSeconds(p.connect_timeout, `${at}.connect_timeout`, 1),
    }),
    ...(p.total_timeout !== undefined && {
      totalTimeoutMs: positiveSeconds(p.total_timeout, `${at}.total_timeout`, 1),
    }),
  };
}

function parseTarget(raw: unknown, at: string, providers: Set<string>): AliasTargetConfig {
  const deployment = (d: unknown, where: string) => {
    let provider: string;
    let model: string;
    let weight = 1;
    if (typeof d === 'string') {
      const slash = d.indexOf('/');
      if (slash <= 0) throw new ConfigError(`${where} must be "provider/model"`);
      provider = d.slice(0, slash);
      model = d.slice(slash + 1);
    } else if (d && typeof d === 'object') {
      const o = d as Record<string, unknown>;
      provider = str(o.provider, `${where}.provider`);
      model = str(o.model, `${where}.model`);
      weight = num(o.weight, `${where}.weight`, 1);
    } else throw new ConfigError(`${where} must be "provider/model" or a mapping`);
    if (!providers.has(provider)) throw new ConfigError(`${where}: unknown provider "${provider}"`);
    return { provider, model, weight };
  };
  if (raw && typeof raw === 'object' && 'deployments' in raw) {
    const o = raw as Record<string, unknown>;
    if (!Array.isArray(o.deployments) || o.deployments.length === 0)
      throw new ConfigError(`${at}.deployments must be a non-empty list`);
    const balance = o.balance ?? 'least_in_flight';
    if (balance !== 'least_in_flight' && balance !== 'weighted')
      throw new ConfigError(`${at}.balance must be least_in_flight or weighted, got ${String(balance)}`);
    return {
      deployments: o.deployments.map((d, i) => deployment(d, `${at}.deployments[${i}]`)),
      balance,
    };
  }
  return { deployments: [deployment(raw, at)], balance: 'least_in_flight' };
}

export function parseAliases(raw: unknown, providers: Set<string>): AliasConfig[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new ConfigError('models must be a list');
  const seen = new Set<string>();
  return raw.map((entry, i) => {
    const at = `models[${i}]`;
    if (!entry || typeof entry !== 'object') throw new ConfigError(`${at} must be a mapping`);
    const e = entry as Record<string, unknown>;
    const name = str(e.name, `${at}.name`);
    if (seen.has(name)) throw new ConfigError(`${at}.name: alias "${name}" is defined twice`);
    seen.add(name);
    if (!Array.isArray(e.targets) || e.targets.length === 0)
      throw new ConfigError(`${at}.targets must be a non-empty list`);
    const defaults = e.defaults ?? {};
    if (typeof defaults !== 'object' || Array.isArray(defaults))
      throw new ConfigError(`${at}.defaults must be a mapping`);
    const opt = (v: unknown, where: string) => (v === undefined ? undefined : num(v, where, 0));
    const flag = (v: unknown) => (v === undefined ? undefined : bool(v));
    return {
      name,
      targets: e.targets.map((t, j) => parseTarget(t, `${at}.targets[${j}]`, providers)),
      defaults: defaults as Record<string, unknown>,
      hidden: bool(e.hidden),
      contextWindow: opt(e.context_window, `${at}.context_window`),
      nativeResponses: flag(e.native_responses),
      tools: flag(e.tools),
      vision: flag(e.vision),
      embeddingDimensions: opt(e.embedding_dimensions, `${at}.embedding_dimensions`),
    };
  });
}

export function parseRouting(raw: unknown): RoutingConfig {
  if (raw === undefined || raw === null) return DEFAULT_ROUTING;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError('routing must be a mapping');
  const r = raw as Record<string, unknown>;
  const b = (r.breaker ?? {}) as Record<string, unknown>;
  if (typeof b !== 'object' || Array.isArray(b)) throw new ConfigError('routing.breaker must be a mapping');
  return {
    retries: Math.floor(num(r.retries, 'routing.retries', DEFAULT_ROUTING.retries)),
    backoffMs: num(r.backoff_ms, 'routing.backoff_ms', DEFAULT_ROUTING.backoffMs),
    retryAfterCapMs: num(r.retry_after_cap, 'routing.retry_after_cap', 30) * 1000,
    breaker: {
      failures: positiveInteger(b.failures, 'routing.breaker.failures', 5),
      coolOffMs: num(b.cool_off, 'routing.breaker.cool_off', 30) * 1000,
    },
  };
}

/**
 * FILES_DIR, else the store's default for the database (undefined: the store's own place, PostgreSQL's
 * database itself or a temp dir for SQLite in memory).
 */
function filesDir(configured: unknown, databaseUrl: string): string | undefined {
  if (configured !== undefined && configured !== '') return str(configured, 'files.dir');
  try {
    return defaultFilesDir(parseLocation(databaseUrl));
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

/** A whole number of at least 1 (a count: of connections in a pool, of search results). */
function positiveInteger(value: unknown, at: string, fallback: number): number {
  const n = num(value, at, fallback);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`${at} must be a whole number of at least 1`);
  return n;
}

/** WEB_SEARCH_* over the YAML file's web_search section; no URL, no backend. */
function webSearch(raw: unknown, env: NodeJS.ProcessEnv): WebSearchConfig | undefined {
  if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw)))
    throw new ConfigError('web_search must be a mapping');
  const section = (raw ?? {}) as Record<string, unknown>;
  const url = env.WEB_SEARCH_URL ?? section.url;
  if (url === undefined || url === '') return undefined;
  const base = str(url, 'web_search.url').replace(/\/+$/, '');
  if (!URL.canParse(base) || !/^https?:$/.test(new URL(base).protocol))
    throw new ConfigError(`web_search.url must be an http(s) URL, got ${base}`);
  const maxResults = positiveInteger(
    env.WEB_SEARCH_MAX_RESULTS ?? section.max_results,
    'web_search.max_results',
    5,
  );
  return {
    url: base,
    timeoutMs: positiveSeconds(env.WEB_SEARCH_TIMEOUT ?? section.timeout, 'web_search.timeout', 10),
    maxResults,
    offline: bool(env.WEB_SEARCH_OFFLINE ?? section.offline),
  };
}

/** EMBEDDING_* over the YAML file's embeddings section; no model, no embeddings. */
function embeddings(raw: unknown, env: NodeJS.ProcessEnv): EmbeddingsConfig | undefined {
  if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw)))
    throw new ConfigError('embeddings must be a mapping');
  const section = (raw ?? {}) as Record<string, unknown>;
  const model = env.EMBEDDING_MODEL || section.model;
  if (model === undefined || model === null || model === '') return undefined;
  const batchSize = positiveInteger(
    env.EMBEDDING_BATCH_SIZE || section.batch_size,
    'embeddings.batch_size',
    64,
  );
  if (batchSize > MAX_EMBEDDING_BATCH)
    throw new ConfigError(`embeddings.batch_size must be at most ${MAX_EMBEDDING_BATCH}, got ${batchSize}`);
  const dimensions = env.EMBEDDING_DIMENSIONS || section.dimensions;
  const maxBatchTokens = env.EMBEDDING_MAX_BATCH_TOKENS || section.max_batch_tokens;
  return {
    model: str(model, 'embeddings.model'),
    batchSize,
    maxBatchTokens:
      maxBatchTokens === undefined || maxBatchTokens === null
        ? undefined
        : positiveInteger(maxBatchTokens, 'embeddings.max_batch_tokens', 1),
    dimensions:
      dimensions === undefined || dimensions === null
        ? undefined
        : positiveInteger(dimensions, 'embeddings.dimensions', 1),
  };
}

function configPath(argv: string[], env: NodeJS.ProcessEnv): string | undefined {
  const i = argv.findIndex((a) => a === '--config' || a.startsWith('--config='));
  if (i === -1) return env.GATEWAY_CONFIG || undefined;
  const arg = argv[i]!;
  const path = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
  if (!path) throw new ConfigError('--config needs a file path');
  return path;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = []): GatewayConfig {
  const path = configPath(argv, env);
  let file: Record<string, unknown> = {};
  if (path) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new ConfigError(`cannot read config file ${path}: ${(error as Error).message}`);
    }
    file = (expandEnv(parse(text) ?? {}, env) ?? {}) as Record<string, unknown>;
  }
  const server = (file.server ?? {}) as Record<string, unknown>;
  const filesSection = (file.files ?? {}) as Record<string, unknown>;
  const websocket = (file.websocket ?? {}) as Record<string, unknown>;

  let providers: ProviderConfig[];
  if (file.providers !== undefined) {
    if (!Array.isArray(file.providers) || file.providers.length === 0) {
      throw new ConfigError('providers must be a non-empty list');
    }
    providers = file.providers.map((p, i) => parseProvider(p, `providers[${i}]`));
  } else {
    providers = [
      parseProvider(
        {
          name: 'openai',
          base_url: env.OPENAI_BASE_URL || 'https://api.openai.com/v1',
          api_key: env.OPENAI_API_KEY ?? '',
          timeout: env.OPENAI_TIMEOUT,
          idle_timeout: env.OPENAI_IDLE_TIMEOUT,
          max_retries: env.OPENAI_MAX_RETRIES,
          context_window: env.OPENAI_CONTEXT_WINDOW,
          native_responses: env.OPENAI_NATIVE_RESPONSES,
        },
        'OPENAI_*',
      ),
    ];
  }
  const names = new Set<string>();
  for (const p of providers) {
    if (names.has(p.name)) throw new ConfigError(`provider "${p.name}" is defined twice`);
    names.add(p.name);
  }
  const defaultProvider = str(file.default_provider, 'default_provider', providers[0]!.name);
  if (!names.has(defaultProvider))
    throw new ConfigError(`default_provider "${defaultProvider}" is not a provider`);

  const databaseUrl = str(env.DATABASE_URL ?? file.database_url, 'database_url', 'sqlite:./data/gateway.db');
  return {
    host: str(env.HOST ?? server.host, 'server.host', '0.0.0.0'),
    port: num(env.PORT ?? server.port, 'server.port', 8080),
    databaseUrl,
    databasePoolSize: positiveInteger(
      env.DATABASE_POOL_SIZE ?? file.database_pool_size,
      'database_pool_size',
      10,
    ),
    databaseConnectTimeoutMs: positiveSeconds(
      env.DATABASE_CONNECT_TIMEOUT ?? file.database_connect_timeout,
      'database_connect_timeout',
      5,
    ),
    logLevel: str(env.LOG_LEVEL ?? file.log_level, 'log_level', 'info'),
    bodyLimitBytes: num(env.BODY_LIMIT_MB ?? server.body_limit_mb, 'server.body_limit_mb', 20) * 1024 * 1024,
    shutdownTimeoutMs:
      num(env.SHUTDOWN_TIMEOUT ?? server.shutdown_timeout, 'server.shutdown_timeout', 30) * 1000,
    modelsCacheTtlMs: num(env.MODELS_CACHE_TTL ?? file.models_cache_ttl, 'models_cache_ttl', 60) * 1000,
    defaultProvider,
    providers,
    aliases: parseAliases(file.models, names),
    routing: parseRouting(file.routing),
    validateResponses: env.VALIDATE_RESPONSES === 'true',
    backgroundConcurrency: Math.max(
      1,
      num(env.BACKGROUND_CONCURRENCY ?? file.background_concurrency, 'background_concurrency', 16),
    ),
    backgroundLeaseMs: positiveSeconds(env.BACKGROUND_LEASE ?? file.background_lease, 'background_lease', 30),
    backgroundSweepMs: positiveSeconds(env.BACKGROUND_SWEEP ?? file.background_sweep, 'background_sweep', 5),
    ingestConcurrency: Math.max(
      1,
      num(env.INGEST_CONCURRENCY ?? file.ingest_concurrency, 'ingest_concurrency', 2),
    ),
    maxModelCalls: Math.max(
      1,
      Math.floor(
        num(env.MAX_MODEL_CALLS ?? file.max_model_calls, 'max_model_calls', DEFAULT_MAX_MODEL_CALLS),
      ),
    ),
    filesDir: filesDir(env.FILES_DIR ?? filesSection.dir, databaseUrl),
    // Whole bytes: a fractional MB (0.001) is a valid setting, but multer takes only an integer limit.
    maxUploadBytes: Math.floor(
      num(env.FILES_MAX_UPLOAD_MB ?? filesSection.max_upload_mb, 'files.max_upload_mb', 512) * 1024 * 1024,
    ),
    webSearch: webSearch(file.web_search, env),
    embeddings: embeddings(file.embeddings, env),
    websocketMaxAgeMs:
      positive(env.WEBSOCKET_MAX_MINUTES ?? websocket.max_minutes, 'websocket.max_minutes', 60, 'minutes') *
      60_000,
    websocketMaxStreams: Math.max(
      1,
      num(env.WEBSOCKET_MAX_STREAMS ?? websocket.max_streams, 'websocket.max_streams', 16),
    ),
    websocketHeartbeatMs: positiveSeconds(
      env.WEBSOCKET_HEARTBEAT ?? websocket.heartbeat,
      'websocket.heartbeat',
      30,
    ),
  };
}
