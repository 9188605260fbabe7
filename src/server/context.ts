/**
 * Per-request context: request id (accepted or generated, echoed), a child logger, the abort signal,
 * and the one access line.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { APIUserAbortError } from 'openai';
import type { Logger } from 'pino';
import type { HandlerContext } from './reply.js';

const ACCEPTABLE_ID = /^[\w.:@/+=-]{1,200}$/;

const acceptableId = (value: string | string[] | undefined) =>
  typeof value === 'string' && ACCEPTABLE_ID.test(value) ? value : undefined;

/** nginx's "client closed request": the client went away before its reply was complete. */
export const CLIENT_CLOSED = 499;

/** Replies the gateway itself cut short (a failure after the headers went out), so not the client's doing. */
const cutByGateway = new WeakSet<ServerResponse>();

/** Each open reply's abort signal, so any transport's writer can tell a client that left. */
const signals = new WeakMap<ServerResponse, AbortSignal>();

/**
 * Gives a request its context and, when its connection closes, writes its access line: one line at
 * info, with status 499 when the client left before the reply was complete (the upstream call is
 * aborted through `ctx.signal` then). Plain node:http, so every listener shares it; `started` is
 * when the request arrived.
 */
export function openContext(
  log: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  url: string,
  started = performance.now(),
): HandlerContext {
  const requestId = requestIdOf(req);
  res.setHeader('x-request-id', requestId);
  // The client's own id for the request (OpenAI's SDKs and Codex send one), echoed and logged so the
  // two sides' logs can be matched; one the gateway cannot log safely is left out, never refused.
  const clientRequestId = clientRequestIdOf(req);
  if (clientRequestId) res.setHeader('x-client-request-id', clientRequestId);
  const controller = new AbortController();
  const ctx = contextOf(log, req, requestId, controller.signal);
  signals.set(res, controller.signal);
  res.on('close', () => {
    const incomplete = !res.writableFinished;
    if (incomplete) controller.abort();
    const clientClosed = incomplete && !cutByGateway.has(res);
    accessLine(ctx.log, {
      method: req.method,
      url,
      status: clientClosed ? CLIENT_CLOSED : res.statusCode,
      started,
      ...(clientRequestId && { clientRequestId }),
      ...(clientClosed && { clientClosed }),
      ...(incomplete && !clientClosed && { aborted: true }),
      ...ctx.accessFields,
    });
  });
  return ctx;
}

/** The id a request goes by: the client's x-request-id when it is a sane one, else a new one. */
export function requestIdOf(req: IncomingMessage): string {
  return acceptableId(req.headers['x-request-id']) ?? randomUUID();
}

/** The client's own id for the request, when it sent one the gateway can log safely. */
export function clientRequestIdOf(req: IncomingMessage): string | undefined {
  return acceptableId(req.headers['x-client-request-id']);
}

/**
 * A request's context from its head, for every transport (HTTP and the WebSocket upgrade alike):
 * this is where its credentials are to be read (Authorization, api-key) when API keys land, so no
 * transport can skip them. Until then every request is the "default" tenant's.
 */
export function contextOf(
  log: Logger,
  _req: IncomingMessage,
  requestId: string,
  signal: AbortSignal,
): HandlerContext {
  return { requestId, tenant: 'default', log: log.child({ reqId: requestId }), signal };
}

/** The one access line of a request (or of a WebSocket connection, written when it closes). */
export function accessLine(
  log: Logger,
  {
    started,
    ...fields
  }: { method?: string | undefined; url: string; status: number; started: number } & Record<string, unknown>,
): void {
  log.info({ ...fields, ms: Math.round((performance.now() - started) * 100) / 100 }, 'request');
}

/** Contexts the fast lane opened for requests it then handed to express. */
const handedOver = new WeakMap<ServerResponse, HandlerContext>();

/** Gives a request the fast lane began to express, which goes on with the same context. */
export function handOver(
  res: ServerResponse,
  ctx: HandlerContext,
  express: RequestListener,
  req: IncomingMessage,
): void {
  handedOver.set(res, ctx);
  express(req, res);
}

export function requestContext(log: Logger): RequestHandler {
  return (req, res, next) => {
    res.locals.ctx = handedOver.get(res) ?? openContext(log, req, res, req.originalUrl);
    next();
  };
}

/** Ends a reply that failed after its headers went out: the gateway's failure, not a client's. */
export function cutShort(res: ServerResponse): void {
  cutByGateway.add(res);
  res.destroy();
}

/**
 * Whether an error is only the echo of a client having gone away: the reply's signal fired because
 * its client left (not because the gateway cut it) and the error is that abort, as the SDK, undici
 * or a stream report it. The access line already tells of it (499); it is no failure to log.
 */
export function isClientClosed(res: ServerResponse, error: unknown): boolean {
  const signal = signals.get(res);
  if (!signal?.aborted || cutByGateway.has(res)) return false;
  for (let e = error as { name?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (e === signal.reason || e.name === 'AbortError' || e instanceof APIUserAbortError) return true;
    e = e.cause as typeof e;
  }
  return false;
}

/**
 * Model ids may contain "/" ("openai/gpt-4o") and clients send them unencoded in the path; the
 * contract has one {model} segment, so the rest of the path is folded into it before routing.
 */
export const foldModelIdPath: RequestHandler = (req, _res, next) => {
  const prefix = '/v1/models/';
  if (req.url.startsWith(prefix)) {
    const q = req.url.indexOf('?');
    const rest = q === -1 ? req.url.slice(prefix.length) : req.url.slice(prefix.length, q);
    if (rest.includes('/'))
      req.url = prefix + rest.replaceAll('/', '%2F') + (q === -1 ? '' : req.url.slice(q));
  }
  next();
};
