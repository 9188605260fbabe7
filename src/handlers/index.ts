import type { Handlers } from '../generated/router.js';
import { chatCompletionsHandlers } from './chat-completions.js';
import { completionsHandlers } from './completions.js';
import { conversationsHandlers } from './conversations.js';
import { docsHandlers } from './docs.js';
import type { HandlerDeps } from './deps.js';
import { embeddingsHandlers } from './embeddings.js';
import { filesHandlers } from './files.js';
import { healthHandlers } from './health.js';
import { modelsHandlers } from './models.js';
import { contractHandlers } from './openapi.js';
import { promptsHandlers } from './prompts.js';
import { responsesHandlers } from './responses.js';
import { vectorStoresHandlers } from './vector-stores.js';

export type { HandlerDeps } from './deps.js';

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...healthHandlers(deps),
    ...contractHandlers(),
    ...docsHandlers(),
    ...modelsHandlers(deps),
    ...chatCompletionsHandlers(deps),
    ...completionsHandlers(deps),
    ...embeddingsHandlers(deps),
    ...responsesHandlers(deps),
    ...filesHandlers(deps),
    ...promptsHandlers(deps),
    ...conversationsHandlers(deps),
    ...vectorStoresHandlers(deps),
  };
}
