/**
 * Replays conformance cases against the real app, in-process, with the upstream mocked by msw.
 * Every reply (and every SSE event) is checked against the project's contract and OpenAI's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

type SetupServerApi = ReturnType<typeof setupServer>;
import { request } from 'undici';
import { parse } from 'yaml';
import { loadConfig } from '../src/config.js';
import { createGateway, type Gateway } from '../src/gateway.js';
import { createLogger } from '../src/logger.js';
import { loadContracts, templateOf } from './schemas.js';

export const UPSTREAM = 'http://upstream.test/v1';
export const SECOND_UPSTREAM = 'http://second.test/v1';
export const CASES_DIR = resolve(import.meta.dirname, 'cases');

export interface UpstreamStep {
  method?: string;
  path: string;
  /** Which mocked provider answers: "openai" (default) or "second". */
  provider?: 'openai' | 'second';
  status?: number;
  json?: unknown;
  /** SSE data payloads; objects are JSON-encoded; "[DONE]" is sent as is. */
  sse?: (unknown | string)[];
  /** After the sse payloads, the stream breaks instead of ending. */
  break_stream?: boolean;
  /** A raw body with this content type. */
  text?: string;
  content_type?: string;
  delay_ms?: number;
  network_error?: boolean;
  /** The upstream must have received a body containing these fields. */
  expect_body?: Record<string, unknown>;
  /** The upstream must have received exactly the client's body, byte for byte. */
  expect_body_verbatim?: boolean;
}

export interface ConformanceCase {
  name: string;
  file: string;
  request: {
    method: string;
    path: string;
    headers?: Record<string, string>;
    body?: unknown;
    raw?: string;
    repeat_body_kib?: number;
  };
  upstream?: UpstreamStep[];
  expect: {
    status: number;
    headers?: Record<string, string>;
    /** A subset the reply body must contain (deep). */
    body?: unknown;
    /** For streams: the number of data events before [DONE] must be at least this. */
    min_events?: number;
    /** For streams: whether the stream must end with data: [DONE] (default true when status 200). */
    done?: boolean;
    /** A subset the last JSON event must contain. */
    last_event?: unknown;
    /**
     * Where OpenAI's published spec is wrong about OpenAI's own API (e.g. it types base64 embeddings as
     * arrays), the reason; the reply is then checked against the project's contract only.
     */
    openai_spec_gap?: string;
  };
}

export function loadCases(dir = CASES_DIR): ConformanceCase[] {
  const cases: ConformanceCase[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(entry.name)) {
        cases.push({ ...(parse(readFileSync(path, 'utf8')) as ConformanceCase), file: relative(dir, path) });
      }
    }
  };
  walk(dir);
  return cases;
}

/** Deep subset match: every key of `expected` is in `actual` with a matching value. */
export function mismatches(actual: unknown, expected: unknown, at = ''): string[] {
  if (expected === null || typeof expected !== 'object') {
    return Object.is(actual, expected)
      ? []
      : [`${at || '/'}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
  }
  if (actual === null || typeof actual !== 'object')
    return [`${at || '/'}: expected an object or array, got ${JSON.stringify(actual)}`];
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return [`${at}: expected an array of ${expected.length}, got ${JSON.stringify(actual)}`];
    }
    return expected.flatMap((e, i) => mismatches(actual[i], e, `${at}/${i}`));
  }
  return Object.entries(expected as Record<string, unknown>).flatMap(([k, v]) =>
    mismatches((actual as Record<string, unknown>)[k], v, `${at}/${k}`),
  );
}

export interface Received {
  path: string;
  raw: string;
}

function sseBody(step: UpstreamStep): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async start(controller) {
      for (const payload of step.sse ?? []) {
        const data = typeof payload === 'string' ? payload : JSON.stringify(payload);
        controller.enqueue(encoder.encode(`data: ${data}\n\n`));
        await delay(1);
      }
      if (step.break_stream) controller.error(new Error('upstream connection reset'));
      else controller.close();
    },
  });
}

/** Installs msw handlers for a case's upstream steps; returns what the upstream received. */
export function mockUpstream(server: SetupServerApi, steps: UpstreamStep[]): Received[] {
  const received: Received[] = [];
  // Behind the case's own handlers: providers list no models unless the case says otherwise.
  const emptyModelLists = [UPSTREAM, SECOND_UPSTREAM].map((base) =>
    http.get(`${base}/models`, () => HttpResponse.json({ object: 'list', data: [] })),
  );
  server.resetHandlers(
    ...steps.map((step) => {
      const base = step.provider === 'second' ? SECOND_UPSTREAM : UPSTREAM;
      const method = (step.method ?? 'post').toLowerCase() as 'get' | 'post';
      return http[method](`${base}${step.path}`, async ({ request: req }) => {
        received.push({ path: step.path, raw: method === 'get' ? '' : await req.text() });
        if (step.delay_ms) await delay(step.delay_ms);
        if (step.network_error) return HttpResponse.error();
        const status = step.status ?? 200;
        if (step.sse)
          return new HttpResponse(sseBody(step), {
            status,
            headers: { 'content-type': 'text/event-stream' },
          });
        if (step.text !== undefined) {
          return new HttpResponse(step.text, {
            status,
            headers: { 'content-type': step.content_type ?? 'text/plain' },
          });
        }
        return HttpResponse.json(step.json as never, { status });
      });
    }),
    ...emptyModelLists,
  );
  return received;
}

export interface Harness {
  gateway: Gateway;
  base: string;
  server: SetupServerApi;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server = setupServer();
  server.listen({ onUnhandledRequest: 'error' });
  const config = loadConfig(
    {
      DATABASE_URL: 'sqlite::memory:',
      VALIDATE_RESPONSES: 'true',
      BODY_LIMIT_MB: '1',
      MODELS_CACHE_TTL: '0',
    },
    [],
  );
  config.providers = [
    {
      name: 'openai',
      baseURL: UPSTREAM,
      apiKey: 'sk-test',
      headers: {},
      timeoutMs: 500,
      maxRetries: 0,
      nativeResponses: false,
      contextWindows: {},
    },
    {
      name: 'second',
      baseURL: SECOND_UPSTREAM,
      apiKey: '',
      headers: {},
      timeoutMs: 500,
      maxRetries: 0,
      nativeResponses: false,
      contextWindows: {},
    },
    {
      name: 'local',
      baseURL: 'http://local.test/v1',
      apiKey: '',
      headers: {},
      timeoutMs: 500,
      maxRetries: 0,
      nativeResponses: false,
      contextWindows: { 'llama-3': 4096 },
      models: ['llama-3'],
    },
  ];
  config.defaultProvider = 'openai';
  // The gateway reaches its upstreams through globalThis.fetch, which msw intercepts.
  const gateway = createGateway(config, createLogger('silent'), {
    fetch: (input, init) => globalThis.fetch(input, init),
  });
  const address = await gateway.listen(0, '127.0.0.1');
  return {
    gateway,
    base: `http://127.0.0.1:${address.port}`,
    server,
    async close() {
      await gateway.close();
      server.close();
    },
  };
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** Sends the case's request with undici.request, which msw does not intercept. */
export async function send(base: string, c: ConformanceCase): Promise<Reply> {
  let body: string | undefined;
  if (c.request.raw !== undefined) body = c.request.raw;
  else if (c.request.body !== undefined) body = JSON.stringify(c.request.body);
  if (c.request.repeat_body_kib)
    body = JSON.stringify({
      ...(c.request.body as object),
      padding: 'x'.repeat(c.request.repeat_body_kib * 1024),
    });
  const r = await request(base + c.request.path, {
    method: c.request.method as 'GET',
    headers: { ...(body !== undefined && { 'content-type': 'application/json' }), ...c.request.headers },
    body,
  });
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : String(v);
  return { status: r.statusCode, headers, text: await r.body.text() };
}

/** Splits an SSE body into its data payloads, checking the framing as it goes. */
export function sseData(text: string): string[] {
  if (text.includes('\r')) throw new Error('SSE stream uses CR line endings');
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const data = block.split('\n').filter((l) => l.startsWith('data: '));
      if (data.length !== 1)
        throw new Error(`SSE event without exactly one data line: ${JSON.stringify(block)}`);
      return data[0]!.slice('data: '.length);
    });
}

