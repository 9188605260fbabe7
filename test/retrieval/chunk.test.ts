/** Static chunking by tokens, and the chunking_strategy a request gives. */
import { describe, expect, it } from 'vitest';
import { decode, encode } from 'gpt-tokenizer/encoding/o200k_base';
import { ApiError } from '../../src/errors.js';
import { chunkingOf, chunkingStrategyOf, chunkText, MAX_FILE_TOKENS } from '../../src/retrieval/chunk.js';
import { ExtractionError } from '../../src/retrieval/extract.js';

function badRequestOf(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    return error as ApiError;
  }
  throw new Error('expected a 400');
}

const staticStrategy = (max: unknown, overlap: unknown) => ({
  type: 'static',
  static: { max_chunk_size_tokens: max, chunk_overlap_tokens: overlap },
});

describe('chunkingOf', () => {
  it('reads absent and auto as 800 tokens with 400 of overlap', () => {
    const defaults = { maxChunkSizeTokens: 800, chunkOverlapTokens: 400 };
    expect(chunkingOf(undefined)).toEqual(defaults);
    expect(chunkingOf({ type: 'auto' })).toEqual(defaults);
    expect(chunkingOf('auto')).toEqual(defaults);
  });

  it('takes a static strategy within its bounds', () => {
    expect(chunkingOf(staticStrategy(100, 50))).toEqual({ maxChunkSizeTokens: 100, chunkOverlapTokens: 50 });
    expect(chunkingOf(staticStrategy(4096, 0))).toEqual({ maxChunkSizeTokens: 4096, chunkOverlapTokens: 0 });
  });

  it('refuses a size outside 100–4096, naming the field', () => {
    const small = badRequestOf(() => chunkingOf(staticStrategy(99, 0)));
    expect(small.param).toBe('chunking_strategy.static.max_chunk_size_tokens');
    expect(small.message).toMatch(/>= 100/);
    const large = badRequestOf(() => chunkingOf(staticStrategy(4097, 0)));
    expect(large.param).toBe('chunking_strategy.static.max_chunk_size_tokens');
    expect(large.message).toMatch(/<= 4096/);
    expect(badRequestOf(() => chunkingOf(staticStrategy(200.5, 0))).param).toBe(
      'chunking_strategy.static.max_chunk_size_tokens',
    );
  });

  it('refuses an overlap below 0 or above half the size, naming the field', () => {
    const negative = badRequestOf(() => chunkingOf(staticStrategy(800, -1)));
    expect(negative.param).toBe('chunking_strategy.static.chunk_overlap_tokens');
    const tooMuch = badRequestOf(() => chunkingOf(staticStrategy(800, 401)));
    expect(tooMuch.param).toBe('chunking_strategy.static.chunk_overlap_tokens');
    expect(tooMuch.message).toMatch(/half/);
    expect(chunkingOf(staticStrategy(801, 400)).chunkOverlapTokens).toBe(400);
    expect(badRequestOf(() => chunkingOf(staticStrategy(800, '10'))).param).toBe(
      'chunking_strategy.static.chunk_overlap_tokens',
    );
  });

  it('refuses a missing field, an unknown type or a non-object, under the given prefix', () => {
    expect(badRequestOf(() => chunkingOf({ type: 'static' })).param).toBe('chunking_strategy.static');
    expect(
      badRequestOf(() => chunkingOf({ type: 'static', static: { chunk_overlap_tokens: 0 } })).param,
    ).toBe('chunking_strategy.static.max_chunk_size_tokens');
    expect(
      badRequestOf(() => chunkingOf({ type: 'static', static: { max_chunk_size_tokens: 100 } })).param,
    ).toBe('chunking_strategy.static.chunk_overlap_tokens');
    expect(badRequestOf(() => chunkingOf({ type: 'semantic' })).param).toBe('chunking_strategy.type');
    expect(badRequestOf(() => chunkingOf(5)).param).toBe('chunking_strategy');
    expect(badRequestOf(() => chunkingOf(staticStrategy(50, 0), 'files[2].chunking_strategy')).param).toBe(
      'files[2].chunking_strategy.static.max_chunk_size_tokens',
    );
  });

  it('shows a chunking back as the static strategy it is', () => {
    expect(chunkingStrategyOf({ maxChunkSizeTokens: 300, chunkOverlapTokens: 20 })).toEqual(
      staticStrategy(300, 20),
    );
  });
});

