/**
 * Responses in a conversation (`conversation`), on each dialect: the conversation's turns are the
 * request's history, as a previous_response_id chain is; a finished response's input and output are
 * appended to it (by the store's save) before its final event, so an immediate follow-up sees them;
 * a failed or cancelled one appends nothing; refusals come before anything is stored or the model
 * is called. The upstream is a scripted chat completions server behind the real provider.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CreateResponseBody, ItemField, ResponseStreamEvent } from '../../src/api-types.js';
import { encodeCompaction } from '../../src/engine/compaction.js';
import { userText } from '../../src/engine/input.js';
import { ResponsesEngine } from '../../src/engine/responses/engine.js';
import { createLogger } from '../../src/logger.js';
import { ProviderRegistry } from '../../src/providers/registry.js';
import type { ProviderConfig } from '../../src/config.js';
import { FileStore } from '../../src/store/files.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { postgresUrl } from '../support/database.js';
import { fakeProvider } from '../support/provider.js';
import { scriptedFetch, type ChatBody, type Scripted } from '../support/scripted-chat.js';

const TENANT = 'default';
/** A caller that never goes away (one per call: each run listens to its signal). */
const stays = () => new AbortController().signal;

let script: Scripted[] = [];
const seen: ChatBody[] = [];
const fakeFetch: typeof fetch = (url, init) => scriptedFetch(script, seen)(url, init);

beforeEach(() => {
  script = [];
  seen.length = 0;
});

function engineOn(store: Store, config: Partial<ProviderConfig> = {}) {
  const provider = fakeProvider(fakeFetch, config);
  return new ResponsesEngine(
    new ProviderRegistry([provider], provider, 60_000, createLogger('silent')),
    store,
    new FileStore(store.files, store.blobs),
    { owner: 'test', leaseMs: 10_000, followPollMs: 50 },
  );
}

/** A new conversation holding `items`; its id. */
async function newConversation(store: Store, items: ItemField[] = []): Promise<string> {
  const id = `conv_${randomBytes(16).toString('hex')}`;
  const created_at = Math.floor(Date.now() / 1000);
  await store.conversations.create(TENANT, { id, object: 'conversation', created_at, metadata: {} }, items);
  return id;
}

async function itemsIn(store: Store, id: string): Promise<ItemField[]> {
  return (await store.conversations.listItems(TENANT, id, { limit: 100, order: 'asc' })).data;
}

/** What an item says: a message's text, a call's name, an output's output. */
function said(item: ItemField): string {
  if (item.type === 'message') return item.content.map((p) => ('text' in p ? p.text : '')).join('');
  if (item.type === 'function_call') return `call ${item.name}`;
  if (item.type === 'function_call_output') return `output ${String(item.output)}`;
  return item.type;
}

const contents = (body: ChatBody | undefined) => body?.messages.map((m) => m.content ?? m.tool_calls);

// The contract types a function's parameters as an open object it cannot spell: parsed, as the wire has it.
const weather: CreateResponseBody['tools'] = JSON.parse(
  '[{"type":"function","name":"get_weather","parameters":{"type":"object","properties":{"city":{"type":"string"}}}}]',
);

const dialects: Array<[string, () => Promise<Store>]> = [
  ['SQLite', () => openStore('sqlite::memory:')],
  ['PostgreSQL', async () => openStore(await postgresUrl(), { poolSize: 4 })],
];

