/** rewrite_query's deterministic rewrite: a question becomes its content words. */
import { describe, expect, it } from 'vitest';
import { rewriteQuery } from '../../src/retrieval/rewrite.js';

describe('rewriteQuery', () => {
  it('keeps the content words of a question, lower-cased, in the order typed', () => {
    expect(rewriteQuery('When does the badger survey start?')).toBe('badger survey start');
    expect(rewriteQuery('How often should I water my CACTI in winter?')).toBe('often water cacti winter');
  });

  it('drops repeated words and punctuation that search syntax would read', () => {
    expect(rewriteQuery('"owls" OR owls: NEAR(owls*)')).toBe('owls near');
  });

  it('keeps a query of stop words alone as it was typed', () => {
    expect(rewriteQuery('Why is it there?')).toBe('Why is it there?');
  });
});
