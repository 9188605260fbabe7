/**
 * The fast lane: the gateway's one node:http request listener. It serves the operations openapi.yaml
 * marks `x-fast-lane: true` (the pass-through POSTs, JSON and SSE) itself — reading the body,
 * validating it with the validators codegen generated from the contract, running the same handler
 * — and hands every other request to the express app unchanged. Express's own per-request cost is
 * larger than the whole of a bare proxy's (docs/benchmarks.md), so the hot path goes around it.
 *
 * Whatever the lane could not answer exactly as express would goes to express, before the body is
 * read (a Content-Encoding, a content type other than JSON in UTF-8, a query string, no
 * Content-Length, a body over the limit) or after (a body that is not a JSON object: express's body
 * parser words that error). docs/architecture.md lists them.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import {
  augmentAjvErrors,
  ajvErrorsToValidatorError,
} from 'express-openapi-validator/dist/middlewares/util.js';
import { contentType as withCharset } from 'mime-types';
import type { Logger } from 'pino';
import { fastLaneOperations, type LaneOperation } from '../generated/fast-lane.js';
import type { Handlers } from '../generated/router.js';
import { handOver, openContext } from './context.js';
import { nodeAt, type Schema } from './contract.js';
import { explainerFor, failureReply } from './errors.js';
import { nestingError, tooDeep } from './json-depth.js';
import { RawReply, StreamReply, type HandlerContext, type Reply } from './reply.js';
import { standIn } from './stand-in.js';
import { writeEventStream } from './sse.js';
import type { UnionExplainer } from './union-errors.js';

export interface FastLaneOptions {
  handlers: Handlers;
  log: Logger;
  bodyLimitBytes: number;
  validateResponses: boolean;
  /** The contract as data and its union explainer, shared with the express app. */
  contract: Schema;
  explainer: UnionExplainer;
}

/** What express.json and the validator accept without a word: JSON, in UTF-8 if a charset is named. */
const JSON_MEDIA = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/** The request is one the lane answers exactly as express would, judged by its head alone. */
function servable(req: IncomingMessage, limit: number): boolean {
  const { headers } = req;
  if (headers['content-encoding'] !== undefined || headers['transfer-encoding'] !== undefined) return false;
  if (!JSON_MEDIA.test(headers['content-type'] ?? '')) return false;
  const length = Number(headers['content-length']);
  return Number.isInteger(length) && length > 0 && length <= limit;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('close', () => req.complete || reject(new Error('the client closed the request')));
  });
}

/** A copy of a request whose body was read, for express to read it again. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = standIn(req);
  copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}

function sendJson(
  res: ServerResponse,
  status: number,
  text: string | Uint8Array,
  headers?: Readonly<Record<string, string>>,
): void {
  res.statusCode = status;
  if (headers) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

export function withFastLane(options: FastLaneOptions, fallback: RequestListener): RequestListener {
  const { handlers, log, validateResponses, contract, explainer } = options;
  const bodySchemas = new Map(
    Object.values(fastLaneOperations).map((op) => [op, nodeAt(contract, [...op.bodySchema])]),
  );

  /** A JSON reply, validated against the operation's reply schema as express's validator would. */
  function replyJson(
    op: LaneOperation,
    res: ServerResponse,
    ctx: HandlerContext,
    status: number,
    text: string,
  ) {
    if (!validateResponses) return sendJson(res, status, text);
    const parsed: unknown = JSON.parse(text);
    const validate = op.replies[status];
    if (!validate) return fail(res, ctx, { status: 500, message: `no schema for status ${status}` });
    if (!validate({ response: parsed })) {
      const errors = augmentAjvErrors([...(validate.errors ?? [])]);
      return fail(res, ctx, { ...ajvErrorsToValidatorError(500, errors), message: 'invalid reply' });
    }
    sendJson(res, status, JSON.stringify(parsed));
  }

  function fail(
    res: ServerResponse,
    ctx: HandlerContext,
    error: unknown,
    op?: LaneOperation,
    body?: unknown,
  ) {
    const explain = op ? explainerFor(explainer, bodySchemas.get(op), body) : undefined;
    const failure = failureReply(res, ctx, error, ctx.log, explain);
    if (failure)
      sendJson(res, failure.apiError.status, JSON.stringify(failure.apiError.toJSON()), failure.headers);
  }

  async function send(op: LaneOperation, res: ServerResponse, ctx: HandlerContext, reply: Reply<unknown>) {
    if (ctx.replyHeaders)
      for (const [name, value] of Object.entries(ctx.replyHeaders)) res.setHeader(name, value);
    if (reply instanceof StreamReply) return writeEventStream(res, reply, ctx.log);
    if (reply instanceof RawReply) {
      // Unvalidated, the upstream's bytes go out as they came (no decoding and encoding again).
      if (reply.contentType.includes('json'))
        return validateResponses
          ? replyJson(op, res, ctx, reply.status, Buffer.from(reply.body).toString('utf8'))
          : sendJson(res, reply.status, reply.body);
      res.writeHead(reply.status, { 'content-type': withCharset(reply.contentType) || reply.contentType });
      return void res.end(reply.body);
    }
    replyJson(op, res, ctx, op.status, JSON.stringify(reply));
  }

  async function serve(op: LaneOperation, req: IncomingMessage, res: ServerResponse, ctx: HandlerContext) {
    let raw: Buffer;
    try {
      raw = await readBody(req);
    } catch {
      return void res.destroy();
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      body = undefined;
    }
    if (!body || typeof body !== 'object' || Array.isArray(body))
      return handOver(res, ctx, fallback, replay(req, raw));
    const deep = tooDeep(body);
    if (deep) return fail(res, ctx, nestingError(deep));
    const input = { body };
    if (!op.request(input)) {
      const errors = augmentAjvErrors([...(op.request.errors ?? [])]);
      return fail(
        res,
        ctx,
        { ...ajvErrorsToValidatorError(400, errors), message: 'invalid request' },
        op,
        body,
      );
    }
    ctx.rawBody = raw;
    try {
      const handler = handlers[op.operationId] as (
        input: unknown,
        ctx: HandlerContext,
      ) => Promise<Reply<unknown>>;
      await send(op, res, ctx, await handler(input, ctx));
    } catch (error) {
      fail(res, ctx, error, op, body);
    }
  }

  return (req, res) => {
    const op = req.method === 'POST' ? fastLaneOperations[req.url ?? ''] : undefined;
    if (!op || !servable(req, options.bodyLimitBytes)) return fallback(req, res);
    void serve(op, req, res, openContext(log, req, res, req.url!));
  };
}
