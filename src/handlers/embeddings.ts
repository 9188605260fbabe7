import type { Handlers } from '../generated/router.js';
import type { HandlerDeps } from './deps.js';
import { passThrough } from './passthrough.js';

export function embeddingsHandlers(deps: HandlerDeps): Pick<Handlers, 'createEmbedding'> {
  return {
    createEmbedding: ({ body }, ctx) => passThrough(deps.providers, '/embeddings', body, ctx),
  };
}
