import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, nestingError, tooDeep } from '../src/server/json-depth.js';

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value];
  return value;
};

describe('JSON nesting limit', () => {
  it('accepts a body exactly at the limit and refuses one level more', () => {
    expect(tooDeep({ x: nested(MAX_JSON_DEPTH - 1) })).toBeUndefined();
    expect(tooDeep({ x: nested(MAX_JSON_DEPTH) })).toHaveLength(MAX_JSON_DEPTH);
  });

  it('walks a body far deeper than the stack would allow recursion', () => {
    expect(tooDeep(nested(200_000))?.length).toBe(MAX_JSON_DEPTH);
  });

  it('names the field by its first three path segments', () => {
    const path = tooDeep({ model: 'm', tools: [{ type: 'function', parameters: { p: nested(200) } }] })!;
    const error = nestingError(path);
    expect(error.param).toBe('tools[0].parameters');
    expect(error.code).toBe('nesting_too_deep');
    expect(error.message).toMatch(
      /^Invalid field 'tools\[0\]\.parameters': JSON nested deeper than 128 levels/,
    );
  });

  it('leaves scalars and shallow bodies alone', () => {
    expect(tooDeep('text')).toBeUndefined();
    expect(tooDeep(null)).toBeUndefined();
    expect(tooDeep({ a: [1, 2, { b: 3 }] })).toBeUndefined();
  });
});
