import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, expandEnv, loadConfig } from '../src/config.js';

function yamlFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gw-config-')), 'gateway.yaml');
  writeFileSync(path, text);
  return path;
}

describe('loadConfig', () => {
  it('defaults to one "openai" provider from OPENAI_* and SQLite under ./data', () => {
    const config = loadConfig({ OPENAI_API_KEY: 'sk-1' });
    expect(config.providers).toEqual([
      expect.objectContaining({
        name: 'openai',
        baseURL: 'https://api.openai.com/v1',
        apiKey: 'sk-1',
        maxRetries: 0,
      }),
    ]);
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBe('sqlite:./data/gateway.db');
    expect(config.defaultProvider).toBe('openai');
  });

  it('reads providers from YAML with ${VAR} and ${VAR:-default} expansion', () => {
    const path = yamlFile(`
server: { port: 9000 }
default_provider: local
providers:
  - name: openai
    base_url: https://api.openai.com/v1/
    api_key: \${OPENAI_API_KEY}
    headers: { OpenAI-Organization: "\${ORG:-org-default}" }
    timeout: 30
  - name: local
    base_url: http://localhost:11434/v1
    models: [llama3.2]
`);
    const config = loadConfig({ OPENAI_API_KEY: 'sk-yaml' }, ['--config', path]);
    expect(config.port).toBe(9000);
    expect(config.defaultProvider).toBe('local');
    expect(config.providers[0]).toMatchObject({
      baseURL: 'https://api.openai.com/v1',
      apiKey: 'sk-yaml',
      headers: { 'OpenAI-Organization': 'org-default' },
      timeoutMs: 30_000,
    });
    expect(config.providers[1]).toMatchObject({ name: 'local', apiKey: '', models: ['llama3.2'] });
    expect(loadConfig({ OPENAI_API_KEY: 'x', GATEWAY_CONFIG: path }).providers).toHaveLength(2);
  });

  it('reads the Responses settings: context windows, native Responses, idle timeout, background concurrency', () => {
    const path = yamlFile(`
background_concurrency: 4
providers:
  - name: ollama
    base_url: http://localhost:11434/v1
    idle_timeout: 5
    context_window: 8192
    context_windows: { llama3.2: 131072 }
  - name: openai
    base_url: https://api.openai.com/v1
    native_responses: true
`);
    const config = loadConfig({}, ['--config', path]);
    expect(config.backgroundConcurrency).toBe(4);
    expect(config.providers[0]).toMatchObject({
      idleTimeoutMs: 5000,
      nativeResponses: false,
      contextWindows: { 'llama3.2': 131072, '*': 8192 },
    });
    expect(config.providers[1]).toMatchObject({
      nativeResponses: true,
      contextWindows: {},
      idleTimeoutMs: 120_000,
    });
    const zero = loadConfig({
      OPENAI_CONTEXT_WINDOW: '4096',
      OPENAI_NATIVE_RESPONSES: 'true',
      OPENAI_IDLE_TIMEOUT: '0.5',
      BACKGROUND_CONCURRENCY: '2',
    });
    expect(zero.providers[0]).toMatchObject({
      contextWindows: { '*': 4096 },
      nativeResponses: true,
      idleTimeoutMs: 500,
    });
    expect(zero.backgroundConcurrency).toBe(2);
    expect(() =>
      loadConfig({}, ['--config', yamlFile('providers: [{ name: a, base_url: x, context_windows: [1] }]')]),
    ).toThrow(/context_windows must be a mapping/);
  });

  it('reads the bound on model calls per response (at least 1) from env or YAML', () => {
    expect(loadConfig({}).maxModelCalls).toBe(8);
    expect(loadConfig({ MAX_MODEL_CALLS: '3' }).maxModelCalls).toBe(3);
    expect(loadConfig({ MAX_MODEL_CALLS: '0' }).maxModelCalls).toBe(1);
    expect(loadConfig({}, ['--config', yamlFile('max_model_calls: 5\n')]).maxModelCalls).toBe(5);
  });

  it('reads the background lease and sweep period (seconds, more than zero) from env or YAML', () => {
    const defaults = loadConfig({});
    expect([defaults.backgroundLeaseMs, defaults.backgroundSweepMs]).toEqual([30_000, 5_000]);
    const fromEnv = loadConfig({ BACKGROUND_LEASE: '10', BACKGROUND_SWEEP: '0.5' });
    expect([fromEnv.backgroundLeaseMs, fromEnv.backgroundSweepMs]).toEqual([10_000, 500]);
    const path = yamlFile('background_lease: 12\nbackground_sweep: 3\n');
    const fromYaml = loadConfig({}, ['--config', path]);
    expect([fromYaml.backgroundLeaseMs, fromYaml.backgroundSweepMs]).toEqual([12_000, 3_000]);
    // The environment wins over the file, as for the other settings.
    expect(loadConfig({ BACKGROUND_LEASE: '7' }, ['--config', path]).backgroundLeaseMs).toBe(7_000);
    expect(() => loadConfig({ BACKGROUND_LEASE: '0' })).toThrow(
      /background_lease must be more than 0 seconds/,
    );
    expect(() => loadConfig({ BACKGROUND_SWEEP: '-1' })).toThrow(
      /background_sweep must be a non-negative number/,
    );
    expect(() => loadConfig({ BACKGROUND_SWEEP: 'often' })).toThrow(/background_sweep/);
  });

  it('reads the WebSocket lifetime (minutes, more than zero) and lane cap from env or YAML', () => {
    const defaults = loadConfig({});
    expect([defaults.websocketMaxAgeMs, defaults.websocketMaxStreams]).toEqual([3_600_000, 16]);
    const path = yamlFile('websocket: { max_minutes: 5, max_streams: 4 }\n');
    const fromYaml = loadConfig({}, ['--config', path]);
    expect([fromYaml.websocketMaxAgeMs, fromYaml.websocketMaxStreams]).toEqual([300_000, 4]);
    const fromEnv = loadConfig({ WEBSOCKET_MAX_MINUTES: '0.5', WEBSOCKET_MAX_STREAMS: '0' }, [
      '--config',
      path,
    ]);
    expect([fromEnv.websocketMaxAgeMs, fromEnv.websocketMaxStreams]).toEqual([30_000, 1]);
    expect(() => loadConfig({ WEBSOCKET_MAX_MINUTES: '0' })).toThrow(
      /websocket.max_minutes must be more than 0 minutes/,
    );
  });

  it('reads the WebSocket heartbeat (seconds, more than zero) from env or YAML', () => {
    expect(loadConfig({}).websocketHeartbeatMs).toBe(30_000);
    const path = yamlFile('websocket: { heartbeat: 10 }\n');
    expect(loadConfig({}, ['--config', path]).websocketHeartbeatMs).toBe(10_000);
    expect(loadConfig({ WEBSOCKET_HEARTBEAT: '0.5' }, ['--config', path]).websocketHeartbeatMs).toBe(500);
    expect(() => loadConfig({ WEBSOCKET_HEARTBEAT: '0' })).toThrow(/websocket.heartbeat must be more than 0/);
  });

  it('keeps files beside the SQLite database or in PostgreSQL unless told where, and bounds uploads', () => {
    const defaults = loadConfig({});
    expect(defaults.filesDir).toBe(join('data', 'files'));
    expect(defaults.maxUploadBytes).toBe(512 * 1024 * 1024);
    expect(loadConfig({ DATABASE_URL: 'sqlite:/srv/gw/db.sqlite' }).filesDir).toBe('/srv/gw/files');
    // An in-memory database gets a temporary folder from the gateway (undefined here).
    expect(loadConfig({ DATABASE_URL: 'sqlite::memory:' }).filesDir).toBeUndefined();
    // PostgreSQL keeps the bytes in the database, unless a folder (shared by the replicas) is named.
    expect(loadConfig({ DATABASE_URL: 'postgres://db/gw' }).filesDir).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: 'postgres://db/gw', FILES_DIR: '/mnt/shared' }).filesDir).toBe(
      '/mnt/shared',
    );
    const fromEnv = loadConfig({ FILES_DIR: '/tmp/uploads', FILES_MAX_UPLOAD_MB: '2' });
    expect(fromEnv.filesDir).toBe('/tmp/uploads');
    expect(fromEnv.maxUploadBytes).toBe(2 * 1024 * 1024);
    const fromYaml = loadConfig({}, ['--config', yamlFile('files: { dir: /var/files, max_upload_mb: 8 }')]);
    expect(fromYaml.filesDir).toBe('/var/files');
    expect(fromYaml.maxUploadBytes).toBe(8 * 1024 * 1024);
  });

  it('takes the database connect timeout in seconds from DATABASE_CONNECT_TIMEOUT or YAML (5 s by default)', () => {
    expect(loadConfig({}).databaseConnectTimeoutMs).toBe(5000);
    const path = yamlFile('database_connect_timeout: 2\n');
    expect(loadConfig({}, ['--config', path]).databaseConnectTimeoutMs).toBe(2000);
    expect(loadConfig({ DATABASE_CONNECT_TIMEOUT: '0.5' }, ['--config', path]).databaseConnectTimeoutMs).toBe(
      500,
    );
    for (const bad of ['0', '-1', 'soon'])
      expect(() => loadConfig({ DATABASE_CONNECT_TIMEOUT: bad })).toThrow(ConfigError);
  });

  it('sizes the database pool from DATABASE_POOL_SIZE or YAML (a whole number of at least 1)', () => {
    expect(loadConfig({}).databasePoolSize).toBe(10);
    const path = yamlFile('database_pool_size: 4\n');
    expect(loadConfig({}, ['--config', path]).databasePoolSize).toBe(4);
    expect(loadConfig({ DATABASE_POOL_SIZE: '25' }, ['--config', path]).databasePoolSize).toBe(25);
    for (const bad of ['0', '2.5', '-1'])
      expect(() => loadConfig({ DATABASE_POOL_SIZE: bad })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(
      /database_pool_size must be a whole number of at least 1/,
    );
  });

  it('refuses a DATABASE_URL of a kind it cannot open, as a config error', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://localhost/db' })).toThrow(ConfigError);
  });

  it('says which variable is missing, and rejects duplicate or unknown providers', () => {
    expect(() => expandEnv({ a: ['${NOPE}'] }, {})).toThrow(
      /config\.a\[0\]: environment variable NOPE is not set/,
    );
    const twice = yamlFile(
      'providers: [{ name: a, base_url: "http://x" }, { name: a, base_url: "http://y" }]',
    );
    expect(() => loadConfig({}, [`--config=${twice}`])).toThrow(/defined twice/);
    const unknown = yamlFile('default_provider: b\nproviders: [{ name: a, base_url: "http://x" }]');
    expect(() => loadConfig({}, ['--config', unknown])).toThrow(ConfigError);
    expect(() => loadConfig({}, ['--config', '/no/such/file.yaml'])).toThrow(/cannot read config file/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/server.port must be a non-negative number/);
  });

  it('has no web search backend unless a URL is given; WEB_SEARCH_* win over web_search', () => {
    expect(loadConfig({}).webSearch).toBeUndefined();
    const fromYaml = loadConfig({}, [
      '--config',
      yamlFile('web_search: { url: "http://search.local:8888/", timeout: 3, max_results: 8, offline: true }'),
    ]);
    expect(fromYaml.webSearch).toEqual({
      url: 'http://search.local:8888',
      timeoutMs: 3000,
      maxResults: 8,
      offline: true,
    });
    expect(
      loadConfig({ WEB_SEARCH_URL: 'https://s.example', WEB_SEARCH_MAX_RESULTS: '2' }).webSearch,
    ).toEqual({
      url: 'https://s.example',
      timeoutMs: 10_000,
      maxResults: 2,
      offline: false,
    });
    expect(() => loadConfig({ WEB_SEARCH_URL: 'ftp://s.example' })).toThrow(/http\(s\) URL/);
    expect(() => loadConfig({ WEB_SEARCH_URL: 'http://s', WEB_SEARCH_MAX_RESULTS: '0' })).toThrow(
      /at least 1/,
    );
    expect(() => loadConfig({ WEB_SEARCH_URL: 'http://s', WEB_SEARCH_TIMEOUT: '0' })).toThrow(/more than 0/);
    expect(() => loadConfig({}, ['--config', yamlFile('web_search: [a]')])).toThrow(/must be a mapping/);
  });
});
