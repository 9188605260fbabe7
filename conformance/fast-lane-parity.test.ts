/**
 * The fast lane answers exactly as express does: every conformance case that calls one of the
 * lane's operations is replayed through a gateway with the lane and through one without it, and
 * each reply must have the same status, content type, request id and body. The lane must also have
 * served them itself, except the requests it is documented to hand to express.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fastLaneOperations } from '../src/generated/fast-lane.js';
import {
  loadCases,
  runCase,
  send,
  stepsOf,
  type CaseRequest,
  type ConformanceCase,
  type Harness,
  type Reply,
  startHarness,
} from './harness.js';

const onLane = (r: CaseRequest | undefined) =>
  r !== undefined && r.method.toUpperCase() === 'POST' && r.path in fastLaneOperations;
const requestOf = (s: ReturnType<typeof stepsOf>[number]) => ('request' in s ? s.request : undefined);
const cases = loadCases().filter((c) => stepsOf(c).some((s) => onLane(requestOf(s))));

/** Requests the lane hands to express (docs/architecture.md): they must get express's answer too. */
const HANDED_OVER = new Set([
  'errors/body-too-large.yaml',
  'errors/malformed-json.yaml',
  'errors/content-encoding.yaml',
  'errors/content-encoding-bomb.yaml',
  'errors/content-encoding-malformed.yaml',
  'errors/content-encoding-unsupported.yaml',
]);

const chat = '/v1/chat/completions';
const hello = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] });
/** Requests at the lane's edges, with whether the lane serves them itself. */
const EDGES: Array<{ name: string; request: CaseRequest; lane: boolean }> = [
  { name: 'a JSON string body', request: { method: 'POST', path: chat, raw: '"hello"' }, lane: false },
  { name: 'a JSON array body', request: { method: 'POST', path: chat, raw: '[1]' }, lane: false },
  { name: 'a body with a BOM', request: { method: 'POST', path: chat, raw: `\uFEFF${hello}` }, lane: false },
  {
    name: 'a query string',
    request: { method: 'POST', path: `${chat}?x=1`, raw: hello },
    lane: false,
  },
  {
    name: 'a content type other than JSON',
    request: { method: 'POST', path: chat, raw: hello, headers: { 'content-type': 'text/plain' } },
    lane: false,
  },
  {
    name: 'a Content-Encoding',
    request: { method: 'POST', path: chat, raw: hello, headers: { 'content-encoding': 'gzip' } },
    lane: false,
  },
  {
    name: 'JSON labelled UTF-8 in capitals',
    request: {
      method: 'POST',
      path: '/v1/embeddings',
      raw: JSON.stringify({ model: 'text-embedding-3-small', input: 7 }),
      headers: { 'content-type': 'application/json; charset=UTF-8' },
    },
    lane: true,
  },
  {
    name: 'a missing required field',
    request: { method: 'POST', path: '/v1/completions', raw: JSON.stringify({ model: 'x' }) },
    lane: true,
  },
];

describe('fast lane parity', () => {
  let lane: Harness;
  let express: Harness;
  let viaExpress: ReturnType<typeof vi.fn<(...args: unknown[]) => unknown>>;
  beforeAll(async () => {
    lane = await startHarness();
    express = await startHarness({ fastLane: false, server: lane.server });
    // Counts the requests the lane's gateway gave its express app.
    const app = lane.gateway.app as unknown as { handle: (...args: unknown[]) => unknown };
    const handle = app.handle.bind(app);
    viaExpress = vi.fn<(...args: unknown[]) => unknown>((...args) => handle(...args));
    app.handle = viaExpress;
  }, 240_000);
  afterAll(async () => {
    await express?.close();
    await lane?.close();
  });

  /** How many requests for the lane's operations reached express since call number `since`. */
  const laneRequestsHandedOver = (since: number) =>
    viaExpress.mock.calls.slice(since).filter(([req]) => {
      const { method, url } = req as { method: string; url: string };
      return onLane({ method, path: url });
    }).length;

  it('covers the cases of the lane operations', () => {
    expect(cases.filter((c) => /^(chat|completions|embeddings)\//.test(c.file)).length).toBeGreaterThan(20);
    expect(cases.filter((c) => c.file.startsWith('errors/')).length).toBeGreaterThan(15);
  });

  const same = (a: Reply, b: Reply, request: CaseRequest) => {
    expect(a.status).toBe(b.status);
    expect(a.headers['content-type']).toBe(b.headers['content-type']);
    if (request.headers?.['x-request-id']) expect(a.headers['x-request-id']).toBe(b.headers['x-request-id']);
    else {
      expect(a.headers['x-request-id']).toMatch(/^[\w-]{36}$/);
      expect(b.headers['x-request-id']).toMatch(/^[\w-]{36}$/);
    }
    expect(a.text).toBe(b.text);
  };

  for (const c of cases) {
    it(`${c.file}: ${c.name}`, async () => {
      const replies: Array<[Reply[], number]> = [];
      for (const harness of [lane, express]) {
        const got: Reply[] = [];
        const before = viaExpress.mock.calls.length;
        expect(await runCase(harness, c, (_step, _request, reply) => got.push(reply))).toEqual([]);
        replies.push([got, laneRequestsHandedOver(before)]);
      }
      const [[viaLane, handedOver], [viaExpressOnly]] = replies as [[Reply[], number], [Reply[], number]];
      const steps = stepsOf(c);
      expect(viaLane.length).toBe(viaExpressOnly.length);
      // Other steps (a file upload before a chat) carry ids of their own; their status must agree.
      viaLane.forEach((reply, i) =>
        onLane(requestOf(steps[i]!))
          ? same(reply, viaExpressOnly[i]!, requestOf(steps[i]!)!)
          : expect(reply.status).toBe(viaExpressOnly[i]!.status),
      );
      const laneSteps = steps.filter((s) => onLane(requestOf(s))).length;
      expect(handedOver).toBe(HANDED_OVER.has(c.file) ? laneSteps : 0);
    });
  }

  it('checks replies against the contract in the test configuration, as express does', async () => {
    // Not a conformance case: in production the reply goes out as the upstream sent it.
    const offContract: ConformanceCase = {
      name: 'an upstream 200 that is not a chat completion',
      file: 'inline',
      request: { method: 'POST', path: chat, body: JSON.parse(hello) as object },
      // A chat completion by its choices (so not a 502), but without the fields the contract requires.
      upstream: [{ path: '/chat/completions', json: { choices: [] } }],
      expect: {
        status: 500,
        body: { error: { message: '$matches ^The gateway produced an invalid reply' } },
      },
    };
    const texts: string[] = [];
    for (const harness of [lane, express])
      expect(await runCase(harness, offContract, (_s, _r, reply) => texts.push(reply.text))).toEqual([]);
    expect(texts[0]).toBe(texts[1]);
  });

  for (const edge of EDGES) {
    it(`${edge.name}: ${edge.lane ? 'served by the lane' : 'handed to express'}, answered alike`, async () => {
      const before = viaExpress.mock.calls.length;
      const a = await send(lane.base, edge.request);
      expect(viaExpress.mock.calls.length - before).toBe(edge.lane ? 0 : 1);
      same(a, await send(express.base, edge.request), edge.request);
    });
  }
});
