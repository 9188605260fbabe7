/** The composition root: builds providers, store, handlers and the app from a config, and runs them. */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { hostname } from 'node:os';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { GatewayConfig } from './config.js';
import { BackgroundRunner, type RunnerOptions } from './engine/background.js';
import { ResponsesEngine, type EngineOptions } from './engine/responses/engine.js';
import { FileSearch } from './engine/tools/file-search.js';
import { storeFileSearch } from './engine/tools/file-search-store.js';
import { HostedTools, type HostedTool } from './engine/tools/hosted.js';
import { retrievalOf } from './engine/vector-stores/retrieval-adapter.js';
import { Embedder } from './retrieval/embed.js';
import type { Retrieval } from './engine/vector-stores/retrieval.js';
import { vectorStoresOf } from './engine/vector-stores/wiring.js';
import { WebSearch } from './engine/tools/web-search.js';
import { createHandlers } from './handlers/index.js';
import { responseTurns } from './handlers/responses.js';
import { Provider } from './providers/provider.js';
import { ProviderRegistry } from './providers/registry.js';
import { SecretScrubber } from './providers/secrets.js';
import { createPool, fetchTransport, undiciTransport } from './providers/transport.js';
import { SearxngBackend } from './providers/web-search.js';
import { createListener } from './server/app.js';
import { contract } from './server/contract.js';
import type { UnionExplainer } from './server/union-errors.js';
import { acceptWebSockets, type WebSocketTransport } from './server/websocket.js';
import { FileStore } from './store/files.js';
import { openStore, type Store } from './store/index.js';
import { VERSION } from './version.js';

export interface Gateway {
  readonly app: Express;
  readonly store: Store;
  readonly providers: ProviderRegistry;
  readonly responses: ResponsesEngine;
  readonly files: FileStore;
  listen(port?: number, host?: string): Promise<AddressInfo>;
  /** Stops accepting, lets in-flight requests and streams finish (bounded), closes the store. */
  close(): Promise<void>;
}

export interface GatewayOptions {
  /** How providers are called; defaults to undici on a keep-alive pool. */
  fetch?: typeof globalThis.fetch;
  /** Lease and polling periods of the Responses engine (tests shorten them). */
  engine?: Partial<EngineOptions>;
  runner?: Partial<RunnerOptions>;
  /** Vector store ingestion: its runner's periods and lease (tests shorten them), parts of retrieval replaced. */
  ingestion?: Partial<RunnerOptions> & { leaseMs?: number; retrieval?: Partial<Retrieval> };
  /** Tools the gateway runs itself (engine/tools/hosted.ts), besides those the config sets up. */
  hostedTools?: readonly HostedTool[];
  /** false: every request goes through express, the fast lane's operations too (for parity tests). */
  fastLane?: boolean;
}

