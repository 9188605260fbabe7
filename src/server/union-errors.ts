/**
 * When a request fails a `oneOf` (input items, content parts, tools …), the validator reports the
 * complaints of every branch, and the deepest of them is often another branch's: a message missing
 * its content would be told it lacks a reasoning item's `summary`. This finds the branch the value
 * meant — by its `type`, or for messages (which may omit it) by its `role`, or by JSON type — and
 * validates the value against that branch alone, so the error names the field actually wrong.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { nodeAt, type Schema } from './contract.js';

export interface Explained {
  /** JSON pointer into the request, like the validator's: /body/input/0/content. */
  path: string;
  message: string;
  required: boolean;
  /** The field is one the schema does not have (an additionalProperties failure). */
  unknown: boolean;
}

const CONTRACT_ID = 'contract.json';

export class UnionExplainer {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly contract: Schema) {
    this.ajv.addSchema({ ...contract, $id: CONTRACT_ID });
  }

  /** Explains why `body` failed `bodySchema` at (or under) `issuePath`, if a union is involved. */
  explain(bodySchema: Schema, body: unknown, issuePath: string): Explained | undefined {
    const relative = (path: string) =>
      path
        .replace(/^\/body\/?/, '')
        .split('/')
        .filter(Boolean);
    let segments = relative(issuePath);
    let node: Schema | undefined = bodySchema;
    let value: unknown = body;
    let at = '/body';
    let found: Explained | undefined;
    for (let i = 0; node && i <= segments.length; i++) {
      node = this.resolve(node, value);
      const branches = node.oneOf as Schema[] | undefined;
      if (branches) {
        const chosen = this.choose(branches, value, at, node['x-unsupported-type'] as string | undefined);
        if (!chosen) return found;
        if ('message' in chosen) return chosen;
        const explained = this.check(chosen.ref, chosen.schema, value, at);
        if (!explained) return found;
        found = explained;
        // Go on along the branch's own complaint: it may lead into a union nested in the branch.
        segments = relative(explained.path);
        node = chosen.schema;
      }
      if (i === segments.length) break;
      const segment = segments[i]!;
      node = Array.isArray(value)
        ? (this.resolve(node, value).items as Schema | undefined)
        : ((this.resolve(node, value).properties as Record<string, Schema> | undefined)?.[segment] ??
          undefined);
      value = (value as Record<string, unknown> | undefined)?.[segment];
      at = `${at}/${segment}`;
    }
    return found;
  }

  /** Follows $refs, and the non-null side of a nullable anyOf, for this value. */
  private resolve(node: Schema, value: unknown): Schema {
    for (let depth = 0; depth < 16; depth++) {
      if (typeof node.$ref === 'string') node = nodeAt(this.contract, node.$ref);
      else if (Array.isArray(node.anyOf) && value !== null) {
        const alternatives = (node.anyOf as Schema[]).filter((s) => s.type !== 'null');
        if (alternatives.length !== 1) return node;
        node = alternatives[0]!;
      } else if (Array.isArray(node.allOf) && node.allOf.length === 1) node = node.allOf[0] as Schema;
      else return node;
    }
    return node;
  }

  private choose(
    branches: Schema[],
    value: unknown,
    at: string,
    /** The union's own message for a type none of its branches has ({type}, {allowed}). */
    unsupported?: string,
  ): { ref: string | undefined; schema: Schema } | Explained | undefined {
    const resolved = branches.map((b) => ({
      ref: typeof b.$ref === 'string' ? b.$ref : undefined,
      schema: this.resolve(b, value),
    }));
    const jsonType = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    const ofType = resolved.filter((b) => typesOf(b.schema).includes(jsonType));
    if (jsonType !== 'object') return ofType.length === 1 ? ofType[0] : undefined;
    const object = value as Record<string, unknown>;
    if (typeof object.type === 'string') {
      const byType = ofType.filter((b) => constValues(b.schema, 'type').includes(object.type as string));
      if (byType.length === 1) return byType[0];
      if (byType.length === 0) {
        const allowed = [...new Set(ofType.flatMap((b) => constValues(b.schema, 'type')))];
        if (!allowed.length) return undefined;
        return {
          path: `${at}/type`,
          message: unsupported
            ? unsupported.replace('{type}', object.type).replace('{allowed}', allowed.join(', '))
            : `must be equal to one of the allowed values: ${allowed.join(', ')}`,
          required: false,
          unknown: false,
        };
      }
      return this.byRole(byType, object);
    }
    const untyped = ofType.filter(
      (b) => !((b.schema.required as string[] | undefined) ?? []).includes('type'),
    );
    return untyped.length === 1 ? untyped[0] : this.byRole(untyped, object);
  }

  private byRole(
    candidates: Array<{ ref: string | undefined; schema: Schema }>,
    object: Record<string, unknown>,
  ): { ref: string | undefined; schema: Schema } | undefined {
    if (typeof object.role !== 'string') return undefined;
    const byRole = candidates.filter((b) => constValues(b.schema, 'role').includes(object.role as string));
    return byRole.length === 1 ? byRole[0] : undefined;
  }

  /** The most telling error of `value` against one branch, or undefined if it conforms. */
  private check(ref: string | undefined, schema: Schema, value: unknown, at: string): Explained | undefined {
    const key = ref ?? JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      // An inline branch's $refs point into the contract, which Ajv knows by CONTRACT_ID.
      validate = this.ajv.compile(
        ref
          ? { $ref: `${CONTRACT_ID}${ref}` }
          : (JSON.parse(key.replaceAll('"#/components/', `"${CONTRACT_ID}#/components/`)) as Schema),
      );
      this.compiled.set(key, validate);
    }
    if (validate(value)) return undefined;
    const errors = (validate.errors ?? []).filter((e) => !/^(oneOf|anyOf)$/.test(e.keyword));
    const deepest = (errors.length ? errors : (validate.errors ?? [])).reduce<ErrorObject | undefined>(
      (best, e) => (!best || pathOf(e).split('/').length > pathOf(best).split('/').length ? e : best),
      undefined,
    );
    if (!deepest) return undefined;
    const allowed =
      deepest.keyword === 'enum' ? (deepest.params as { allowedValues: unknown[] }).allowedValues : [];
    return {
      path: `${at}${pathOf(deepest)}`,
      message: `${deepest.message ?? 'is invalid'}${allowed.length ? `: ${allowed.join(', ')}` : ''}`,
      required: deepest.keyword === 'required',
      unknown: deepest.keyword === 'additionalProperties',
    };
  }
}

/** An error's instance path, with the missing property of a `required` error appended. */
function pathOf(e: ErrorObject): string {
  const missing =
    e.keyword === 'required' ? `/${(e.params as { missingProperty: string }).missingProperty}` : '';
  const extra =
    e.keyword === 'additionalProperties'
      ? `/${(e.params as { additionalProperty: string }).additionalProperty}`
      : '';
  return `${e.instancePath}${missing}${extra}`;
}

function typesOf(schema: Schema): string[] {
  if (Array.isArray(schema.type)) return schema.type as string[];
  if (typeof schema.type === 'string') return [schema.type === 'integer' ? 'number' : schema.type];
  if (schema.properties) return ['object'];
  return [];
}

/** The values a property is pinned to in a branch (enum or const, possibly inside a nullable anyOf). */
function constValues(schema: Schema, property: string): string[] {
  const prop = (schema.properties as Record<string, Schema> | undefined)?.[property];
  if (!prop) return [];
  const candidates = [prop, ...((prop.anyOf as Schema[] | undefined) ?? [])];
  return candidates.flatMap((c) => [
    ...((c.enum as string[] | undefined) ?? []),
    ...(c.const ? [c.const as string] : []),
  ]);
}
