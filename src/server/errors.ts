/** The one place where anything thrown becomes OpenAI's error envelope with the right status. */
import type { ServerResponse } from 'node:http';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { cutShort, isClientClosed } from './context.js';
import type { HandlerContext } from './reply.js';
import type { Logger } from 'pino';
import type { Schema } from './contract.js';
import type { Explained, UnionExplainer } from './union-errors.js';
import { ApiError, badRequest, internalError, notFound, payloadTooLarge } from '../errors.js';

interface ValidatorIssue {
  path: string;
  message: string;
  errorCode?: string;
}

/** `/body/messages/0/content` → `messages[0].content`, the way OpenAI names a field. */
export function paramName(path: string): string {
  const parts = path
    .replace(/^\/(body|query|params|path|headers)\/?/, '')
    .split('/')
    .filter(Boolean);
  return parts.reduce(
    (name, part) => (/^\d+$/.test(part) ? `${name}[${part}]` : name ? `${name}.${part}` : part),
    '',
  );
}

/**
 * Of a validator's issues, the one that says most: the deepest path, since a oneOf failure lists
 * every branch. Enum failures on that path (one per branch: each message role) are merged.
 */
function mostSpecific(issues: ValidatorIssue[]): ValidatorIssue | undefined {
  const informative = issues.filter((i) => !/must match (exactly one|a schema in anyOf)/.test(i.message));
  const pool = informative.length ? informative : issues;
  const depth = (i: ValidatorIssue) => i.path.split('/').length;
  const best = pool.reduce<ValidatorIssue | undefined>(
    (b, i) => (!b || depth(i) > depth(b) ? i : b),
    undefined,
  );
  if (!best) return undefined;
  const allowed = pool
    .filter((i) => i.path === best.path && i.message.startsWith(ENUM_PREFIX))
    .flatMap((i) => i.message.slice(ENUM_PREFIX.length).split(', '));
  if (allowed.length > 1) return { ...best, message: `${ENUM_PREFIX}${[...new Set(allowed)].join(', ')}` };
  return best;
}

const ENUM_PREFIX = 'must be equal to one of the allowed values: ';

/** Re-reads a body issue in the light of the union branch the value meant (see union-errors.ts). */
export type ExplainIssue = (path: string) => Explained | undefined;

/** A better explanation is a nicety: if finding it fails, the validator's own issue stands. */
function safely(explain: ExplainIssue | undefined, path: string): Explained | undefined {
  try {
    return explain?.(path);
  } catch {
    return undefined;
  }
}

function fromValidator(
  error: {
    status: number;
    message: string;
    path?: string;
    errors?: ValidatorIssue[];
  },
  explain?: ExplainIssue,
): ApiError {
  let issue = mostSpecific(error.errors ?? []);
  const explained =
    issue && error.status === 400 && issue.path.startsWith('/body') ? safely(explain, issue.path) : undefined;
  if (explained)
    issue = {
      path: explained.path,
      message: explained.message,
      errorCode: explained.required ? 'required' : explained.unknown ? 'additionalProperties' : undefined,
    };
  if (error.status === 404) return notFound(`Unknown request URL: ${error.path ?? ''}.`, null, 'unknown_url');
  if (error.status === 405) {
    return new ApiError(
      405,
      `Method not allowed: ${error.path ?? ''} does not take ${error.message.split(' ')[0]}.`,
      'invalid_request_error',
      null,
      'method_not_allowed',
    );
  }
  if (error.status === 415)
    return new ApiError(415, error.message, 'invalid_request_error', null, 'unsupported_media_type');
  if (error.status >= 500 && !issue) return internalError();
  if (!issue) return badRequest(error.message);
  const param = paramName(issue.path);
  const where = issue.path.startsWith('/query')
    ? 'query parameter'
    : /^\/(path|params)\b/.test(issue.path)
      ? 'path parameter'
      : 'field';
  if (error.status >= 500)
    return internalError(`The gateway produced an invalid reply: ${param || 'body'} ${issue.message}.`);
  // OpenAI's words for a field it does not know, so clients that match on the code keep working.
  if (param && issue.errorCode?.startsWith('additionalProperties'))
    return badRequest(`Unknown parameter: '${param}'.`, param, 'unknown_parameter');
  const message = param
    ? `Invalid ${where} '${param}': ${issue.message}.`
    : `Invalid request: ${issue.message}.`;
  return badRequest(
    message,
    param || null,
    issue.errorCode?.startsWith('required') ? 'missing_required_parameter' : 'invalid_value',
  );
}

