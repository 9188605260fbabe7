import type { Operation } from './spec.js';
import { toExpressPath } from './spec.js';

function inputType(op: Operation): string {
  const parts: string[] = [];
  const ref = `operations['${op.operationId}']`;
  if (op.hasPathParams) parts.push(`params: ${ref}['parameters']['path']`);
  if (op.hasQuery) parts.push(`query: NonNullable<${ref}['parameters']['query']>`);
  if (op.hasHeaders) parts.push(`headers: NonNullable<${ref}['parameters']['header']>`);
  // An optional body (POST /v1/conversations may come without one) is undefined when not sent.
  if (op.bodyMedia)
    parts.push(
      op.bodyRequired
        ? `body: ${ref}['requestBody']['content']['${op.bodyMedia}']`
        : `body: NonNullable<${ref}['requestBody']>['content']['${op.bodyMedia}'] | undefined`,
    );
  return parts.length ? `{ ${parts.join('; ')} }` : 'Record<string, never>';
}

function outputType(op: Operation): string {
  if (!op.successMedia.includes('application/json')) return 'void';
  return `${`operations['${op.operationId}']`}['responses'][${op.successStatus}]['content']['application/json']`;
}

/** The router skeleton: one typed member per operationId, and the function that mounts them. */
export function renderRouter(operations: Operation[]): string {
  const members = operations
    .map(
      (op) =>
        `  /** ${op.method.toUpperCase()} ${op.path}${op.summary ? ` — ${op.summary}` : ''} */\n` +
        `  ${op.operationId}(input: ${inputType(op)}, ctx: HandlerContext): Promise<Reply<${outputType(op)}>>;`,
    )
    .join('\n');
  const routes = operations
    .map(
      (op) =>
        `  { operationId: '${op.operationId}', method: '${op.method}', path: '${op.path}', expressPath: '${toExpressPath(op.path)}', status: ${op.successStatus}, body: ${op.bodyMedia ? `'${op.bodyMedia}'` : 'null'} },`,
    )
    .join('\n');
  const mounts = operations
    .map(
      (op) =>
        `  router.${op.method}('${toExpressPath(op.path)}', invoke(${op.successStatus}, (input, ctx) => handlers.${op.operationId}(input as never, ctx)));`,
    )
    .join('\n');
  return `/* generated — do not edit. Source: openapi.yaml; generator: codegen/router.ts */
import type { Router } from 'express';
import type { operations } from './types.js';
import type { HandlerContext, Reply } from '../server/reply.js';
import { invoke } from '../server/invoke.js';

/** One member per operationId in openapi.yaml. */
export interface Handlers {
${members}
}

export type OperationId = keyof Handlers;

export const routeTable = [
${routes}
] as const;

/** Mounts every handler on its path; the validator runs before these routes. */
export function mountHandlers(router: Router, handlers: Handlers): void {
${mounts}
}
`;
}
