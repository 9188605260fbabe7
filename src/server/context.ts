/** Per-request context: request id (accepted or generated, echoed), a child logger, the abort signal. */
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { HandlerContext } from './reply.js';

const ACCEPTABLE_ID = /^[\w.:@/+=-]{1,200}$/;

export function requestContext(log: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && ACCEPTABLE_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', requestId);
    const started = performance.now();
    const controller = new AbortController();
    const child = log.child({ reqId: requestId });
    const ctx: HandlerContext = { requestId, tenant: 'default', log: child, signal: controller.signal };
    res.locals.ctx = ctx;
    res.on('close', () => {
      const aborted = !res.writableFinished;
      if (aborted) controller.abort();
      child.info(
        {
          method: req.method,
          url: req.originalUrl,
          status: res.statusCode,
          ms: Math.round((performance.now() - started) * 100) / 100,
          ...(aborted && { aborted }),
        },
        'request',
      );
    });
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
