/** Runs a handler for a mounted route and sends whatever it returns. Used by src/generated/router.ts. */
import { pipeline } from 'node:stream/promises';
import type { RequestHandler, Response } from 'express';
import type { HandlerContext, Reply } from './reply.js';
import { FileReply, RawReply, StreamReply } from './reply.js';
import { writeEventStream } from './sse.js';
import { cutShort } from './context.js';

type Run = (
  input: { params: unknown; query: unknown; headers: unknown; body: unknown },
  ctx: HandlerContext,
) => Promise<Reply<unknown>>;

function send(res: Response, status: number, reply: Reply<unknown>): void | Promise<void> {
  const relayed = (res.locals.ctx as HandlerContext).replyHeaders;
  if (relayed) res.set(relayed);
  if (reply instanceof StreamReply)
    return writeEventStream(res, reply, (res.locals.ctx as HandlerContext | undefined)?.log);
  if (reply instanceof FileReply) {
    // attachment() would set a type from the name's extension; the reply's own type goes after it.
    res.status(status).attachment(reply.filename);
    res.setHeader('content-type', reply.contentType);
    res.setHeader('content-length', reply.size);
    // A read error after the headers went out can only cut the reply short.
    return pipeline(reply.body, res).catch(() => cutShort(res));
  }
  if (reply instanceof RawReply) {
    // With response validation on, hand the parsed body to res.json so the validator sees it; the
    // bytes on the wire are the same JSON.
    if (res.app.locals.validateResponses && reply.contentType.includes('json')) {
      res.status(reply.status).json(JSON.parse(Buffer.from(reply.body).toString('utf8')));
      return;
    }
    res.status(reply.status).type(reply.contentType).end(reply.body);
    return;
  }
  if (reply === undefined) {
    res.status(status).end();
    return;
  }
  res.status(status).json(reply);
}

export function invoke(status: number, run: Run): RequestHandler {
  return (req, res, next) => {
    run(
      { params: req.params, query: req.query, headers: req.headers, body: req.body },
      res.locals.ctx as HandlerContext,
    )
      .then((reply) => send(res, status, reply))
      .catch(next);
  };
}
