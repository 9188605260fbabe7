/**
 * A WebSocket session against a socket that the test drives: backpressure (a turn waits for a full
 * socket before it takes the next event from the engine), the lane cap, the connection's time limit,
 * a client that leaves, the bound on waiting requests and shutdown.
 */
import { EventEmitter } from 'node:events';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ResponseStreamEvent } from '../src/api-types.js';
import { baseResponse } from '../src/engine/responses/resource.js';
import { Run } from '../src/engine/responses/run.js';
import type { CreateTurn } from '../src/handlers/responses.js';
import { contract } from '../src/server/contract.js';
import type { HandlerContext } from '../src/server/reply.js';
import { UnionExplainer } from '../src/server/union-errors.js';
import { MessageReader } from '../src/server/websocket-messages.js';
import { WebSocketSession, type Socket } from '../src/server/websocket-session.js';

class FakeSocket extends EventEmitter {
  readyState: number = 1;
  bufferedAmount = 0;
  readonly sent: Record<string, unknown>[] = [];
  /** Callbacks of sends not yet "written". */
  readonly pending: Array<() => void> = [];
  paused = 0;
  resumed = 0;
  closed: { code?: number; reason?: string } | undefined;

  send(data: string, cb?: (error?: Error) => void): void {
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
    if (cb) this.pending.push(() => cb());
  }
  pause(): void {
    this.paused++;
  }
  resume(): void {
    this.resumed++;
  }
  close(code?: number, reason?: string): void {
    this.closed = { code, reason };
  }
  receive(message: unknown): void {
    this.emit('message', Buffer.from(JSON.stringify(message)), false);
  }
  /** The client leaves. */
  leave(): void {
    this.readyState = 3;
    this.emit('close');
  }
}

const reader = new MessageReader(contract(), new UnionExplainer(contract()));
const ctx: HandlerContext = {
  requestId: 'req-1',
  tenant: 'default',
  log: pino({ level: 'silent' }),
  signal: new AbortController().signal,
};
const create = (extra: Record<string, unknown> = {}) => ({
  type: 'response.create',
  model: 'gpt-4o-mini',
  input: 'Hi',
  ...extra,
});
const settle = () => new Promise((resolve) => setImmediate(resolve));

function event(sequence: number): ResponseStreamEvent {
  return {
    type: 'response.output_text.delta',
    sequence_number: sequence,
    item_id: 'msg_1',
    output_index: 0,
    content_index: 0,
    delta: 'x',
    logprobs: [],
  } as ResponseStreamEvent;
}

/** A turn of `count` events that records how many the session has taken, and its context. */
function counting(count: number, gate?: Promise<void>) {
  const seen = { pulled: 0, contexts: [] as HandlerContext[] };
  const turn: CreateTurn = async (_body, turnCtx) => {
    seen.contexts.push(turnCtx);
    const events = (async function* () {
      for (let i = 0; i < count; i++) {
        if (gate && i === 1) await gate;
        seen.pulled++;
        yield event(i);
      }
    })();
    return new Run(baseResponse('resp_1', { model: 'gpt-4o-mini' }), [], events);
  };
  return { seen, turn };
}

function session(
  socket: FakeSocket,
  turn: CreateTurn,
  limits: { maxStreams?: number; maxAgeMs?: number } = {},
) {
  return new WebSocketSession(socket as unknown as Socket, ctx, {
    createTurn: turn,
    reader,
    maxStreams: limits.maxStreams ?? 16,
    maxAgeMs: limits.maxAgeMs ?? 60_000,
  });
}

afterEach(() => vi.useRealTimers());