/** A body over the limit, as read or as decoded (content-encoding.ts). */
export const bodyTooLarge = () => payloadTooLarge('The request body is larger than the gateway accepts.');

const unsupportedMedia = (message: string, code: string) =>
  new ApiError(415, message, 'invalid_request_error', null, code);

export function toApiError(error: unknown, explain?: ExplainIssue): ApiError {
  if (error instanceof ApiError) return error;
  const e = error as { status?: number; type?: string; message?: string; errors?: ValidatorIssue[] };
  if (e?.type === 'entity.too.large') return bodyTooLarge();
  if (e?.type === 'entity.parse.failed')
    return badRequest(`The request body is not valid JSON: ${e.message}`, null, 'invalid_json');
  if (e?.type === 'charset.unsupported')
    return unsupportedMedia(`The request's charset is not supported (${e.message}).`, 'unsupported_charset');
  if (typeof e?.status === 'number' && Array.isArray(e.errors)) {
    return fromValidator(e as { status: number; message: string; errors: ValidatorIssue[] }, explain);
  }
  // body-parser's other refusals (http-errors marks them exposable): a compressed body that does not
  // decompress (zlib's message), a body shorter than its Content-Length, an aborted upload.
  if (e?.status === 400 && (e as { expose?: unknown }).expose === true)
    return badRequest(`The request body could not be read: ${e.message}.`, null, 'invalid_body');
  return internalError();
}

/** The union explainer's reading of a JSON body's issues, when there is a body schema to read them by. */
export function explainerFor(
  explainer: UnionExplainer | undefined,
  bodySchema: Schema | undefined,
  body: unknown,
): ExplainIssue | undefined {
  return explainer && bodySchema ? (path) => explainer.explain(bodySchema, body, path) : undefined;
}

/**
 * What every transport does with a failure: nothing for a client that went away (its access line
 * says 499), a reply cut short once its headers went out, else the one mapping — logged when it is
 * the gateway's own — and the headers to send with it: an upstream's rate-limit advice holds for its
 * failures too (a 429's retry-after above all).
 */
export function failureReply(
  res: ServerResponse,
  ctx: HandlerContext | undefined,
  error: unknown,
  log: Logger | undefined,
  explain?: ExplainIssue,
): { apiError: ApiError; headers: Record<string, string> } | undefined {
  if (isClientClosed(res, error)) return undefined;
  const apiError = toApiError(error, explain);
  if (apiError.status >= 500) log?.error({ err: error }, 'request failed');
  if (res.headersSent) {
    cutShort(res);
    return undefined;
  }
  return { apiError, headers: { ...ctx?.replyHeaders, ...apiError.headers } };
}

export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const operation = (
    req as { openapi?: { schema?: { requestBody?: { content?: Record<string, { schema?: object }> } } } }
  ).openapi?.schema;
  const bodySchema = operation?.requestBody?.content?.['application/json']?.schema as Schema | undefined;
  const explain = explainerFor(
    req.app.locals.unionExplainer as UnionExplainer | undefined,
    bodySchema,
    req.body,
  );
  const ctx = res.locals.ctx as HandlerContext | undefined;
  const failure = failureReply(res, ctx, error, ctx?.log ?? req.app.locals.log, explain);
  if (failure) res.status(failure.apiError.status).set(failure.headers).json(failure.apiError.toJSON());
};

export const unknownRoute: RequestHandler = (req, _res, next) => {
  next(notFound(`Unknown request URL: ${req.method} ${req.path}.`, null, 'unknown_url'));
};
