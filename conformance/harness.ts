/**
 * Replays conformance cases against the real app, in-process, with the upstreams mocked by msw.
 * Every reply (and every SSE event) is checked against the project's contract, OpenAI's, and for the
 * Responses API the Open Responses spec; every Responses event stream is also checked for its
 * structure (conformance/responses-stream.ts).
 *
 * A case is a YAML file under conformance/cases/, either one request:
 *
 *   name: what the case shows
 *   request: { method, path, headers?, body? | raw? | multipart?, repeat_body_kib? }
 *   upstream: [UpstreamStep…]      # what the mocked providers answer (below)
 *   expect: Expectation             # (below)
 *
 * or several, in order, each able to use the replies before it:
 *
 *   name: …
 *   steps:
 *     - request: { … }
 *       upstream: [UpstreamStep…]   # optional; installed when this step starts
 *       expect: Expectation
 *       delay_ms: 100               # optional: wait this long before sending
 *       retry_ms: 3000              # optional: re-send until `expect` holds, for at most this long
 *
 * A request body is `body` (sent as JSON), `raw` (a JSON content type, any text), `raw_base64` (the
 * same, any bytes), or `multipart` (multipart/form-data, built with FormData; the content type and
 * boundary are set by undici). `compress: gzip | deflate | br` sends a body or raw compressed that
 * way, with its Content-Encoding:
 *
 *   multipart:
 *     fields: { purpose: user_data, 'expires_after[anchor]': created_at, 'expires_after[seconds]': 3600 }
 *     files:  { file: { filename: a.txt, content: "hello", content_type: text/plain } }
 *
 * `fields` are text parts (a number is sent as its decimal text); `files` are file parts, their
 * content a UTF-8 string, content_type optional (application/octet-stream when left out).
 *
 * Substitution: any string in a step's request, upstream and expect may contain
 * `${steps[N].<path>}`, where steps[N] is the Nth step's reply: { status, headers, body, text, events }
 * (body: the parsed JSON of a JSON reply; text: the reply body as text; events: the parsed SSE events
 * of a stream), e.g.
 * `${steps[0].body.id}`, `${steps[1].events[3].sequence_number}`, `${steps[1].events[-1].type}`
 * (a negative index counts from the end). A string that is only one `${…}` becomes the value itself
 * (a number stays a number, an object an object). `${repeat(N, "text")}` is text N times.
 * Substitution happens when the step starts, so a step can only use the steps before it.
 *
 * The gateway has a web search backend, the fake of scripts/fake-search.ts (its corpus and its
 * failing queries are described there; timeout 500 ms, 3 results per search); a case with
 * `gateway: without_web_search` runs against a gateway that has none.
 *
 * Upstream entries (provider: openai (default), second or local) are served in order: the first
 * unused entry for a method, provider and path answers; once all are used, the last one keeps
 * answering. An entry answers with `json`, `sse` (data payloads, objects JSON-encoded, "[DONE]"
 * verbatim; `stall_ms` before the first; `break_stream` to end with a reset), `text`, a
 * `network_error`, after `delay_ms` (before the headers), with any `headers` given. The "openai"
 * provider's key is sk-gateway-upstream-key-0123456789 (UPSTREAM_KEY), for cases about its leaking. SSE bodies break off when the gateway
 * aborts the request. Unmocked GET /models lists nothing; any other unmocked call fails as a
 * network error. `expect_body` / `expect_body_verbatim` on an entry check what it received.
 *
 * Expectation:
 *   status                 the HTTP status
 *   headers                substrings of reply headers
 *   body                   a deep subset of the JSON reply (arrays: same length, element-wise subsets;
 *                          the string "$absent" asserts a key is missing, "$string"/"$number" any value
 *                          of that type, "$matches <regex>" a string the regex finds)
 *   text                   the exact body, as text (for any reply; the way to check a non-JSON one)
 *   min_events, last_event, done   for streams: at least N events, a subset of the last event,
 *                          whether the stream ends with data: [DONE] (default: true on 200)
 *   final_event            for Responses streams: false when no final response.completed /
 *                          .incomplete / .failed is expected (a cancelled response has none)
 *   events                 for streams: a subset per event type: { "response.output_text.delta":
 *                          [{delta: "a"}, …] } (all events of that type, in order)
 *   upstream_body          a deep subset of the (first) body the upstream received through this
 *                          step's entries, i.e. the chat completions request the gateway sent.
 *                          Checked once every step has run (background runs call upstream later).
 *   upstream_calls         how many requests this step's entries answered (checked at the end too)
 *   upstream_aborted       whether the gateway aborted those requests (a cancelled run)
 *   openai_spec_gap        where one spec disagrees with the other (or OpenAI's with OpenAI's API)
 *   openresponses_spec_gap and the gateway follows the other: a list of names from
 *                          conformance/spec-gaps.ts, each excusing only that contract's errors at its
 *                          JSON pointers / on its event types; or an inline { reason, events?, at? };
 *                          or a bare reason, which skips that contract for the whole reply. A gap that
 *                          excuses nothing is an error. The reply is still checked against the others.
 *
 * Responses streams (text/event-stream on /v1/responses…) are checked with checkResponsesStream
 * (starting_after taken from the query) and every event against each contract's POST /responses
 * event union.
 *
 * Only a reply whose content type is JSON (application/json, …+json, or none) is parsed as JSON and
 * checked against each contract's JSON schema. Any other reply (a file download's
 * application/octet-stream) must have its media type declared by ours for that status (its text is
 * checked against that schema); a contract that declares other media types for that status
 * disagrees, which only a spec gap excuses (an error at ''); an error reply (status >= 400) must be
 * JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

type SetupServerApi = ReturnType<typeof setupServer>;
import { FormData, request } from 'undici';
import { parse } from 'yaml';
import { startFakeSearch, type FakeSearch } from '../scripts/fake-search.js';
import { loadConfig } from '../src/config.js';
import { createGateway, type Gateway } from '../src/gateway.js';
import { createLogger } from '../src/logger.js';
import { freshDatabaseUrl } from '../test/support/database.js';
import { checkResponsesStream } from './responses-stream.js';
import { formatError, loadContracts, templateOf, warmUpContracts, type Contract } from './schemas.js';
import { excusing, resolveGaps, type ScopedGap, type SpecGap } from './spec-gaps.js';
import { Connections, runWebSocketStep, type Upgrade, type WebSocketRequest } from './websocket.js';

export const UPSTREAM = 'http://upstream.test/v1';
export const SECOND_UPSTREAM = 'http://second.test/v1';
export const LOCAL_UPSTREAM = 'http://local.test/v1';
const BASES = { openai: UPSTREAM, second: SECOND_UPSTREAM, local: LOCAL_UPSTREAM } as const;
/** The gateway's key for the "openai" provider: a case can check it never reaches a client. */
export const UPSTREAM_KEY = 'sk-gateway-upstream-key-0123456789';
export const CASES_DIR = resolve(import.meta.dirname, 'cases');

