/** Token counts of chat messages (o200k, OpenAI's per-message framing). */
import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import { describe, expect, it } from 'vitest';
import { countMessageTokens } from '../../src/engine/tokens.js';

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
});
