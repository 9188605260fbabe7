/**
 * Responses in a conversation through the official openai SDK, over real HTTP (and a WebSocket), in
 * front of the fake upstream (a chat-completions-only backend): `client.conversations.*` holds the
 * conversation, `responses.create({ conversation })` and `responses.stream({ conversation })` add
 * turns to it, and `client.conversations.items.list` reads them back.
 */
import OpenAI, { type APIError } from 'openai';
import type { ConversationItem } from 'openai/resources/conversations/items';
import type { FunctionTool, ResponseInputItem } from 'openai/resources/responses/responses';
import { ResponsesWS } from 'openai/resources/responses/ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './stack.js';
import { turn } from './ws-turn.js';

let stack: Stack;
let client: OpenAI;

beforeAll(async () => {
  stack = await startStack(
    { VALIDATE_RESPONSES: 'true', SHUTDOWN_TIMEOUT: '1' },
    { engine: { followPollMs: 50, leaseMs: 1_000 }, runner: { pollMs: 50, sweepMs: 50 } },
  );
  client = stack.client;
});

afterAll(() => stack.close());

const weather: FunctionTool = {
  type: 'function',
  name: 'get_weather',
  description: 'Current weather in a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  strict: false,
};

interface ChatBody {
  messages: Array<{ role: string; content?: unknown; tool_calls?: Array<{ function: { name: string } }> }>;
}
const lastChat = () =>
  stack.upstream.requests.filter((r) => r.path === '/v1/chat/completions').at(-1)!.body as ChatBody;

/** Every item of the conversation, oldest first, through the SDK's auto-pagination. */
async function items(conversation: string): Promise<ConversationItem[]> {
  const all: ConversationItem[] = [];
  for await (const item of client.conversations.items.list(conversation, { order: 'asc', limit: 2 }))
    all.push(item);
  return all;
}

/** What an item says: a message's text, a call's name, an output's output. */
function said(item: ConversationItem): string {
  if (item.type === 'message') return item.content.map((p) => ('text' in p ? p.text : '')).join('');
  if (item.type === 'function_call') return `call ${item.name}`;
  if (item.type === 'function_call_output') return `output ${String(item.output)}`;
  return item.type;
}

/** The APIError a call must fail with. */
const failure = (call: Promise<unknown>) =>
  call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as APIError,
  );

describe('a conversation through responses.create and responses.stream', () => {
  for (const streamed of [false, true]) {
    it(`holds a three-turn exchange with a function tool, read back in order (${streamed ? 'streamed' : 'not streamed'})`, async () => {
      const conversation = await client.conversations.create({
        items: [{ type: 'message', role: 'user', content: 'I am in Paris.' }],
      });
      const create = async (input: string | ResponseInputItem[]) => {
        const body = { model: 'fake-model', conversation: conversation.id, input, tools: [weather] };
        return streamed ? client.responses.stream(body).finalResponse() : client.responses.create(body);
      };
      const first = await create('What is the weather?');
      expect(first.conversation).toEqual({ id: conversation.id });
      const call = first.output[0];
      expect(call).toMatchObject({
        type: 'function_call',
        name: 'get_weather',
        arguments: '{"city":"Paris"}',
      });
      if (call?.type !== 'function_call') return;
      const second = await create([{ type: 'function_call_output', call_id: call.call_id, output: '18C' }]);
      expect(second.output_text).toBe('Tools said: 18C');
      const third = await create('REPLY You are welcome.');
      expect(third.output_text).toBe('You are welcome.');
      expect(lastChat().messages.map((m) => m.role)).toEqual([
        'user',
        'user',
        'assistant',
        'tool',
        'assistant',
        'user',
      ]);
      expect((await items(conversation.id)).map(said)).toEqual([
        'I am in Paris.',
        'What is the weather?',
        'call get_weather',
        'output 18C',
        'Tools said: 18C',
        'REPLY You are welcome.',
        'You are welcome.',
      ]);
      // The items are the responses' own: the same ids in both lists.
      const inputs = await client.responses.inputItems.list(first.id);
      const ids = (await items(conversation.id)).map((i) => i.id);
      expect(ids).toContain(inputs.data[0]!.id);
      expect(ids).toContain(first.output[0]!.id);
    });
  }

  it('appends a streamed turn before its final event, and a reply before it is sent', async () => {
    const conversation = await client.conversations.create();
    const stream = client.responses.stream({
      model: 'fake-model',
      conversation: conversation.id,
      input: 'one',
    });
    let atFinal: string[] = [];
    for await (const event of stream)
      if (event.type === 'response.completed') atFinal = (await items(conversation.id)).map(said);
    expect(atFinal).toEqual(['one', 'You said: one']);
    await client.responses.create({ model: 'fake-model', conversation: conversation.id, input: 'two' });
    expect((await items(conversation.id)).map(said).slice(2)).toEqual(['two', 'You said: two']);
    expect(lastChat().messages.map((m) => m.content)).toEqual(['one', 'You said: one', 'two']);
  });

  it('keeps each of several responses made at once whole, in order', async () => {
    const conversation = await client.conversations.create();
    const n = 5;
    await Promise.all(
      Array.from({ length: n }, (_, i) =>
        client.responses.create({
          model: 'fake-model',
          conversation: { id: conversation.id },
          input: [
            { role: 'user', content: `turn ${i} a` },
            { role: 'user', content: `turn ${i} b` },
          ],
        }),
      ),
    );
    const all = (await items(conversation.id)).map(said);
    expect(all).toHaveLength(3 * n);
    const starts = new Set<string>();
    for (let k = 0; k < all.length; k += 3) {
      const i = /^turn (\d+) a$/.exec(all[k]!)?.[1];
      expect(all.slice(k, k + 3)).toEqual([`turn ${i} a`, `turn ${i} b`, `You said: turn ${i} b`]);
      starts.add(all[k]!);
    }
    expect(starts.size).toBe(n);
  });
});

