/** The Vector Stores API (OpenAI's, with search_mode): thin over VectorStoresService. */
import type { Handlers } from '../generated/router.js';
import type { HandlerContext } from '../server/reply.js';
import type { HandlerDeps } from './deps.js';
import { listPage, pageQuery } from './pagination.js';

type VectorStoresHandlers = Pick<
  Handlers,
  | 'listVectorStores'
  | 'createVectorStore'
  | 'getVectorStore'
  | 'modifyVectorStore'
  | 'deleteVectorStore'
  | 'searchVectorStore'
  | 'listVectorStoreFiles'
  | 'createVectorStoreFile'
  | 'getVectorStoreFile'
  | 'updateVectorStoreFileAttributes'
  | 'deleteVectorStoreFile'
  | 'retrieveVectorStoreFileContent'
  | 'createVectorStoreFileBatch'
  | 'getVectorStoreFileBatch'
  | 'cancelVectorStoreFileBatch'
  | 'listFilesInVectorStoreBatch'
>;

/**
 * How long the SDK's poll helpers (createAndPoll, uploadAndPoll) wait between two looks at a file
 * or batch still in progress; they read it from this header. Ingestion here takes moments.
 */
export const POLL_AFTER_MS = 250;

/** Replies about a file or batch still in progress say when to look again. */
function pollAfter<T extends { status: string }>(ctx: HandlerContext, object: T): T {
  if (object.status === 'in_progress')
    ctx.replyHeaders = { ...ctx.replyHeaders, 'openai-poll-after-ms': String(POLL_AFTER_MS) };
  return object;
}

export function vectorStoresHandlers({ vectorStores }: HandlerDeps): VectorStoresHandlers {
  const { files, batches } = vectorStores;
  return {
    async listVectorStores({ query }, ctx) {
      return listPage(() => vectorStores.list(ctx.tenant, pageQuery(query)));
    },
    async createVectorStore({ body }, ctx) {
      return vectorStores.create(ctx.tenant, body);
    },
    async getVectorStore({ params }, ctx) {
      return vectorStores.get(ctx.tenant, params.vector_store_id);
    },
    async modifyVectorStore({ params, body }, ctx) {
      return vectorStores.update(ctx.tenant, params.vector_store_id, body);
    },
    async deleteVectorStore({ params }, ctx) {
      return vectorStores.delete(ctx.tenant, params.vector_store_id);
    },
    async searchVectorStore({ params, body }, ctx) {
      return vectorStores.search(ctx.tenant, params.vector_store_id, body, ctx.signal);
    },
    async listVectorStoreFiles({ params, query }, ctx) {
      return listPage(() =>
        files.list(ctx.tenant, params.vector_store_id, { ...pageQuery(query), status: query.filter }),
      );
    },
    async createVectorStoreFile({ params, body }, ctx) {
      return pollAfter(ctx, await files.attach(ctx.tenant, params.vector_store_id, body));
    },
    async getVectorStoreFile({ params }, ctx) {
      return pollAfter(ctx, await files.get(ctx.tenant, params.vector_store_id, params.file_id));
    },
    async updateVectorStoreFileAttributes({ params, body }, ctx) {
      return files.updateAttributes(ctx.tenant, params.vector_store_id, params.file_id, body.attributes);
    },
    async deleteVectorStoreFile({ params }, ctx) {
      return files.detach(ctx.tenant, params.vector_store_id, params.file_id);
    },
    async retrieveVectorStoreFileContent({ params }, ctx) {
      return files.content(ctx.tenant, params.vector_store_id, params.file_id);
    },
    async createVectorStoreFileBatch({ params, body }, ctx) {
      return pollAfter(ctx, await batches.create(ctx.tenant, params.vector_store_id, body));
    },
    async getVectorStoreFileBatch({ params }, ctx) {
      return pollAfter(ctx, await batches.get(ctx.tenant, params.vector_store_id, params.batch_id));
    },
    async cancelVectorStoreFileBatch({ params }, ctx) {
      return batches.cancel(ctx.tenant, params.vector_store_id, params.batch_id);
    },
    async listFilesInVectorStoreBatch({ params, query }, ctx) {
      return listPage(() =>
        batches.listFiles(ctx.tenant, params.vector_store_id, params.batch_id, {
          ...pageQuery(query),
          status: query.filter,
        }),
      );
    },
  };
}
