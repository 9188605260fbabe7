import { describe, expect, it } from 'vitest';
import { InputDecoder } from '../../../src/engine/tools/json-input.js';

/** Feeds the arguments in chunks of `size` characters; returns every text chunk decoded. */
function decode(args: string, size: number): string[] {
  const decoder = new InputDecoder();
  const out: string[] = [];
  for (let i = 0; i < args.length; i += size) {
    const text = decoder.push(args.slice(i, i + size));
    if (text) out.push(text);
  }
  return out;
}

describe('InputDecoder', () => {
  const input = '*** Begin Patch\n*** Add File: a.txt\n+héllo "world" \\ tab\t😀 done\n*** End Patch';
  const args = JSON.stringify({ input });

  it('decodes the input as it arrives, whatever the chunking, to the whole input', () => {
    for (const size of [1, 2, 3, 5, 7, 64, args.length]) expect(decode(args, size).join('')).toBe(input);
  });

  it('streams text before the arguments are complete', () => {
    const chunks = decode(args, 4);
    expect(chunks.length).toBeGreaterThan(5);
  });

  it('never splits a surrogate pair or an escape between chunks', () => {
    const escaped = '{"input":"a\\ud83d\\ude00b\\n"}';
    for (const size of [1, 2, 3, 4, 5]) {
      const chunks = decode(escaped, size);
      expect(chunks.join('')).toBe('a😀b\n');
      for (const chunk of chunks) expect(chunk).not.toMatch(/[\ud800-\udbff]$/);
    }
  });

  it('allows whitespace around the key, and stops at the closing quote', () => {
    expect(decode('  { "input" : "abc" , "x": "no"}', 1).join('')).toBe('abc');
  });

  it('gives no text for arguments of another shape', () => {
    expect(decode('{"other":"x","input":"abc"}', 1)).toEqual([]);
    expect(decode('"just a string"', 1)).toEqual([]);
  });
});
