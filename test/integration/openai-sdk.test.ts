/**
 * The official openai SDK against the gateway, over real HTTP, in front of the fake upstream, with the
 * production transport (undici). What a user of the SDK sees is what is asserted.
 */
import OpenAI, { type APIError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from '../../scripts/fake-upstream.js';
import { loadConfig } from '../../src/config.js';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { createLogger } from '../../src/logger.js';
import { freshDatabaseUrl } from '../support/database.js';

let upstream: FakeUpstream;
let gateway: Gateway;
let client: OpenAI;
let base: string;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  const config = loadConfig({
    OPENAI_BASE_URL: upstream.url,
    OPENAI_API_KEY: 'sk-upstream',
    DATABASE_URL: await freshDatabaseUrl(),
  });
  gateway = await createGateway(config, createLogger('silent'));
  const address = await gateway.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${address.port}`;
  client = new OpenAI({ baseURL: `${base}/v1`, apiKey: 'sk-client', maxRetries: 0 });
});

afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

const lastRequest = () => upstream.requests.at(-1)!;

/** The APIError a call must fail with. */
const failure = (call: Promise<unknown>) =>
  call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as APIError,
  );

describe('chat.completions through the gateway', () => {
  it('answers a plain request, and the upstream receives exactly what the client sent', async () => {
    const params = {
      model: 'fake-model',
      messages: [{ role: 'user' as const, content: 'hi' }],
      temperature: 0.3,
    };
    const completion = await client.chat.completions.create(params);
    expect(completion.choices[0]!.message.content).toBe('You said: hi');
    expect(completion.usage?.total_tokens).toBe(12);
    // No validator defaults (n, stream, store, …) leak upstream.
    expect(lastRequest().body).toEqual(params);
    expect(lastRequest().headers.authorization).toBe('Bearer sk-upstream');
  });

  it('streams chunk by chunk; the deltas add up to the text, and include_usage brings usage', async () => {
    const stream = await client.chat.completions.create({
      model: 'fake-model',
      messages: [{ role: 'user', content: 'hello there' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let chunks = 0;
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      chunks++;
      text += chunk.choices[0]?.delta.content ?? '';
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe('You said: hello there');
    expect(chunks).toBeGreaterThan(3);
    expect(usage?.total_tokens).toBe(12);
  });

  it('returns tool calls, streamed or not', async () => {
    const tools: OpenAI.ChatCompletionTool[] = [
      {
        type: 'function',
        function: {
          name: 'get_weather',
          parameters: { type: 'object', properties: { city: { type: 'string' } } },
        },
      },
    ];
    const messages = [{ role: 'user' as const, content: 'weather?' }];
    const plain = await client.chat.completions.create({ model: 'fake-model', messages, tools });
    expect(plain.choices[0]!.finish_reason).toBe('tool_calls');
    const call = plain.choices[0]!.message.tool_calls![0]!;
    expect(call.type === 'function' && call.function).toEqual({
      name: 'get_weather',
      arguments: '{"city":"Paris"}',
    });

    const runner = client.chat.completions.stream({ model: 'fake-model', messages, tools });
    const final = await runner.finalChatCompletion();
    const streamed = final.choices[0]!.message.tool_calls![0]!;
    expect(streamed.type === 'function' && streamed.function.arguments).toBe('{"city":"Paris"}');
  });

  it('routes "provider/model" ids to the provider with the bare id', async () => {
    await client.chat.completions.create({
      model: 'openai/fake-model',
      messages: [{ role: 'user', content: 'x' }],
    });
    expect((lastRequest().body as { model: string }).model).toBe('fake-model');
  });

  it('keeps an upstream 4xx status and message, and echoes x-request-id', async () => {
    const error = await client.chat.completions
      .create(
        { model: 'error-429', messages: [{ role: 'user', content: 'x' }] },
        { headers: { 'x-request-id': 'trace-42' } },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect((error as APIError).message).toContain('fake failure 429');
    expect((error as APIError).requestID).toBe('trace-42');
  });

  it('turns an upstream 5xx into a 502 and bad input into a 400 naming the field', async () => {
    const upstreamDown = await failure(
      client.chat.completions.create({ model: 'error-500', messages: [{ role: 'user', content: 'x' }] }),
    );
    expect(upstreamDown.status).toBe(502);
    const invalid = await failure(
      client.chat.completions.create({
        model: 'fake-model',
        messages: [{ role: 'user', content: 'x' }],
        top_p: 7,
      }),
    );
    expect(invalid).toBeInstanceOf(OpenAI.BadRequestError);
    expect(invalid.param).toBe('top_p');
  });

  it('aborts the upstream stream as soon as the client goes away', async () => {
    const before = upstream.abortedStreams;
    const stream = await client.chat.completions.create({
      model: 'slow-stream',
      messages: [{ role: 'user', content: 'x' }],
      stream: true,
    });
    let seen = 0;
    for await (const _chunk of stream) if (++seen === 2) break;
    await expect.poll(() => upstream.abortedStreams, { timeout: 2000 }).toBe(before + 1);
  });
});

describe('completions, embeddings and models through the gateway', () => {
  it('passes legacy completions through, streamed and not', async () => {
    const plain = await client.completions.create({ model: 'fake-model', prompt: 'ping' });
    expect(plain.choices[0]!.text).toBe(' echo: ping');
    const stream = await client.completions.create({ model: 'fake-model', prompt: 'ping', stream: true });
    const texts: string[] = [];
    for await (const chunk of stream) texts.push(chunk.choices[0]!.text);
    expect(texts.join('')).toBe(' echo: ping');
  });

  it('returns float embeddings, and the SDK default (base64) decodes to the same vector', async () => {
    const floats = await client.embeddings.create({
      model: 'fake-embedder',
      input: 'abcd',
      encoding_format: 'float',
    });
    expect(floats.data[0]!.embedding).toEqual([0.04, 0.5, -0.25]);
    const decoded = await client.embeddings.create({ model: 'fake-embedder', input: ['abcd', 'ab'] });
    expect(decoded.data).toHaveLength(2);
    expect(decoded.data[0]!.embedding[1]).toBe(0.5);
    expect(decoded.data[1]!.embedding[0]).toBeCloseTo(0.02, 6);
  });

  it('lists models as provider/model ids and retrieves them by either form', async () => {
    const ids = [];
    for await (const model of client.models.list()) ids.push(model.id);
    expect(ids).toEqual(['openai/fake-model', 'openai/fake-embedder']);
    expect((await client.models.retrieve('openai/fake-model')).id).toBe('openai/fake-model');
    expect((await client.models.retrieve('fake-embedder')).id).toBe('openai/fake-embedder');
    await expect(client.models.retrieve('nope')).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });
});

describe('shutdown', () => {
  it('lets an in-flight request finish, then refuses new ones', async () => {
    const upstream2 = await startFakeUpstream();
    const config = loadConfig({
      OPENAI_BASE_URL: upstream2.url,
      DATABASE_URL: await freshDatabaseUrl(),
      SHUTDOWN_TIMEOUT: '5',
    });
    const gw = await createGateway(config, createLogger('silent'));
    const { port } = await gw.listen(0, '127.0.0.1');
    const c = new OpenAI({ baseURL: `http://127.0.0.1:${port}/v1`, apiKey: 'x', maxRetries: 0 });
    const inFlight = c.chat.completions.create({
      model: 'slow',
      messages: [{ role: 'user', content: 'still here' }],
    });
    await new Promise((r) => setTimeout(r, 100));
    const closed = gw.close();
    expect((await inFlight).choices[0]!.message.content).toBe('You said: still here');
    await closed;
    await expect(c.models.list()).rejects.toBeInstanceOf(OpenAI.APIConnectionError);
    await upstream2.close();
  });
});
