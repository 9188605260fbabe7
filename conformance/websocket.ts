/**
 * WebSocket steps of conformance cases (GET /v1/responses with an Upgrade; openapi.yaml's
 * x-websocket). A step that has `websocket` instead of `request`:
 *
 *   - websocket:
 *       connection: a           # optional name (default "main"); opened on first use, kept between steps
 *       headers: { … }          # upgrade headers, when this step opens the connection
 *       send: [ {…}, "raw", … ] # messages: objects are JSON-encoded, strings sent as they are
 *       quiet: [ {…} ]          # messages sent first that must get no reply (response.processed)
 *       close_after: 3          # the client goes away after this many messages of this step
 *       close: true             # close the connection once this step's turns are in
 *       finish_order: [1, 0]    # the turns (by index) in the order their last messages came
 *     upstream: [UpstreamStep…]
 *     upgrade: { status: 101, headers: {…} }   # optional: the handshake's answer
 *     turns: [Expectation, …]   # one per sent message, in the order sent (see harness.ts)
 *     upstream_expect: { upstream_calls, upstream_body, upstream_aborted }
 *
 * Each server message goes to the turn of its lane (its stream_id, or none), in the order the
 * lane's messages were sent; a turn ends with its response.completed / .incomplete / .failed or an
 * `error` message. A turn is judged as the same reply over HTTP would be (harness.ts judge): its
 * events as an SSE stream of POST /v1/responses — structure and all three contracts — or an error
 * message as its error envelope with that status; an error message is also checked against each
 * contract's WebSocket error schema, and every message must carry the stream_id of its request.
 */
import { delay } from 'msw';
import WebSocket from 'ws';
import { judge, type Expectation, type StepResult } from './harness.js';
import { formatError, loadContracts } from './schemas.js';

type Json = Record<string, unknown>;

export interface WebSocketRequest {
  connection?: string;
  headers?: Record<string, string>;
  path?: string;
  send?: Array<Json | string>;
  quiet?: Json[];
  close_after?: number;
  close?: boolean;
  finish_order?: number[];
}

export interface Upgrade {
  status: number;
  headers?: Record<string, string>;
}

/** The WebSocket error message's schema in each contract. */
const ERROR_SCHEMAS = {
  ours: '#/components/schemas/ResponsesWebSocketError',
  openai: '#/components/schemas/ResponseWsError',
  openresponses: '#/components/schemas/WebSocketErrorEvent',
} as const;
const TERMINAL = new Set(['response.completed', 'response.incomplete', 'response.failed']);
const TURN_TIMEOUT_MS = 10_000;
const LEAVE_MS = 200;

class Connection {
  readonly messages: Json[] = [];
  private wake: (() => void) | undefined;
  closed = false;

  constructor(
    readonly ws: WebSocket,
    readonly upgrade: StepResult,
  ) {
    ws.on('message', (data) => {
      this.messages.push(JSON.parse(String(data)) as Json);
      this.wake?.();
    });
    ws.on('close', () => {
      this.closed = true;
      this.wake?.();
    });
  }

  /** Waits for a message past `seen`, or the close, for at most `ms`. */
  async next(seen: number, ms: number): Promise<boolean> {
    if (this.messages.length > seen || this.closed) return true;
    return Promise.race([
      new Promise<boolean>((resolve) => (this.wake = () => resolve(true))),
      delay(ms).then(() => false),
    ]);
  }
}

/** The open connections of one case. */
export class Connections {
  private readonly open = new Map<string, Connection>();

  constructor(private readonly base: string) {}

  /** The named connection, opened with these headers if it is not open yet; or the refused handshake. */
  async get(req: WebSocketRequest): Promise<Connection | StepResult> {
    const name = req.connection ?? 'main';
    const found = this.open.get(name);
    if (found) return found;
    const ws = new WebSocket(this.base.replace(/^http/, 'ws') + (req.path ?? '/v1/responses'), {
      headers: req.headers,
    });
    return new Promise((resolve, reject) => {
      ws.once('upgrade', (res) => {
        const connection = new Connection(ws, { status: 101, headers: flat(res.headers), text: '' });
        this.open.set(name, connection);
        ws.once('open', () => resolve(connection));
      });
      ws.once('unexpected-response', (_req, res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += String(c)));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: flat(res.headers), text }));
      });
      ws.once('error', reject);
    });
  }

  close(name: string): void {
    this.open.get(name)?.ws.close();
    this.open.delete(name);
  }

  closeAll(): void {
    for (const name of [...this.open.keys()]) this.close(name);
  }
}

function flat(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]),
  );
}