type Json = Record<string, unknown>;

export interface UpstreamStep {
  method?: string;
  path: string;
  /** Which mocked provider answers: "openai" (default), "second" or "local". */
  provider?: keyof typeof BASES;
  status?: number;
  json?: unknown;
  /** SSE data payloads; objects are JSON-encoded; "[DONE]" is sent as is. */
  sse?: (unknown | string)[];
  /** After the sse payloads, the stream breaks instead of ending. */
  break_stream?: boolean;
  /** A raw body with this content type. */
  text?: string;
  content_type?: string;
  /** Reply headers (e.g. retry-after, x-ratelimit-*), with any kind of body. */
  headers?: Record<string, string>;
  delay_ms?: number;
  /** For sse: after the headers, wait this long before the first payload (a run that is under way). */
  stall_ms?: number;
  network_error?: boolean;
  /** The upstream must have received a body containing these fields. */
  expect_body?: Record<string, unknown>;
  /** The upstream must have received exactly the client's body, byte for byte. */
  expect_body_verbatim?: boolean;
}

export interface CaseRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  raw?: string;
  /** Bytes, base64-encoded (a compressed body made elsewhere). */
  raw_base64?: string;
  /** Sends the body (or raw) compressed with node:zlib, and says so in Content-Encoding. */
  compress?: 'gzip' | 'deflate' | 'br';
  /** A multipart/form-data body (see the top of this file). */
  multipart?: MultipartBody;
  repeat_body_kib?: number;
}

