/** The keyword query's terms (src/store/chunk-terms.ts), what both dialects' searches OR together. */
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS, queryTerms } from '../../src/store/chunk-terms.js';

describe('queryTerms', () => {
  it('keeps the distinct words, lower-cased, without stop words or syntax', () => {
    expect(queryTerms('What is the "Zephyr" turbine\'s RATED power? zephyr* OR power')).toEqual([
      'zephyr',
      'turbine',
      'rated',
      'power',
    ]);
    expect(queryTerms('naïve café, Zürich — 3D-printed')).toEqual([
      'naïve',
      'café',
      'zürich',
      '3d',
      'printed',
    ]);
  });

  it('has no terms for stop words, punctuation or nothing', () => {
    for (const text of ['', '  ', 'the of and', '"*:()^-+', '{"a": []}'])
      expect(queryTerms(text), text).toEqual([]);
  });

  it(`keeps at most ${MAX_QUERY_TERMS} terms, the first ones`, () => {
    const words = Array.from({ length: 100 }, (_, i) => `word${i}`);
    expect(queryTerms(words.join(' '))).toEqual(words.slice(0, MAX_QUERY_TERMS));
  });
});
