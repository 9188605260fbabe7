/**
 * Responses over WebSocket: `GET /v1/responses` with an Upgrade, on the gateway's node:http server.
 * The upgrade gets a request's context as any HTTP request does (request id, echoed on the 101; the
 * place credentials are read; one access line, written when the connection closes); each connection
 * is a WebSocketSession. Any other path, or a request that is not a WebSocket handshake, is refused
 * with the error envelope.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { ApiError, badRequest, notFound } from '../errors.js';
import type { CreateTurn } from '../handlers/responses.js';
import { accessLine, clientRequestIdOf, contextOf, requestIdOf } from './context.js';
import type { Schema } from './contract.js';
import type { UnionExplainer } from './union-errors.js';
import { MessageReader } from './websocket-messages.js';
import { WebSocketSession } from './websocket-session.js';

export interface WebSocketOptions {
  log: Logger;
  createTurn: CreateTurn;
  /** The largest message taken, in bytes (the body limit). */
  maxMessageBytes: number;
  maxStreams: number;
  maxAgeMs: number;
  contract: Schema;
  explainer: UnionExplainer;
  /** How often each connection is pinged; one that has not answered the last ping is dropped. */
  heartbeatMs: number;
}

export interface WebSocketTransport {
  /** Stops taking connections; open ones finish their responses (at most `timeoutMs`) and close. */
  close(timeoutMs: number): Promise<void>;
}

const PATH = '/v1/responses';

/** Refuses an upgrade with the error envelope, as an HTTP reply (the socket is not a WebSocket yet). */
function refuse(socket: Duplex, ids: string[], error: ApiError): void {
  const body = JSON.stringify(error.toJSON());
  socket.end(
    `HTTP/1.1 ${error.status} ${error.status === 404 ? 'Not Found' : 'Bad Request'}\r\n` +
      'connection: close\r\ncontent-type: application/json; charset=utf-8\r\n' +
      `content-length: ${Buffer.byteLength(body)}\r\n${ids.join('\r\n')}\r\n\r\n${body}`,
  );
}

/** The id headers of a reply to an upgrade: the request id, and the client's own id echoed. */
function idHeaders(requestId: string, clientRequestId: string | undefined): string[] {
  const headers = [`x-request-id: ${requestId}`];
  if (clientRequestId) headers.push(`x-client-request-id: ${clientRequestId}`);
  return headers;
}

export function acceptWebSockets(server: Server, options: WebSocketOptions): WebSocketTransport {
  const reader = new MessageReader(options.contract, options.explainer);
  // permessage-deflate stays off: Codex offers it, and a declined offer is part of the handshake.
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
  const ids = new WeakMap<IncomingMessage, string[]>();
  wss.on('headers', (headers, req) => headers.push(...(ids.get(req) ?? [])));
  const sessions = new Set<WebSocketSession>();
  let closing = false;
  // A peer that went away without a close (a sleeping laptop, a dropped NAT entry) is found by the
  // ping it does not answer, and dropped with its session and memory.
  const unanswered = new WeakSet<WebSocket>();
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (unanswered.has(ws)) ws.terminate();
      else {
        unanswered.add(ws);
        ws.ping();
      }
    }
  }, options.heartbeatMs).unref();

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const started = performance.now();
    const requestId = requestIdOf(req);
    const clientRequestId = clientRequestIdOf(req);
    const echoed = { ...(clientRequestId && { clientRequestId }) };
    const url = req.url ?? '/';
    socket.on('error', () => socket.destroy());
    const path = url.split('?')[0];
    if (path !== PATH || req.method !== 'GET' || closing) {
      const error =
        path !== PATH
          ? notFound(
              `Unknown request URL: ${req.method} ${path} (a WebSocket is served at ${PATH}).`,
              null,
              'unknown_url',
            )
          : closing
            ? new ApiError(503, 'The gateway is shutting down.', 'server_error', null, 'server_shutting_down')
            : badRequest(`A WebSocket upgrade is a GET, not ${req.method}.`);
      accessLine(options.log.child({ reqId: requestId }), {
        method: req.method,
        url,
        status: error.status,
        started,
        ...echoed,
      });
      return refuse(socket, idHeaders(requestId, clientRequestId), error);
    }
    ids.set(req, idHeaders(requestId, clientRequestId));
    const controller = new AbortController();
    const ctx = contextOf(options.log, req, requestId, controller.signal);
    // ws answers a broken handshake (no key, a wrong version) with 400 itself and never calls back.
    socket.once('close', () => {
      if (!upgraded) accessLine(ctx.log, { method: req.method, url, status: 400, started, ...echoed });
    });
    let upgraded = false;
    wss.handleUpgrade(req, socket, head, (ws) => {
      upgraded = true;
      const session = new WebSocketSession(ws, ctx, {
        createTurn: options.createTurn,
        reader,
        maxStreams: options.maxStreams,
        maxAgeMs: options.maxAgeMs,
      });
      sessions.add(session);
      ws.on('pong', () => unanswered.delete(ws));
      ws.on('close', (code) => {
        sessions.delete(session);
        controller.abort();
        accessLine(ctx.log, {
          method: req.method,
          url,
          status: 101,
          started,
          ...echoed,
          websocket: { responses: session.count, closeCode: code },
          ...session.accessFields,
        });
      });
    });
  });

  return {
    async close(timeoutMs) {
      closing = true;
      clearInterval(heartbeat);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs).unref()));
      await Promise.race([Promise.all([...sessions].map((s) => s.shutdown())), timeout]);
      clearTimeout(timer);
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