export interface MultipartBody {
  /** Text parts: name → value (a number is sent as its decimal text). */
  fields?: Record<string, string | number>;
  /** File parts: name → the file. */
  files?: Record<string, { filename: string; content: string; content_type?: string }>;
}

export interface Expectation {
  status: number;
  headers?: Record<string, string>;
  /** A subset the reply body must contain (deep). */
  body?: unknown;
  /** The exact reply body, as text. */
  text?: string;
  /** For streams: the number of data events before [DONE] must be at least this. */
  min_events?: number;
  /** For streams: whether the stream must end with data: [DONE] (default true when status 200). */
  done?: boolean;
  /** A subset the last JSON event must contain. */
  last_event?: unknown;
  /** For Responses streams: whether the last event is response.completed / .incomplete / .failed (default true). */
  final_event?: boolean;
  /** For streams: per event type, subsets of every event of that type, in order. */
  events?: Record<string, unknown[]>;
  /** A subset of the body this step's upstream entries received first. */
  upstream_body?: unknown;
  /** How many requests this step's upstream entries answered. */
  upstream_calls?: number;
  /** Whether the gateway aborted the requests this step's upstream entries answered. */
  upstream_aborted?: boolean;
  /**
   * Where OpenAI's published spec is wrong about OpenAI's own API, or disagrees with Open Responses
   * (conformance/spec-gaps.ts).
   */
  openai_spec_gap?: SpecGap;
  /** Where the Open Responses spec disagrees with OpenAI's API, which the gateway follows. */
  openresponses_spec_gap?: SpecGap;
}

export interface Step {
  request: CaseRequest;
  upstream?: UpstreamStep[];
  expect: Expectation;
  delay_ms?: number;
  retry_ms?: number;
}

/** A step over a WebSocket (conformance/websocket.ts). */
export interface WebSocketStep {
  websocket: WebSocketRequest;
  upstream?: UpstreamStep[];
  upgrade?: Upgrade;
  turns?: Expectation[];
  upstream_expect?: Pick<Expectation, 'upstream_body' | 'upstream_calls' | 'upstream_aborted'>;
  delay_ms?: number;
}

export interface ConformanceCase {
  name: string;
  file: string;
  /** Which gateway serves the case: the harness's (with the fake search backend), or one without. */
  gateway?: 'without_web_search';
  request?: CaseRequest;
  upstream?: UpstreamStep[];
  expect?: Expectation;
  steps?: Array<Step | WebSocketStep>;
}

