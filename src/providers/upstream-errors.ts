/**
 * How an upstream's failure becomes the gateway's error, in one place and independent of the client
 * library that made the call: the SDK path (Provider.upstreamError) and a direct undici call map an
 * upstream status, a reply that is not what was asked for, or a transport failure the same way.
 */
import { ApiError, badGateway, gatewayTimeout } from '../errors.js';
import { relayedHeaders } from './relayed-headers.js';
import type { SecretScrubber } from './secrets.js';

/** What the mapping needs to know of the provider that failed. */
export interface UpstreamIdentity {
  name: string;
  /** Time to the upstream's response headers. */
  timeoutMs: number;
  /** Longest silence inside a reply once it started. */
  idleTimeoutMs: number;
  secrets: SecretScrubber;
}

type Json = Record<string, unknown>;

/**
 * The caller's own abort (its signal), whichever client library made the call: the gateway's error
 * for it, so callers above src/providers need know no library's class.
 */
export class UpstreamAborted extends Error {
  override readonly name = 'AbortError';
  constructor() {
    super('Request was aborted.');
  }
}

/** Upstream message text relayed at most this long (an HTML error page is not a message). */
const MAX_MESSAGE = 1_000;

/** OpenAI's envelope fields from an upstream error body (parsed JSON, or its text). */
function envelopeOf(body: unknown): { message?: string; type?: string; param?: string; code?: string } {
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  if (typeof body === 'string') return { message: body.trim() || undefined };
  if (!body || typeof body !== 'object') return {};
  const inner = (body as Json).error;
  const fields = inner && typeof inner === 'object' ? (inner as Json) : (body as Json);
  const message =
    typeof inner === 'string'
      ? inner
      : (text(fields.message) ?? (fields.message !== undefined ? JSON.stringify(fields.message) : undefined));
  const code = typeof fields.code === 'number' ? String(fields.code) : text(fields.code);
  return { message, type: text(fields.type), param: text(fields.param), code };
}

function clipped(message: string): string {
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
}

/**
 * An upstream's non-2xx reply. A 4xx is the client's request refused: status, message, type, param
 * and code are kept. A 401 or 403 is not: it is the gateway's own credentials the upstream refused,
 * so it is a 502 `upstream_auth_failed` naming the provider. A 5xx is a 502. Configured secrets are
 * removed from every relayed string, and the rate-limit headers come along.
 */
export function upstreamStatusError(
  upstream: UpstreamIdentity,
  status: number,
  body: unknown,
  headers?: Headers | Readonly<Record<string, string | string[] | undefined>>,
): ApiError {
  const { secrets } = upstream;
  const fields = envelopeOf(body);
  const message = secrets.scrub(clipped(fields.message ?? `status ${status}`));
  let error: ApiError;
  if (status === 401 || status === 403) {
    error = badGateway(
      `Provider "${upstream.name}" refused the gateway's credentials (status ${status}): ${message}`,
      'upstream_auth_failed',
    );
  } else if (status >= 400 && status < 500) {
    const scrubbed = (v: string | undefined) => (v === undefined ? null : secrets.scrub(v));
    error = new ApiError(
      status,
      message,
      scrubbed(fields.type) ?? 'invalid_request_error',
      scrubbed(fields.param),
      scrubbed(fields.code),
    );
  } else {
    error = badGateway(`Provider "${upstream.name}" failed with status ${status}: ${message}`);
  }
  error.headers = relayedHeaders(headers);
  return error;
}

/**
 * An error reported inside a reply that had started well (a stream's error event): the upstream
 * failed midway, which is a 502 whatever status it names.
 */
export function upstreamStreamError(upstream: UpstreamIdentity, body: unknown): ApiError {
  const message = upstream.secrets.scrub(clipped(envelopeOf(body).message ?? 'no message'));
  return badGateway(`Provider "${upstream.name}" reported an error in its stream: ${message}`);
}

