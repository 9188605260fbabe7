/**
 * One WebSocket connection to /v1/responses: each `response.create` is a turn run through the same
 * handler-level call as POST /v1/responses (src/handlers/responses.ts), its events sent as JSON text
 * messages. Turns of one lane (`stream_id`, or none) run one after another, in the order they came;
 * lanes run at once, up to a configured number. A slow reader pauses the turn (and with it the
 * model's stream) instead of filling memory; a client that leaves aborts its turns.
 */
import type { Logger } from 'pino';
import { WebSocket } from 'ws';
import { ApiError, badRequest } from '../errors.js';
import type { CreateTurn } from '../handlers/responses.js';
import { toApiError } from './errors.js';
import type { HandlerContext } from './reply.js';
import { ConnectionMemory } from './websocket-memory.js';
import {
  errorMessage,
  previousNotFound,
  type ClientMessage,
  type MessageReader,
} from './websocket-messages.js';

export interface SessionOptions {
  createTurn: CreateTurn;
  reader: MessageReader;
  /** How many lanes may have a response in flight or waiting at once. */
  maxStreams: number;
  /** How long a connection takes new responses (Open Responses: 60 minutes). */
  maxAgeMs: number;
}

type Create = Extract<ClientMessage, { kind: 'create' }>;

/** What a session uses of its socket (a ws WebSocket). */
export type Socket = Pick<
  WebSocket,
  'readyState' | 'bufferedAmount' | 'send' | 'pause' | 'resume' | 'close'
