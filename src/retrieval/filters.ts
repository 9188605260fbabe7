/**
 * OpenAI's attribute filters (ComparisonFilter, CompoundFilter) over a store file's attributes:
 * checked whole before a search runs, so that a malformed filter is a 400 naming the field
 * (`filters.filters[1].value`) and never a search that silently finds nothing.
 *
 * Semantics: eq/gt/gte/lt/lte/in match only a file that has the key with a value of the filter's
 * type (a number is never equal to its string). ne and nin are the exact negations of eq and in,
 * so they also match a file without the key: `ne` and `eq` on one key and value always split the
 * files in two. gt/gte/lt/lte compare numbers, or strings by code point (ISO dates compare as
 * dates); not booleans. in/nin take a list of strings and numbers.
 */
import type { ComparisonFilter, SearchFilter } from '../api-types.js';
import { badRequest } from '../errors.js';
import type { Attributes, AttributeValue } from '../store/vector-stores.js';

/** A request's filter: a comparison, or and/or over nested filters. */
export type AttributeFilter = SearchFilter;
type ComparisonType = ComparisonFilter['type'];

const COMPARISONS = new Set<string>(['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'nin']);
const ORDERINGS = new Set<string>(['gt', 'gte', 'lt', 'lte']);
const LISTS = new Set<string>(['in', 'nin']);
/** Deeper nesting than any real filter needs; bounds the recursion a request can cause. */
const MAX_DEPTH = 16;

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

const kindOf = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

function onlyFields(filter: Record<string, unknown>, allowed: readonly string[], param: string): void {
  for (const field of Object.keys(filter))
    if (!allowed.includes(field))
      throw badRequest(`Unknown parameter: '${param}.${field}'.`, `${param}.${field}`);
}

function comparisonOf(
  filter: Record<string, unknown>,
  type: ComparisonType,
  param: string,
): ComparisonFilter {
  onlyFields(filter, ['type', 'key', 'value'], param);
  const { key, value } = filter;
  if (key === undefined) throw badRequest(`Missing required parameter: '${param}.key'.`, `${param}.key`);
  if (typeof key !== 'string' || key === '')
    throw badRequest(`Invalid '${param}.key': expected a non-empty string.`, `${param}.key`);
  if (value === undefined)
    throw badRequest(`Missing required parameter: '${param}.value'.`, `${param}.value`);
  const at = `${param}.value`;
  if (LISTS.has(type)) {
    if (!Array.isArray(value))
      throw badRequest(
        `Invalid '${at}': a '${type}' filter compares with a list of strings and numbers, got ${kindOf(value)}.`,
        at,
      );
    value.forEach((item: unknown, i) => {
      if (typeof item !== 'string' && typeof item !== 'number')
        throw badRequest(
          `Invalid '${at}[${i}]': expected a string or a number, got ${kindOf(item)}.`,
          `${at}[${i}]`,
        );
    });
    return { type, key, value: value as Array<string | number> };
  }
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
    throw badRequest(
      `Invalid '${at}': a '${type}' filter compares with a string, number or boolean, got ${kindOf(value)}.`,
      at,
    );
  if (ORDERINGS.has(type) && typeof value === 'boolean')
    throw badRequest(`Invalid '${at}': a '${type}' filter compares numbers or strings, not booleans.`, at);
  return { type, key, value };
}

function filterOf(raw: unknown, param: string, depth: number): AttributeFilter {
  if (!isObject(raw))
    throw badRequest(`Invalid '${param}': expected a filter object, got ${kindOf(raw)}.`, param);
  const type = raw.type;
  if (typeof type === 'string' && COMPARISONS.has(type))
    return comparisonOf(raw, type as ComparisonType, param);
  if (type !== 'and' && type !== 'or')
    throw badRequest(
      `Invalid '${param}.type': expected one of eq, ne, gt, gte, lt, lte, in, nin, and, or; got ${JSON.stringify(type) ?? 'nothing'}.`,
      `${param}.type`,
    );
  onlyFields(raw, ['type', 'filters'], param);
  const at = `${param}.filters`;
  if (!Array.isArray(raw.filters))
    throw badRequest(`Invalid '${at}': an '${type}' filter needs a list of filters.`, at);
  // An empty `or` would match nothing and an empty `and` everything: neither is what was meant.
  if (raw.filters.length === 0) throw badRequest(`Invalid '${at}': expected at least one filter.`, at);
  if (depth >= MAX_DEPTH) throw badRequest(`Invalid '${at}': filters nest at most ${MAX_DEPTH} deep.`, at);
  return { type, filters: raw.filters.map((f: unknown, i) => filterOf(f, `${at}[${i}]`, depth + 1)) };
}

/** A request's filters, checked; `param` names it in errors (`filters`, `tools[0].filters`). */
export function parseFilter(raw: unknown, param = 'filters'): AttributeFilter {
  return filterOf(raw, param, 0);
}

function ordered(type: string, have: AttributeValue, want: string | number): boolean {
  if (typeof have !== typeof want) return false;
  const [a, b] = [have as string | number, want];
  if (type === 'gt') return a > b;
  if (type === 'gte') return a >= b;
  if (type === 'lt') return a < b;
  return a <= b;
}

function compares(filter: ComparisonFilter, attributes: Attributes | null): boolean {
  const have = attributes && Object.hasOwn(attributes, filter.key) ? attributes[filter.key] : undefined;
  const { type, value } = filter;
  if (type === 'ne') return have !== value;
  if (type === 'nin')
    return have === undefined || !(value as Array<string | number>).includes(have as string);
  if (have === undefined) return false;
  if (type === 'eq') return have === value;
  if (type === 'in') return (value as Array<string | number>).includes(have as string);
  return ordered(type, have, value as string | number);
}

/** Whether a file with these attributes passes the filter. */
export function matches(filter: AttributeFilter, attributes: Attributes | null): boolean {
  if (!('filters' in filter)) return compares(filter, attributes);
  return filter.type === 'and'
    ? filter.filters.every((f) => matches(f, attributes))
    : filter.filters.some((f) => matches(f, attributes));
}

/** The ids of the files that pass the filter (every file when there is none), in the map's order. */
export function passingFiles(
  filter: AttributeFilter | undefined,
  files: ReadonlyMap<string, Attributes | null>,
): string[] {
  const ids: string[] = [];
  for (const [id, attributes] of files) if (!filter || matches(filter, attributes)) ids.push(id);
  return ids;
}
