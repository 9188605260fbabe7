/**
 * The fast lane's validators: for every operation marked `x-fast-lane: true`, Ajv standalone code for
 * its JSON request body and its JSON replies, compiled as express-openapi-validator compiles them
 * (same Ajv class and options, same formats, the same `{ body }` / `{ response }` wrapper, so the
 * same instance paths and messages), written to src/generated/ so nothing is compiled at start-up.
 */
import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import { _ } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { formats as eovFormats } from 'express-openapi-validator/dist/framework/ajv/formats.js';
import type { Operation } from './spec.js';

type Json = Record<string, unknown>;

const CONTRACT = 'contract.json';

/** express-openapi-validator's base options (framework/ajv/options.js) with our validator config. */
function createAjv(request: boolean): Ajv2020 {
  const options: Options = {
    strict: false,
    strictNumbers: true,
    strictTuples: true,
    allowUnionTypes: false,
    validateSchema: false,
    coerceTypes: false,
    useDefaults: request,
    removeAdditional: false,
    code: { source: true, esm: true, formats: _`eovFormats`, lines: true },
  };
  const ajv = new Ajv2020(options);
  ajv.addFormat('media-range', true);
  for (const [name, format] of Object.entries(eovFormats)) ajv.addFormat(name, format as never);
  // validateFormats defaults to true, which the validator turns into ajv-formats' fast mode.
  const codeFormats = ajv.opts.code.formats;
  addFormats.default(ajv, { mode: 'fast' });
  ajv.opts.code.formats = codeFormats;
  return ajv;
}

/** `#/components/responses/X` or an inline response → its application/json schema, if any. */
function jsonSchemaOf(spec: Json, response: Json): Json | undefined {
  let node = response;
  if (typeof node.$ref === 'string') node = pointerGet(spec, node.$ref);
  const content = node.content as Record<string, { schema?: Json }> | undefined;
  return content?.['application/json']?.schema;
}

function pointerGet(spec: Json, pointer: string): Json {
  return pointer
    .replace(/^#\//, '')
    .split('/')
    .reduce<Json>((n, p) => n[p] as Json, spec);
}

const rewriteRefs = (schema: Json | undefined): Json | undefined =>
  schema &&
  (JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${CONTRACT}#/components/`)) as Json);

/**
 * The contract without the annotations that do not validate (descriptions, titles, examples), which
 * would otherwise be most of the generated code and of its memory. A property that happens to be
 * called `description` has a schema (an object) as its value, so it stays.
 */
function withoutAnnotations(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutAnnotations);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'description' || key === 'title') && typeof value === 'string') continue;
    if (key === 'examples' && Array.isArray(value)) continue;
    out[key] = withoutAnnotations(value);
  }
  return out;
}

