/**
 * A provider marked native_responses gets Responses requests forwarded as Responses (with the
 * conversation inline and store: false), while the gateway still stores, chains and lists them.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import OpenAI, { toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { createLogger } from '../../src/logger.js';
import { freshDatabaseUrl } from '../support/database.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- upstream JSON, probed field by field
type Json = Record<string, any>;

let upstream: Server;
let gateway: Gateway;
let client: OpenAI;
const received: Json[] = [];

/** What a native Responses server answers: the text "native: <last user text>". */
function upstreamResponse(body: Json, status = 'completed'): Json {
  const last = [...(body.input as Json[])].reverse().find((i) => i.role === 'user');
  const text = `native: ${typeof last?.content === 'string' ? last.content : last?.content?.[0]?.text}`;
  return {
    id: 'resp_upstream',
    object: 'response',
    created_at: 1,
    status,
    model: body.model,
    output: [
      {
        type: 'message',
        id: 'msg_upstream',
        status: 'completed',
        role: 'assistant',
        content: [{ type: 'output_text', text, annotations: [], logprobs: [] }],
      },
    ],
    usage: {
      input_tokens: 5,
      output_tokens: 2,
      total_tokens: 7,
      input_tokens_details: { cached_tokens: 0 },
      output_tokens_details: { reasoning_tokens: 0 },
    },
  };
}

beforeAll(async () => {
  upstream = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const body = JSON.parse(raw || '{}') as Json;
      if (req.url === '/v1/models') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(
          JSON.stringify({
            object: 'list',
            data: [{ id: 'native-model', object: 'model', created: 1, owned_by: 'x' }],
          }),
        );
      }
      received.push(body);
      const final = upstreamResponse(body);
      if (!body.stream) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify(final));
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const text = final.output[0].content[0].text as string;
      const item = { ...final.output[0], status: 'in_progress', content: [] };
      const where = { item_id: 'msg_upstream', output_index: 0, content_index: 0 };
      const events = [
        {
          type: 'response.created',
          sequence_number: 0,
          response: { ...final, status: 'in_progress', output: [] },
        },
        { type: 'response.output_item.added', sequence_number: 1, output_index: 0, item },
        {
          type: 'response.content_part.added',
          sequence_number: 2,
          ...where,
          part: { type: 'output_text', text: '', annotations: [], logprobs: [] },
        },
        { type: 'response.output_text.delta', sequence_number: 3, ...where, delta: text, logprobs: [] },
        { type: 'response.output_text.done', sequence_number: 4, ...where, text, logprobs: [] },
        {
          type: 'response.content_part.done',
          sequence_number: 5,
          ...where,
          part: final.output[0].content[0],
        },
        { type: 'response.output_item.done', sequence_number: 6, output_index: 0, item: final.output[0] },
        { type: 'response.completed', sequence_number: 7, response: final },
      ];
      res.end(events.map((e) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`).join(''));
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const { port } = upstream.address() as AddressInfo;
  const config = loadConfig({
    OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`,
    OPENAI_NATIVE_RESPONSES: 'true',
    DATABASE_URL: await freshDatabaseUrl(),
    VALIDATE_RESPONSES: 'true',
  });
  gateway = await createGateway(config, createLogger('silent'));
  const address = await gateway.listen(0, '127.0.0.1');
  client = new OpenAI({ baseURL: `http://127.0.0.1:${address.port}/v1`, apiKey: 'k', maxRetries: 0 });
});

afterAll(async () => {
  await gateway.close();
  await new Promise((resolve) => upstream.close(resolve));
});

