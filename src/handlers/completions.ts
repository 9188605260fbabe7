import type { Handlers } from '../generated/router.js';
import type { HandlerDeps } from './deps.js';
import { passThrough } from './passthrough.js';

export function completionsHandlers(deps: HandlerDeps): Pick<Handlers, 'createCompletion'> {
  return {
    createCompletion: ({ body }, ctx) => passThrough(deps.providers, '/completions', body, ctx),
  };
}