describe('a WebSocket session', () => {
  it('takes the next event from the engine only once a full socket has written the last one', async () => {
    const socket = new FakeSocket();
    socket.bufferedAmount = 10 * 1024 * 1024;
    const { seen, turn } = counting(5);
    session(socket, turn);
    socket.receive(create());
    await settle();
    expect(seen.pulled).toBe(1);
    for (let written = 1; written < 5; written++) {
      socket.pending.shift()!();
      await settle();
      expect(seen.pulled).toBe(written + 1);
    }
  });

  it('does not wait while the socket keeps up', async () => {
    const socket = new FakeSocket();
    const { seen, turn } = counting(5);
    session(socket, turn);
    socket.receive(create());
    await settle();
    expect(seen.pulled).toBe(5);
    expect(socket.sent.map((m) => m.sequence_number)).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses a lane past the cap with websocket_stream_limit_reached, naming the lane', async () => {
    const socket = new FakeSocket();
    let open!: () => void;
    const { turn } = counting(2, new Promise<void>((resolve) => (open = resolve)));
    session(socket, turn, { maxStreams: 1 });
    socket.receive(create({ stream_id: 'a' }));
    socket.receive(create({ stream_id: 'b' }));
    await settle();
    const refusal = socket.sent.find((m) => m.type === 'error');
    expect(refusal).toMatchObject({
      type: 'error',
      status: 400,
      stream_id: 'b',
      error: { code: 'websocket_stream_limit_reached', param: 'stream_id' },
    });
    // The same lane queues behind its running response instead.
    socket.receive(create({ stream_id: 'a' }));
    open();
    await settle();
    await settle();
    expect(socket.sent.filter((m) => m.type === 'error')).toHaveLength(1);
    expect(socket.sent.filter((m) => m.stream_id === 'a')).toHaveLength(4);
  });

  it('closes an idle connection as soon as its time limit passes', () => {
    vi.useFakeTimers();
    const socket = new FakeSocket();
    session(socket, counting(1).turn, { maxAgeMs: 1_000 });
    vi.advanceTimersByTime(999);
    expect(socket.closed).toBeUndefined();
    vi.advanceTimersByTime(2);
    expect(socket.closed).toEqual({ code: 1000, reason: 'websocket_connection_limit_reached' });
    expect(socket.sent).toEqual([]);
  });

  it('past its time limit answers websocket_connection_limit_reached, and closes once the running turn is done', async () => {
    vi.useFakeTimers();
    const socket = new FakeSocket();
    let release!: () => void;
    const { seen, turn } = counting(2, new Promise<void>((resolve) => (release = resolve)));
    session(socket, turn, { maxAgeMs: 1_000 });
    socket.receive(create());
    await vi.advanceTimersByTimeAsync(1_001);
    expect(socket.closed).toBeUndefined();
    socket.receive(create());
    expect(seen.contexts).toHaveLength(1);
    expect(socket.sent.at(-1)).toEqual(
      expect.objectContaining({
        type: 'error',
        status: 400,
        error: expect.objectContaining({ code: 'websocket_connection_limit_reached' }),
      }),
    );
    expect(socket.closed).toBeUndefined();
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.pulled).toBe(2);
    expect(socket.closed).toEqual({ code: 1000, reason: 'websocket_connection_limit_reached' });
  });

  it('pauses a client whose refused messages it cannot send, and reads again once they are written', async () => {
    const socket = new FakeSocket();
    session(socket, counting(1).turn);
    socket.bufferedAmount = 1024 * 1024;
    socket.emit('message', Buffer.from('not json'), false);
    expect(socket.sent.at(-1)).toMatchObject({ type: 'error', status: 400 });
    expect([socket.paused, socket.resumed]).toEqual([1, 0]);
    socket.bufferedAmount = 0;
    for (const written of socket.pending.splice(0)) written();
    await settle();
    expect(socket.resumed).toBe(1);
  });

  it('logs a frame ws refused instead of throwing it', () => {
    const socket = new FakeSocket();
    session(socket, counting(1).turn);
    expect(() => socket.emit('error', new RangeError('Max payload size exceeded'))).not.toThrow();
  });

  it('aborts the running turn when the client leaves, and runs none of the waiting ones', async () => {
    const socket = new FakeSocket();
    const { seen, turn } = counting(2, new Promise<void>(() => {}));
    session(socket, turn);
    socket.receive(create());
    socket.receive(create());
    await settle();
    expect(seen.contexts[0]!.signal.aborted).toBe(false);
    socket.leave();
    expect(seen.contexts[0]!.signal.aborted).toBe(true);
    await settle();
    expect(seen.contexts).toHaveLength(1);
  });

  it('stops reading the client while too many requests wait, and reads again as they run', async () => {
    const socket = new FakeSocket();
    let open!: () => void;
    const { turn } = counting(2, new Promise<void>((resolve) => (open = resolve)));
    session(socket, turn);
    for (let i = 0; i < 32; i++) socket.receive(create());
    expect(socket.paused).toBe(1);
    open();
    await vi.waitFor(() => expect(socket.resumed).toBeGreaterThan(0));
  });

  it('shuts down after its running turn, refusing new ones meanwhile', async () => {
    const socket = new FakeSocket();
    let open!: () => void;
    const { turn } = counting(2, new Promise<void>((resolve) => (open = resolve)));
    const s = session(socket, turn);
    socket.receive(create());
    await settle();
    const down = s.shutdown();
    socket.receive(create());
    expect(socket.sent.at(-1)).toMatchObject({
      type: 'error',
      status: 503,
      error: { code: 'server_shutting_down' },
    });
    expect(socket.closed).toBeUndefined();
    open();
    await down;
    expect(socket.closed).toEqual({ code: 1001, reason: 'the gateway is shutting down' });
  });
});
