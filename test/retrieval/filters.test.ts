/** Attribute filters: what passes, and the 400s for malformed filters. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/errors.js';
import { matches, parseFilter, passingFiles } from '../../src/retrieval/filters.js';
import type { Attributes } from '../../src/store/vector-stores.js';

const report: Attributes = { region: 'emea', year: 2024, draft: false, date: '2024-03-01' };

const passes = (filter: unknown, attributes: Attributes | null = report) =>
  matches(parseFilter(filter), attributes);

function refused(filter: unknown, param?: string): ApiError {
  try {
    parseFilter(filter, param);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    return error as ApiError;
  }
  throw new Error(`expected ${JSON.stringify(filter)} to be refused`);
}

describe('matches', () => {
  it('eq and ne compare values of the same type', () => {
    expect(passes({ type: 'eq', key: 'region', value: 'emea' })).toBe(true);
    expect(passes({ type: 'eq', key: 'region', value: 'apac' })).toBe(false);
    expect(passes({ type: 'eq', key: 'year', value: 2024 })).toBe(true);
    expect(passes({ type: 'eq', key: 'year', value: '2024' })).toBe(false);
    expect(passes({ type: 'eq', key: 'draft', value: false })).toBe(true);
    expect(passes({ type: 'ne', key: 'region', value: 'apac' })).toBe(true);
    expect(passes({ type: 'ne', key: 'region', value: 'emea' })).toBe(false);
  });

  it('gt, gte, lt, lte order numbers, and strings by code point', () => {
    expect(passes({ type: 'gt', key: 'year', value: 2023 })).toBe(true);
    expect(passes({ type: 'gt', key: 'year', value: 2024 })).toBe(false);
    expect(passes({ type: 'gte', key: 'year', value: 2024 })).toBe(true);
    expect(passes({ type: 'lt', key: 'year', value: 2024 })).toBe(false);
    expect(passes({ type: 'lte', key: 'year', value: 2024 })).toBe(true);
    expect(passes({ type: 'gte', key: 'date', value: '2024-01-01' })).toBe(true);
    expect(passes({ type: 'lt', key: 'date', value: '2024-01-01' })).toBe(false);
    // A number against a string is no match either way.
    expect(passes({ type: 'gt', key: 'region', value: 1 })).toBe(false);
    expect(passes({ type: 'lt', key: 'region', value: 1 })).toBe(false);
  });

  it('in and nin look the value up in the list', () => {
    expect(passes({ type: 'in', key: 'region', value: ['apac', 'emea'] })).toBe(true);
    expect(passes({ type: 'in', key: 'year', value: [2023, 2025] })).toBe(false);
    expect(passes({ type: 'nin', key: 'region', value: ['apac'] })).toBe(true);
    expect(passes({ type: 'nin', key: 'region', value: ['emea'] })).toBe(false);
    expect(passes({ type: 'in', key: 'year', value: ['2024'] })).toBe(false);
  });

  it('a missing key matches no eq, gt… or in, but every ne and nin (their exact negations)', () => {
    for (const type of ['eq', 'gt', 'gte', 'lt', 'lte'])
      expect(passes({ type, key: 'owner', value: 1 }), type).toBe(false);
    expect(passes({ type: 'in', key: 'owner', value: ['x'] })).toBe(false);
    expect(passes({ type: 'ne', key: 'owner', value: 'x' })).toBe(true);
    expect(passes({ type: 'nin', key: 'owner', value: ['x'] })).toBe(true);
    expect(passes({ type: 'eq', key: 'region', value: 'emea' }, null)).toBe(false);
    expect(passes({ type: 'ne', key: 'region', value: 'emea' }, null)).toBe(true);
    // Not fooled by what every object inherits.
    expect(passes({ type: 'ne', key: 'toString', value: 'x' }, {})).toBe(true);
    expect(passes({ type: 'eq', key: 'constructor', value: 'x' }, {})).toBe(false);
  });

  it('and needs every filter, or one, nested as deep as given', () => {
    const emea = { type: 'eq', key: 'region', value: 'emea' };
    const old = { type: 'lt', key: 'year', value: 2000 };
    expect(passes({ type: 'and', filters: [emea, { type: 'eq', key: 'draft', value: false }] })).toBe(true);
    expect(passes({ type: 'and', filters: [emea, old] })).toBe(false);
    expect(passes({ type: 'or', filters: [old, emea] })).toBe(true);
    expect(passes({ type: 'or', filters: [old, { type: 'and', filters: [emea, old] }] })).toBe(false);
    expect(
      passes({
        type: 'and',
        filters: [
          { type: 'or', filters: [old, emea] },
          { type: 'ne', key: 'draft', value: true },
        ],
      }),
    ).toBe(true);
  });
});

describe('passingFiles', () => {
  const files = new Map<string, Attributes | null>([
    ['file-a', { team: 'red', size: 3 }],
    ['file-b', { team: 'blue', size: 10 }],
    ['file-c', null],
  ]);

  it('keeps the files that pass, every file without a filter', () => {
    expect(passingFiles(undefined, files)).toEqual(['file-a', 'file-b', 'file-c']);
    expect(passingFiles(parseFilter({ type: 'gt', key: 'size', value: 5 }), files)).toEqual(['file-b']);
    expect(passingFiles(parseFilter({ type: 'ne', key: 'team', value: 'red' }), files)).toEqual([
      'file-b',
      'file-c',
    ]);
  });
});

describe('parseFilter', () => {
  it('names an unknown type', () => {
    expect(refused({ type: 'like', key: 'a', value: 'b' }).param).toBe('filters.type');
    expect(refused({ key: 'a', value: 'b' }).param).toBe('filters.type');
  });

  it('names a missing or empty key, and a missing value', () => {
    expect(refused({ type: 'eq', value: 'b' }).param).toBe('filters.key');
    expect(refused({ type: 'eq', key: '', value: 'b' }).param).toBe('filters.key');
    expect(refused({ type: 'eq', key: 3, value: 'b' }).param).toBe('filters.key');
    expect(refused({ type: 'eq', key: 'a' }).param).toBe('filters.value');
  });

  it('refuses in/nin without a list, or with a list of other than strings and numbers', () => {
    const notList = refused({ type: 'in', key: 'a', value: 'b' });
    expect(notList.param).toBe('filters.value');
    expect(notList.message).toMatch(/list/);
    expect(refused({ type: 'nin', key: 'a', value: ['x', true] }).param).toBe('filters.value[1]');
  });

  it('refuses a list for eq and friends, and a boolean to order by', () => {
    expect(refused({ type: 'eq', key: 'a', value: ['x'] }).param).toBe('filters.value');
    expect(refused({ type: 'ne', key: 'a', value: null }).param).toBe('filters.value');
    const boolean = refused({ type: 'gt', key: 'a', value: true });
    expect(boolean.param).toBe('filters.value');
    expect(boolean.message).toMatch(/boolean/);
  });

  it('names the field deep inside compound filters', () => {
    const nested = {
      type: 'and',
      filters: [
        { type: 'eq', key: 'a', value: 1 },
        {
          type: 'or',
          filters: [
            { type: 'eq', key: 'b', value: 2 },
            { type: 'gt', key: 'c', value: false },
          ],
        },
      ],
    };
    expect(refused(nested).param).toBe('filters.filters[1].filters[1].value');
    expect(
      refused({
        type: 'and',
        filters: [
          { type: 'eq', key: 'a', value: 1 },
          { type: 'in', key: 'b', value: 2 },
        ],
      }).param,
    ).toBe('filters.filters[1].value');
  });

  it('refuses a compound without a list of filters, or with none', () => {
    expect(refused({ type: 'and' }).param).toBe('filters.filters');
    expect(refused({ type: 'or', filters: {} }).param).toBe('filters.filters');
    expect(refused({ type: 'or', filters: [] }).param).toBe('filters.filters');
    expect(refused({ type: 'and', filters: ['x'] }).param).toBe('filters.filters[0]');
  });

  it('refuses what is not a filter object, and fields a filter does not have', () => {
    expect(refused('region = emea').param).toBe('filters');
    expect(refused(null).param).toBe('filters');
    expect(refused({ type: 'eq', key: 'a', value: 1, op: 'x' }).param).toBe('filters.op');
    expect(refused({ type: 'and', filters: [{ type: 'eq', key: 'a', value: 1 }], key: 'x' }).param).toBe(
      'filters.key',
    );
  });

  it('bounds the nesting', () => {
    let filter: unknown = { type: 'eq', key: 'a', value: 1 };
    for (let i = 0; i < 40; i++) filter = { type: 'and', filters: [filter] };
    expect(refused(filter).message).toMatch(/nest/);
  });

  it("names the field under the prefix given (a tool's filters)", () => {
    expect(refused({ type: 'eq', key: 'a' }, 'tools[1].filters').param).toBe('tools[1].filters.value');
  });
});
