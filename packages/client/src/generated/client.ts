/* generated — do not edit. Source: openapi.yaml; generator: codegen/client.ts */
import createFetchClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './types.js';

export type { paths, components, operations } from './types.js';
export type GatewayClient = Client<paths>;

/** A client for every path of the gateway, typed from its contract. baseUrl is the gateway's origin, e.g. http://localhost:8080. */
export function createClient(options: ClientOptions = {}): GatewayClient {
  return createFetchClient<paths>(options);
}

/** The event a streaming operation sends (with `stream: true`), by path. */
export interface StreamEvents {
  '/v1/chat/completions': components['schemas']['CreateChatCompletionStreamResponse'];
  '/v1/completions': components['schemas']['CreateCompletionStreamResponse'];
  '/v1/responses': components['schemas']['ResponseStreamEvent'];
  '/v1/responses/{response_id}': components['schemas']['ResponseStreamEvent'];
}

export type StreamPath = keyof StreamEvents;
