import type { Handlers } from '../generated/router.js';
import type { HandlerDeps } from './deps.js';

export function healthHandlers(deps: HandlerDeps): Pick<Handlers, 'getHealth'> {
  return {
    async getHealth() {
      await deps.store.ping();
      return { status: 'ok', version: deps.version, database: 'ok' };
    },
  };
}
