/**
 * Reply validators from two contracts: the project's openapi.yaml and OpenAI's official spec
 * (../shared/reference/openai/openapi.yaml), whose OpenAPI 3.0-isms are normalised here once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '..');
export const OPENAI_SPEC_PATH = resolve(ROOT, '../shared/reference/openai/openapi.yaml');

type Json = Record<string, unknown>;

/** nullable → a null type; boolean exclusiveMinimum/Maximum → numeric; OpenAI-only formats dropped. */
export function normalizeOpenApi30(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalizeOpenApi30);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) out[k] = normalizeOpenApi30(v);
  if (out.exclusiveMinimum === true) [out.exclusiveMinimum, out.minimum] = [out.minimum, undefined];
  if (out.exclusiveMaximum === true) [out.exclusiveMaximum, out.maximum] = [out.maximum, undefined];
  if (out.exclusiveMinimum === false) delete out.exclusiveMinimum;
  if (out.exclusiveMaximum === false) delete out.exclusiveMaximum;
  if (out.format === 'unixtime') delete out.format;
  delete out.discriminator;
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else {
      const { description, ...rest } = out;
      return { anyOf: [rest, { type: 'null' }], ...(description ? { description } : {}) };
    }
  }
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

export class Contract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(
    readonly name: string,
    private readonly spec: Json,
    /** The contract's path for a gateway path: OpenAI's spec has no /v1 prefix. */
    private readonly pathOf: (gatewayPath: string) => string,
  ) {
    addFormats.default(this.ajv);
    this.ajv
      .addFormat('float', true)
      .addFormat('double', true)
      .addFormat('int32', true)
      .addFormat('int64', true);
    this.ajv.addSchema({ ...spec, $id: `${name}.json` } as Json);
  }

  private validator(ref: string): ValidateFunction {
    let v = this.compiled.get(ref);
    if (!v) {
      v = this.ajv.compile({ $ref: `${this.name}.json${ref}` });
      this.compiled.set(ref, v);
    }
    return v;
  }

  /** The JSON pointer of the reply schema for this operation, status and media type, if the contract has one. */
  replySchema(method: string, gatewayPath: string, status: number, media: string): string | undefined {
    const paths = this.spec.paths as Record<string, Record<string, Json>>;
    const path = this.pathOf(gatewayPath);
    if (status >= 400) return '#/components/schemas/ErrorResponse';
    const op = paths[path]?.[method.toLowerCase()] as { responses?: Record<string, Json> } | undefined;
    const reply = op?.responses?.[String(status)] as { content?: Record<string, unknown> } | undefined;
    if (!reply?.content?.[media]) return undefined;
    const escaped = path.replaceAll('~', '~0').replaceAll('/', '~1');
    return `#/paths/${escaped}/${method.toLowerCase()}/responses/${status}/content/${media.replace('/', '~1')}/schema`;
  }

  /** Returns the validation errors of `value` against the schema at `ref`, or [] when it conforms. */
  check(ref: string, value: unknown): string[] {
    const v = this.validator(ref);
    if (v(value)) return [];
    return (v.errors ?? []).map(
      (e) => `${this.name}: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`,
    );
  }
}

/** A gateway path template for a concrete path: /v1/models/x → /v1/models/{model}. */
export function templateOf(path: string, templates: string[]): string {
  const clean = path.split('?')[0]!;
  for (const t of templates) {
    const re = new RegExp(`^${t.replace(/\{[^}]+\}/g, '.+')}$`);
    if (re.test(clean)) return t;
  }
  return clean;
}

let contracts: { ours: Contract; openai: Contract; templates: string[] } | undefined;

export function loadContracts() {
  if (contracts) return contracts;
  const oursSpec = parse(readFileSync(resolve(ROOT, 'openapi.yaml'), 'utf8')) as Json;
  const templates = Object.keys(oursSpec.paths as Json);
  const ours = new Contract('ours', oursSpec, (p) => p);
  if (!existsSync(OPENAI_SPEC_PATH)) throw new Error(`OpenAI's spec is missing: ${OPENAI_SPEC_PATH}`);
  const openaiSpec = normalizeOpenApi30(parse(readFileSync(OPENAI_SPEC_PATH, 'utf8'))) as Json;
  const openai = new Contract('openai', openaiSpec, (p) => p.replace(/^\/v1/, ''));
  contracts = { ours, openai, templates };
  return contracts;
}