export async function createGateway(
  config: GatewayConfig,
  log: Logger,
  options: GatewayOptions = {},
): Promise<Gateway> {
  // First: a database that cannot be opened fails start-up before any pool or timer exists.
  const store = await openStore(config.databaseUrl, {
    filesDir: config.filesDir,
    poolSize: config.databasePoolSize,
    connectTimeoutMs: config.databaseConnectTimeoutMs,
    onError: (error) => log.warn({ err: error }, 'database connection error'),
  });
  const pools = options.fetch ? [] : config.providers.map((p) => createPool(p.baseURL));
  const secrets = SecretScrubber.fromConfig(config.providers);
  const providerList = config.providers.map(
    (p, i) =>
      new Provider(p, options.fetch ? fetchTransport(options.fetch) : undiciTransport(pools[i]!), {
        log,
        secrets,
      }),
  );
  const providers = new ProviderRegistry(
    providerList,
    providerList.find((p) => p.name === config.defaultProvider)!,
    config.modelsCacheTtlMs,
    log,
  );
  // Its own pool, never the test's fetch: a search backend is a real server even in tests.
  const searchPool = config.webSearch && createPool(config.webSearch.url);
  const webSearch =
    config.webSearch && searchPool
      ? new SearxngBackend(config.webSearch, undiciTransport(searchPool))
      : undefined;
  const files = new FileStore(store.files, store.blobs);
  // One Embedder for ingestion and every search (file_search's too); without a configured model it
  // still embeds the queries of stores created under an earlier one.
  const embedder = new Embedder(providers, config.embeddings ?? { batchSize: 64 });
  const fileSearch = new FileSearch(
    storeFileSearch({ vectorStores: store.vectorStores, chunks: store.chunks, files, embedder }),
  );
  const owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const responses = new ResponsesEngine(
    providers,
    store,
    files,
    {
      owner,
      leaseMs: config.backgroundLeaseMs,
      followPollMs: 1_000,
      maxModelCalls: config.maxModelCalls,
      ...options.engine,
    },
    new HostedTools([new WebSearch(webSearch), fileSearch, ...(options.hostedTools ?? [])]),
  );
  const runner = new BackgroundRunner(
    responses.jobs,
    {
      concurrency: config.backgroundConcurrency,
      pollMs: 1_000,
      sweepMs: config.backgroundSweepMs,
      ...options.runner,
    },
    log.child({ component: 'background' }),
  );
  runner.start();
  const { retrieval, leaseMs: ingestLeaseMs, ...ingestRunner } = options.ingestion ?? {};
  const vectorStores = vectorStoresOf(
    store,
    files,
    {
      retrieval: {
        ...retrievalOf({
          chunks: store.chunks,
          vectorStores: store.vectorStores,
          files,
          embedder,
          embeddings: config.embeddings,
        }),
        ...retrieval,
      },
      owner,
      leaseMs: ingestLeaseMs ?? config.backgroundLeaseMs,
      runner: {
        concurrency: config.ingestConcurrency,
        pollMs: 1_000,
        sweepMs: config.backgroundSweepMs,
        ...ingestRunner,
      },
      sweepMs: 600_000,
    },
    log,
  );
  vectorStores.start();
  // Expired files are invisible at once; their rows and bytes go at start-up and every ten minutes.
  const purgeFiles = () =>
    void files
      .purgeExpired((tenant, id) => vectorStores.service.files.detachEverywhere(tenant, id))
      .catch((error: unknown) => log.error({ err: error }, 'purging expired files failed'));
  purgeFiles();
  const filePurger = setInterval(purgeFiles, 600_000).unref();
  const deps = { providers, store, responses, files, vectorStores: vectorStores.service, version: VERSION };
  const handlers = createHandlers(deps);
  const { app, listener } = createListener({
    handlers,
    log,
    bodyLimitBytes: config.bodyLimitBytes,
    validateResponses: config.validateResponses,
    uploads: { dir: files.incomingDir, maxFileBytes: config.maxUploadBytes },
    fastLane: options.fastLane,
  });
  let server: Server | undefined;
  let sockets: WebSocketTransport | undefined;
  let closing: Promise<void> | undefined;

  return {
    app,
    store,
    providers,
    responses,
    files,
    listen(port = config.port, host = config.host) {
      return new Promise((resolve, reject) => {
        server = createServer(listener);
        server.keepAliveTimeout = 65_000;
        sockets = acceptWebSockets(server, {
          log,
          createTurn: responseTurns(deps),
          maxMessageBytes: config.bodyLimitBytes,
          maxStreams: config.websocketMaxStreams,
          maxAgeMs: config.websocketMaxAgeMs,
          heartbeatMs: config.websocketHeartbeatMs,
          contract: contract(),
          explainer: app.locals.unionExplainer as UnionExplainer,
        });
        server.once('error', reject);
        server.listen(port, host, () => resolve(server!.address() as AddressInfo));
      });
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        // Connections that finish their last request while we wait are closed as they go idle.
        const reaper = setInterval(() => server?.closeIdleConnections(), 50);
        const done = () => {
          clearInterval(reaper);
          clearInterval(filePurger);
          clearTimeout(timer);
          // Background runs may outlive the HTTP server; their leases bound how long they are missed.
          void Promise.all([
            runner.stop(config.shutdownTimeoutMs),
            vectorStores.stop(config.shutdownTimeoutMs),
          ])
            .then(() => store.close())
            .catch((error: unknown) => log.error({ err: error }, 'closing the store failed'))
            .finally(() => {
              for (const pool of pools) void pool.close();
              void searchPool?.close();
              resolve();
            });
        };
        const timer = setTimeout(() => {
          log.warn('shutdown timeout: closing the connections still open');
          server?.closeAllConnections();
        }, config.shutdownTimeoutMs);
        timer.unref();
        if (!server) return done();
        server.close(() => done());
        server.closeIdleConnections();
        // Upgraded sockets are no longer the HTTP server's: their responses finish, then they close.
        void sockets?.close(config.shutdownTimeoutMs);
      });
      return closing;
    },
  };
}
