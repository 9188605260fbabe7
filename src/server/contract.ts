/**
 * openapi.yaml as data: read once per process from its JSON rendering (src/generated/contract.json,
 * written by codegen; the YAML parser would cost the process ~25 MB), shared read-only or handed
 * out as copies, with its $refs followed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PACKAGE_ROOT } from '../version.js';

export type Schema = Record<string, unknown>;

let parsed: Schema | undefined;

/** The contract, parsed once and shared: read it, never change it. */
export function contract(): Schema {
  parsed ??= JSON.parse(readFileSync(resolve(PACKAGE_ROOT, 'src/generated/contract.json'), 'utf8')) as Schema;
  return parsed;
}

/** A copy of the contract, for what rewrites the one it is given (the validator). */
export function loadContract(): Schema {
  return structuredClone(contract());
}

/** The node a JSON pointer (`#/components/schemas/X`, or path segments) names in the contract. */
export function nodeAt(contract: Schema, pointer: string | string[]): Schema {
  const parts = typeof pointer === 'string' ? pointer.replace(/^#\//, '').split('/') : pointer;
  return parts.reduce<Schema>((node, part) => node[part] as Schema, contract);
}

/** Follows a schema's $ref (and the $refs it leads to) to the schema itself. */
export function followRefs(contract: Schema, schema: Schema): Schema {
  let node = schema;
  while (typeof node.$ref === 'string') node = nodeAt(contract, node.$ref);
  return node;
}
