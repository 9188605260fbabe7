/**
 * The other direction of request-audit.ts: what our contract lets a reply be, OpenAI's must accept.
 * Walks our reply schemas beside OpenAI's (conformance/specs/openai/openapi.yaml) and lists where
 * ours is looser: a property OpenAI's requires that ours may leave out, a null ours allows and
 * OpenAI's does not, a value of an enum OpenAI's lacks, an object of a union whose `type` OpenAI's
 * does not have. Unions are matched branch to branch by their `type`, arrays by their items.
 * The harness checks the replies the gateway does send; this checks what the contract allows it to.
 */
import { normalizeOpenApi30 } from './schemas.js';
import { Side } from './request-audit.js';

type Json = Record<string, unknown>;

export interface Loosening {
  /** The operation (`GET /v1/vector_stores`) or component schema the walk started from. */
  shape: string;
  /** Where, as a field name: `data[].status`, `results[]`, `` for the whole shape. */
  field: string;
  kind: 'not-required' | 'nullable' | 'enum' | 'branch';
  /** For enum and branch: the values OpenAI's lacks. */
  values?: string[];
}

/** Our reply schemas audited, beyond the replies of the paths under these prefixes. */
export const AUDITED_REPLY_PATHS = ['/v1/vector_stores'] as const;

/** Component schemas of ours and OpenAI's names for them (stream events, items, tools, annotations). */
export const AUDITED_COMPONENTS: ReadonlyArray<readonly [ours: string, theirs: string]> = [
  ['FileSearchTool', 'FileSearchTool'],
  ['FileSearchToolCall', 'FileSearchToolCall'],
  ['FileCitationBody', 'FileCitationBody'],
  ['ResponseFileSearchCallInProgressEvent', 'ResponseFileSearchCallInProgressEvent'],
  ['ResponseFileSearchCallSearchingEvent', 'ResponseFileSearchCallSearchingEvent'],
  ['ResponseFileSearchCallCompletedEvent', 'ResponseFileSearchCallCompletedEvent'],
];

const METHODS = ['get', 'post', 'delete'] as const;

/** The string values a schema admits, or undefined when it admits any string (or is not a string). */
function enumValues(side: Side, schema: unknown): string[] | undefined {
  const strings = side
    .alternatives(schema)
    .filter((a) => a.type === 'string' || Array.isArray(a.enum) || typeof a.const === 'string');
  if (!strings.length || strings.some((a) => !Array.isArray(a.enum) && typeof a.const !== 'string'))
    return undefined;
  return strings.flatMap((a) => [
    ...((a.enum as unknown[] | undefined) ?? []).filter((v): v is string => typeof v === 'string'),
    ...(typeof a.const === 'string' ? [a.const] : []),
  ]);
}

/**
 * OpenAI's CompoundFilter nests itself with `$recursiveRef: '#'` (draft 2019-09, under a
 * `$recursiveAnchor`), which neither Ajv 2020 nor a plain $ref walk follows: within each component
 * schema that anchors, it becomes a $ref to that component, so the nested filters are compared too.
 */
function resolveRecursiveRefs(spec: Json): Json {
  const schemas = ((spec.components as Json | undefined)?.schemas ?? {}) as Record<string, unknown>;
  const replace = (node: unknown, name: string): unknown => {
    if (Array.isArray(node)) return node.map((n) => replace(n, name));
    if (!node || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [k, v] of Object.entries(node as Json)) out[k] = replace(v, name);
    if (out.$recursiveRef === '#') {
      delete out.$recursiveRef;
      out.$ref = `#/components/schemas/${name}`;
    }
    return out;
  };
  const resolved = Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [
      name,
      (schema as Json | undefined)?.$recursiveAnchor === true ? replace(schema, name) : schema,
    ]),
  );
  return { ...spec, components: { ...(spec.components as Json | undefined), schemas: resolved } };
}

export function auditReplies(
  openaiSpec: Json,
  oursSpec: Json,
  components: ReadonlyArray<readonly [ours: string, theirs: string]> = AUDITED_COMPONENTS,
): Loosening[] {
  const openai = new Side(resolveRecursiveRefs(normalizeOpenApi30(openaiSpec) as Json));
  const ours = new Side(oursSpec);
  const found: Loosening[] = [];
  let shape = '';
  let seen = new Set<string>();

  const compare = (theirs: unknown, mine: unknown, field: string) => {
    const key = `${JSON.stringify(theirs)}|${JSON.stringify(mine)}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (ours.nullable(mine) && !openai.nullable(theirs)) found.push({ shape, field, kind: 'nullable' });
    const allowed = enumValues(openai, theirs);
    const mineValues = enumValues(ours, mine);
    if (allowed && mineValues) {
      const extra = mineValues.filter((v) => !allowed.includes(v));
      if (extra.length) found.push({ shape, field, kind: 'enum', values: extra });
    }
    const theirObjects = openai.objects(theirs);
    const myObjects = ours.objects(mine);
    if (theirObjects.length && myObjects.length) {
      for (const my of myObjects) {
        const types = ours.discriminators(my);
        const their =
          theirObjects.length === 1 && myObjects.length === 1
            ? theirObjects[0]
            : theirObjects.find((t) => openai.discriminators(t).some((v) => types.includes(v)));
        if (their) compareObject(their, my, field);
        else found.push({ shape, field, kind: 'branch', values: types });
      }
    }
    const theirItems = openai.arrayItems(theirs);
    for (const my of ours.arrayItems(mine)) for (const their of theirItems) compare(their, my, `${field}[]`);
  };

  const compareObject = (their: Json, my: Json, field: string) => {
    const theirProps = (their.properties ?? {}) as Json;
    const myProps = (my.properties ?? {}) as Json;
    const myRequired = (my.required as string[] | undefined) ?? [];
    const at = (name: string) => (field ? `${field}.${name}` : name);
    for (const name of (their.required as string[] | undefined) ?? [])
      if (!myRequired.includes(name)) found.push({ shape, field: at(name), kind: 'not-required' });
    for (const [name, myProp] of Object.entries(myProps))
      if (theirProps[name] !== undefined) compare(theirProps[name], myProp, at(name));
  };

  const start = (label: string, theirs: unknown, mine: unknown) => {
    shape = label;
    seen = new Set();
    compare(theirs, mine, '');
  };

  const replyOf = (spec: Json, path: string, method: string) =>
    (
      (spec.paths as Record<string, Record<string, Json>>)[path]?.[method]?.responses as
        Record<string, { content?: Record<string, { schema?: unknown }> }> | undefined
    )?.['200']?.content?.['application/json']?.schema;

  for (const path of Object.keys(oursSpec.paths as Json)) {
    if (!AUDITED_REPLY_PATHS.some((prefix) => path.startsWith(prefix))) continue;
    for (const method of METHODS) {
      const mine = replyOf(oursSpec, path, method);
      if (mine === undefined) continue;
      const theirs = replyOf(openaiSpec, path.replace(/^\/v1/, ''), method);
      if (theirs === undefined)
        throw new Error(`${method.toUpperCase()} ${path}: OpenAI's spec has no such reply`);
      start(`${method.toUpperCase()} ${path}`, theirs, mine);
    }
  }
  for (const [mine, theirs] of components)
    start(mine, { $ref: `#/components/schemas/${theirs}` }, { $ref: `#/components/schemas/${mine}` });
  return found;
}
