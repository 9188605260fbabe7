import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface Operation {
  operationId: string;
  method: HttpMethod;
  path: string;
  summary: string;
  hasPathParams: boolean;
  hasQuery: boolean;
  /** Whether the operation reads request headers it declares (header parameters). */
  hasHeaders: boolean;
  /** The request body's media type (application/json or multipart/form-data), when it has one. */
  bodyMedia: string | null;
  /** Whether the body must be sent (`requestBody.required`); an optional one reaches the handler as undefined when absent. */
  bodyRequired: boolean;
  /** Media types of the 200/201 reply, e.g. application/json and text/event-stream. */
  successStatus: number;
  successMedia: string[];
  /** Marked `x-fast-lane: true`: served by src/server/fast-lane.ts, not express. */
  fastLane: boolean;
}

type RawParameter = { in: string } | { $ref: string };

interface RawOperation {
  operationId?: string;
  summary?: string;
  parameters?: RawParameter[];
  requestBody?: { required?: boolean; content?: Record<string, unknown> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
  'x-fast-lane'?: boolean;
}

export function loadSpec(path: string): Record<string, unknown> {
  return parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** Every operation of the contract, in file order; an operation without an operationId is an error. */
export function listOperations(spec: Record<string, unknown>): Operation[] {
  const operations: Operation[] = [];
  const paths = (spec.paths ?? {}) as Record<
    string,
    Record<string, RawOperation> & { parameters?: RawParameter[] }
  >;
  const shared = ((spec.components as Record<string, unknown> | undefined)?.parameters ?? {}) as Record<
    string,
    { in: string }
  >;
  const located = (p: RawParameter) => ('$ref' in p ? shared[p.$ref.split('/').pop()!]?.in : p.in);
  for (const [path, item] of Object.entries(paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const responses = op.responses ?? {};
      const successStatus = ['200', '201', '202', '204'].find((s) => s in responses);
      if (!successStatus) throw new Error(`${op.operationId} has no success response`);
      operations.push({
        operationId: op.operationId,
        method,
        path,
        summary: op.summary ?? '',
        hasPathParams: [...(item.parameters ?? []), ...(op.parameters ?? [])].some(
          (p) => located(p) === 'path',
        ),
        hasQuery: (op.parameters ?? []).some((p) => located(p) === 'query'),
        hasHeaders: (op.parameters ?? []).some((p) => located(p) === 'header'),
        bodyMedia: bodyMedia(op),
        bodyRequired: op.requestBody?.required === true,
        successStatus: Number(successStatus),
        successMedia: Object.keys(responses[successStatus]?.content ?? {}),
        fastLane: op['x-fast-lane'] === true,
      });
    }
  }
  return operations;
}

const BODY_MEDIA = ['application/json', 'multipart/form-data'];

function bodyMedia(op: RawOperation): string | null {
  if (!op.requestBody) return null;
  const media = Object.keys(op.requestBody.content ?? {});
  const known = media.filter((m) => BODY_MEDIA.includes(m));
  if (known.length !== 1 || media.length !== 1)
    throw new Error(`${op.operationId}: a request body must be one of ${BODY_MEDIA.join(', ')}`);
  return known[0]!;
}

/** `/v1/models/{model}` → `/v1/models/:model` */
export function toExpressPath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ':$1');
}
