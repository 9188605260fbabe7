/**
 * What our contract lets a reply be, OpenAI's spec accepts (conformance/reply-audit.ts): for the
 * vector store replies and the file_search shapes of Responses. An exception names its reason; one
 * that no longer excuses anything is an error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { auditReplies, type Loosening } from './reply-audit.js';
import { OPENAI_SPEC_PATH } from './schemas.js';

const EMPTY_LIST =
  "OpenAI's list replies require first_id and last_id as strings; an empty page has neither, and the " +
  'gateway sends null, as for its other lists (the conformance gap empty-vector-store-list).';

const EXCEPTIONS: Record<string, string> = Object.fromEntries(
  [
    'GET /v1/vector_stores',
    'GET /v1/vector_stores/{vector_store_id}/files',
    'GET /v1/vector_stores/{vector_store_id}/file_batches/{batch_id}/files',
  ].flatMap((op) => [
    [`nullable ${op} first_id`, EMPTY_LIST],
    [`nullable ${op} last_id`, EMPTY_LIST],
  ]),
);

const read = (path: string) => parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const named = (l: Loosening) => `${l.kind} ${l.shape} ${l.field}${l.values ? ` ${l.values.join(',')}` : ''}`;

describe('reply schemas against OpenAI’s', () => {
  const found = auditReplies(
    read(OPENAI_SPEC_PATH),
    read(resolve(import.meta.dirname, '../openapi.yaml')),
  ).map(named);

  it('allow nothing OpenAI’s refuse: no required field optional, no null, enum value or union branch of our own', () => {
    expect(found.filter((f) => !(f in EXCEPTIONS))).toEqual([]);
  });

  it('list only exceptions that still apply', () => {
    expect(Object.keys(EXCEPTIONS).filter((e) => !found.includes(e))).toEqual([]);
  });

  it('find an optional field OpenAI requires, a null, an enum value and a branch OpenAI lacks, in arrays and unions', () => {
    const reply = (schema: unknown) => ({
      get: { responses: { '200': { content: { 'application/json': { schema } } } } },
    });
    const spec = (prefix: string, page: unknown) => ({
      paths: { [`${prefix}/vector_stores`]: reply({ $ref: '#/components/schemas/Page' }) },
      components: { schemas: { Page: page } },
    });
    const object = (status: unknown, required: string[]) => ({
      type: 'object',
      required,
      properties: { id: { type: 'string' }, status, chunking: { $ref: '#/components/schemas/Chunking' } },
    });
    const chunking = (types: string[]) => ({
      oneOf: types.map((t) => ({ type: 'object', properties: { type: { type: 'string', enum: [t] } } })),
    });
    const theirs = spec('', {
      type: 'object',
      properties: { data: { type: 'array', items: object({ type: 'string', enum: ['completed'] }, ['id']) } },
    });
    (theirs.components.schemas as Record<string, unknown>).Chunking = chunking(['static']);
    const ours = spec('/v1', {
      type: 'object',
      properties: {
        data: {
          type: 'array',
          items: object({ type: ['string', 'null'], enum: ['completed', 'stuck', null] }, []),
        },
      },
    });
    (ours.components.schemas as Record<string, unknown>).Chunking = chunking(['static', 'semantic']);
    const result = auditReplies(theirs, ours, []).map(named);
    expect(result).toEqual(
      expect.arrayContaining([
        'not-required GET /v1/vector_stores data[].id',
        'nullable GET /v1/vector_stores data[].status',
        'enum GET /v1/vector_stores data[].status stuck',
        'branch GET /v1/vector_stores data[].chunking semantic',
      ]),
    );
    expect(result).toHaveLength(4);
  });
});
