/**
 * The one error hierarchy. Every layer throws ApiError (or lets something else escape, which becomes a
 * 500); src/server/errors.ts turns it into OpenAI's envelope in one place.
 */
export interface ErrorBody {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

export class ApiError extends Error {
  /** Upstream headers the reply relays (retry-after, x-ratelimit-*: src/providers/relayed-headers.ts). */
  headers: Readonly<Record<string, string>> | undefined;

  constructor(
    readonly status: number,
    message: string,
    readonly type: string,
    readonly param: string | null = null,
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toJSON(): { error: ErrorBody } {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

export const badRequest = (message: string, param: string | null = null, code: string | null = null) =>
  new ApiError(400, message, 'invalid_request_error', param, code);

export const unauthorized = (message: string) =>
  new ApiError(401, message, 'invalid_request_error', null, 'invalid_api_key');

export const notFound = (message: string, param: string | null = null, code: string | null = 'not_found') =>
  new ApiError(404, message, 'invalid_request_error', param, code);

/** The request conflicts with the object's current state (a prompt update from a stale version). */
export const conflict = (message: string, param: string | null = null, code: string | null = 'conflict') =>
  new ApiError(409, message, 'invalid_request_error', param, code);

export const payloadTooLarge = (message: string) =>
  new ApiError(413, message, 'invalid_request_error', null, 'request_too_large');

export const internalError = (message = 'The gateway failed to process the request.') =>
  new ApiError(500, message, 'server_error', null, 'internal_error');

export const badGateway = (message: string, code = 'upstream_error') =>
  new ApiError(502, message, 'server_error', null, code);

export const serviceUnavailable = (message: string, code: string) =>
  new ApiError(503, message, 'server_error', null, code);

export const gatewayTimeout = (message: string) =>
  new ApiError(504, message, 'server_error', null, 'upstream_timeout');
