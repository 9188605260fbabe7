/** Deleting a response that is still streaming (not background) deletes it, and it stays deleted. */
import OpenAI, { NotFoundError } from 'openai';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from '../../scripts/fake-upstream.js';
import { loadConfig } from '../../src/config.js';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { createLogger } from '../../src/logger.js';

let upstream: FakeUpstream;
let gateway: Gateway;
let client: OpenAI;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  const config = loadConfig({ OPENAI_BASE_URL: upstream.url, DATABASE_URL: 'sqlite::memory:' });
  gateway = createGateway(config, createLogger('silent'));
  const address = await gateway.listen(0, '127.0.0.1');
  client = new OpenAI({ baseURL: `http://127.0.0.1:${address.port}/v1`, apiKey: 'k', maxRetries: 0 });
});

afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

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