describe.each(dialects)('on %s', (_name, open) => {
  let store: Store;
  let engine: ResponsesEngine;
  beforeAll(async () => {
    store = await open();
    engine = engineOn(store);
  });
  afterAll(() => store.close());

  async function create(body: CreateResponseBody) {
    const run = await engine.create(TENANT, { model: 'm', ...body }, { signal: stays() });
    if (!body.stream) return { response: await run.result(), events: [] as ResponseStreamEvent[] };
    const events: ResponseStreamEvent[] = [];
    for await (const event of run) events.push(event);
    return { response: run.response, events };
  }

  for (const stream of [false, true]) {
    it(`holds a three-turn exchange with a function tool in a conversation (stream: ${stream})`, async () => {
      const conversation = await newConversation(store, [userText('I am in Paris.')]);
      script = [
        { calls: [{ name: 'get_weather', args: '{"city":"Paris"}' }] },
        { text: 'It is 18C in Paris.' },
        { text: 'You are welcome.' },
      ];
      const first = await create({ conversation, input: 'Weather?', tools: weather, stream });
      expect(first.response).toMatchObject({ status: 'completed', conversation: { id: conversation } });
      const call = first.response.output[0]!;
      expect(call.type).toBe('function_call');
      if (call.type !== 'function_call') return;
      const input = [{ type: 'function_call_output' as const, call_id: call.call_id, output: '18C' }];
      await create({ conversation: { id: conversation }, input, tools: weather, stream });
      const third = await create({ conversation, input: 'Thanks!', tools: weather, stream });
      expect(third.response.conversation).toEqual({ id: conversation });
      expect(seen.map((b) => b.messages.map((m) => m.role))).toEqual([
        ['user', 'user'],
        ['user', 'user', 'assistant', 'tool'],
        ['user', 'user', 'assistant', 'tool', 'assistant', 'user'],
      ]);
      expect(contents(seen[2])).toMatchObject([
        'I am in Paris.',
        'Weather?',
        [{ function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }],
        '18C',
        'It is 18C in Paris.',
        'Thanks!',
      ]);
      expect((await itemsIn(store, conversation)).map(said)).toEqual([
        'I am in Paris.',
        'Weather?',
        'call get_weather',
        'output 18C',
        'It is 18C in Paris.',
        'Thanks!',
        'You are welcome.',
      ]);
    });
  }

  it('appends the turn before the final event, so a follow-up made then sees it', async () => {
    const conversation = await newConversation(store);
    script = [{ text: 'Ahoy Ann!' }];
    const run = await engine.create(
      TENANT,
      { model: 'm', conversation, input: 'I am Ann.', stream: true },
      { signal: stays() },
    );
    let atFinal: string[] | undefined;
    for await (const event of run)
      if (event.type === 'response.completed') atFinal = (await itemsIn(store, conversation)).map(said);
    expect(atFinal).toEqual(['I am Ann.', 'Ahoy Ann!']);
  });

  it('keeps every turn of responses run at once on one conversation whole and in order', async () => {
    const conversation = await newConversation(store, [userText('start')]);
    const n = 6;
    // Each answer waits a little, the later requests less, so they finish in another order than they began.
    script = Array.from({ length: n }, () => async (body: ChatBody) => {
      const last = String(body.messages.at(-1)?.content);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 30));
      return { text: `re ${last}` };
    });
    const responses = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        create({
          conversation,
          input: [
            { role: 'user', content: `turn ${i} a` },
            { role: 'user', content: `turn ${i} b` },
          ],
        }),
      ),
    );
    expect(responses.map((r) => r.response.status)).toEqual(Array(n).fill('completed'));
    const items = (await itemsIn(store, conversation)).map(said);
    expect(items).toHaveLength(1 + 3 * n);
    expect(items[0]).toBe('start');
    const turns = [];
    for (let k = 1; k < items.length; k += 3) turns.push(items.slice(k, k + 3));
    for (const turn of turns) {
      const i = /^turn (\d+) a$/.exec(turn[0]!)?.[1];
      expect(turn).toEqual([`turn ${i} a`, `turn ${i} b`, `re turn ${i} b`]);
    }
    expect(new Set(turns.map((t) => t[0])).size).toBe(n);
  });

  for (const stream of [false, true]) {
    it(`appends nothing for a failed response (stream: ${stream})`, async () => {
      const conversation = await newConversation(store, [userText('start')]);
      script = [() => new Response(JSON.stringify({ error: { message: 'down' } }), { status: 500 })];
      const { response } = await create({ conversation, input: 'Hello?', stream });
      expect(response.status).toBe('failed');
      expect((await itemsIn(store, conversation)).map(said)).toEqual(['start']);
    });
  }

  it('appends nothing for a response whose caller went away (cancelled)', async () => {
    const conversation = await newConversation(store, [userText('start')]);
    script = [{ text: 'A long answer.' }];
    const controller = new AbortController();
    const run = await engine.create(
      TENANT,
      { model: 'm', conversation, input: 'Go on.', stream: true },
      { signal: controller.signal },
    );
    for await (const event of run) if (event.type === 'response.output_text.delta') controller.abort();
    expect((await store.responses.get(TENANT, run.response.id))?.status).toBe('cancelled');
    expect((await itemsIn(store, conversation)).map(said)).toEqual(['start']);
  });

  it('runs a background response on the conversation as it is when the run starts', async () => {
    const conversation = await newConversation(store, [userText('My name is Ann.')]);
    const queued = await engine.create(
      TENANT,
      { model: 'm', conversation, input: 'What do I like?', background: true },
      { signal: stays() },
    );
    expect(queued.response).toMatchObject({ status: 'queued', conversation: { id: conversation } });
    await store.conversations.append(TENANT, conversation, [userText('I like tea.')]);
    script = [{ text: 'Tea.' }];
    const job = await engine.jobs.claim();
    expect(job?.id).toBe(queued.response.id);
    await engine.jobs.run(job!, stays());
    expect(contents(seen[0])).toEqual(['My name is Ann.', 'I like tea.', 'What do I like?']);
    expect((await engine.get(TENANT, queued.response.id)).status).toBe('completed');
    expect((await itemsIn(store, conversation)).map(said)).toEqual([
      'My name is Ann.',
      'I like tea.',
      'What do I like?',
      'Tea.',
    ]);
  });

  it('appends nothing for a background response cancelled while it runs', async () => {
    const conversation = await newConversation(store, [userText('start')]);
    const queued = await engine.create(
      TENANT,
      { model: 'm', conversation, input: 'Write an essay.', background: true },
      { signal: stays() },
    );
    const runner = new AbortController();
    let cancel!: () => void;
    const cancelled = new Promise<void>((resolve) => (cancel = resolve));
    // The model answers once the response was cancelled and its runner told (as the runner's lease does).
    script = [
      async () => {
        await engine.cancel(TENANT, queued.response.id);
        runner.abort();
        cancel();
        return { text: 'Never kept.' };
      },
    ];
    const job = await engine.jobs.claim();
    await engine.jobs.run(job!, runner.signal);
    await cancelled;
    expect((await engine.get(TENANT, queued.response.id)).status).toBe('cancelled');
    expect((await itemsIn(store, conversation)).map(said)).toEqual(['start']);
  });

  it('refuses previous_response_id with a conversation, store: false and an unknown conversation, before anything happens', async () => {
    const conversation = await newConversation(store);
    const before = await store.responses.list(TENANT, { limit: 1000, order: 'asc' });
    const refusal = (body: Partial<CreateResponseBody>) =>
      engine.create(TENANT, { model: 'm', input: 'Hi', ...body }, { signal: stays() }).then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(await refusal({ conversation, previous_response_id: 'resp_1' })).toMatchObject({
      status: 400,
      param: 'conversation',
      code: 'mutually_exclusive_parameters',
      message:
        "Mutually exclusive parameters. Ensure you are only providing one of: 'previous_response_id' or 'conversation'.",
    });
    expect(await refusal({ conversation, store: false })).toMatchObject({ status: 400, param: 'store' });
    expect(await refusal({ conversation, store: false, background: true })).toMatchObject({ status: 400 });
    expect(await refusal({ conversation: 'conv_unknown' })).toMatchObject({
      status: 404,
      param: 'conversation',
      message: "Conversation with id 'conv_unknown' not found.",
    });
    expect(await refusal({ conversation: { id: 'conv_unknown' }, background: true })).toMatchObject({
      status: 404,
    });
    expect(seen).toEqual([]);
    expect((await store.responses.list(TENANT, { limit: 1000, order: 'asc' })).data).toHaveLength(
      before.data.length,
    );
    expect(await itemsIn(store, conversation)).toEqual([]);
  });

  it('keeps a conversation within the tenant it belongs to', async () => {
    const conversation = await newConversation(store);
    await expect(
      engine.create('other', { model: 'm', conversation, input: 'Hi' }, { signal: stays() }),
    ).rejects.toMatchObject({ status: 404, param: 'conversation' });
  });
});

