/* generated — do not edit. Source: openapi.yaml; generator: codegen/router.ts */
import type { Router } from 'express';
import type { operations } from './types.js';
import type { HandlerContext, Reply } from '../server/reply.js';
import { invoke } from '../server/invoke.js';

/** One member per operationId in openapi.yaml. */
export interface Handlers {
  /** GET /health — Liveness and readiness of the gateway and its database. */
  getHealth(
    input: Record<string, never>,
    ctx: HandlerContext,
  ): Promise<Reply<operations['getHealth']['responses'][200]['content']['application/json']>>;
  /** GET /v1/models — Lists the models of every provider, as "provider/model" ids. */
  listModels(
    input: Record<string, never>,
    ctx: HandlerContext,
  ): Promise<Reply<operations['listModels']['responses'][200]['content']['application/json']>>;
  /** GET /v1/models/{model} — Retrieves a model by "provider/model" id or, where unambiguous, by its bare id. */
  retrieveModel(
    input: { params: operations['retrieveModel']['parameters']['path'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['retrieveModel']['responses'][200]['content']['application/json']>>;
  /** POST /v1/chat/completions — Creates a chat completion on the provider that serves the model (passed through). */
  createChatCompletion(
    input: { body: operations['createChatCompletion']['requestBody']['content']['application/json'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['createChatCompletion']['responses'][200]['content']['application/json']>>;
  /** POST /v1/completions — Creates a legacy text completion on the provider that serves the model (passed through). */
  createCompletion(
    input: { body: operations['createCompletion']['requestBody']['content']['application/json'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['createCompletion']['responses'][200]['content']['application/json']>>;
  /** POST /v1/embeddings — Creates embeddings on the provider that serves the model (passed through). */
  createEmbedding(
    input: { body: operations['createEmbedding']['requestBody']['content']['application/json'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['createEmbedding']['responses'][200]['content']['application/json']>>;
}

export type OperationId = keyof Handlers;

export const routeTable = [
  { operationId: 'getHealth', method: 'get', path: '/health', expressPath: '/health', status: 200 },
  { operationId: 'listModels', method: 'get', path: '/v1/models', expressPath: '/v1/models', status: 200 },
  {
    operationId: 'retrieveModel',
    method: 'get',
    path: '/v1/models/{model}',
    expressPath: '/v1/models/:model',
    status: 200,
  },
  {
    operationId: 'createChatCompletion',
    method: 'post',
    path: '/v1/chat/completions',
    expressPath: '/v1/chat/completions',
    status: 200,
  },
  {
    operationId: 'createCompletion',
    method: 'post',
    path: '/v1/completions',
    expressPath: '/v1/completions',
    status: 200,
  },
  {
    operationId: 'createEmbedding',
    method: 'post',
    path: '/v1/embeddings',
    expressPath: '/v1/embeddings',
    status: 200,
  },
] as const;

/** Mounts every handler on its path; the validator runs before these routes. */
export function mountHandlers(router: Router, handlers: Handlers): void {
  router.get(
    '/health',
    invoke(200, (input, ctx) => handlers.getHealth(input as never, ctx)),
  );
  router.get(
    '/v1/models',
    invoke(200, (input, ctx) => handlers.listModels(input as never, ctx)),
  );
  router.get(
    '/v1/models/:model',
    invoke(200, (input, ctx) => handlers.retrieveModel(input as never, ctx)),
  );
  router.post(
    '/v1/chat/completions',
    invoke(200, (input, ctx) => handlers.createChatCompletion(input as never, ctx)),
  );
  router.post(
    '/v1/completions',
    invoke(200, (input, ctx) => handlers.createCompletion(input as never, ctx)),
  );
  router.post(
    '/v1/embeddings',
    invoke(200, (input, ctx) => handlers.createEmbedding(input as never, ctx)),
  );
}
