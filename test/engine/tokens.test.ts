/** Token counts of chat messages (o200k, OpenAI's per-message framing). */
import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import { describe, expect, it, vi } from 'vitest';
import { countMessageTokens } from '../../src/engine/tokens.js';

// Every text the counter hands the tokenizer, to measure its work (below).
const handed = vi.hoisted(() => [] as string[]);
vi.mock('gpt-tokenizer/encoding/o200k_base', async (actual) => {
  const real = await actual<typeof import('gpt-tokenizer/encoding/o200k_base')>();
  return {
    ...real,
    countTokens: (text: string) => {
      handed.push(text);
      return real.countTokens(text);
    },
  };
});

const user = (content: string): ChatCompletionMessageParam => ({ role: 'user', content });

describe('countMessageTokens', () => {
  it('counts 3 to prime the reply plus, per message, 3 of framing, its role and its text', async () => {
    expect(await countMessageTokens([])).toBe(3);
    // "user" and "hi" are one token each.
    expect(await countMessageTokens([user('hi')])).toBe(3 + 3 + 1 + 1);
    expect(await countMessageTokens([user('hi'), user('hi')])).toBe(3 + 2 * 5);
  });

  it('counts text parts like text, and an image as a fixed 85', async () => {
    const parts: ChatCompletionMessageParam = {
      role: 'user',
      content: [
        { type: 'text', text: 'hi' },
        { type: 'image_url', image_url: { url: 'https://example.com/a.png' } },
      ],
    };
    expect(await countMessageTokens([parts])).toBe((await countMessageTokens([user('hi')])) + 85);
  });

  it('estimates a file part from its size (a token per 64 bytes), never tokenizing its base64', async () => {
    const pdf = (bytes: number) => ({
      role: 'user' as const,
      content: [
        {
          type: 'file' as const,
          file: { file_data: `data:application/pdf;base64,${Buffer.alloc(bytes, 7).toString('base64')}` },
        },
      ],
    });
    const empty = await countMessageTokens([{ role: 'user', content: [] }]);
    expect((await countMessageTokens([pdf(6400)])) - empty).toBe(100);
    // 5 MB of binary: estimated at once (tokenizing its base64 took seconds and counted ~1.2M).
    const started = performance.now();
    expect((await countMessageTokens([pdf(5 * 1024 * 1024)])) - empty).toBe(81920);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('estimates a text past a million characters at four characters a token', async () => {
    const long = 'ab '.repeat(400_000); // 1.2M characters
    const empty = await countMessageTokens([user('')]);
    expect((await countMessageTokens([user(long)])) - empty).toBe(300_000);
  });

  it('counts an assistant’s tool calls and refusal, and the tools offered', async () => {
    const bare = await countMessageTokens([{ role: 'assistant', content: null }]);
    const calling = await countMessageTokens([
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'c', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
        ],
      },
    ]);
    expect(calling).toBeGreaterThan(bare + 5);
    const refusing = await countMessageTokens([
      { role: 'assistant', content: null, refusal: 'I cannot do that.' },
    ]);
    expect(refusing).toBeGreaterThan(bare + 3);
    const tools: ChatCompletionTool[] = [
      { type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: {} } } },
    ];
    expect(await countMessageTokens([user('hi')], tools)).toBeGreaterThan(
      (await countMessageTokens([user('hi')])) + 10,
    );
  });

  // The byte-pair merge is quadratic in the length of one pre-token, and a run without spaces is
  // one pre-token: 100,000 'q's held the event loop 3.6 s. The sum of the squares of the lengths
  // handed over is what that costs, measured without a clock.
  it('counts a long run without spaces at a cost linear in its length', async () => {
    for (const n of [20_000, 40_000]) {
      handed.length = 0;
      // "qq" is one token.
      expect(await countMessageTokens([user('q'.repeat(n))])).toBe(3 + 3 + 1 + n / 2);
      const work = handed.reduce((sum, text) => sum + text.length ** 2, 0);
      expect(work).toBeLessThanOrEqual(1000 * n);
    }
  });

  it('counts ordinary text exactly as the tokenizer does when handed it whole', async () => {
    const { countTokens } = await vi.importActual<typeof import('gpt-tokenizer/encoding/o200k_base')>(
      'gpt-tokenizer/encoding/o200k_base',
    );
    const prose = Array.from(
      { length: 400 },
      (_, i) => `Sentence ${i}: the quick brown fox (${i * 7}) jumps over the lazy dog's back.\n`,
    ).join('  ');
    expect(await countMessageTokens([user(prose)])).toBe(3 + 3 + 1 + countTokens(prose));
  });

  it('lets other work run on the event loop while it counts a long text', async () => {
    await countMessageTokens([]); // the encoding is loaded
    let turns = 0;
    let counting = true;
    const tick = () => {
      turns++;
      if (counting) setImmediate(tick);
    };
    setImmediate(tick);
    await countMessageTokens([user('lorem ipsum dolor sit amet '.repeat(4_000))]);
    counting = false;
    expect(turns).toBeGreaterThanOrEqual(10);
  });
});
