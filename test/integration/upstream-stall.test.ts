/**
 * An upstream that stalls after its headers is cut off after the provider's idle timeout, through
 * the production transport: a pass-through stream ends with a 504 error event, a Responses stream
 * with response.failed, and nothing hangs.
 */
import OpenAI, { APIError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './stack.js';

let stack: Stack;
let client: OpenAI;

beforeAll(async () => {
  stack = await startStack({ OPENAI_IDLE_TIMEOUT: '0.3' });
  client = stack.client;
});

afterAll(() => stack.close());

describe('an upstream that stalls mid-stream', () => {
  it('ends a chat completions stream with a 504 error after the idle timeout', async () => {
    const stream = await client.chat.completions.create({
      model: 'stall-stream',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
    });
    const text: string[] = [];
    const started = Date.now();
    const error = await (async () => {
      try {
        for await (const chunk of stream) text.push(chunk.choices[0]?.delta.content ?? '');
      } catch (e) {
        return e as APIError;
      }
      throw new Error('the stream should have failed');
    })();
    expect(text.join('')).toBe('Hel');
    expect(error).toBeInstanceOf(APIError);
    expect((error.error as { code?: string }).code).toBe('upstream_timeout');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('fails a streamed Response, and stores it failed', async () => {
    const stream = await client.responses.create({ model: 'stall-stream', input: 'hi', stream: true });
    const types: string[] = [];
    let failed: OpenAI.Responses.Response | undefined;
    try {
      for await (const event of stream) {
        types.push(event.type);
        if (event.type === 'response.failed') failed = event.response;
      }
    } catch {
      // The SDK raises the error event; what came before it is what is asserted.
    }
    expect(types).toContain('response.output_text.delta');
    expect(types.at(-1)).not.toBe('response.completed');
    const id = failed?.id ?? ((await client.get('/responses')) as { data: { id: string }[] }).data[0]!.id;
    const stored = await client.responses.retrieve(id);
    expect(stored.status).toBe('failed');
    expect(stored.error?.message).toMatch(/sent nothing for 0.3 s/);
  });
});