describe('a provider that speaks Responses natively', () => {
  it('is sent Responses requests, stateless, and the gateway stores and chains the results', async () => {
    const first = await client.responses.create({
      model: 'native-model',
      input: 'one',
      instructions: 'be brief',
    });
    expect(first.id).not.toBe('resp_upstream');
    expect(first.output_text).toBe('native: one');
    expect(first.usage?.total_tokens).toBe(7);
    expect(received.at(-1)).toMatchObject({ model: 'native-model', store: false, instructions: 'be brief' });
    expect(received.at(-1)).not.toHaveProperty('previous_response_id');

    const second = await client.responses.create({
      model: 'native-model',
      input: 'two',
      previous_response_id: first.id,
    });
    expect(second.previous_response_id).toBe(first.id);
    // The whole chain goes up inline: turn one's input and output, then this input.
    const input = received.at(-1)!.input as Json[];
    expect(input.map((i) => [i.role, i.content?.[0]?.text])).toEqual([
      ['user', 'one'],
      ['assistant', 'native: one'],
      ['user', 'two'],
    ]);
    expect(input[0]).not.toHaveProperty('id');
    expect((await client.responses.retrieve(second.id)).output_text).toBe('native: two');
  });

  it("is sent a conversation's items inline, never its id; the gateway appends the turn", async () => {
    const id = 'conv_native0123456789';
    const conversation = { id, object: 'conversation' as const, created_at: 1, metadata: {} };
    await gateway.store.conversations.create('default', conversation, [
      {
        type: 'message',
        id: 'msg_native_1',
        status: 'completed',
        role: 'user',
        content: [{ type: 'input_text', text: 'zero' }],
      },
    ]);
    const response = await client.responses.create({ model: 'native-model', input: 'one', conversation: id });
    expect(response.conversation).toEqual({ id });
    expect(received.at(-1)).not.toHaveProperty('conversation');
    expect((received.at(-1)!.input as Json[]).map((i) => i.content?.[0]?.text)).toEqual(['zero', 'one']);
    const items = await gateway.store.conversations.listItems('default', id, { limit: 10, order: 'asc' });
    expect(items.data.map((i) => i.type === 'message' && i.content[0])).toMatchObject([
      { text: 'zero' },
      { text: 'one' },
      { text: 'native: one' },
    ]);
  });

  it('relays a native stream renumbered into its own run, and stores the final Response', async () => {
    const stream = client.responses.stream({ model: 'native-model', input: 'streamed' });
    const events: Json[] = [];
    for await (const event of stream) events.push(event);
    const final = await stream.finalResponse();
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
    expect(events.map((e) => e.type)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(final.output_text).toBe('native: streamed');
    expect(received.at(-1)).toMatchObject({ stream: true, store: false });
    expect((await client.responses.retrieve(final.id)).output_text).toBe('native: streamed');
  });

  it('is sent client_metadata (Codex), which a chat backend is not', async () => {
    const clientMetadata = { session_id: 's-1', thread_id: 't-1' };
    // client_metadata is not in the SDK's types; a client like Codex sends it in the body.
    await client.responses.create(
      { model: 'native-model', input: 'hi' },
      { body: { model: 'native-model', input: 'hi', client_metadata: clientMetadata } },
    );
    expect(received.at(-1)).toMatchObject({ client_metadata: clientMetadata });
  });

  it("gets a prompt rendered into instructions and input, never the gateway's prompt", async () => {
    const created = await fetch(`${client.baseURL}/prompts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        prompt: [{ role: 'developer', content: 'Speak as {{who}}.' }],
        variables: ['who'],
      }),
    });
    const { prompt_id } = (await created.json()) as { prompt_id: string };
    const response = await client.responses.create({
      model: 'native-model',
      input: 'hi',
      instructions: 'Be brief.',
      prompt: { id: prompt_id, variables: { who: 'a pirate' } },
    });
    expect(response.prompt).toMatchObject({ id: prompt_id, version: '1' });
    const sent = received.at(-1)!;
    expect(sent.prompt).toBeUndefined();
    expect(sent.instructions).toBe('Be brief.');
    expect(sent.input).toMatchObject([
      { type: 'message', role: 'developer', content: [{ type: 'input_text', text: 'Speak as a pirate.' }] },
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hi' }] },
    ]);
  });

  it("gets uploaded files inline (file_data, image_url data URLs), never the gateway's file ids", async () => {
    const pdf = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1');
    const doc = await client.files.create({ file: await toFile(pdf, 'report.pdf'), purpose: 'user_data' });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const img = await client.files.create({ file: await toFile(png, 'cat.png'), purpose: 'vision' });
    const response = await client.responses.create({
      model: 'native-model',
      input: [
        {
          role: 'user',
          content: [
            { type: 'input_text', text: 'read this' },
            { type: 'input_file', file_id: doc.id },
            { type: 'input_image', file_id: img.id, detail: 'low' },
          ],
        },
      ],
    });
    expect(response.status).toBe('completed');
    const sent = received.at(-1)!.input[0].content as Json[];
    expect(sent[1]).toEqual({
      type: 'input_file',
      file_data: `data:application/pdf;base64,${pdf.toString('base64')}`,
      filename: 'report.pdf',
    });
    expect(sent[2]).toEqual({
      type: 'input_image',
      image_url: `data:image/png;base64,${png.toString('base64')}`,
      detail: 'low',
    });
    // The stored input keeps the ids, as the client sent them.
    const items = await client.responses.inputItems.list(response.id);
    const content = (items.data[0] as Json).content as Json[];
    expect(content[1]).toMatchObject({ type: 'input_file', file_id: doc.id, filename: 'report.pdf' });
    expect(content[2]).toMatchObject({ type: 'input_image', file_id: img.id, image_url: null });
  });
});
