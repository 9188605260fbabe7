/**
 * Reply validators from three contracts: the project's openapi.yaml, OpenAI's official spec
 * (conformance/specs/openai/openapi.yaml), whose OpenAPI 3.0-isms are normalised here once, and the
 * Open Responses spec (conformance/specs/openresponses/2026-04-24/openapi.json, OpenAPI 3.1, which describes
 * POST /responses and POST /responses/compact only, and no error replies).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '..');
export const OPENAI_SPEC_PATH = resolve(ROOT, 'conformance/specs/openai/openapi.yaml');
export const OPENRESPONSES_SPEC_PATH = resolve(
  ROOT,
  'conformance/specs/openresponses/2026-04-24/openapi.json',
);

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
    /** The schema of error replies (status >= 400); null when the contract defines none. */
    private readonly errorSchema: string | null = '#/components/schemas/ErrorResponse',
  ) {
    addFormats.default(this.ajv);
    this.ajv
      .addFormat('float', true)
      .addFormat('double', true)
      .addFormat('int32', true)
      .addFormat('int64', true)
      .addFormat('binary', true);
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

  /** The media types the contract declares for this operation and status; undefined when it has no such reply. */
  replyMediaTypes(method: string, gatewayPath: string, status: number): string[] | undefined {
    const paths = this.spec.paths as Record<string, Record<string, Json>>;
    const op = paths[this.pathOf(gatewayPath)]?.[method.toLowerCase()] as
      { responses?: Record<string, { content?: Json }> } | undefined;
    const content = op?.responses?.[String(status)]?.content;
    return content ? Object.keys(content) : undefined;
  }

  /** The JSON pointer of the reply schema for this operation, status and media type, if the contract has one. */
  replySchema(method: string, gatewayPath: string, status: number, media: string): string | undefined {
    const paths = this.spec.paths as Record<string, Record<string, Json>>;
    const path = this.pathOf(gatewayPath);
    if (status >= 400) return this.errorSchema ?? undefined;
    const op = paths[path]?.[method.toLowerCase()] as { responses?: Record<string, Json> } | undefined;
    const reply = op?.responses?.[String(status)] as { content?: Record<string, unknown> } | undefined;
    if (!reply?.content?.[media]) return undefined;
    const escaped = path.replaceAll('~', '~0').replaceAll('/', '~1');
    return `#/paths/${escaped}/${method.toLowerCase()}/responses/${status}/content/${media.replace('/', '~1')}/schema`;
  }

  /** The schema at a JSON pointer of this contract (following one $ref). */
  private resolve(ref: string): Json | undefined {
    let node: unknown = this.spec;
    for (const key of ref.replace(/^#\//, '').split('/'))
      node = (node as Json | undefined)?.[key.replaceAll('~1', '/').replaceAll('~0', '~')];
    const target = (node as Json | undefined)?.$ref;
    return typeof target === 'string' ? this.resolve(target) : (node as Json | undefined);
  }

  /**
   * For a value with a `type` (a stream event) and a union schema: the branch whose `type` admits
   * it, so that a failure is reported against that event's schema, not against every branch.
   */
  private branchFor(ref: string, value: unknown): string | undefined {
    const type = (value as Json | null)?.type;
    const union = this.resolve(ref);
    const branches = (union?.oneOf ?? union?.anyOf) as Json[] | undefined;
    if (typeof type !== 'string' || !branches) return undefined;
    for (const branch of branches) {
      if (typeof branch.$ref !== 'string') continue;
      const t = (this.resolve(branch.$ref)?.properties as Json | undefined)?.type as Json | undefined;
      if (t?.const === type || (Array.isArray(t?.enum) && t.enum.includes(type))) return branch.$ref;
    }
    return undefined;
  }

  /** Returns the validation errors of `value` against the schema at `ref`, or [] when it conforms. */
  check(ref: string, value: unknown): SchemaError[] {
    const v = this.validator(ref);
    if (v(value)) return [];
    const union = this.resolve(ref);
    const type = (value as Json | null)?.type;
    if ((union?.oneOf || union?.anyOf) && typeof type === 'string') {
      const branch = this.branchFor(ref, value);
      if (!branch)
        return [
          {
            contract: this.name,
            at: '',
            message: `type ${JSON.stringify(type)} is not in the union at ${ref}`,
          },
        ];
      const errors = this.check(branch, value);
      if (errors.length) return errors;
    }
    return narrow(v.errors ?? [], value).map((e) => ({
      contract: this.name,
      at: e.instancePath,
      message: `${e.message} ${JSON.stringify(e.params)}`,
    }));
  }
}

/**
 * Keeps, for a failed oneOf/anyOf over objects with a `type` (formats, items, parts), only the
 * errors of the branches whose `type` admits the value's: a branch that fails on `type` itself does
 * not apply, and neither do its other errors; the oneOf error goes when a branch that applies
 * explains it.
 */
function narrow(errors: ErrorObject[], value: unknown): ErrorObject[] {
  const at = (pointer: string): unknown =>
    pointer
      .split('/')
      .slice(1)
      .reduce<unknown>(
        (node, key) => (node as Json | undefined)?.[key.replaceAll('~1', '/').replaceAll('~0', '~')],
        value,
      );
  const inapplicable = errors
    .filter(
      (e) =>
        (e.keyword === 'enum' || e.keyword === 'const') &&
        e.instancePath.endsWith('/type') &&
        typeof at(e.instancePath) === 'string',
    )
    .map((e) => ({
      under: e.instancePath.slice(0, -'/type'.length),
      branch: e.schemaPath.replace(/\/properties\/type\/(enum|const)$/, '/'),
    }));
  const kept = errors.filter(
    (e) =>
      !inapplicable.some(
        (b) =>
          (e.instancePath === b.under || e.instancePath.startsWith(`${b.under}/`)) &&
          e.schemaPath.startsWith(b.branch),
      ),
  );
  return kept.filter(
    (e) =>
      !(e.keyword === 'oneOf' || e.keyword === 'anyOf') ||
      !kept.some(
        (o) =>
          o !== e &&
          o.keyword !== e.keyword &&
          (o.instancePath === e.instancePath || o.instancePath.startsWith(`${e.instancePath}/`)),
      ),
  );
}

export interface SchemaError {
  contract: string;
  /** The JSON pointer of the failing value ('' for the whole value). */
  at: string;
  message: string;
}

export const formatError = (e: SchemaError) => `${e.contract}: ${e.at || '/'} ${e.message}`;

/**
 * A gateway path template for a concrete path: /v1/models/x → /v1/models/{model}. A parameter is one
 * segment (so /v1/responses/x/cancel is not /v1/responses/{response_id}), or failing that several
 * (model ids with a /).
 */
export function templateOf(path: string, templates: string[]): string {
  const clean = path.split('?')[0]!;
  for (const param of ['[^/]+', '.+']) {
    for (const t of templates) {
      const re = new RegExp(`^${t.replace(/\{[^}]+\}/g, param)}$`);
      if (re.test(clean)) return t;
    }
  }
  return clean;
}

let contracts: { ours: Contract; openai: Contract; openresponses: Contract; templates: string[] } | undefined;

export function loadContracts() {
  if (contracts) return contracts;
  const oursSpec = parse(readFileSync(resolve(ROOT, 'openapi.yaml'), 'utf8')) as Json;
  const templates = Object.keys(oursSpec.paths as Json);
  const ours = new Contract('ours', oursSpec, (p) => p);
  if (!existsSync(OPENAI_SPEC_PATH)) throw new Error(`OpenAI's spec is missing: ${OPENAI_SPEC_PATH}`);
  const openaiSpec = normalizeOpenApi30(parse(readFileSync(OPENAI_SPEC_PATH, 'utf8'))) as Json;
  const openai = new Contract('openai', openaiSpec, (p) => p.replace(/^\/v1/, ''));
  if (!existsSync(OPENRESPONSES_SPEC_PATH))
    throw new Error(`The Open Responses spec is missing: ${OPENRESPONSES_SPEC_PATH}`);
  const openresponsesSpec = JSON.parse(readFileSync(OPENRESPONSES_SPEC_PATH, 'utf8')) as Json;
  const openresponses = new Contract('openresponses', openresponsesSpec, (p) => p.replace(/^\/v1/, ''), null);
  contracts = { ours, openai, openresponses, templates };
  return contracts;
}

/** Compiles the reply schemas of every path of our contract, in all three contracts. */
export function warmUpContracts(): void {
  const { ours, openai, openresponses, templates } = loadContracts();
  for (const contract of [ours, openai, openresponses])
    for (const path of templates)
      for (const method of ['GET', 'POST', 'DELETE'])
        for (const media of ['application/json', 'text/event-stream']) {
          const ref = contract.replySchema(method, path, 200, media);
          if (ref) contract.check(ref, {});
        }
}
