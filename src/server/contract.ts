/**
 * openapi.yaml as data: read once per process from its JSON rendering (src/generated/contract.json,
 * written by codegen; the YAML parser would cost the process ~25 MB), shared read-only or handed
 * out as copies, with its $refs followed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isScalar, parseDocument, type Node } from 'yaml';
import { PACKAGE_ROOT } from '../version.js';

export type Schema = Record<string, unknown>;

let source: string | undefined;
let parsed: Schema | undefined;

function contractSource(): string {
  source ??= readFileSync(resolve(PACKAGE_ROOT, 'openapi.yaml'), 'utf8');
  return source;
}

/** The contract, parsed once and shared: read it, never change it. */
export function contract(): Schema {
  parsed ??= JSON.parse(readFileSync(resolve(PACKAGE_ROOT, 'src/generated/contract.json'), 'utf8')) as Schema;
  return parsed;
}

/** A copy of the contract, for what rewrites the one it is given (the validator). */
export function loadContract(): Schema {
  return structuredClone(contract());
}

/** The contract as served to a client: `servers` names the URL it reached the gateway at, if known. */
export function servedContract(serverUrl: string | undefined): Schema {
  const contract = loadContract();
  if (serverUrl) contract.servers = [{ url: serverUrl }];
  return contract;
}

let yamlAround: [before: string, after: string] | undefined;

/**
 * The same as YAML: openapi.yaml as written (comments, order and layout kept), its top-level
 * `servers` entry replaced.
 */
export function servedContractYaml(serverUrl: string | undefined): string {
  if (!serverUrl) return contractSource();
  yamlAround ??= splitAtServers(contractSource());
  return `${yamlAround[0]}servers:\n  - url: ${JSON.stringify(serverUrl)}\n${yamlAround[1]}`;
}

function splitAtServers(text: string): [string, string] {
  const root = parseDocument(text).contents as { items?: { key: unknown; value: unknown }[] } | null;
  const pair = root?.items?.find((p) => isScalar(p.key) && p.key.value === 'servers');
  const [start, end] = [
    (pair?.key as Node | undefined)?.range?.[0],
    (pair?.value as Node | undefined)?.range?.[2],
  ];
  if (start === undefined || end === undefined) return [text.replace(/\n?$/, '\n'), ''];
  return [text.slice(0, start), text.slice(end)];
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
