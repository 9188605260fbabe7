import { serviceUnavailable } from '../errors.js';
import type { Handlers } from '../generated/router.js';
import type { HandlerDeps } from './deps.js';

export function healthHandlers(deps: HandlerDeps): Pick<Handlers, 'getHealth'> {
  return {
    async getHealth() {
      try {
        await deps.store.ping();
      } catch {
        // A 503, not a 500: a load balancer's health check should take this replica out, not alert on a bug.
        throw serviceUnavailable('The database cannot be reached.', 'database_unavailable');
      }
      return { status: 'ok', version: deps.version, database: 'ok' };
    },
  };
}