/** Runs one WebSocket step: its problems and its result (turns[i] as a step's reply, for substitution). */
export async function runWebSocketStep(
  connections: Connections,
  req: WebSocketRequest,
  upgrade: Upgrade | undefined,
  turns: Expectation[],
): Promise<{ problems: string[]; result: StepResult & { turns: StepResult[] } }> {
  const problems: string[] = [];
  const opened = await connections.get(req);
  if (!(opened instanceof Connection)) {
    if (!upgrade || upgrade.status === 101)
      problems.push(`the upgrade was refused: ${opened.status} ${opened.text}`);
    if (upgrade) problems.push(...judgeUpgrade(opened, upgrade));
    return { problems, result: { ...opened, turns: [] } };
  }
  if (upgrade) problems.push(...judgeUpgrade(opened.upgrade, upgrade));
  const sends = req.send ?? [];
  const lanes = new Map<string, number[]>();
  const collected: Json[][] = sends.map(() => []);
  const start = opened.messages.length;
  for (const message of req.quiet ?? []) opened.ws.send(JSON.stringify(message));
  for (const [i, message] of sends.entries()) {
    const lane =
      typeof message === 'object' && typeof message.stream_id === 'string' ? message.stream_id : '';
    lanes.set(lane, [...(lanes.get(lane) ?? []), i]);
    opened.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }
  let seen = start;
  const finished: number[] = [];
  const open = () => [...lanes.values()].some((l) => l.length);
  while (open()) {
    if (req.close_after !== undefined && seen - start >= req.close_after) {
      opened.ws.terminate();
      // The gateway learns of it from its own socket's close, a moment later.
      await delay(LEAVE_MS);
      break;
    }
    if (!(await opened.next(seen, TURN_TIMEOUT_MS)) || (opened.closed && seen === opened.messages.length))
      break;
    for (; seen < opened.messages.length; seen++) {
      const message = opened.messages[seen]!;
      const lane = typeof message.stream_id === 'string' ? message.stream_id : '';
      const turn = lanes.get(lane)?.[0];
      if (turn === undefined) {
        problems.push(
          `a message for no open turn (lane "${lane}"): ${JSON.stringify(message).slice(0, 200)}`,
        );
        continue;
      }
      collected[turn]!.push(message);
      if (message.type === 'error' || TERMINAL.has(String(message.type)))
        finished.push(lanes.get(lane)!.shift()!);
    }
  }
  if (req.close_after === undefined && open())
    problems.push(`turns without their final message: ${[...lanes.values()].flat().join(', ')}`);
  if (req.close) connections.close(req.connection ?? 'main');
  if (req.finish_order && JSON.stringify(req.finish_order) !== JSON.stringify(finished))
    problems.push(
      `turns finished in the order ${finished.join(', ')}, expected ${req.finish_order.join(', ')}`,
    );
  const results: StepResult[] = [];
  for (const [i, messages] of collected.entries()) {
    const expect = turns[i];
    if (!expect) {
      problems.push(`turn ${i}: no expectation for it`);
      continue;
    }
    const sent = sends[i];
    const lane = typeof sent === 'object' ? sent.stream_id : undefined;
    const judged = judgeTurn(messages, lane, expect);
    problems.push(...judged.problems.map((p) => `turn ${i}: ${p}`));
    results.push(judged.result);
  }
  if (turns.length > sends.length) problems.push(`${turns.length} turns expected, ${sends.length} sent`);
  return { problems, result: { ...opened.upgrade, turns: results } };
}

function judgeUpgrade(got: StepResult, upgrade: Upgrade): string[] {
  const problems: string[] = [];
  if (got.status !== upgrade.status)
    problems.push(`upgrade: status ${got.status}, expected ${upgrade.status}`);
  for (const [k, v] of Object.entries(upgrade.headers ?? {}))
    if (!got.headers[k.toLowerCase()]?.includes(v))
      problems.push(`upgrade: header ${k}: expected ${v}, got ${got.headers[k.toLowerCase()]}`);
  return problems;
}

/** One turn's messages, judged as the same reply over HTTP. */
function judgeTurn(
  messages: Json[],
  lane: unknown,
  expect: Expectation,
): { problems: string[]; result: StepResult } {
  const problems: string[] = [];
  for (const message of messages)
    if (message.stream_id !== lane)
      problems.push(
        `${String(message.type)}: stream_id ${JSON.stringify(message.stream_id)}, expected ${JSON.stringify(lane)}`,
      );
  const bare = messages.map(({ stream_id: _, ...rest }) => rest);
  const last = bare.at(-1);
  const request = { method: 'POST', path: '/v1/responses' };
  if (last?.type === 'error' && typeof last.status === 'number') {
    const contracts = loadContracts();
    for (const name of ['ours', 'openai', 'openresponses'] as const)
      for (const error of contracts[name].check(ERROR_SCHEMAS[name], messages.at(-1)))
        problems.push(`error message: ${formatError(error)}`);
    if (bare.length > 1 && bare.slice(0, -1).some((m) => m.type === 'response.created')) {
      // A turn that failed after it began: its events are a stream cut short by an error.
      const judged = judge(request, { ...expect, final_event: false, done: false }, sse(bare));
      return { problems: [...problems, ...judged.problems], result: judged.result };
    }
    const { sequence_number: _, ...envelope } = last;
    const judged = judge(request, expect, {
      status: last.status,
      headers: { 'content-type': 'application/json' },
      text: JSON.stringify({ error: envelope.error }),
    });
    return { problems: [...problems, ...judged.problems], result: { ...judged.result, events: bare } };
  }
  const judged = judge(request, expect, sse(bare, expect.done !== false));
  return { problems: [...problems, ...judged.problems], result: judged.result };
}

/** A turn's events as the SSE stream POST /v1/responses would have sent. */
function sse(events: Json[], done = true) {
  const text =
    events.map((e) => `event: ${String(e.type)}\ndata: ${JSON.stringify(e)}\n\n`).join('') +
    (done ? 'data: [DONE]\n\n' : '');
  return { status: 200, headers: { 'content-type': 'text/event-stream' }, text };
}