/** A text of `count` distinct numbered words (each " wN" is a couple of tokens). */
const numbered = (count: number) => Array.from({ length: count }, (_, i) => `w${i}`).join(' ');

describe('chunkText', () => {
  it('has no chunks for an empty or blank text, and one for a short text', async () => {
    expect(await chunkText('')).toEqual([]);
    expect(await chunkText('  \n ')).toEqual([]);
    const text = 'A short note about owls.';
    expect(await chunkText(text)).toEqual([{ index: 0, text, tokens: encode(text).length }]);
  });

  it('cuts windows of the size, each starting the overlap before the previous ended', async () => {
    const text = numbered(2000);
    const tokens = encode(text);
    const chunks = await chunkText(text, { maxChunkSizeTokens: 100, chunkOverlapTokens: 30 });
    expect(chunks.map((c) => c.index)).toEqual(chunks.map((_, i) => i));
    for (const [i, chunk] of chunks.entries()) {
      const start = i * 70;
      const slice = tokens.slice(start, start + 100);
      expect(chunk.tokens).toBe(slice.length);
      expect(chunk.text).toBe(decode(slice));
    }
    // The last window reaches the end; every token is in some chunk.
    expect(70 * (chunks.length - 1) + chunks.at(-1)!.tokens).toBe(tokens.length);
    expect(chunks.at(-1)!.text.endsWith('w1999')).toBe(true);
  });

  it('without overlap, the chunks put back together are the text', async () => {
    const text = `${numbered(900)}\n\nSecond part: ${numbered(300)}`;
    const chunks = await chunkText(text, { maxChunkSizeTokens: 128, chunkOverlapTokens: 0 });
    expect(chunks.every((c) => c.tokens <= 128)).toBe(true);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
  });

  it('never cuts inside a character (CJK, emoji), so every chunk is a slice of the text', async () => {
    const text = '日本語のテキスト🎉です。漢字とかなの混じった文章。'.repeat(300);
    const chunks = await chunkText(text, { maxChunkSizeTokens: 100, chunkOverlapTokens: 50 });
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) {
      expect(chunk.text).not.toContain('\uFFFD');
      expect(text).toContain(chunk.text);
      expect(chunk.tokens).toBeLessThanOrEqual(100);
    }
    // And the tokenizer's shared decoder is left clean for whoever decodes next.
    expect(decode(encode('after'))).toBe('after');
  });

  it('takes special tokens in a file as text', async () => {
    const [chunk] = await chunkText('before <|endoftext|> after');
    expect(chunk!.text).toBe('before <|endoftext|> after');
  });

  it('refuses a file of more tokens than a vector store takes (5,000,000, as OpenAI), as invalid_file', async () => {
    expect(MAX_FILE_TOKENS).toBe(5_000_000);
    const text = numbered(400);
    const tokens = encode(text).length;
    expect(await chunkText(text, undefined, { maxTokens: tokens })).not.toEqual([]);
    const refused = await chunkText(text, undefined, { maxTokens: tokens - 1 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(ExtractionError);
    expect((refused as ExtractionError).code).toBe('invalid_file');
    expect((refused as ExtractionError).message).toMatch(/more than/);
  });

  it('chunks 10 MB of text in seconds without holding the event loop', async () => {
    const words = ['river', 'stone', 'maple', 'harbor', 'lantern', 'meadow', 'copper', 'willow'];
    const parts: string[] = [];
    for (let size = 0, i = 0; size < 10_000_000; i++) {
      const word = words[i % words.length]! + (i % 13 === 0 ? '.\n' : ' ');
      parts.push(word);
      size += word.length;
    }
    const text = parts.join('');
    await chunkText('warm up the encoding');
    let longestStall = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestStall = Math.max(longestStall, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    const chunks = await chunkText(text);
    const took = performance.now() - started;
    clearInterval(ticker);
    expect(chunks.length).toBeGreaterThan(3000);
    expect(chunks.every((c) => c.tokens <= 800)).toBe(true);
    expect(took).toBeLessThan(10_000);
    // Measured at about 1.3 s in all, the loop never held for more than ~80 ms.
    expect(longestStall).toBeLessThan(500);
  }, 30_000);
});
