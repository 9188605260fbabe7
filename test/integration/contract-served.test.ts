/**
 * GET /openapi.json and /openapi.yaml serve openapi.yaml itself, `servers` aside, which names the
 * origin the client reached; GET /docs and its files are served from swagger-ui-dist, nothing else.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servedAt } from '../../src/handlers/openapi.js';
import { startStack, type Stack } from './stack.js';

const source = readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8');
const contract = parse(source) as Record<string, unknown>;
const swaggerUi = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ VALIDATE_RESPONSES: 'true' });
});

afterAll(() => stack.close());

/** GET with headers fetch() will not send (Host). */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, stack.base);
    request(url, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    })
      .on('error', reject)
      .end();
  });
}

const withoutServers = ({ servers: _servers, ...rest }: Record<string, unknown>) => rest;

describe('GET /openapi.json', () => {
  it('is openapi.yaml as JSON, with servers naming the gateway as reached', async () => {
    const reply = await fetch(`${stack.base}/openapi.json`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const served = (await reply.json()) as Record<string, unknown>;
    expect(withoutServers(served)).toEqual(withoutServers(contract));
    expect(served.servers).toEqual([{ url: stack.base }]);
  });

  it('names the origin a reverse proxy reports', async () => {
    const reply = await fetch(`${stack.base}/openapi.json`, {
      headers: { 'x-forwarded-host': 'api.example.com, proxy.internal', 'x-forwarded-proto': 'https' },
    });
    expect(((await reply.json()) as { servers: unknown }).servers).toEqual([
      { url: 'https://api.example.com' },
    ]);
  });

  it('keeps the relative / of openapi.yaml when no usable host was sent', async () => {
    const reply = await get('/openapi.json', { host: 'evil"host/<script>' });
    expect(reply.status).toBe(200);
    expect((JSON.parse(reply.body) as { servers: unknown }).servers).toEqual(contract.servers);
  });
});

describe('GET /openapi.yaml', () => {
  it('is openapi.yaml as written, only servers replaced', async () => {
    const reply = await fetch(`${stack.base}/openapi.yaml`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/yaml; charset=utf-8');
    const text = await reply.text();
    const served = parse(text) as Record<string, unknown>;
    expect(withoutServers(served)).toEqual(withoutServers(contract));
    expect(served.servers).toEqual([{ url: `https://${new URL(stack.base).host}` }]);
    // Comments and layout survive: every line but the servers entry is the file's own.
    const lines = (s: string) => s.split('\n').filter((l) => !/^servers:|^ {2}- url:/.test(l));
    expect(lines(text)).toEqual(lines(source));
  });

  it('is the file byte for byte when there is no usable host to name', async () => {
    const reply = await get('/openapi.yaml', { host: 'no such host' });
    expect(reply.body).toBe(source);
  });
});

describe('the origin named in servers', () => {
  it.each([
    [{ host: 'localhost:8080' }, 'http://localhost:8080'],
    [{ host: 'GATEWAY.example.com' }, 'http://gateway.example.com'],
    [{ host: '[::1]:8080' }, 'http://[::1]:8080'],
    [{ host: 'gw:8080', 'x-forwarded-proto': 'https' }, 'https://gw:8080'],
    [{ host: 'gw:8080', 'x-forwarded-proto': 'gopher' }, 'http://gw:8080'],
    [{ host: 'gw:8080', 'x-forwarded-host': 'bad host' }, 'http://gw:8080'],
    [{ host: 'a b' }, undefined],
    [{}, undefined],
  ])('%o → %s', (headers, origin) => {
    expect(servedAt(headers)).toBe(origin);
  });
});

describe('GET /docs', () => {
  it('is an HTML page that loads Swagger UI from the gateway itself', async () => {
    const reply = await fetch(`${stack.base}/docs`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await reply.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toContain('/docs/swagger-ui-bundle.js');
    expect(sources.every((s) => s!.startsWith('/'))).toBe(true);
  });

  it.each([
    ['swagger-ui-bundle.js', 'text/javascript; charset=utf-8'],
    ['swagger-ui.css', 'text/css; charset=utf-8'],
    ['favicon-32x32.png', 'image/png'],
  ])('serves %s from swagger-ui-dist as %s', async (name, type) => {
    const reply = await fetch(`${stack.base}/docs/${name}`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe(type);
    expect(Buffer.from(await reply.arrayBuffer()).equals(readFileSync(join(swaggerUi, name)))).toBe(true);
  });

  it.each(['index.html', 'package.json', '..%2Fpackage.json', '%2E%2E%2F%2E%2E%2Fpackage.json'])(
    'serves no other file: %s is a 400 naming asset',
    async (name) => {
      const reply = await fetch(`${stack.base}/docs/${name}`);
      expect(reply.status).toBe(400);
      expect(((await reply.json()) as { error: { param: string } }).error.param).toBe('asset');
    },
  );

  it('lists no directory: /docs/ is the page itself', async () => {
    const [page, slash] = await Promise.all([fetch(`${stack.base}/docs`), fetch(`${stack.base}/docs/`)]);
    expect(await slash.text()).toBe(await page.text());
    expect((await fetch(`${stack.base}/docs/a/b`)).status).toBe(404);
  });
});