/** Every problem with a reply: status, headers, body subset, both contracts, stream framing. */
export function judge(c: ConformanceCase, reply: Reply, received: Received[]): string[] {
  const problems: string[] = [];
  const { ours, openai, templates } = loadContracts();
  if (reply.status !== c.expect.status)
    problems.push(`status ${reply.status}, expected ${c.expect.status}: ${reply.text.slice(0, 300)}`);
  for (const [k, v] of Object.entries(c.expect.headers ?? {})) {
    if (!reply.headers[k.toLowerCase()]?.includes(v))
      problems.push(`header ${k}: expected ${v}, got ${reply.headers[k.toLowerCase()]}`);
  }
  const template = templateOf(c.request.path, templates);
  const media = reply.headers['content-type']?.split(';')[0] ?? '';
  const checkBoth = (value: unknown, mediaType: string, status = reply.status) => {
    for (const contract of c.expect.openai_spec_gap ? [ours] : [ours, openai]) {
      const ref = contract.replySchema(c.request.method, template, status, mediaType);
      if (ref) problems.push(...contract.check(ref, value));
      else if (contract === ours)
        problems.push(`ours: no reply schema for ${c.request.method} ${template} ${status} ${mediaType}`);
    }
  };
  if (media === 'text/event-stream') {
    const payloads = sseData(reply.text);
    const done = payloads.at(-1) === '[DONE]';
    if ((c.expect.done ?? true) !== done)
      problems.push(`stream ${done ? 'ends' : 'does not end'} with [DONE]`);
    const events = payloads
      .filter((p) => p !== '[DONE]')
      .map((p) => JSON.parse(p) as Record<string, unknown>);
    for (const event of events) {
      if ('error' in event) checkBoth(event, 'application/json', 500);
      else checkBoth(event, media);
    }
    if (c.expect.min_events !== undefined && events.length < c.expect.min_events) {
      problems.push(`${events.length} events, expected at least ${c.expect.min_events}`);
    }
    if (c.expect.last_event !== undefined)
      problems.push(...mismatches(events.at(-1), c.expect.last_event, 'last_event'));
  } else {
    let body: unknown;
    try {
      body = JSON.parse(reply.text);
    } catch {
      problems.push(`reply is not JSON: ${reply.text.slice(0, 200)}`);
    }
    if (body !== undefined) {
      checkBoth(body, 'application/json');
      if (c.expect.body !== undefined) problems.push(...mismatches(body, c.expect.body));
    }
  }
  for (const step of c.upstream ?? []) {
    const got = received.find((r) => r.path === step.path);
    if ((step.expect_body || step.expect_body_verbatim) && !got)
      problems.push(`upstream ${step.path} was not called`);
    if (got && step.expect_body)
      problems.push(...mismatches(JSON.parse(got.raw), step.expect_body, `upstream${step.path}`));
    if (got && step.expect_body_verbatim) {
      const sent = c.request.raw ?? JSON.stringify(c.request.body);
      if (got.raw !== sent)
        problems.push(`upstream body differs from the client's:\n  sent ${sent}\n  got  ${got.raw}`);
    }
  }
  return problems;
}
