/** background_concurrency bounds how many background responses one process runs; the rest wait queued. */
import type OpenAI from 'openai';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startStack, type Stack } from './stack.js';

let stack: Stack;
let client: OpenAI;

beforeAll(async () => {
  stack = await startStack({ BACKGROUND_CONCURRENCY: '1' }, { runner: { pollMs: 50 } });
  client = stack.client;
});

afterAll(() => stack.close());

it('runs one background response at a time when the limit is 1, and starts the next when a slot frees', async () => {
  const status = async (id: string) => (await client.responses.retrieve(id)).status;
  const first = await client.responses.create({ model: 'slow-stream', input: 'one', background: true });
  await expect.poll(() => status(first.id), { timeout: 3000 }).toBe('in_progress');
  const second = await client.responses.create({ model: 'slow-stream', input: 'two', background: true });
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await status(second.id)).toBe('queued');

  await client.responses.cancel(first.id);
  await expect.poll(() => status(second.id), { timeout: 3000 }).toBe('in_progress');
  await client.responses.cancel(second.id);
});
