/**
 * Walks each request body schema of the operations we serve beside OpenAI's schema for the same
 * operation (conformance/specs/openai/openapi.yaml) and lists where ours refuses what OpenAI's
 * accepts: a property OpenAI's types make nullable and ours does not, and a property OpenAI's
 * object has that ours, a closed object, lacks. Unions are matched branch to branch by their `type`
 * (tools, items, formats), arrays by their items; a union branch OpenAI has and ours lacks is listed
 * apart (`branches`), since which tool and item types the gateway serves is a decision of its own.
 */
import { normalizeOpenApi30 } from './schemas.js';

type Json = Record<string, unknown>;

export interface Narrowing {
  /** The operation's path in our contract. */
  operation: string;
  /** Where, as a field name: `tools[].strict`, `input[type=message].content`. */
  field: string;
  kind: 'not-nullable' | 'missing';
}

export interface Audit {
  narrowings: Narrowing[];
  /** Union branches OpenAI's schema has and ours does not: `tools[type=shell]`. */
  branches: string[];
}

/** Request bodies compared: our path → OpenAI's path (its spec has no /v1 prefix). */
export const AUDITED_OPERATIONS = [
  '/v1/responses',
  '/v1/responses/input_tokens',
  '/v1/responses/compact',
  '/v1/chat/completions',
  '/v1/completions',
  '/v1/embeddings',
  '/v1/conversations',
  '/v1/conversations/{conversation_id}',
  '/v1/conversations/{conversation_id}/items',
  '/v1/vector_stores',
  '/v1/vector_stores/{vector_store_id}',
  '/v1/vector_stores/{vector_store_id}/search',
  '/v1/vector_stores/{vector_store_id}/files',
  '/v1/vector_stores/{vector_store_id}/files/{file_id}',
  '/v1/vector_stores/{vector_store_id}/file_batches',
] as const;

export class Side {
  constructor(private readonly spec: Json) {}

  /** Follows $refs and flattens allOf into one schema (properties merged). */
  resolve(schema: unknown): Json {
    let node = (schema ?? {}) as Json;
    for (let depth = 0; typeof node.$ref === 'string' && depth < 32; depth++) node = this.at(node.$ref);
    if (!Array.isArray(node.allOf)) return node;
    const parts = (node.allOf as unknown[]).map((p) => this.resolve(p));
    const merged: Json = { ...node, allOf: undefined };
    for (const part of parts) {
      for (const [k, v] of Object.entries(part)) {
        if (k === 'properties')
          merged.properties = { ...(merged.properties as Json | undefined), ...(v as Json) };
        else if (k === 'required')
          merged.required = [...((merged.required as string[] | undefined) ?? []), ...(v as string[])];
        else if (merged[k] === undefined) merged[k] = v;
      }
    }
    // allOf: [X, {description}] — X's nullability is the whole's.
    return merged;
  }

