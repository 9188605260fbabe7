/** Deleting a response that is still streaming (not background) deletes it, and it stays deleted. */
import OpenAI, { NotFoundError } from 'openai';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startStack, type Stack } from './stack.js';

let stack: Stack;
let client: OpenAI;

beforeAll(async () => {
  stack = await startStack();
  client = stack.client;
});

afterAll(() => stack.close());

it('deletes a foreground response mid-stream; the run finishing later does not bring it back', async () => {
  const stream = await client.responses.create({ model: 'slow-stream', input: 'hi', stream: true });
  let id: string | undefined;
  let deltas = 0;
  for await (const event of stream) {
    if (event.type === 'response.created') id = event.response.id;
    if (event.type === 'response.output_text.delta' && ++deltas === 2) {
      await expect(client.responses.delete(id!)).resolves.toBeDefined();
      break; // the client goes away too: the run is cancelled and tries to store that
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  await expect(client.responses.retrieve(id!)).rejects.toBeInstanceOf(NotFoundError);
});
