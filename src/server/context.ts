/** Per-request context: request id (accepted or generated, echoed), a child logger, the abort signal. */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { HandlerContext } from './reply.js';

const ACCEPTABLE_ID = /^[\w.:@/+=-]{1,200}$/;

/**
 * Opens a request's context on either transport (express or the fast lane): the request id, echoed
 * in x-request-id, a child logger, an abort signal for when the client goes away, and the access
 * line when the reply ends. `started` is when the request arrived.
 */
export function openContext(
  log: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  url: string,
  started = performance.now(),
): HandlerContext {
  const incoming = req.headers['x-request-id'];
  const requestId = typeof incoming === 'string' && ACCEPTABLE_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', requestId);
  const controller = new AbortController();
  const child = log.child({ reqId: requestId });
  const ctx: HandlerContext = { requestId, tenant: 'default', log: child, signal: controller.signal };
  res.on('close', () => {
    const aborted = !res.writableFinished;
    if (aborted) controller.abort();
    child.info(
      {
        method: req.method,
        url,
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 100) / 100,
        ...(aborted && { aborted }),
      },
      'request',
    );
  });
  return ctx;
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