describe('a conversation as context', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore('sqlite::memory:');
  });
  afterAll(() => store.close());

  it('sends a compaction item the conversation holds as the summary it carries', async () => {
    const summary = {
      type: 'compaction',
      id: 'cmp_1',
      encrypted_content: encodeCompaction('Ann likes tea.'),
    };
    const conversation = await newConversation(store, [summary as ItemField, userText('And coffee?')]);
    script = [{ text: 'Both.' }];
    const response = await (
      await engineOn(store).create(
        TENANT,
        { model: 'm', conversation, input: 'What do I like?' },
        { signal: stays() },
      )
    ).result();
    expect(response.status).toBe('completed');
    expect(seen[0]!.messages).toEqual([
      { role: 'system', content: 'Summary of the earlier conversation:\nAnn likes tea.' },
      { role: 'user', content: 'And coffee?' },
      { role: 'user', content: 'What do I like?' },
    ]);
  });

  it('drops the oldest turns of the conversation to fit the window (truncation: auto), else refuses', async () => {
    const conversation = await newConversation(store, [userText('hello '.repeat(400))]);
    await store.conversations.append(TENANT, conversation, [userText('I like tea.')]);
    const windowed = engineOn(store, { contextWindows: { m: 300 } });
    script = [{ text: 'Tea.' }];
    const body = { model: 'm', conversation, input: 'What do I like?' };
    const response = await (
      await windowed.create(TENANT, { ...body, truncation: 'auto' }, { signal: stays() })
    ).result();
    expect(response.status).toBe('completed');
    expect(contents(seen[0])).toEqual(['I like tea.', 'What do I like?']);
    await expect(windowed.create(TENANT, body, { signal: stays() })).rejects.toMatchObject({
      status: 400,
      code: 'context_length_exceeded',
    });
  });

  it('counts the conversation in input_tokens; an unknown one is a 404', async () => {
    const conversation = await newConversation(store, [userText('hello '.repeat(100))]);
    const engine = engineOn(store);
    const alone = await engine.countInputTokens(TENANT, { model: 'm', input: 'Hi' });
    const within = await engine.countInputTokens(TENANT, { model: 'm', input: 'Hi', conversation });
    expect(within).toBeGreaterThan(alone + 90);
    await expect(
      engine.countInputTokens(TENANT, { model: 'm', input: 'Hi', conversation: 'conv_nope' }),
    ).rejects.toMatchObject({ status: 404, param: 'conversation' });
    await expect(
      engine.countInputTokens(TENANT, { model: 'm', conversation, previous_response_id: 'resp_1' }),
    ).rejects.toMatchObject({ status: 400, param: 'conversation' });
  });

  it("never continues a conversation turn from the caller's own turns (a WebSocket connection's)", async () => {
    const conversation = await newConversation(store, [userText('From the store.')]);
    script = [{ text: 'Yes.' }];
    const previous = () => {
      throw new Error('a conversation turn looked up held turns');
    };
    const run = await engineOn(store).create(
      TENANT,
      { model: 'm', conversation, input: 'Right?' },
      { signal: stays(), previous },
    );
    expect((await run.result()).status).toBe('completed');
    expect(contents(seen[0])).toEqual(['From the store.', 'Right?']);
  });

  it('reads no conversation for a response that names none, and echoes none', async () => {
    const conversations: Store['conversations'] = Object.create(store.conversations, {
      turns: { value: () => Promise.reject(new Error('no conversation is read here')) },
    });
    script = [{ text: 'Hi.' }];
    const engine = engineOn({ ...store, conversations });
    const response = await (
      await engine.create(TENANT, { model: 'm', input: 'Hi' }, { signal: stays() })
    ).result();
    expect(response.status).toBe('completed');
    expect(response).not.toHaveProperty('conversation');
  });
});
