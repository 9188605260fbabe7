/**
 * The typed client package (packages/client), on openapi-fetch. Its types come from the contract as a
 * client reads it: a call with openapi-fetch's default `parseAs: 'json'` gets the JSON reply, so the
 * client's `paths` keeps only the JSON form of each success reply, and the events of
 * text/event-stream replies are typed apart, per path, for `readEvents`.
 */
import type { HttpMethod } from './spec.js';

export interface StreamOperation {
  path: string;
  method: HttpMethod;
  /** The component schema each event of the stream is, e.g. ResponseStreamEvent. */
  event: string;
}

type RawResponses = Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;

const STREAM = 'text/event-stream';

/** A copy of the contract without the text/event-stream success replies, and the operations that had one. */
export function clientView(spec: Record<string, unknown>): {
  spec: Record<string, unknown>;
  streams: StreamOperation[];
} {
  const view = structuredClone(spec);
  const streams: StreamOperation[] = [];
  const paths = (view.paths ?? {}) as Record<string, Record<string, { responses?: RawResponses }>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(item)) {
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        const content = response.content;
        if (!status.startsWith('2') || !content?.[STREAM]) continue;
        const ref = content[STREAM].schema?.$ref;
        if (!ref?.startsWith('#/components/schemas/'))
          throw new Error(`${method.toUpperCase()} ${path}: a ${STREAM} reply must $ref a component schema`);
        streams.push({ path, method: method as HttpMethod, event: ref.split('/').pop()! });
        delete content[STREAM];
      }
    }
  }
  return { spec: view, streams };
}

export function renderClient(streams: StreamOperation[]): string {
  const byPath = new Map<string, Set<string>>();
  for (const s of streams) byPath.set(s.path, (byPath.get(s.path) ?? new Set()).add(s.event));
  const members = [...byPath]
    .map(
      ([path, events]) =>
        `  '${path}': ${[...events].map((e) => `components['schemas']['${e}']`).join(' | ')};`,
    )
    .join('\n');
  return `/* generated — do not edit. Source: openapi.yaml; generator: codegen/client.ts */
import createFetchClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './types.js';

export type { paths, components, operations } from './types.js';
export type GatewayClient = Client<paths>;

/** A client for every path of the gateway, typed from its contract. baseUrl is the gateway's origin, e.g. http://localhost:8080. */
export function createClient(options: ClientOptions = {}): GatewayClient {
  return createFetchClient<paths>(options);
}

/** The event a streaming operation sends (with \`stream: true\`), by path. */
export interface StreamEvents {
${members}
}

export type StreamPath = keyof StreamEvents;
`;
}