  private at(pointer: string): Json {
    return pointer
      .replace(/^#\//, '')
      .split('/')
      .reduce<Json>((n, p) => n[p.replaceAll('~1', '/').replaceAll('~0', '~')] as Json, this.spec);
  }

  /** The schema's alternatives (anyOf/oneOf, nested ones flattened), each resolved; itself if none. */
  alternatives(schema: unknown): Json[] {
    const node = this.resolve(schema);
    const union = (node.anyOf ?? node.oneOf) as unknown[] | undefined;
    if (!union) return [node];
    return union.flatMap((b) => this.alternatives(b));
  }

  nullable(schema: unknown): boolean {
    return this.alternatives(schema).some((alt) => {
      const type = alt.type;
      if (type === 'null' || (Array.isArray(type) && type.includes('null'))) return true;
      if (Array.isArray(alt.enum) && alt.enum.includes(null)) return true;
      return false;
    });
  }

  /** The object alternatives of a schema (those with properties). */
  objects(schema: unknown): Json[] {
    return this.alternatives(schema).filter((a) => a.properties || a.type === 'object');
  }

  /** The item schema of its array alternatives. */
  arrayItems(schema: unknown): unknown[] {
    return this.alternatives(schema)
      .filter((a) => a.type === 'array' || a.items)
      .map((a) => a.items)
      .filter((i) => i !== undefined);
  }

  /** The property that tells a union's objects apart: `type`, or for chat messages `role`. */
  discriminator(object: Json): 'type' | 'role' {
    return (object.properties as Json | undefined)?.type ? 'type' : 'role';
  }

  /** The values an object's discriminator is pinned to. */
  discriminators(object: Json): string[] {
    const prop = (object.properties as Json | undefined)?.[this.discriminator(object)];
    if (!prop) return [];
    return this.alternatives(prop).flatMap((a) => [
      ...((a.enum as unknown[] | undefined) ?? []).filter((v): v is string => typeof v === 'string'),
      ...(typeof a.const === 'string' ? [a.const] : []),
    ]);
  }
}

export function auditRequests(openaiSpec: Json, oursSpec: Json): Audit {
  const openai = new Side(normalizeOpenApi30(openaiSpec) as Json);
  const ours = new Side(oursSpec);
  const audit: Audit = { narrowings: [], branches: [] };
  const seen = new Set<string>();
  let operation = '';

  const compare = (theirs: unknown, mine: unknown, field: string) => {
    const key = `${JSON.stringify(theirs)}|${JSON.stringify(mine)}`;
    if (seen.has(key)) return;
    seen.add(key);
    const theirObjects = openai.objects(theirs);
    const myObjects = ours.objects(mine);
    if (theirObjects.length && myObjects.length) {
      for (const [suffix, their, my] of pairObjects(theirObjects, myObjects, field)) {
        compareObject(their, my, `${field}${suffix}`);
      }
    }
    const theirItems = openai.arrayItems(theirs);
    const myItems = ours.arrayItems(mine);
    for (const their of theirItems) for (const my of myItems) compare(their, my, `${field}[]`);
  };

  const pairObjects = (theirs: Json[], mine: Json[], field: string): [string, Json, Json][] => {
    if (theirs.length === 1 && mine.length === 1) return [['', theirs[0]!, mine[0]!]];
    const pairs: [string, Json, Json][] = [];
    for (const their of theirs) {
      const types = openai.discriminators(their);
      const match = mine.find((m) => ours.discriminators(m).some((t) => types.includes(t)));
      const label = `[${openai.discriminator(their)}=${types[0]}]`;
      if (match) pairs.push([label, their, match]);
      else if (types.length) audit.branches.push(`${field}${label}`);
    }
    return pairs;
  };

  const compareObject = (their: Json, my: Json, field: string) => {
    const theirProps = (their.properties ?? {}) as Json;
    const myProps = (my.properties ?? {}) as Json;
    const closed = my.additionalProperties === false;
    for (const [name, theirProp] of Object.entries(theirProps)) {
      const path = field ? `${field}.${name}` : name;
      const myProp = myProps[name];
      if (myProp === undefined) {
        if (closed) audit.narrowings.push({ operation, field: path, kind: 'missing' });
        continue;
      }
      if (openai.nullable(theirProp) && !ours.nullable(myProp))
        audit.narrowings.push({ operation, field: path, kind: 'not-nullable' });
      compare(theirProp, myProp, path);
    }
  };

  for (const path of AUDITED_OPERATIONS) {
    operation = path;
    const body = (spec: Json, p: string) =>
      (spec.paths as Record<string, Record<string, Json>>)[p]?.post?.requestBody as Json | undefined;
    const theirs = body(openaiSpec, path.replace(/^\/v1/, ''));
    const mine = body(oursSpec, path);
    const schemaOf = (b: Json | undefined) =>
      (b?.content as Record<string, Json> | undefined)?.['application/json']?.schema;
    if (!theirs || !mine) throw new Error(`${path}: no request body in one of the contracts`);
    compare(schemaOf(theirs), schemaOf(mine), '');
  }
  return { narrowings: audit.narrowings, branches: [...new Set(audit.branches)] };
}