> & {
  on(event: 'message', listener: (data: Buffer, isBinary: boolean) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
};

/** Unsent bytes past which a turn waits for the socket before it sends more. */
const HIGH_WATER_BYTES = 64 * 1024;
/** Requests waiting in all lanes past which the connection stops reading the client. */
const MAX_WAITING = 32;

export class WebSocketSession {
  private readonly lanes = new Map<string, Create[]>();
  private readonly turns = new Set<AbortController>();
  private readonly memory: ConnectionMemory;
  private readonly ageTimer: NodeJS.Timeout;
  private waiting = 0;
  private expired = false;
  private draining = false;
  /** Responses this connection created, for its access line. */
  count = 0;
  /** What the connection's turns added to the access line (e.g. hosted tools not offered). */
  readonly accessFields: Record<string, unknown> = {};
  /** Resolves once no turn runs or waits. */
  private idle: (() => void) | undefined;

  constructor(
    private readonly ws: Socket,
    private readonly ctx: HandlerContext,
    private readonly options: SessionOptions,
  ) {
    this.memory = new ConnectionMemory(options.maxStreams);
    ws.on('message', (data: Buffer, isBinary) => this.receive(data, isBinary));
    ws.on('close', () => {
      clearTimeout(this.ageTimer);
      this.lanes.clear();
      for (const turn of this.turns) turn.abort();
    });
    // A frame ws refuses (over the size limit, text that is not UTF-8, a protocol error) is the
    // client's fault: ws closes the connection with the matching code (1009, 1007, 1002) after
    // this; without a listener the error would be thrown and end the process.
    ws.on('error', (error) => this.log.info({ err: error }, 'websocket closed on a bad frame'));
    this.ageTimer = setTimeout(() => this.expire(), options.maxAgeMs).unref();
  }

  /** The time limit passed: an idle connection closes now, a busy one once its turns finish. */
  private expire(): void {
    this.expired = true;
    if (!this.lanes.size) this.ws.close(1000, 'websocket_connection_limit_reached');
  }

  private get log(): Logger {
    return this.ctx.log;
  }

  /** Stops taking responses, lets the running ones finish, then closes (Going Away). */
  async shutdown(): Promise<void> {
    this.draining = true;
    if (this.lanes.size) await new Promise<void>((resolve) => (this.idle = resolve));
    this.ws.close(1001, 'the gateway is shutting down');
  }

  private receive(data: Buffer, isBinary: boolean): void {
    const message = this.options.reader.read(data, isBinary);
    if (message.kind === 'ignored') return;
    if (message.kind === 'invalid') return this.answer(errorMessage(message.error, message.streamId));
    const refusal = this.refusal(message);
    if (refusal) {
      this.answer(errorMessage(refusal, message.streamId));
      if (this.expired && !this.lanes.size) this.ws.close(1000, 'websocket_connection_limit_reached');
      return;
    }
    const lane = message.streamId ?? '';
    const queue = this.lanes.get(lane);
    if (queue) queue.push(message);
    else {
      this.lanes.set(lane, [message]);
      void this.run(lane);
    }
    // The queues hold whole requests: past a bound, the client waits in its socket, not in memory.
    if (++this.waiting >= MAX_WAITING) this.ws.pause();
  }

  private refusal(message: Create): ApiError | undefined {
    if (this.draining)
      return new ApiError(
        503,
        'The gateway is shutting down; open a new connection.',
        'server_error',
        null,
        'server_shutting_down',
      );
    if (this.expired)
      return badRequest(
        `This WebSocket connection has reached its time limit (${Math.round(this.options.maxAgeMs / 60_000)} minutes); open a new one to continue.`,
        null,
        'websocket_connection_limit_reached',
      );
    if (!this.lanes.has(message.streamId ?? '') && this.lanes.size >= this.options.maxStreams)
      return badRequest(
        `This WebSocket connection has reached its stream limit (${this.options.maxStreams} lanes at once).`,
        'stream_id',
        'websocket_stream_limit_reached',
      );
    return undefined;
  }

  /** Runs a lane's requests in order until it has none left. */
  private async run(lane: string): Promise<void> {
    const queue = this.lanes.get(lane)!;
    for (let next = queue[0]; next; next = queue[0]) {
      await this.turn(lane, next);
      queue.shift();
      --this.waiting;
      this.resumeIfRoom();
    }
    this.lanes.delete(lane);
    if (!this.lanes.size) {
      this.idle?.();
      if (this.expired) this.ws.close(1000, 'websocket_connection_limit_reached');
    }
  }

  private async turn(lane: string, { streamId, generate, body }: Create): Promise<void> {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    const controller = new AbortController();
    this.turns.add(controller);
    const ctx: HandlerContext = { ...this.ctx, signal: controller.signal, replyHeaders: undefined };
    const tag = streamId === undefined ? {} : { stream_id: streamId };
    let next = 0;
    let dropped = 0;
    let failed = false;
    try {
      // Every turn streams: `stream` means nothing on a socket (Codex sends true anyway).
      const run = await this.options.createTurn({ ...body, stream: true }, ctx, {
        previous: this.memory.previous,
        generate,
      });
      this.count++;
      for await (const event of run) {
        if (this.ws.readyState !== WebSocket.OPEN) break;
        failed ||= event.type === 'response.failed';
        // On a socket a turn ends with exactly one final message, which clients read as the end of
        // it: the SSE stream's `error` before response.failed would end it one message early. The
        // numbers after it close up, so the turn's sequence still counts 0, 1, 2 …
        if (event.type === 'error') {
          dropped++;
          continue;
        }
        next = event.sequence_number - dropped + 1;
        if (event.type === 'response.completed' || event.type === 'response.incomplete')
          // A stored response is continued from the store, which knows when it was deleted.
          this.memory.remember(lane, event.response.id, event.response.store ? undefined : run.chain);
        await this.send({ ...event, sequence_number: next - 1, ...tag });
      }
    } catch (error) {
      failed = true;
      if (!controller.signal.aborted) {
        const apiError = previousNotFound(toApiError(error));
        if (apiError.status >= 500) this.log.error({ err: error }, 'websocket turn failed');
        const message = errorMessage(apiError, streamId, { ...ctx.replyHeaders, ...apiError.headers });
        await this.send(next ? { ...message, sequence_number: next } : message);
      }
    } finally {
      this.turns.delete(controller);
      Object.assign(this.accessFields, ctx.accessFields);
    }
    // A continuation that failed is not to be tried again from the same state.
    if (failed && body.previous_response_id) this.memory.forget(body.previous_response_id);
  }

  /**
   * Answers a message that starts no turn (refused, invalid): a client that keeps sending them and
   * never reads is paused like one whose turns fill the socket.
   */
  private answer(message: object): void {
    const sent = this.send(message);
    if (this.ws.bufferedAmount <= HIGH_WATER_BYTES) return;
    this.ws.pause();
    void sent.then(() => this.resumeIfRoom());
  }

  private resumeIfRoom(): void {
    if (this.waiting < MAX_WAITING) this.ws.resume();
  }

  private async send(message: object): Promise<void> {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    const written = new Promise<void>((resolve) => this.ws.send(JSON.stringify(message), () => resolve()));
    if (this.ws.bufferedAmount > HIGH_WATER_BYTES) await written;
  }
}
