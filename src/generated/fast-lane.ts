/* generated — do not edit. Source: openapi.yaml; generator: codegen/validators.ts */
import type { ValidateFunction } from 'ajv';
import * as requests from './request-validators.js';
import * as responses from './response-validators.js';
import type { OperationId } from './router.js';

export interface LaneOperation {
  operationId: OperationId;
  /** The status of its success reply. */
  status: number;
  /** Where its request body's schema is in openapi.yaml (for the union explainer). */
  bodySchema: readonly string[];
  /** Validates `{ body }`, filling in defaults, as express-openapi-validator does. */
  request: ValidateFunction;
  /** By status: validates `{ response }`, a JSON reply. */
  replies: Readonly<Record<number, ValidateFunction>>;
}

/** The operations marked x-fast-lane: true, by path (all of them POST with a JSON body). */
export const fastLaneOperations: Readonly<Record<string, LaneOperation>> = {
  '/v1/chat/completions': {
    operationId: 'createChatCompletion',
    status: 200,
    bodySchema: [
      'paths',
      '/v1/chat/completions',
      'post',
      'requestBody',
      'content',
      'application/json',
      'schema',
    ],
    request: requests.createChatCompletionRequest,
    replies: {
      200: responses.createChatCompletionReply200,
      400: responses.createChatCompletionReply400,
      401: responses.createChatCompletionReply401,
      404: responses.createChatCompletionReply404,
      413: responses.createChatCompletionReply413,
      429: responses.createChatCompletionReply429,
      500: responses.createChatCompletionReply500,
      502: responses.createChatCompletionReply502,
      504: responses.createChatCompletionReply504,
    },
  },
  '/v1/completions': {
    operationId: 'createCompletion',
    status: 200,
    bodySchema: ['paths', '/v1/completions', 'post', 'requestBody', 'content', 'application/json', 'schema'],
    request: requests.createCompletionRequest,
    replies: {
      200: responses.createCompletionReply200,
      400: responses.createCompletionReply400,
      401: responses.createCompletionReply401,
      404: responses.createCompletionReply404,
      413: responses.createCompletionReply413,
      429: responses.createCompletionReply429,
      500: responses.createCompletionReply500,
      502: responses.createCompletionReply502,
      504: responses.createCompletionReply504,
    },
  },
  '/v1/embeddings': {
    operationId: 'createEmbedding',
    status: 200,
    bodySchema: ['paths', '/v1/embeddings', 'post', 'requestBody', 'content', 'application/json', 'schema'],
    request: requests.createEmbeddingRequest,
    replies: {
      200: responses.createEmbeddingReply200,
      400: responses.createEmbeddingReply400,
      401: responses.createEmbeddingReply401,
      404: responses.createEmbeddingReply404,
      413: responses.createEmbeddingReply413,
      429: responses.createEmbeddingReply429,
      500: responses.createEmbeddingReply500,
      502: responses.createEmbeddingReply502,
      504: responses.createEmbeddingReply504,
    },
  },
} as never;

/**
 * The paths with a WebSocket transport (x-websocket): each validates `{ body }`, the envelope of a
 * client message and the body of the POST it stands for.
 */
export const webSocketValidators: Readonly<
  Record<string, { envelope: ValidateFunction; body: ValidateFunction }>
> = {
  '/v1/responses': { envelope: requests.responsesWebSocketEnvelope, body: requests.responsesWebSocketBody },
} as never;
