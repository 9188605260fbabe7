/** The Prompts API (Llama Stack's): thin over PromptsService (engine/prompts/service.ts). */
import { PromptsService } from '../engine/prompts/service.js';
import type { Handlers } from '../generated/router.js';
import type { HandlerDeps } from './deps.js';
import { listPageBy, pageQuery } from './pagination.js';

type PromptsHandlers = Pick<
  Handlers,
  | 'createPrompt'
  | 'listPrompts'
  | 'getPrompt'
  | 'updatePrompt'
  | 'deletePrompt'
  | 'listPromptVersions'
  | 'setDefaultPromptVersion'
>;

export function promptsHandlers({ store }: HandlerDeps): PromptsHandlers {
  const prompts = new PromptsService(store.prompts);
  return {
    async createPrompt({ body }, ctx) {
      return prompts.create(ctx.tenant, body);
    },
    async listPrompts({ query }, ctx) {
      return listPageBy(
        () => prompts.list(ctx.tenant, pageQuery(query)),
        (prompt) => prompt.prompt_id,
      );
    },
    async getPrompt({ params, query }, ctx) {
      return prompts.get(ctx.tenant, params.prompt_id, query.version);
    },
    async updatePrompt({ params, body }, ctx) {
      return prompts.update(ctx.tenant, params.prompt_id, body);
    },
    async deletePrompt({ params }, ctx) {
      await prompts.delete(ctx.tenant, params.prompt_id);
      return { id: params.prompt_id, object: 'prompt.deleted', deleted: true };
    },
    async listPromptVersions({ params, query }, ctx) {
      const page = {
        limit: query.limit ?? 20,
        order: query.order ?? 'asc',
        after: query.after === undefined ? undefined : Number(query.after),
      };
      return listPageBy(
        () => prompts.versions(ctx.tenant, params.prompt_id, page),
        (version) => String(version.version),
      );
    },
    async setDefaultPromptVersion({ params, body }, ctx) {
      return prompts.setDefault(ctx.tenant, params.prompt_id, body.version);
    },
  };
}
