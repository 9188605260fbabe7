/** The client package (packages/client) from source, against the gateway; test/consumer tries it installed. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createClient, readEvents, type GatewayClient } from '../../packages/client/src/index.js';
import { startFakeUpstream, type FakeUpstream } from '../../scripts/fake-upstream.js';
import { loadConfig } from '../../src/config.js';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { createLogger } from '../../src/logger.js';
import { freshDatabaseUrl } from '../support/database.js';

let upstream: FakeUpstream;
let gateway: Gateway;
let client: GatewayClient;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  gateway = await createGateway(
    loadConfig({ OPENAI_BASE_URL: upstream.url, DATABASE_URL: await freshDatabaseUrl() }),
    createLogger('silent'),
  );
  const { port } = await gateway.listen(0, '127.0.0.1');
  client = createClient({ baseUrl: `http://127.0.0.1:${port}` });
});

afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

it('calls typed operations and gets typed data or typed errors back', async () => {
  const health = await client.GET('/health');
  expect(health.data?.status).toBe('ok');

  const chat = await client.POST('/v1/chat/completions', {
    body: { model: 'fake-model', messages: [{ role: 'user', content: 'typed' }] },
  });
  expect(chat.data?.choices[0]?.message.content).toBe('You said: typed');

  const model = await client.GET('/v1/models/{model}', { params: { path: { model: 'openai/fake-model' } } });
  expect(model.data?.owned_by).toBe('fake');

  const missing = await client.GET('/v1/models/{model}', { params: { path: { model: 'missing' } } });
  expect(missing.response.status).toBe(404);
  expect(missing.error?.error.code).toBe('model_not_found');
});

it('uploads, lists, downloads and deletes a file through the typed Files operations', async () => {
  const form = new FormData();
  form.append('purpose', 'user_data');
  form.append('file', new Blob(['typed bytes']), 'typed.txt');
  const created = await client.POST('/v1/files', {
    // The body is typed from the contract; the FormData is what goes on the wire.
    body: { purpose: 'user_data', file: 'typed.txt' },
    bodySerializer: () => form,
  });
  expect(created.response.status).toBe(200);
  const id = created.data!.id;
  expect(created.data).toMatchObject({
    object: 'file',
    bytes: 11,
    filename: 'typed.txt',
    purpose: 'user_data',
  });

  const listed = await client.GET('/v1/files', { params: { query: { purpose: 'user_data', limit: 10 } } });
  expect(listed.data?.data.map((f) => f.id)).toContain(id);

  const content = await client.GET('/v1/files/{file_id}/content', {
    params: { path: { file_id: id } },
    parseAs: 'text',
  });
  expect(content.data).toBe('typed bytes');

  const deleted = await client.DELETE('/v1/files/{file_id}', { params: { path: { file_id: id } } });
  expect(deleted.data).toEqual({ id, object: 'file', deleted: true });
  const gone = await client.GET('/v1/files/{file_id}', { params: { path: { file_id: id } } });
  expect(gone.response.status).toBe(404);
  expect(gone.error?.error.param).toBe('file_id');
});

it('reads a stream as the typed events of its operation', async () => {
  const chat = await client.POST('/v1/chat/completions', {
    body: { model: 'fake-model', messages: [{ role: 'user', content: 'streamed chat' }], stream: true },
    parseAs: 'stream',
  });
  let text = '';
  for await (const chunk of readEvents('/v1/chat/completions', chat.response))
    text += chunk.choices[0]?.delta.content ?? '';
  expect(text).toBe('You said: streamed chat');

  const created = await client.POST('/v1/responses', {
    body: { model: 'fake-model', input: 'streamed response', stream: true },
    parseAs: 'stream',
  });
  const events: string[] = [];
  for await (const event of readEvents('/v1/responses', created.data!)) events.push(event.type);
  expect(events[0]).toBe('response.created');
  expect(events.at(-1)).toBe('response.completed');

  const refused = await client.POST('/v1/responses', {
    body: { model: 'error-429', input: 'x', stream: true },
    parseAs: 'stream',
  });
  expect(refused.response.status).toBe(429);
  expect(refused.error?.error.message).toBeTruthy();
  await expect(readEvents('/v1/responses', refused.response).next()).rejects.toThrow('answered 429');
});
