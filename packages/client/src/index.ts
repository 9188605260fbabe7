/**
 * The gateway's typed client: `createClient` (openapi-fetch, typed from openapi.yaml) and `readEvents`
 * for the operations that stream.
 */
export { createClient } from './generated/client.js';
export type {
  GatewayClient,
  StreamEvents,
  StreamPath,
  paths,
  components,
  operations,
} from './generated/client.js';
export { readEvents } from './events.js';