/** Ajv's standalone ESM output still `require`s its runtime helpers (CommonJS modules). */
function esmOnly(code: string): string {
  if (!/require\(/.test(code)) return code;
  return `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n${code}`;
}

export interface LaneValidators {
  requests: string;
  responses: string;
  table: string;
}

export function renderValidators(spec: Json, operations: Operation[]): LaneValidators {
  const lane = operations.filter((op) => op.fastLane);
  const requestAjv = createAjv(true);
  const responseAjv = createAjv(false);
  const components = { $id: CONTRACT, components: withoutAnnotations(spec.components) };
  requestAjv.addSchema(components);
  responseAjv.addSchema(components);
  const requestExports: Record<string, string> = {};
  const responseExports: Record<string, string> = {};
  const rows: string[] = [];
  for (const op of lane) {
    if (op.method !== 'post' || op.bodyMedia !== 'application/json')
      throw new Error(`${op.operationId}: the fast lane serves POST operations with a JSON body`);
    const raw = (spec.paths as Record<string, Record<string, Json>>)[op.path]![op.method]!;
    const requestBody = raw.requestBody as { required?: boolean; content: Record<string, { schema: Json }> };
    const pointer = ['paths', op.path, op.method, 'requestBody', 'content', 'application/json', 'schema'];
    const id = `${op.operationId}Request`;
    requestAjv.addSchema(
      {
        $id: id,
        properties: {
          query: {},
          headers: {},
          params: {},
          cookies: {},
          body: rewriteRefs(requestBody.content['application/json']!.schema),
        },
        ...(requestBody.required && { required: ['body'] }),
      },
      id,
    );
    requestExports[id] = id;
    const statuses: string[] = [];
    for (const [status, response] of Object.entries(raw.responses as Record<string, Json>)) {
      const schema = jsonSchemaOf(spec, response);
      if (!schema) continue;
      const rid = `${op.operationId}Reply${status}`;
      responseAjv.addSchema({ $id: rid, type: 'object', properties: { response: rewriteRefs(schema) } }, rid);
      responseExports[rid] = rid;
      statuses.push(`${status}: responses.${rid}`);
    }
    rows.push(
      `  '${op.path}': { operationId: '${op.operationId}', status: ${op.successStatus}, ` +
        `bodySchema: ${JSON.stringify(pointer)}, request: requests.${id}, replies: { ${statuses.join(', ')} } },`,
    );
  }
  // A path's WebSocket transport (x-websocket): its client messages' envelope, and the POST's body,
  // compiled like the lane's so a message's errors read as the same POST's would.
  const sockets: string[] = [];
  for (const [path, item] of Object.entries(spec.paths as Record<string, Json>)) {
    const socket = item['x-websocket'] as { clientMessage: Json } | undefined;
    if (!socket) continue;
    const post = (item.post as Json | undefined)?.requestBody as
      { content: Record<string, { schema: Json }> } | undefined;
    if (!post) throw new Error(`${path}: x-websocket needs a POST with a JSON body`);
    const name = path.replace(/^\/v1\//, '').replace(/\W+(\w)/g, (_, c: string) => c.toUpperCase());
    for (const [suffix, schema] of [
      ['WebSocketEnvelope', socket.clientMessage],
      ['WebSocketBody', post.content['application/json']!.schema],
    ] as const) {
      const id = `${name}${suffix}`;
      requestAjv.addSchema({ $id: id, properties: { body: rewriteRefs(schema) }, required: ['body'] }, id);
      requestExports[id] = id;
    }
    sockets.push(
      `  '${path}': { envelope: requests.${name}WebSocketEnvelope, body: requests.${name}WebSocketBody },`,
    );
  }
  const header = (generator: string) =>
    `/* generated — do not edit. Source: openapi.yaml; generator: ${generator} */\n// @ts-nocheck\n/* eslint-disable */\n`;
  const formatsImport = `import { formats as eovFormats } from 'express-openapi-validator/dist/framework/ajv/formats.js';\n`;
  return {
    requests:
      header('codegen/validators.ts (Ajv standalone)') +
      formatsImport +
      esmOnly(standaloneCode.default(requestAjv, requestExports)),
    responses:
      header('codegen/validators.ts (Ajv standalone)') +
      formatsImport +
      esmOnly(standaloneCode.default(responseAjv, responseExports)),
    table: `/* generated — do not edit. Source: openapi.yaml; generator: codegen/validators.ts */
import type { ValidateFunction } from 'ajv';
import * as requests from './request-validators.js';
import * as responses from './response-validators.js';
import type { OperationId } from './router.js';

export interface LaneOperation {
  operationId: OperationId;
  /** The status of its success reply. */
  status: number;
  /** Where its request body's schema is in openapi.yaml (for the union explainer). */
  bodySchema: readonly string[];
  /** Validates \`{ body }\`, filling in defaults, as express-openapi-validator does. */
  request: ValidateFunction;
  /** By status: validates \`{ response }\`, a JSON reply. */
  replies: Readonly<Record<number, ValidateFunction>>;
}

/** The operations marked x-fast-lane: true, by path (all of them POST with a JSON body). */
export const fastLaneOperations: Readonly<Record<string, LaneOperation>> = {
${rows.join('\n')}
} as never;

/**
 * The paths with a WebSocket transport (x-websocket): each validates \`{ body }\`, the envelope of a
 * client message and the body of the POST it stands for.
 */
export const webSocketValidators: Readonly<
  Record<string, { envelope: ValidateFunction; body: ValidateFunction }>
> = {
${sockets.join('\n')}
} as never;
`,
  };
}
