import type { Handlers } from '../generated/router.js';
import type { HandlerDeps } from './deps.js';

export function modelsHandlers(deps: HandlerDeps): Pick<Handlers, 'listModels' | 'retrieveModel'> {
  return {
    async listModels() {
      return { object: 'list', data: await deps.providers.listModels() };
    },
    async retrieveModel({ params }) {
      return deps.providers.findModel(params.model);
    },
  };
}