/** Reply kinds the gateway reads, and what makes a body one: the one definition of each. */
const REPLY_SHAPES = {
  'chat completion': (body: Json) => Array.isArray(body.choices),
  completion: (body: Json) => Array.isArray(body.choices),
  'embedding list': (body: Json) => Array.isArray(body.data),
  response: (body: Json) => Array.isArray(body.output),
} as const;

export type ReplyKind = keyof typeof REPLY_SHAPES;

/** The reply kind each pass-through path answers with. */
export const REPLY_KIND_OF_PATH: Readonly<Record<string, ReplyKind>> = {
  '/chat/completions': 'chat completion',
  '/completions': 'completion',
  '/embeddings': 'embedding list',
  '/responses': 'response',
};

export function isReply(kind: ReplyKind, body: unknown): body is Json {
  return !!body && typeof body === 'object' && !Array.isArray(body) && REPLY_SHAPES[kind](body as Json);
}

/**
 * A 2xx whose body is not the reply asked for (text, `{"foo":1}`, an error object sent with 200):
 * the upstream failed, so 502 `upstream_invalid_response`, with the upstream's own message if it
 * sent one.
 */
export function notAReply(upstream: UpstreamIdentity, kind: ReplyKind, body: unknown): ApiError {
  const said = body && typeof body === 'object' ? envelopeOf(body).message : undefined;
  const what = typeof body === 'string' || body === undefined ? 'a body that is not JSON' : `no ${kind}`;
  return badGateway(
    `Provider "${upstream.name}" answered with ${what}${said ? `: ${upstream.secrets.scrub(clipped(said))}` : '.'}`,
    'upstream_invalid_response',
  );
}

/** Checks a parsed 2xx body; throws notAReply when it is not a `kind`. */
export function expectReply<T>(upstream: UpstreamIdentity, kind: ReplyKind, body: unknown): T {
  if (!isReply(kind, body)) throw notAReply(upstream, kind, body);
  return body as T;
}

/** undici's error codes (thrown, or the cause of what was thrown), a few wrappings deep. */
export function transportCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === 'string' && e.code.startsWith('UND_ERR_')) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

/**
 * A transport failure, named by which limit fired: no headers within `timeout` (504), silence
 * for `idle_timeout` inside a reply (504), or no connection (502). Undefined for anything else.
 */
export function transportError(upstream: UpstreamIdentity, error: unknown): ApiError | undefined {
  switch (transportCode(error)) {
    case 'UND_ERR_HEADERS_TIMEOUT':
      return gatewayTimeout(
        `Provider "${upstream.name}" sent no response headers within ${upstream.timeoutMs / 1000} s (its timeout).`,
      );
    case 'UND_ERR_BODY_TIMEOUT':
      return gatewayTimeout(
        `Provider "${upstream.name}" sent nothing for ${upstream.idleTimeoutMs / 1000} s in the middle of its reply (its idle_timeout).`,
      );
    case 'UND_ERR_CONNECT_TIMEOUT':
      return unreachable(upstream, 'no connection could be made in time');
    default:
      return undefined;
  }
}

/** The upstream could not be reached at all. */
export function unreachable(upstream: UpstreamIdentity, cause?: string): ApiError {
  return badGateway(
    `Provider "${upstream.name}" is unreachable${cause ? `: ${upstream.secrets.scrub(cause)}` : ''}.`,
    'upstream_unreachable',
  );
}

/**
 * A streaming request answered with something other than an event stream; `body`, its text, may
 * carry the upstream's reason (an error object sent with 200).
 */
export function notAStream(upstream: UpstreamIdentity, contentType: string, body = ''): ApiError {
  let said: string | undefined;
  try {
    said = envelopeOf(JSON.parse(body)).message;
  } catch {
    // Not JSON: nothing more to say than its type.
  }
  return badGateway(
    `Provider "${upstream.name}" answered a streaming request with ${contentType || 'no content type'}${said ? `: ${upstream.secrets.scrub(clipped(said))}` : '.'}`,
  );
}