describe('background responses in a conversation', () => {
  it('runs on the conversation and appends its turn when it completes', async () => {
    const conversation = await client.conversations.create({
      items: [{ type: 'message', role: 'user', content: 'My name is Ann.' }],
    });
    const queued = await client.responses.create({
      model: 'fake-model',
      conversation: conversation.id,
      input: 'later',
      background: true,
    });
    expect(queued).toMatchObject({ status: 'queued', conversation: { id: conversation.id } });
    await expect
      .poll(async () => (await client.responses.retrieve(queued.id)).status, { timeout: 3000 })
      .toBe('completed');
    expect((await items(conversation.id)).map(said)).toEqual(['My name is Ann.', 'later', 'You said: later']);
    expect(lastChat().messages.map((m) => m.content)).toEqual(['My name is Ann.', 'later']);
  });

  it('appends nothing when cancelled while it runs', async () => {
    const conversation = await client.conversations.create();
    const queued = await client.responses.create({
      model: 'slow-stream',
      conversation: conversation.id,
      input: 'x',
      background: true,
    });
    await expect
      .poll(async () => (await client.responses.retrieve(queued.id)).status, { timeout: 3000 })
      .toBe('in_progress');
    expect((await client.responses.cancel(queued.id)).status).toBe('cancelled');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await client.responses.retrieve(queued.id)).status).toBe('cancelled');
    expect(await items(conversation.id)).toEqual([]);
  });
});

describe('refusals', () => {
  it('refuses previous_response_id with a conversation, store: false, an unknown conversation; stores nothing', async () => {
    const conversation = await client.conversations.create();
    const earlier = await client.responses.create({ model: 'fake-model', input: 'hi' });
    const calls = stack.upstream.requests.length;
    const both = await failure(
      client.responses.create({
        model: 'fake-model',
        input: 'x',
        conversation: conversation.id,
        previous_response_id: earlier.id,
      }),
    );
    expect(both).toBeInstanceOf(OpenAI.BadRequestError);
    expect(both).toMatchObject({ param: 'conversation', code: 'mutually_exclusive_parameters' });
    const unstored = await failure(
      client.responses.create({
        model: 'fake-model',
        input: 'x',
        conversation: conversation.id,
        store: false,
      }),
    );
    expect(unstored).toMatchObject({ status: 400, param: 'store' });
    const unknown = await failure(
      client.responses.create({ model: 'fake-model', input: 'x', conversation: 'conv_0123456789abcdef' }),
    );
    expect(unknown).toBeInstanceOf(OpenAI.NotFoundError);
    expect(unknown).toMatchObject({ param: 'conversation' });
    const streamedUnknown = await failure(
      client.responses
        .stream({ model: 'fake-model', input: 'x', conversation: 'conv_0123456789abcdef' })
        .finalResponse(),
    );
    expect(streamedUnknown).toMatchObject({ status: 404, param: 'conversation' });
    expect(stack.upstream.requests.length).toBe(calls);
    expect(await items(conversation.id)).toEqual([]);
  });
});

describe('over a WebSocket', () => {
  it('takes conversation turns, each seeing the ones before; previous_response_id with one is refused', async () => {
    const conversation = await client.conversations.create();
    const ws = new ResponsesWS(client);
    try {
      const first = (
        await turn(ws, { model: 'fake-model', conversation: conversation.id, input: 'I am Ada' })
      ).at(-1);
      expect(first).toMatchObject({
        type: 'response.completed',
        response: { conversation: { id: conversation.id } },
      });
      const second = await turn(ws, {
        model: 'fake-model',
        conversation: conversation.id,
        input: 'Who am I?',
      });
      expect(second.at(-1)?.type).toBe('response.completed');
      expect(lastChat().messages.map((m) => m.content)).toEqual([
        'I am Ada',
        'You said: I am Ada',
        'Who am I?',
      ]);
      // The connection holds the first turn, but a conversation turn is never continued from it.
      const refused = await turn(ws, {
        model: 'fake-model',
        conversation: conversation.id,
        previous_response_id: first?.type === 'response.completed' ? first.response.id : '',
        input: 'x',
      });
      expect(refused.at(-1)).toMatchObject({
        type: 'error',
        error: { param: 'conversation', code: 'mutually_exclusive_parameters' },
      });
    } finally {
      ws.close({ code: 1000, reason: 'done' });
    }
    expect((await items(conversation.id)).map(said)).toEqual([
      'I am Ada',
      'You said: I am Ada',
      'Who am I?',
      'You said: Who am I?',
    ]);
  });
});
