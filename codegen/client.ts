/** The typed client for other TypeScript apps, on openapi-fetch. */
export function renderClient(): string {
  return `/* generated — do not edit. Source: openapi.yaml; generator: codegen/client.ts */
import createFetchClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './types.js';

export type { paths, components, operations } from './types.js';
export type GatewayClient = Client<paths>;

/** A client for every path of the gateway, typed from its contract. baseUrl is the gateway's origin, e.g. http://localhost:8080. */
export function createClient(options: ClientOptions = {}): GatewayClient {
  return createFetchClient<paths>(options);
}
`;
}
