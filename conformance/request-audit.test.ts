/**
 * Our request schemas accept what OpenAI's do (conformance/request-audit.ts): every property
 * nullable in OpenAI's spec is nullable in ours, and our closed objects have every property of
 * OpenAI's. An exception names its reason; one that no longer excuses anything is an error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AUDITED_OPERATIONS, auditRequests } from './request-audit.js';
import { OPENAI_SPEC_PATH } from './schemas.js';

const EXCEPTIONS: Record<string, string> = {
  'not-nullable /v1/responses input[][type=function_call_output].call_id':
    "OpenAI's spec marks it nullable, but its API and SDK types (openai-node ResponseInputItem." +
    'FunctionCallOutput.call_id: string) require the id of the call the output answers; without it ' +
    'the output cannot be paired with its call.',
};

const read = (path: string) => parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

describe('request schemas against OpenAI’s', () => {
  const audit = auditRequests(read(OPENAI_SPEC_PATH), read(resolve(import.meta.dirname, '../openapi.yaml')));
  const found = audit.narrowings.map((n) => `${n.kind} ${n.operation} ${n.field}`);

  it('refuse nothing OpenAI’s accept: no nullable narrowed, no field of a closed object missing', () => {
    expect(found.filter((f) => !(f in EXCEPTIONS))).toEqual([]);
  });

  it('list only exceptions that still apply', () => {
    expect(Object.keys(EXCEPTIONS).filter((e) => !found.includes(e))).toEqual([]);
  });

  it('find a narrowing inside a union branch of an array, a field a closed object lacks, a branch ours lacks', () => {
    const body = (schema: unknown) => ({
      requestBody: { content: { 'application/json': { schema } } },
    });
    const paths = (schema: unknown, prefix: string) =>
      Object.fromEntries(
        AUDITED_OPERATIONS.map((p) => [`${prefix}${p.replace(/^\/v1/, '')}`, { post: body(schema) }]),
      );
    const tool = (type: string, strict: unknown = { type: 'boolean' }) => ({
      type: 'object',
      additionalProperties: false,
      properties: { type: { type: 'string', enum: [type] }, strict },
    });
    const theirs = {
      paths: paths({ $ref: '#/components/schemas/Body' }, ''),
      components: {
        schemas: {
          Body: {
            type: 'object',
            properties: {
              tools: {
                type: 'array',
                items: { oneOf: [tool('function', { type: 'boolean', nullable: true }), tool('custom')] },
              },
              personality: { type: 'string' },
            },
          },
        },
      },
    };
    const ours = {
      paths: paths({ $ref: '#/components/schemas/Body' }, '/v1'),
      components: {
        schemas: {
          Body: {
            type: 'object',
            additionalProperties: false,
            properties: {
              tools: { type: 'array', items: { oneOf: [tool('function'), tool('file_search')] } },
            },
          },
        },
      },
    };
    const result = auditRequests(theirs, ours);
    expect(result.narrowings.map((n) => `${n.kind} ${n.field}`)).toEqual(
      expect.arrayContaining(['not-nullable tools[][type=function].strict', 'missing personality']),
    );
    expect(result.branches).toEqual(['tools[][type=custom]']);
  });
});
