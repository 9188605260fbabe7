import type { Handlers } from '../generated/router.js';
import type { HandlerDeps } from './deps.js';
import { passThrough } from './passthrough.js';

export function chatCompletionsHandlers(deps: HandlerDeps): Pick<Handlers, 'createChatCompletion'> {
  return {
    createChatCompletion: ({ body }, ctx) => passThrough(deps.providers, '/chat/completions', body, ctx),
  };
}
