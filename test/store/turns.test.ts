/** TurnCache: the finished turns a chain re-reads, bounded by their number of items. */
import { describe, expect, it } from 'vitest';
import type { ItemField } from '../../src/api-types.js';
import { TurnCache, type Turn } from '../../src/store/turns.js';

const item = (id: string) =>
  ({ type: 'message', id, status: 'completed', role: 'user', content: [] }) as unknown as ItemField;
const turn = (...ids: string[]): Turn => ({ input: ids.map(item), output: [] });

describe('TurnCache', () => {
  it('keeps turns up to its number of items, dropping the least recently read first', () => {
    const cache = new TurnCache(4);
    cache.set('a', turn('a1', 'a2'));
    cache.set('b', turn('b1'));
    expect(cache.get('a')?.input.map((i) => i.id)).toEqual(['a1', 'a2']); // a is now the most recent
    cache.set('c', turn('c1', 'c2'));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
  });

  it('does not keep a turn larger than the whole cache, and forgets a deleted one', () => {
    const cache = new TurnCache(2);
    cache.set('big', turn('1', '2', '3'));
    expect(cache.get('big')).toBeUndefined();
    cache.set('a', turn('a1', 'a2'));
    cache.delete('a');
    cache.delete('never');
    expect(cache.get('a')).toBeUndefined();
    // Its items were given back: two more fit.
    cache.set('b', turn('b1', 'b2'));
    expect(cache.get('b')).toBeDefined();
  });

  it('freezes what it keeps, deeply', () => {
    const cache = new TurnCache(10);
    const kept = turn('x');
    cache.set('x', kept);
    expect(Object.isFrozen(kept.input[0])).toBe(true);
    expect(() => ((kept.input[0] as { id: string }).id = 'y')).toThrow(TypeError);
  });
});
