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
  /** GET /openapi.json — This contract as JSON, with servers set to the URL the gateway was reached at. */
  getOpenapiJson(
    input: { headers: NonNullable<operations['getOpenapiJson']['parameters']['header']> },
    ctx: HandlerContext,
  ): Promise<Reply<operations['getOpenapiJson']['responses'][200]['content']['application/json']>>;
  /** GET /openapi.yaml — This contract as YAML (the source file, comments kept), with servers set as for /openapi.json. */
  getOpenapiYaml(
    input: { headers: NonNullable<operations['getOpenapiYaml']['parameters']['header']> },
    ctx: HandlerContext,
  ): Promise<Reply<void>>;
  /** GET /docs — The API reference, rendered in the browser from /openapi.json by Swagger UI (served by the gateway; works offline). */
  getDocs(input: Record<string, never>, ctx: HandlerContext): Promise<Reply<void>>;
  /** GET /docs/{asset} — A file of the API reference page (Swagger UI's script, style sheet and icons). */
  getDocsAsset(
    input: { params: operations['getDocsAsset']['parameters']['path'] },
    ctx: HandlerContext,
  ): Promise<Reply<void>>;
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
  /** GET /v1/files — Lists the uploaded files, newest first by default. */
  listFiles(
    input: { query: NonNullable<operations['listFiles']['parameters']['query']> },
    ctx: HandlerContext,
  ): Promise<Reply<operations['listFiles']['responses'][200]['content']['application/json']>>;
  /** POST /v1/files — Uploads a file (multipart/form-data) for use with other endpoints, such as Responses inputs. */
  createFile(
    input: { body: operations['createFile']['requestBody']['content']['multipart/form-data'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['createFile']['responses'][200]['content']['application/json']>>;
  /** GET /v1/files/{file_id} — Retrieves a file's metadata. */
  retrieveFile(
    input: { params: operations['retrieveFile']['parameters']['path'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['retrieveFile']['responses'][200]['content']['application/json']>>;
  /** DELETE /v1/files/{file_id} — Deletes a file and its content. */
  deleteFile(
    input: { params: operations['deleteFile']['parameters']['path'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['deleteFile']['responses'][200]['content']['application/json']>>;
  /** GET /v1/files/{file_id}/content — Returns the file's content, byte for byte as it was uploaded. */
  downloadFile(
    input: { params: operations['downloadFile']['parameters']['path'] },
    ctx: HandlerContext,
  ): Promise<Reply<void>>;
  /** GET /v1/responses — Lists stored responses, newest first unless order=asc. */
  listResponses(
    input: { query: NonNullable<operations['listResponses']['parameters']['query']> },
    ctx: HandlerContext,
  ): Promise<Reply<operations['listResponses']['responses'][200]['content']['application/json']>>;
  /** POST /v1/responses — Creates a model response, on any backend (translated to chat completions where the provider does not speak Responses). */
  createResponse(
    input: { body: operations['createResponse']['requestBody']['content']['application/json'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['createResponse']['responses'][200]['content']['application/json']>>;
  /** POST /v1/responses/input_tokens — Counts the input tokens of a would-be response request. */
  countInputTokens(
    input: { body: operations['countInputTokens']['requestBody']['content']['application/json'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['countInputTokens']['responses'][200]['content']['application/json']>>;
  /** POST /v1/responses/compact — Compacts a conversation (input items or a previous response's chain) into a compaction item. */
  compactResponse(
    input: { body: operations['compactResponse']['requestBody']['content']['application/json'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['compactResponse']['responses'][200]['content']['application/json']>>;
  /** GET /v1/responses/{response_id} — Retrieves a stored response; with stream=true replays its events after starting_after, then follows it. */
  getResponse(
    input: {
      params: operations['getResponse']['parameters']['path'];
      query: NonNullable<operations['getResponse']['parameters']['query']>;
    },
    ctx: HandlerContext,
  ): Promise<Reply<operations['getResponse']['responses'][200]['content']['application/json']>>;
  /** DELETE /v1/responses/{response_id} — Deletes a stored response and its items. */
  deleteResponse(
    input: { params: operations['deleteResponse']['parameters']['path'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['deleteResponse']['responses'][200]['content']['application/json']>>;
  /** POST /v1/responses/{response_id}/cancel — Cancels a background response that has not finished. */
  cancelResponse(
    input: { params: operations['cancelResponse']['parameters']['path'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['cancelResponse']['responses'][200]['content']['application/json']>>;
  /** GET /v1/responses/{response_id}/input_items — Lists the input items of a stored response. */
  listInputItems(
    input: {
      params: operations['listInputItems']['parameters']['path'];
      query: NonNullable<operations['listInputItems']['parameters']['query']>;
    },
    ctx: HandlerContext,
  ): Promise<Reply<operations['listInputItems']['responses'][200]['content']['application/json']>>;
  /** GET /v1/conversations — Lists the conversations, newest first unless order=asc (the gateway's; OpenAI has no such endpoint). */
  listConversations(
    input: { query: NonNullable<operations['listConversations']['parameters']['query']> },
    ctx: HandlerContext,
  ): Promise<Reply<operations['listConversations']['responses'][200]['content']['application/json']>>;
  /** POST /v1/conversations — Creates a conversation, optionally with up to 20 initial items. */
  createConversation(
    input: {
      body:
        | NonNullable<operations['createConversation']['requestBody']>['content']['application/json']
        | undefined;
    },
    ctx: HandlerContext,
  ): Promise<Reply<operations['createConversation']['responses'][200]['content']['application/json']>>;
  /** GET /v1/conversations/{conversation_id} — Retrieves a conversation. */
  getConversation(
    input: { params: operations['getConversation']['parameters']['path'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['getConversation']['responses'][200]['content']['application/json']>>;
  /** POST /v1/conversations/{conversation_id} — Replaces a conversation's metadata. */
  updateConversation(
    input: {
      params: operations['updateConversation']['parameters']['path'];
      body: operations['updateConversation']['requestBody']['content']['application/json'];
    },
    ctx: HandlerContext,
  ): Promise<Reply<operations['updateConversation']['responses'][200]['content']['application/json']>>;
  /** DELETE /v1/conversations/{conversation_id} — Deletes a conversation and its items. */
  deleteConversation(
    input: { params: operations['deleteConversation']['parameters']['path'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['deleteConversation']['responses'][200]['content']['application/json']>>;
  /** GET /v1/conversations/{conversation_id}/items — Lists a conversation's items, newest first unless order=asc. */
  listConversationItems(
    input: {
      params: operations['listConversationItems']['parameters']['path'];
      query: NonNullable<operations['listConversationItems']['parameters']['query']>;
    },
    ctx: HandlerContext,
  ): Promise<Reply<operations['listConversationItems']['responses'][200]['content']['application/json']>>;
  /** POST /v1/conversations/{conversation_id}/items — Appends up to 20 items to a conversation. */
  createConversationItems(
    input: {
      params: operations['createConversationItems']['parameters']['path'];
      query: NonNullable<operations['createConversationItems']['parameters']['query']>;
      body: operations['createConversationItems']['requestBody']['content']['application/json'];
    },
    ctx: HandlerContext,
  ): Promise<Reply<operations['createConversationItems']['responses'][200]['content']['application/json']>>;
  /** GET /v1/conversations/{conversation_id}/items/{item_id} — Retrieves one item of a conversation. */
  getConversationItem(
    input: {
      params: operations['getConversationItem']['parameters']['path'];
      query: NonNullable<operations['getConversationItem']['parameters']['query']>;
    },
    ctx: HandlerContext,
  ): Promise<Reply<operations['getConversationItem']['responses'][200]['content']['application/json']>>;
  /** DELETE /v1/conversations/{conversation_id}/items/{item_id} — Deletes an item from a conversation; answers the conversation. */
  deleteConversationItem(
    input: { params: operations['deleteConversationItem']['parameters']['path'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['deleteConversationItem']['responses'][200]['content']['application/json']>>;
  /** GET /v1/prompts — Lists the prompts, each at its default version, newest first unless order=asc. */
  listPrompts(
    input: { query: NonNullable<operations['listPrompts']['parameters']['query']> },
    ctx: HandlerContext,
  ): Promise<Reply<operations['listPrompts']['responses'][200]['content']['application/json']>>;
  /** POST /v1/prompts — Creates a prompt template; its first version is its default. */
  createPrompt(
    input: { body: operations['createPrompt']['requestBody']['content']['application/json'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['createPrompt']['responses'][200]['content']['application/json']>>;
  /** GET /v1/prompts/{prompt_id} — Retrieves a prompt at the version asked for, or at its default version. */
  getPrompt(
    input: {
      params: operations['getPrompt']['parameters']['path'];
      query: NonNullable<operations['getPrompt']['parameters']['query']>;
    },
    ctx: HandlerContext,
  ): Promise<Reply<operations['getPrompt']['responses'][200]['content']['application/json']>>;
  /** PUT /v1/prompts/{prompt_id} — Creates the prompt's next version; the body names the version it replaces (the latest). */
  updatePrompt(
    input: {
      params: operations['updatePrompt']['parameters']['path'];
      body: operations['updatePrompt']['requestBody']['content']['application/json'];
    },
    ctx: HandlerContext,
  ): Promise<Reply<operations['updatePrompt']['responses'][200]['content']['application/json']>>;
  /** DELETE /v1/prompts/{prompt_id} — Deletes a prompt and all its versions. */
  deletePrompt(
    input: { params: operations['deletePrompt']['parameters']['path'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['deletePrompt']['responses'][200]['content']['application/json']>>;
  /** GET /v1/prompts/{prompt_id}/versions — Lists a prompt's versions, oldest first unless order=desc. */
  listPromptVersions(
    input: {
      params: operations['listPromptVersions']['parameters']['path'];
      query: NonNullable<operations['listPromptVersions']['parameters']['query']>;
    },
    ctx: HandlerContext,
  ): Promise<Reply<operations['listPromptVersions']['responses'][200]['content']['application/json']>>;
  /** PUT /v1/prompts/{prompt_id}/set-default-version — Makes one of the prompt's versions its default (the one used when a request names no version). */
  setDefaultPromptVersion(
    input: {
      params: operations['setDefaultPromptVersion']['parameters']['path'];
      body: operations['setDefaultPromptVersion']['requestBody']['content']['application/json'];
    },
    ctx: HandlerContext,
  ): Promise<Reply<operations['setDefaultPromptVersion']['responses'][200]['content']['application/json']>>;
  /** GET /v1/vector_stores — Lists the vector stores, newest first unless order=asc. */
  listVectorStores(
    input: { query: NonNullable<operations['listVectorStores']['parameters']['query']> },
    ctx: HandlerContext,
  ): Promise<Reply<operations['listVectorStores']['responses'][200]['content']['application/json']>>;
  /** POST /v1/vector_stores — Creates a vector store, optionally with files (ingested in the background). */
  createVectorStore(
    input: { body: operations['createVectorStore']['requestBody']['content']['application/json'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['createVectorStore']['responses'][200]['content']['application/json']>>;
  /** GET /v1/vector_stores/{vector_store_id} — Retrieves a vector store (an expired one is gone, 404). */
  getVectorStore(
    input: { params: operations['getVectorStore']['parameters']['path'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['getVectorStore']['responses'][200]['content']['application/json']>>;
  /** POST /v1/vector_stores/{vector_store_id} — Modifies a vector store's name, expiration policy, metadata or search mode. */
  modifyVectorStore(
    input: {
      params: operations['modifyVectorStore']['parameters']['path'];
      body: operations['modifyVectorStore']['requestBody']['content']['application/json'];
    },
    ctx: HandlerContext,
  ): Promise<Reply<operations['modifyVectorStore']['responses'][200]['content']['application/json']>>;
  /** DELETE /v1/vector_stores/{vector_store_id} — Deletes a vector store, its file attachments and their chunks (the files themselves stay). */
  deleteVectorStore(
    input: { params: operations['deleteVectorStore']['parameters']['path'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['deleteVectorStore']['responses'][200]['content']['application/json']>>;
  /** POST /v1/vector_stores/{vector_store_id}/search — Searches a vector store's completed files for the chunks most relevant to a query, filtered by file attributes. */
  searchVectorStore(
    input: {
      params: operations['searchVectorStore']['parameters']['path'];
      body: operations['searchVectorStore']['requestBody']['content']['application/json'];
    },
    ctx: HandlerContext,
  ): Promise<Reply<operations['searchVectorStore']['responses'][200]['content']['application/json']>>;
  /** GET /v1/vector_stores/{vector_store_id}/files — Lists a vector store's files, newest first unless order=asc; `filter` by status. */
  listVectorStoreFiles(
    input: {
      params: operations['listVectorStoreFiles']['parameters']['path'];
      query: NonNullable<operations['listVectorStoreFiles']['parameters']['query']>;
    },
    ctx: HandlerContext,
  ): Promise<Reply<operations['listVectorStoreFiles']['responses'][200]['content']['application/json']>>;
  /** POST /v1/vector_stores/{vector_store_id}/files — Attaches a file (from the Files API) to a vector store; it is ingested in the background. */
  createVectorStoreFile(
    input: {
      params: operations['createVectorStoreFile']['parameters']['path'];
      body: operations['createVectorStoreFile']['requestBody']['content']['application/json'];
    },
    ctx: HandlerContext,
  ): Promise<Reply<operations['createVectorStoreFile']['responses'][200]['content']['application/json']>>;
  /** GET /v1/vector_stores/{vector_store_id}/files/{file_id} — Retrieves a vector store file. */
  getVectorStoreFile(
    input: { params: operations['getVectorStoreFile']['parameters']['path'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['getVectorStoreFile']['responses'][200]['content']['application/json']>>;
  /** POST /v1/vector_stores/{vector_store_id}/files/{file_id} — Replaces a vector store file's attributes. */
  updateVectorStoreFileAttributes(
    input: {
      params: operations['updateVectorStoreFileAttributes']['parameters']['path'];
      body: operations['updateVectorStoreFileAttributes']['requestBody']['content']['application/json'];
    },
    ctx: HandlerContext,
  ): Promise<
    Reply<operations['updateVectorStoreFileAttributes']['responses'][200]['content']['application/json']>
  >;
  /** DELETE /v1/vector_stores/{vector_store_id}/files/{file_id} — Detaches a file from a vector store and removes its chunks; the file itself is not deleted. */
  deleteVectorStoreFile(
    input: { params: operations['deleteVectorStoreFile']['parameters']['path'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['deleteVectorStoreFile']['responses'][200]['content']['application/json']>>;
  /** GET /v1/vector_stores/{vector_store_id}/files/{file_id}/content — Returns the parsed text of a vector store file. */
  retrieveVectorStoreFileContent(
    input: { params: operations['retrieveVectorStoreFileContent']['parameters']['path'] },
    ctx: HandlerContext,
  ): Promise<
    Reply<operations['retrieveVectorStoreFileContent']['responses'][200]['content']['application/json']>
  >;
  /** POST /v1/vector_stores/{vector_store_id}/file_batches — Attaches up to 2,000 files to a vector store at once (file_ids, or files with their own attributes and chunking). */
  createVectorStoreFileBatch(
    input: {
      params: operations['createVectorStoreFileBatch']['parameters']['path'];
      body: operations['createVectorStoreFileBatch']['requestBody']['content']['application/json'];
    },
    ctx: HandlerContext,
  ): Promise<
    Reply<operations['createVectorStoreFileBatch']['responses'][200]['content']['application/json']>
  >;
  /** GET /v1/vector_stores/{vector_store_id}/file_batches/{batch_id} — Retrieves a vector store file batch. */
  getVectorStoreFileBatch(
    input: { params: operations['getVectorStoreFileBatch']['parameters']['path'] },
    ctx: HandlerContext,
  ): Promise<Reply<operations['getVectorStoreFileBatch']['responses'][200]['content']['application/json']>>;
  /** POST /v1/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel — Cancels a file batch; its files not yet ingested are cancelled. */
  cancelVectorStoreFileBatch(
    input: { params: operations['cancelVectorStoreFileBatch']['parameters']['path'] },
    ctx: HandlerContext,
  ): Promise<
    Reply<operations['cancelVectorStoreFileBatch']['responses'][200]['content']['application/json']>
  >;
  /** GET /v1/vector_stores/{vector_store_id}/file_batches/{batch_id}/files — Lists the vector store files of a batch, newest first unless order=asc; `filter` by status. */
  listFilesInVectorStoreBatch(
    input: {
      params: operations['listFilesInVectorStoreBatch']['parameters']['path'];
      query: NonNullable<operations['listFilesInVectorStoreBatch']['parameters']['query']>;
    },
    ctx: HandlerContext,
  ): Promise<
    Reply<operations['listFilesInVectorStoreBatch']['responses'][200]['content']['application/json']>
  >;
}

export type OperationId = keyof Handlers;

export const routeTable = [
  {
    operationId: 'getHealth',
    method: 'get',
    path: '/health',
    expressPath: '/health',
    status: 200,
    body: null,
  },
  {
    operationId: 'getOpenapiJson',
    method: 'get',
    path: '/openapi.json',
    expressPath: '/openapi.json',
    status: 200,
    body: null,
  },
  {
    operationId: 'getOpenapiYaml',
    method: 'get',
    path: '/openapi.yaml',
    expressPath: '/openapi.yaml',
    status: 200,
    body: null,
  },
  { operationId: 'getDocs', method: 'get', path: '/docs', expressPath: '/docs', status: 200, body: null },
  {
    operationId: 'getDocsAsset',
    method: 'get',
    path: '/docs/{asset}',
    expressPath: '/docs/:asset',
    status: 200,
    body: null,
  },
  {
    operationId: 'listModels',
    method: 'get',
    path: '/v1/models',
    expressPath: '/v1/models',
    status: 200,
    body: null,
  },
  {
    operationId: 'retrieveModel',
    method: 'get',
    path: '/v1/models/{model}',
    expressPath: '/v1/models/:model',
    status: 200,
    body: null,
  },
  {
    operationId: 'createChatCompletion',
    method: 'post',
    path: '/v1/chat/completions',
    expressPath: '/v1/chat/completions',
    status: 200,
    body: 'application/json',
  },
  {
    operationId: 'createCompletion',
    method: 'post',
    path: '/v1/completions',
    expressPath: '/v1/completions',
    status: 200,
    body: 'application/json',
  },
  {
    operationId: 'createEmbedding',
    method: 'post',
    path: '/v1/embeddings',
    expressPath: '/v1/embeddings',
    status: 200,
    body: 'application/json',
  },
  {
    operationId: 'listFiles',
    method: 'get',
    path: '/v1/files',
    expressPath: '/v1/files',
    status: 200,
    body: null,
  },
  {
    operationId: 'createFile',
    method: 'post',
    path: '/v1/files',
    expressPath: '/v1/files',
    status: 200,
    body: 'multipart/form-data',
  },
  {
    operationId: 'retrieveFile',
    method: 'get',
    path: '/v1/files/{file_id}',
    expressPath: '/v1/files/:file_id',
    status: 200,
    body: null,
  },
  {
    operationId: 'deleteFile',
    method: 'delete',
    path: '/v1/files/{file_id}',
    expressPath: '/v1/files/:file_id',
    status: 200,
    body: null,
  },
  {
    operationId: 'downloadFile',
    method: 'get',
    path: '/v1/files/{file_id}/content',
    expressPath: '/v1/files/:file_id/content',
    status: 200,
    body: null,
  },
  {
    operationId: 'listResponses',
    method: 'get',
    path: '/v1/responses',
    expressPath: '/v1/responses',
    status: 200,
    body: null,
  },
  {
    operationId: 'createResponse',
    method: 'post',
    path: '/v1/responses',
    expressPath: '/v1/responses',
    status: 200,
    body: 'application/json',
  },
  {
    operationId: 'countInputTokens',
    method: 'post',
    path: '/v1/responses/input_tokens',
    expressPath: '/v1/responses/input_tokens',
    status: 200,
    body: 'application/json',
  },
  {
    operationId: 'compactResponse',
    method: 'post',
    path: '/v1/responses/compact',
    expressPath: '/v1/responses/compact',
    status: 200,
    body: 'application/json',
  },
  {
    operationId: 'getResponse',
    method: 'get',
    path: '/v1/responses/{response_id}',
    expressPath: '/v1/responses/:response_id',
    status: 200,
    body: null,
  },
  {
    operationId: 'deleteResponse',
    method: 'delete',
    path: '/v1/responses/{response_id}',
    expressPath: '/v1/responses/:response_id',
    status: 200,
    body: null,
  },
  {
    operationId: 'cancelResponse',
    method: 'post',
    path: '/v1/responses/{response_id}/cancel',
    expressPath: '/v1/responses/:response_id/cancel',
    status: 200,
    body: null,
  },
  {
    operationId: 'listInputItems',
    method: 'get',
    path: '/v1/responses/{response_id}/input_items',
    expressPath: '/v1/responses/:response_id/input_items',
    status: 200,
    body: null,
  },
  {
    operationId: 'listConversations',
    method: 'get',
    path: '/v1/conversations',
    expressPath: '/v1/conversations',
    status: 200,
    body: null,
  },
  {
    operationId: 'createConversation',
    method: 'post',
    path: '/v1/conversations',
    expressPath: '/v1/conversations',
    status: 200,
    body: 'application/json',
  },
  {
    operationId: 'getConversation',
    method: 'get',
    path: '/v1/conversations/{conversation_id}',
    expressPath: '/v1/conversations/:conversation_id',
    status: 200,
    body: null,
  },
  {
    operationId: 'updateConversation',
    method: 'post',
    path: '/v1/conversations/{conversation_id}',
    expressPath: '/v1/conversations/:conversation_id',
    status: 200,
    body: 'application/json',
  },
  {
    operationId: 'deleteConversation',
    method: 'delete',
    path: '/v1/conversations/{conversation_id}',
    expressPath: '/v1/conversations/:conversation_id',
    status: 200,
    body: null,
  },
  {
    operationId: 'listConversationItems',
    method: 'get',
    path: '/v1/conversations/{conversation_id}/items',
    expressPath: '/v1/conversations/:conversation_id/items',
    status: 200,
    body: null,
  },
  {
    operationId: 'createConversationItems',
    method: 'post',
    path: '/v1/conversations/{conversation_id}/items',
    expressPath: '/v1/conversations/:conversation_id/items',
    status: 200,
    body: 'application/json',
  },
  {
    operationId: 'getConversationItem',
    method: 'get',
    path: '/v1/conversations/{conversation_id}/items/{item_id}',
    expressPath: '/v1/conversations/:conversation_id/items/:item_id',
    status: 200,
    body: null,
  },
  {
    operationId: 'deleteConversationItem',
    method: 'delete',
    path: '/v1/conversations/{conversation_id}/items/{item_id}',
    expressPath: '/v1/conversations/:conversation_id/items/:item_id',
    status: 200,
    body: null,
  },
  {
    operationId: 'listPrompts',
    method: 'get',
    path: '/v1/prompts',
    expressPath: '/v1/prompts',
    status: 200,
    body: null,
  },
  {
    operationId: 'createPrompt',
    method: 'post',
    path: '/v1/prompts',
    expressPath: '/v1/prompts',
    status: 200,
    body: 'application/json',
  },
  {
    operationId: 'getPrompt',
    method: 'get',
    path: '/v1/prompts/{prompt_id}',
    expressPath: '/v1/prompts/:prompt_id',
    status: 200,
    body: null,
  },
  {
    operationId: 'updatePrompt',
    method: 'put',
    path: '/v1/prompts/{prompt_id}',
    expressPath: '/v1/prompts/:prompt_id',
    status: 200,
    body: 'application/json',
  },
  {
    operationId: 'deletePrompt',
    method: 'delete',
    path: '/v1/prompts/{prompt_id}',
    expressPath: '/v1/prompts/:prompt_id',
    status: 200,
    body: null,
  },
  {
    operationId: 'listPromptVersions',
    method: 'get',
    path: '/v1/prompts/{prompt_id}/versions',
    expressPath: '/v1/prompts/:prompt_id/versions',
    status: 200,
    body: null,
  },
  {
    operationId: 'setDefaultPromptVersion',
    method: 'put',
    path: '/v1/prompts/{prompt_id}/set-default-version',
    expressPath: '/v1/prompts/:prompt_id/set-default-version',
    status: 200,
    body: 'application/json',
  },
  {
    operationId: 'listVectorStores',
    method: 'get',
    path: '/v1/vector_stores',
    expressPath: '/v1/vector_stores',
    status: 200,
    body: null,
  },
  {
    operationId: 'createVectorStore',
    method: 'post',
    path: '/v1/vector_stores',
    expressPath: '/v1/vector_stores',
    status: 200,
    body: 'application/json',
  },
  {
    operationId: 'getVectorStore',
    method: 'get',
    path: '/v1/vector_stores/{vector_store_id}',
    expressPath: '/v1/vector_stores/:vector_store_id',
    status: 200,
    body: null,
  },
  {
    operationId: 'modifyVectorStore',
    method: 'post',
    path: '/v1/vector_stores/{vector_store_id}',
    expressPath: '/v1/vector_stores/:vector_store_id',
    status: 200,
    body: 'application/json',
  },
  {
    operationId: 'deleteVectorStore',
    method: 'delete',
    path: '/v1/vector_stores/{vector_store_id}',
    expressPath: '/v1/vector_stores/:vector_store_id',
    status: 200,
    body: null,
  },
  {
    operationId: 'searchVectorStore',
    method: 'post',
    path: '/v1/vector_stores/{vector_store_id}/search',
    expressPath: '/v1/vector_stores/:vector_store_id/search',
    status: 200,
    body: 'application/json',
  },
  {
    operationId: 'listVectorStoreFiles',
    method: 'get',
    path: '/v1/vector_stores/{vector_store_id}/files',
    expressPath: '/v1/vector_stores/:vector_store_id/files',
    status: 200,
    body: null,
  },
  {
    operationId: 'createVectorStoreFile',
    method: 'post',
    path: '/v1/vector_stores/{vector_store_id}/files',
    expressPath: '/v1/vector_stores/:vector_store_id/files',
    status: 200,
    body: 'application/json',
  },
  {
    operationId: 'getVectorStoreFile',
    method: 'get',
    path: '/v1/vector_stores/{vector_store_id}/files/{file_id}',
    expressPath: '/v1/vector_stores/:vector_store_id/files/:file_id',
    status: 200,
    body: null,
  },
  {
    operationId: 'updateVectorStoreFileAttributes',
    method: 'post',
    path: '/v1/vector_stores/{vector_store_id}/files/{file_id}',
    expressPath: '/v1/vector_stores/:vector_store_id/files/:file_id',
    status: 200,
    body: 'application/json',
  },
  {
    operationId: 'deleteVectorStoreFile',
    method: 'delete',
    path: '/v1/vector_stores/{vector_store_id}/files/{file_id}',
    expressPath: '/v1/vector_stores/:vector_store_id/files/:file_id',
    status: 200,
    body: null,
  },
  {
    operationId: 'retrieveVectorStoreFileContent',
    method: 'get',
    path: '/v1/vector_stores/{vector_store_id}/files/{file_id}/content',
    expressPath: '/v1/vector_stores/:vector_store_id/files/:file_id/content',
    status: 200,
    body: null,
  },
  {
    operationId: 'createVectorStoreFileBatch',
    method: 'post',
    path: '/v1/vector_stores/{vector_store_id}/file_batches',
    expressPath: '/v1/vector_stores/:vector_store_id/file_batches',
    status: 200,
    body: 'application/json',
  },
  {
    operationId: 'getVectorStoreFileBatch',
    method: 'get',
    path: '/v1/vector_stores/{vector_store_id}/file_batches/{batch_id}',
    expressPath: '/v1/vector_stores/:vector_store_id/file_batches/:batch_id',
    status: 200,
    body: null,
  },
  {
    operationId: 'cancelVectorStoreFileBatch',
    method: 'post',
    path: '/v1/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel',
    expressPath: '/v1/vector_stores/:vector_store_id/file_batches/:batch_id/cancel',
    status: 200,
    body: null,
  },
  {
    operationId: 'listFilesInVectorStoreBatch',
    method: 'get',
    path: '/v1/vector_stores/{vector_store_id}/file_batches/{batch_id}/files',
    expressPath: '/v1/vector_stores/:vector_store_id/file_batches/:batch_id/files',
    status: 200,
    body: null,
  },
] as const;

/** Mounts every handler on its path; the validator runs before these routes. */
export function mountHandlers(router: Router, handlers: Handlers): void {
  router.get(
    '/health',
    invoke(200, (input, ctx) => handlers.getHealth(input as never, ctx)),
  );
  router.get(
    '/openapi.json',
    invoke(200, (input, ctx) => handlers.getOpenapiJson(input as never, ctx)),
  );
  router.get(
    '/openapi.yaml',
    invoke(200, (input, ctx) => handlers.getOpenapiYaml(input as never, ctx)),
  );
  router.get(
    '/docs',
    invoke(200, (input, ctx) => handlers.getDocs(input as never, ctx)),
  );
  router.get(
    '/docs/:asset',
    invoke(200, (input, ctx) => handlers.getDocsAsset(input as never, ctx)),
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
  router.get(
    '/v1/files',
    invoke(200, (input, ctx) => handlers.listFiles(input as never, ctx)),
  );
  router.post(
    '/v1/files',
    invoke(200, (input, ctx) => handlers.createFile(input as never, ctx)),
  );
  router.get(
    '/v1/files/:file_id',
    invoke(200, (input, ctx) => handlers.retrieveFile(input as never, ctx)),
  );
  router.delete(
    '/v1/files/:file_id',
    invoke(200, (input, ctx) => handlers.deleteFile(input as never, ctx)),
  );
  router.get(
    '/v1/files/:file_id/content',
    invoke(200, (input, ctx) => handlers.downloadFile(input as never, ctx)),
  );
  router.get(
    '/v1/responses',
    invoke(200, (input, ctx) => handlers.listResponses(input as never, ctx)),
  );
  router.post(
    '/v1/responses',
    invoke(200, (input, ctx) => handlers.createResponse(input as never, ctx)),
  );
  router.post(
    '/v1/responses/input_tokens',
    invoke(200, (input, ctx) => handlers.countInputTokens(input as never, ctx)),
  );
  router.post(
    '/v1/responses/compact',
    invoke(200, (input, ctx) => handlers.compactResponse(input as never, ctx)),
  );
  router.get(
    '/v1/responses/:response_id',
    invoke(200, (input, ctx) => handlers.getResponse(input as never, ctx)),
  );
  router.delete(
    '/v1/responses/:response_id',
    invoke(200, (input, ctx) => handlers.deleteResponse(input as never, ctx)),
  );
  router.post(
    '/v1/responses/:response_id/cancel',
    invoke(200, (input, ctx) => handlers.cancelResponse(input as never, ctx)),
  );
  router.get(
    '/v1/responses/:response_id/input_items',
    invoke(200, (input, ctx) => handlers.listInputItems(input as never, ctx)),
  );
  router.get(
    '/v1/conversations',
    invoke(200, (input, ctx) => handlers.listConversations(input as never, ctx)),
  );
  router.post(
    '/v1/conversations',
    invoke(200, (input, ctx) => handlers.createConversation(input as never, ctx)),
  );
  router.get(
    '/v1/conversations/:conversation_id',
    invoke(200, (input, ctx) => handlers.getConversation(input as never, ctx)),
  );
  router.post(
    '/v1/conversations/:conversation_id',
    invoke(200, (input, ctx) => handlers.updateConversation(input as never, ctx)),
  );
  router.delete(
    '/v1/conversations/:conversation_id',
    invoke(200, (input, ctx) => handlers.deleteConversation(input as never, ctx)),
  );
  router.get(
    '/v1/conversations/:conversation_id/items',
    invoke(200, (input, ctx) => handlers.listConversationItems(input as never, ctx)),
  );
  router.post(
    '/v1/conversations/:conversation_id/items',
    invoke(200, (input, ctx) => handlers.createConversationItems(input as never, ctx)),
  );
  router.get(
    '/v1/conversations/:conversation_id/items/:item_id',
    invoke(200, (input, ctx) => handlers.getConversationItem(input as never, ctx)),
  );
  router.delete(
    '/v1/conversations/:conversation_id/items/:item_id',
    invoke(200, (input, ctx) => handlers.deleteConversationItem(input as never, ctx)),
  );
  router.get(
    '/v1/prompts',
    invoke(200, (input, ctx) => handlers.listPrompts(input as never, ctx)),
  );
  router.post(
    '/v1/prompts',
    invoke(200, (input, ctx) => handlers.createPrompt(input as never, ctx)),
  );
  router.get(
    '/v1/prompts/:prompt_id',
    invoke(200, (input, ctx) => handlers.getPrompt(input as never, ctx)),
  );
  router.put(
    '/v1/prompts/:prompt_id',
    invoke(200, (input, ctx) => handlers.updatePrompt(input as never, ctx)),
  );
  router.delete(
    '/v1/prompts/:prompt_id',
    invoke(200, (input, ctx) => handlers.deletePrompt(input as never, ctx)),
  );
  router.get(
    '/v1/prompts/:prompt_id/versions',
    invoke(200, (input, ctx) => handlers.listPromptVersions(input as never, ctx)),
  );
  router.put(
    '/v1/prompts/:prompt_id/set-default-version',
    invoke(200, (input, ctx) => handlers.setDefaultPromptVersion(input as never, ctx)),
  );
  router.get(
    '/v1/vector_stores',
    invoke(200, (input, ctx) => handlers.listVectorStores(input as never, ctx)),
  );
  router.post(
    '/v1/vector_stores',
    invoke(200, (input, ctx) => handlers.createVectorStore(input as never, ctx)),
  );
  router.get(
    '/v1/vector_stores/:vector_store_id',
    invoke(200, (input, ctx) => handlers.getVectorStore(input as never, ctx)),
  );
  router.post(
    '/v1/vector_stores/:vector_store_id',
    invoke(200, (input, ctx) => handlers.modifyVectorStore(input as never, ctx)),
  );
  router.delete(
    '/v1/vector_stores/:vector_store_id',
    invoke(200, (input, ctx) => handlers.deleteVectorStore(input as never, ctx)),
  );
  router.post(
    '/v1/vector_stores/:vector_store_id/search',
    invoke(200, (input, ctx) => handlers.searchVectorStore(input as never, ctx)),
  );
  router.get(
    '/v1/vector_stores/:vector_store_id/files',
    invoke(200, (input, ctx) => handlers.listVectorStoreFiles(input as never, ctx)),
  );
  router.post(
    '/v1/vector_stores/:vector_store_id/files',
    invoke(200, (input, ctx) => handlers.createVectorStoreFile(input as never, ctx)),
  );
  router.get(
    '/v1/vector_stores/:vector_store_id/files/:file_id',
    invoke(200, (input, ctx) => handlers.getVectorStoreFile(input as never, ctx)),
  );
  router.post(
    '/v1/vector_stores/:vector_store_id/files/:file_id',
    invoke(200, (input, ctx) => handlers.updateVectorStoreFileAttributes(input as never, ctx)),
  );
  router.delete(
    '/v1/vector_stores/:vector_store_id/files/:file_id',
    invoke(200, (input, ctx) => handlers.deleteVectorStoreFile(input as never, ctx)),
  );
  router.get(
    '/v1/vector_stores/:vector_store_id/files/:file_id/content',
    invoke(200, (input, ctx) => handlers.retrieveVectorStoreFileContent(input as never, ctx)),
  );
  router.post(
    '/v1/vector_stores/:vector_store_id/file_batches',
    invoke(200, (input, ctx) => handlers.createVectorStoreFileBatch(input as never, ctx)),
  );
  router.get(
    '/v1/vector_stores/:vector_store_id/file_batches/:batch_id',
    invoke(200, (input, ctx) => handlers.getVectorStoreFileBatch(input as never, ctx)),
  );
  router.post(
    '/v1/vector_stores/:vector_store_id/file_batches/:batch_id/cancel',
    invoke(200, (input, ctx) => handlers.cancelVectorStoreFileBatch(input as never, ctx)),
  );
  router.get(
    '/v1/vector_stores/:vector_store_id/file_batches/:batch_id/files',
    invoke(200, (input, ctx) => handlers.listFilesInVectorStoreBatch(input as never, ctx)),
  );
}
