/**
 * The WebSocket transport's wire format (openapi.yaml, x-websocket on /v1/responses): a client
 * message is read into the lane it names and the POST body it carries, validated by the validators
 * codegen generated from the contract, with errors worded by the one mapping (src/server/errors.ts);
 * a failure goes back as `{type: "error", status, error}`.
 */
import {
  augmentAjvErrors,
  ajvErrorsToValidatorError,
} from 'express-openapi-validator/dist/middlewares/util.js';
import type { ValidateFunction } from 'ajv';
import type { CreateResponseBody } from '../api-types.js';
import { ApiError, badRequest } from '../errors.js';
import { webSocketValidators } from '../generated/fast-lane.js';
import { explainerFor, toApiError } from './errors.js';
import { nodeAt, type Schema } from './contract.js';
import { nestingError, tooDeep } from './json-depth.js';
import type { UnionExplainer } from './union-errors.js';

/** What a client message asks for. */
export type ClientMessage =
  | { kind: 'create'; streamId: string | undefined; generate: boolean; body: CreateResponseBody }
  /** Codex acknowledges each response it has handled (`response.processed`): nothing to answer. */
  | { kind: 'ignored' }
  | { kind: 'invalid'; streamId: string | undefined; error: ApiError };

/** Envelope fields, and the POST's streaming fields, which mean nothing on a socket. */
const NOT_BODY = ['type', 'stream_id', 'generate', 'stream', 'stream_options'] as const;

/** Messages that need no reply: acknowledgements some clients send after each response. */
const ACKNOWLEDGEMENTS: ReadonlySet<unknown> = new Set(['response.processed']);

export class MessageReader {
  private readonly validators = webSocketValidators['/v1/responses']!;
  private readonly bodySchema: Schema;

  constructor(
    contract: Schema,
    private readonly explainer: UnionExplainer,
  ) {
    this.bodySchema = nodeAt(contract, [
      'paths',
      '/v1/responses',
      'post',
      'requestBody',
      'content',
      'application/json',
      'schema',
    ]);
  }

  read(data: Buffer, isBinary: boolean): ClientMessage {
    const invalid = (error: ApiError, streamId?: string): ClientMessage => ({
      kind: 'invalid',
      streamId,
      error,
    });
    if (isBinary)
      return invalid(badRequest('Messages must be JSON text frames, not binary ones.', null, 'invalid_json'));
    let message: unknown;
    try {
      message = JSON.parse(data.toString('utf8'));
    } catch (error) {
      return invalid(
        badRequest(`The message is not valid JSON: ${(error as Error).message}`, null, 'invalid_json'),
      );
    }
    if (!message || typeof message !== 'object' || Array.isArray(message))
      return invalid(badRequest('A message must be a JSON object with a "type".', 'type', 'invalid_value'));
    const fields = message as Record<string, unknown>;
    if (ACKNOWLEDGEMENTS.has(fields.type)) return { kind: 'ignored' };
    const lane = typeof fields.stream_id === 'string' ? fields.stream_id : undefined;
    const deep = tooDeep(fields);
    if (deep) return invalid(nestingError(deep), lane);
    const envelope = this.check(this.validators.envelope, fields);
    if (envelope) return invalid(envelope, lane);
    if (fields.background === true)
      return invalid(
        badRequest(
          'background is not supported over a WebSocket; use POST /v1/responses.',
          'background',
          'invalid_value',
        ),
        lane,
      );
    const body: Record<string, unknown> = { ...fields };
    for (const key of [...NOT_BODY, 'background']) delete body[key];
    const error = this.check(this.validators.body, body);
    if (error) return invalid(error, lane);
    return {
      kind: 'create',
      streamId: lane,
      generate: fields.generate !== false,
      // The contract's body validator has just accepted it.
      body: body as CreateResponseBody,
    };
  }

  /** One validation, worded as the POST's would be (the field named as OpenAI names it). */
  private check(validate: ValidateFunction, body: Record<string, unknown>): ApiError | undefined {
    if (validate({ body })) return undefined;
    const errors = augmentAjvErrors([...(validate.errors ?? [])]);
    const explain =
      validate === this.validators.body ? explainerFor(this.explainer, this.bodySchema, body) : undefined;
    return toApiError({ ...ajvErrorsToValidatorError(400, errors), message: 'invalid message' }, explain);
  }
}

/**
 * A failure as the transport sends it; `headers` are the upstream's advice (retry-after …). Open
 * Responses requires a code on a WebSocket error, so one without (an upstream's 400 relayed) is
 * given its type.
 */
export function errorMessage(
  error: ApiError,
  streamId: string | undefined,
  headers?: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const body = error.toJSON().error;
  return {
    type: 'error',
    status: error.status,
    error: { ...body, code: body.code ?? body.type },
    ...(streamId !== undefined && { stream_id: streamId }),
    ...(headers && Object.keys(headers).length > 0 && { headers }),
  };
}

/**
 * Open Responses' WebSocket transport names a continuation from a response this connection does not
 * hold `previous_response_not_found` (a 400, as OpenAI's API has it); the engine's lookup says 404.
 */
export function previousNotFound(error: ApiError): ApiError {
  if (error.status !== 404 || error.param !== 'previous_response_id') return error;
  return badRequest(error.message, 'previous_response_id', 'previous_response_not_found');
}
