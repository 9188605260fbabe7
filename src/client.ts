/** The typed client, for TypeScript apps: `import { createClient } from 'open-responses-gateway/client'`. */
export { createClient } from './generated/client.js';
export type { GatewayClient, paths, components, operations } from './generated/client.js';