/** The steps of a case: its `steps`, or its one request as a step. */
export function stepsOf(c: ConformanceCase): Array<Step | WebSocketStep> {
  if (c.steps) return c.steps;
  if (!c.request || !c.expect) throw new Error(`${c.file}: a case needs steps, or request and expect`);
  return [{ request: c.request, upstream: c.upstream ?? [], expect: c.expect }];
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

/**
 * Deep subset match: every key of `expected` is in `actual` with a matching value. Arrays match
 * element-wise and must have the same length. "$absent" asserts a key is missing; "$string",
 * "$number" accept any value of that type; "$matches <regex>" any string the regex finds.
 */
export function mismatches(actual: unknown, expected: unknown, at = ''): string[] {
  const where = at || '/';
  if (expected === '$absent')
    return actual === undefined ? [] : [`${where}: expected no value, got ${JSON.stringify(actual)}`];
  if (typeof expected === 'string' && expected.startsWith('$matches '))
    return typeof actual === 'string' && new RegExp(expected.slice('$matches '.length)).test(actual)
      ? []
      : [`${where}: expected a string matching ${expected.slice(1)}, got ${JSON.stringify(actual)}`];
  if (expected === '$string' || expected === '$number')
    return typeof actual === expected.slice(1)
      ? []
      : [`${where}: expected a ${expected.slice(1)}, got ${JSON.stringify(actual)}`];
  if (expected === null || typeof expected !== 'object') {
    return Object.is(actual, expected)
      ? []
      : [`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
  }
  if (actual === null || typeof actual !== 'object')
    return [`${where}: expected an object or array, got ${JSON.stringify(actual)}`];
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return [`${where}: expected an array of ${expected.length}, got ${JSON.stringify(actual)}`];
    }
    return expected.flatMap((e, i) => mismatches(actual[i], e, `${at}/${i}`));
  }
  return Object.entries(expected as Record<string, unknown>).flatMap(([k, v]) =>
    mismatches((actual as Record<string, unknown>)[k], v, `${at}/${k}`),
  );
}

/** What an earlier step's reply offers to substitution. */
export interface StepResult {
  status: number;
  headers: Record<string, string>;
  /** The parsed body of a JSON reply. */
  body?: unknown;
  text: string;
  events?: Json[];
}

function lookup(expr: string, steps: StepResult[]): unknown {
  const repeat = /^repeat\((\d+),\s*(['"])(.*)\2\)$/s.exec(expr);
  if (repeat) return repeat[3]!.repeat(Number(repeat[1]));
  if (!/^steps\[\d+\]/.test(expr)) throw new Error(`unknown substitution \${${expr}}`);
  let value: unknown = { steps };
  for (const key of expr.match(/[^.[\]]+/g) ?? []) {
    if (value === null || value === undefined) break;
    value = Array.isArray(value) && /^-\d+$/.test(key) ? value.at(Number(key)) : (value as Json)[key];
  }
  if (value === undefined) throw new Error(`\${${expr}} is undefined`);
  return value;
}

/** Replaces every `${…}` in the strings of `value` (see the top of this file). */
export function substitute<T>(value: T, steps: StepResult[]): T {
  if (typeof value === 'string') {
    const whole = /^\$\{([^}]+)\}$/.exec(value);
    if (whole) return lookup(whole[1]!, steps) as T;
    return value.replace(/\$\{([^}]+)\}/g, (_, expr: string) => {
      const v = lookup(expr, steps);
      return typeof v === 'string' ? v : JSON.stringify(v);
    }) as T;
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, steps)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, steps)])) as T;
  return value;
}

export interface Received {
  path: string;
  raw: string;
  /** The step whose upstream entry answered. */
  step: number;
  entry: UpstreamStep;
  /** The gateway aborted this request (a cancelled run, a client that went away). */
  aborted: boolean;
}

/**
 * An SSE body; like a real connection, it breaks off the moment the gateway aborts its request.
 * Each payload is handed over when the gateway reads (pull), so a `break_stream` reset comes after
 * the gateway has what was sent before it, however long the gateway took to start reading (an
 * error discards a stream's unread chunks).
 */
function sseBody(step: UpstreamStep, signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const payloads = [...(step.sse ?? [])];
  let stalled = !step.stall_ms;
  let ended = false;
  const abort = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    if (ended) return;
    ended = true;
    controller.error(new DOMException('This operation was aborted', 'AbortError'));
  };
  return new ReadableStream(
    {
      start(controller) {
        if (signal.aborted) return abort(controller);
        signal.addEventListener('abort', () => abort(controller), { once: true });
      },
      async pull(controller) {
        if (!stalled) {
          stalled = true;
          await delay(step.stall_ms);
        }
        if (ended) return;
        const payload = payloads.shift();
        if (payload !== undefined) {
          controller.enqueue(
            encoder.encode(`data: ${typeof payload === 'string' ? payload : JSON.stringify(payload)}\n\n`),
          );
          return delay(1);
        }
        ended = true;
        if (step.break_stream) controller.error(new Error('upstream connection reset'));
        else controller.close();
      },
    },
    // Nothing is read ahead: the next payload (or the reset) waits for the gateway's next read.
    { highWaterMark: 0 },
  );
}

/** The mocked upstreams of one case: entries are added step by step and served in order. */
export class UpstreamMock {
  readonly received: Received[] = [];
  private readonly entries: Array<{ entry: UpstreamStep; step: number; used: boolean }> = [];

  constructor(server: SetupServerApi) {
    const handlers = Object.values(BASES).map((base) =>
      http.all(`${base}/*`, async ({ request: req }) => {
        const method = req.method.toLowerCase();
        const path = new URL(req.url).pathname.slice(new URL(base).pathname.length);
        const provider = (Object.keys(BASES) as (keyof typeof BASES)[]).find((k) => BASES[k] === base)!;
        const matching = this.entries.filter(
          (e) =>
            (e.entry.method ?? 'post').toLowerCase() === method &&
            (e.entry.provider ?? 'openai') === provider &&
            e.entry.path === path,
        );
        const chosen = matching.find((e) => !e.used) ?? matching.at(-1);
        if (!chosen) {
          // Providers list no models unless the case says otherwise; anything else unmocked fails.
          if (method === 'get' && path === '/models' && provider !== 'local')
            return HttpResponse.json({ object: 'list', data: [] });
          return HttpResponse.error();
        }
        chosen.used = true;
        const step = chosen.entry;
        const received: Received = {
          path,
          raw: method === 'get' ? '' : await req.text(),
          step: chosen.step,
          entry: step,
          aborted: req.signal.aborted,
        };
        req.signal.addEventListener('abort', () => (received.aborted = true), { once: true });
        this.received.push(received);
        if (step.delay_ms) await delay(step.delay_ms);
        if (step.network_error) return HttpResponse.error();
        const status = step.status ?? 200;
        const headers = step.headers ?? {};
        if (step.sse)
          return new HttpResponse(sseBody(step, req.signal), {
            status,
            headers: { 'content-type': 'text/event-stream', ...headers },
          });
        if (step.text !== undefined) {
          return new HttpResponse(step.text, {
            status,
            headers: { 'content-type': step.content_type ?? 'text/plain', ...headers },
          });
        }
        return HttpResponse.json(step.json as never, { status, headers });
      }),
    );
    server.resetHandlers(...handlers);
  }

  add(step: number, entries: UpstreamStep[]): void {
    for (const entry of entries) this.entries.push({ entry, step, used: false });
  }

  /** The requests the entries of one step answered. */
  of(step: number): Received[] {
    return this.received.filter((r) => r.step === step);
  }
}

export interface Harness {
  gateway: Gateway;
  base: string;
  server: SetupServerApi;
  /** The fake search backend (scripts/fake-search.ts) web_search calls reach; none when left out. */
  search: FakeSearch | undefined;
  close(): Promise<void>;
}

/**
 * `fastLane: false` serves every request through express (the parity test compares the two);
 * `server` is another harness's msw server, for two gateways in one process (msw allows one).
 */
export async function startHarness(
  options: { fastLane?: boolean; server?: SetupServerApi; webSearch?: boolean } = {},
): Promise<Harness> {
  // Compiling the contracts' schemas takes seconds: done here, it does not skew a case's timing.
  warmUpContracts();
  const server = options.server ?? setupServer();
  // The gateway itself is reached directly (undici.request, and the ws client's upgrades).
  if (!options.server)
    server.listen({
      onUnhandledRequest: (req, print) => {
        if (new URL(req.url).hostname !== '127.0.0.1') print.error();
      },
    });
  const config = loadConfig(
    {
      DATABASE_URL: await freshDatabaseUrl(),
      VALIDATE_RESPONSES: 'true',
      BODY_LIMIT_MB: '1',
      FILES_MAX_UPLOAD_MB: '1',
      MODELS_CACHE_TTL: '0',
      SHUTDOWN_TIMEOUT: '2',
    },
    [],
  );
  const provider = {
    apiKey: '',
    headers: {},
    timeoutMs: 500,
    idleTimeoutMs: 500,
    maxRetries: 0,
    nativeResponses: false,
  };
  config.providers = [
    { ...provider, name: 'openai', baseURL: UPSTREAM, apiKey: UPSTREAM_KEY, contextWindows: {} },
    { ...provider, name: 'second', baseURL: SECOND_UPSTREAM, contextWindows: {} },
    {
      ...provider,
      name: 'local',
      baseURL: LOCAL_UPSTREAM,
      contextWindows: { 'llama-3': 4096 },
      models: ['llama-3'],
    },
  ];
  config.defaultProvider = 'openai';
  // A real server on a local port: the search client's undici pool is not intercepted by msw.
  const search = options.webSearch === false ? undefined : await startFakeSearch();
  if (search) config.webSearch = { url: search.url, timeoutMs: 500, maxResults: 3, offline: false };
  // The gateway reaches its upstreams through globalThis.fetch, which msw intercepts.
  const gateway = await createGateway(config, createLogger('silent'), {
    fetch: (input, init) => globalThis.fetch(input, init),
    runner: { pollMs: 50 },
    engine: { followPollMs: 50 },
    fastLane: options.fastLane,
  });
  const address = await gateway.listen(0, '127.0.0.1');
  return {
    gateway,
    base: `http://127.0.0.1:${address.port}`,
    server,
    search,
    async close() {
      await gateway.close();
      await search?.close();
      if (!options.server) server.close();
    },
  };
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** A multipart body as FormData (undici sends it with its boundary in the content type). */
export function formData({ fields = {}, files = {} }: MultipartBody): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, String(value));
  for (const [name, file] of Object.entries(files))
    form.append(
      name,
      new Blob([file.content], { type: file.content_type ?? 'application/octet-stream' }),
      file.filename,
    );
  return form;
}

const COMPRESS = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync } as const;

/** Sends a request with undici.request, which msw does not intercept. */
export async function send(base: string, req: CaseRequest): Promise<Reply> {
  let body: string | Buffer | undefined;
  if (req.raw !== undefined) body = req.raw;
  else if (req.raw_base64 !== undefined) body = Buffer.from(req.raw_base64, 'base64');
  else if (req.body !== undefined) body = JSON.stringify(req.body);
  if (req.repeat_body_kib)
    body = JSON.stringify({
      ...(req.body as object),
      padding: 'x'.repeat(req.repeat_body_kib * 1024),
    });
  if (req.multipart && body !== undefined) throw new Error('a request has either multipart or body/raw');
  if (req.compress && body === undefined) throw new Error('compress needs a body or raw');
  if (req.compress && body !== undefined) body = COMPRESS[req.compress](body);
  const r = await request(base + req.path, {
    method: req.method as 'GET',
    headers: {
      ...(body !== undefined && { 'content-type': 'application/json' }),
      ...(req.compress && { 'content-encoding': req.compress }),
      ...req.headers,
    },
    body: req.multipart ? formData(req.multipart) : body,
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

/** A path of the Responses API (whose streams are Responses event streams). */
export const isResponsesPath = (template: string) => template.startsWith('/v1/responses');

/**
 * Every problem with one step's reply: status, headers, body subset, the three contracts, stream
 * framing and (for Responses streams) stream structure. Returns the reply as later steps see it.
 */
export function judge(
  req: CaseRequest,
  expect: Expectation,
  reply: Reply,
): { problems: string[]; result: StepResult } {
  const problems: string[] = [];
  const { ours, openai, openresponses, templates } = loadContracts();
  const result: StepResult = { status: reply.status, headers: reply.headers, text: reply.text };
  if (reply.status !== expect.status)
    problems.push(`status ${reply.status}, expected ${expect.status}: ${reply.text.slice(0, 300)}`);
  if (expect.text !== undefined && reply.text !== expect.text)
    problems.push(
      `text: expected ${JSON.stringify(expect.text)}, got ${JSON.stringify(reply.text.slice(0, 300))}`,
    );
  for (const [k, v] of Object.entries(expect.headers ?? {})) {
    if (!reply.headers[k.toLowerCase()]?.includes(v))
      problems.push(`header ${k}: expected ${v}, got ${reply.headers[k.toLowerCase()]}`);
  }
  const template = templateOf(req.path, templates);
  const media = reply.headers['content-type']?.split(';')[0] ?? '';
  const contracts: Array<[Contract, ScopedGap[]]> = [
    [ours, []],
    [openai, resolveGaps('openai', expect.openai_spec_gap)],
    [openresponses, resolveGaps('openresponses', expect.openresponses_spec_gap)],
  ];
  const used = new Set<ScopedGap>();
  const check = (
    value: unknown,
    mediaType: string,
    eventType?: string,
    status = reply.status,
    method = req.method,
    path = template,
  ) => {
    for (const [contract, gaps] of contracts) {
      const ref = contract.replySchema(method, path, status, mediaType);
      if (!ref) {
        if (contract === ours)
          problems.push(`ours: no reply schema for ${method} ${path} ${status} ${mediaType}`);
        continue;
      }
      for (const error of contract.check(ref, value)) {
        const gap = excusing(gaps, error, eventType);
        if (gap) used.add(gap);
        else problems.push(eventType ? `${eventType}: ${formatError(error)}` : formatError(error));
      }
    }
  };
  if (media === 'text/event-stream') {
    let events: Json[];
    if (isResponsesPath(template)) {
      const after = new URL(req.path, 'http://x').searchParams.get('starting_after');
      const stream = checkResponsesStream(reply.text, {
        startingAfter: after === null ? undefined : Number(after),
        done: expect.done ?? true,
        final: expect.final_event ?? true,
      });
      problems.push(...stream.problems);
      events = stream.events;
      // Every Responses stream carries the events of POST /v1/responses, whichever path serves it.
      for (const event of events) check(event, media, String(event.type), 200, 'POST', '/v1/responses');
    } else {
      const payloads = sseData(reply.text);
      const done = payloads.at(-1) === '[DONE]';
      if ((expect.done ?? true) !== done)
        problems.push(`stream ${done ? 'ends' : 'does not end'} with [DONE]`);
      events = payloads.filter((p) => p !== '[DONE]').map((p) => JSON.parse(p) as Json);
      for (const event of events) {
        if ('error' in event) check(event, 'application/json', undefined, 500);
        else check(event, media);
      }
    }
    result.events = events;
    if (expect.min_events !== undefined && events.length < expect.min_events) {
      problems.push(`${events.length} events, expected at least ${expect.min_events}`);
    }
    if (expect.last_event !== undefined)
      problems.push(...mismatches(events.at(-1), expect.last_event, 'last_event'));
    for (const [type, expected] of Object.entries(expect.events ?? {}))
      problems.push(
        ...mismatches(
          events.filter((e) => e.type === type),
          expected,
          `events[${type}]`,
        ),
      );
  } else if (media === '' || media === 'application/json' || media.endsWith('+json')) {
    let body: unknown;
    try {
      body = JSON.parse(reply.text);
    } catch {
      problems.push(`reply is not JSON: ${reply.text.slice(0, 200)}`);
    }
    if (body !== undefined) {
      result.body = body;
      check(body, 'application/json');
      if (expect.body !== undefined) problems.push(...mismatches(body, expect.body));
    }
  } else {
    // Not JSON (a download): ours must declare this media type for the status (check() says so when
    // it does not), an error reply must be JSON, and another contract that declares only other media
    // types for this reply disagrees unless a gap excuses it.
    if (reply.status >= 400) problems.push(`error reply is ${media}, not JSON: ${reply.text.slice(0, 200)}`);
    else check(reply.text, media);
    for (const [contract, gaps] of contracts) {
      if (contract === ours) continue;
      const declared = contract.replyMediaTypes(req.method, template, reply.status);
      if (!declared || declared.includes(media)) continue;
      const error = {
        contract: contract.name,
        at: '',
        message: `declares ${declared.join(', ')} for ${req.method} ${template} ${reply.status}, not ${media}`,
      };
      const gap = excusing(gaps, error);
      if (gap) used.add(gap);
      else problems.push(formatError(error));
    }
    if (expect.body !== undefined)
      problems.push(`body: the reply is ${media}, not JSON (expect text instead)`);
  }
  for (const [contract, gaps] of contracts)
    for (const gap of gaps)
      if (!used.has(gap))
        problems.push(`${contract.name} spec gap excused nothing in this reply, remove it: ${gap.reason}`);
  return { problems, result };
}

/** The upstream-side expectations of one step, once every step has run. */
export function judgeUpstream(step: Step, index: number, req: CaseRequest, mock: UpstreamMock): string[] {
  const problems: string[] = [];
  const received = mock.of(index);
  for (const entry of step.upstream ?? []) {
    const got = received.find((r) => r.entry === entry);
    if ((entry.expect_body || entry.expect_body_verbatim) && !got)
      problems.push(`upstream ${entry.path} was not called`);
    if (got && entry.expect_body)
      problems.push(...mismatches(JSON.parse(got.raw), entry.expect_body, `upstream${entry.path}`));
    if (got && entry.expect_body_verbatim) {
      const sent = req.raw ?? JSON.stringify(req.body);
      if (got.raw !== sent)
        problems.push(`upstream body differs from the client's:\n  sent ${sent}\n  got  ${got.raw}`);
    }
  }
  const { upstream_body: body, upstream_calls: calls, upstream_aborted: aborted } = step.expect;
  for (const r of aborted === undefined ? [] : received)
    if (r.aborted !== aborted) problems.push(`upstream ${r.path} was ${r.aborted ? '' : 'not '}aborted`);
  if (calls !== undefined && received.length !== calls)
    problems.push(`the upstream answered ${received.length} requests of this step, expected ${calls}`);
  if (body !== undefined) {
    const first = received.find((r) => r.raw !== '');
    if (!first) problems.push('upstream_body: the upstream received no body in this step');
    else problems.push(...mismatches(JSON.parse(first.raw), body, 'upstream_body'));
  }
  return problems;
}

/** What a WebSocket step stands for, for the upstream-side checks. */
const WS_REQUEST: CaseRequest = { method: 'GET', path: '/v1/responses' };

/** Runs every step of a case; returns its problems, each prefixed with its step when there are several. */
export async function runCase(
  harness: Harness,
  c: ConformanceCase,
  /** Sees every reply a step got (the last try of a retried step). */
  onReply?: (step: number, request: CaseRequest, reply: Reply) => void,
): Promise<string[]> {
  const steps = stepsOf(c);
  const mock = new UpstreamMock(harness.server);
  const connections = new Connections(harness.base);
  const results: StepResult[] = [];
  const resolved: Array<Step | WebSocketStep> = [];
  const problems: string[] = [];
  const label = (i: number, list: string[]) => (steps.length > 1 ? list.map((p) => `step ${i}: ${p}`) : list);
  try {
    for (const [i, raw] of steps.entries()) {
      let step: Step | WebSocketStep;
      try {
        step = substitute(raw, results);
      } catch (error) {
        return [...problems, ...label(i, [(error as Error).message])];
      }
      resolved.push(step);
      mock.add(i, step.upstream ?? []);
      if (step.delay_ms) await delay(step.delay_ms);
      if ('websocket' in step) {
        const ran = await runWebSocketStep(connections, step.websocket, step.upgrade, step.turns ?? []);
        results.push(ran.result);
        problems.push(...label(i, ran.problems));
        if (ran.problems.length) return problems;
        continue;
      }
      const deadline = Date.now() + (step.retry_ms ?? 0);
      let judged: ReturnType<typeof judge>;
      for (;;) {
        const reply = await send(harness.base, step.request);
        judged = judge(step.request, step.expect, reply);
        if (!judged.problems.length || Date.now() >= deadline) onReply?.(i, step.request, reply);
        if (!judged.problems.length || Date.now() >= deadline) break;
        await delay(25);
      }
      results.push(judged.result);
      problems.push(...label(i, judged.problems));
      // Later steps build on this one's reply: after a wrong one they would only add noise.
      if (judged.problems.length) return problems;
    }
  } finally {
    connections.closeAll();
  }
  for (const [i, step] of resolved.entries())
    problems.push(
      ...label(
        i,
        'websocket' in step
          ? judgeUpstream(
              { ...step, request: WS_REQUEST, expect: { status: 101, ...step.upstream_expect } },
              i,
              WS_REQUEST,
              mock,
            )
          : judgeUpstream(step, i, step.request, mock),
      ),
    );
  return problems;
}
