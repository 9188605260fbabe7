/**
 * The Conversations API through the official openai SDK (`client.conversations.*`,
 * `client.conversations.items.*`), over real HTTP, every reply validated against the contract
 * (VALIDATE_RESPONSES). The SDK has no list of conversations (OpenAI serves none): that list is
 * read with the SDK's own pagination over the gateway's GET /v1/conversations.
 */
import OpenAI, { toFile, type APIError } from 'openai';
import { ConversationCursorPage } from 'openai/pagination';
import type { Conversation } from 'openai/resources/conversations/conversations';
import type { ConversationItem } from 'openai/resources/conversations/items';
import type { ResponseInputItem } from 'openai/resources/responses/responses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './stack.js';

const VALIDATED = { VALIDATE_RESPONSES: 'true' };

/** The APIError a call must fail with. */
function failure(promise: Promise<unknown>): Promise<APIError> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as APIError,
  );
}

/** Every item of a conversation, oldest first, through the SDK's auto-pagination. */
async function allItems(client: OpenAI, id: string, limit = 100): Promise<ConversationItem[]> {
  const seen: ConversationItem[] = [];
  for await (const item of client.conversations.items.list(id, { limit, order: 'asc' })) seen.push(item);
  return seen;
}

const weatherTool = {
  type: 'function' as const,
  name: 'get_weather',
  description: 'Current weather in a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  strict: false,
};

let stack: Stack;
let client: OpenAI;
beforeAll(async () => {
  stack = await startStack(VALIDATED);
  client = stack.client;
});
afterAll(() => stack.close());

describe('a conversation', () => {
  it('is created, retrieved, updated and deleted, and is then gone', async () => {
    const before = Math.floor(Date.now() / 1000);
    const created = await client.conversations.create({ metadata: { topic: 'demo' } });
    expect(created).toEqual({
      id: expect.stringMatching(/^conv_[0-9a-f]+$/),
      object: 'conversation',
      created_at: expect.any(Number),
      metadata: { topic: 'demo' },
    });
    expect(created.created_at).toBeGreaterThanOrEqual(before);
    expect(await client.conversations.retrieve(created.id)).toEqual(created);

    const updated = await client.conversations.update(created.id, { metadata: { topic: 'x', owner: 'ann' } });
    expect(updated).toEqual({ ...created, metadata: { topic: 'x', owner: 'ann' } });
    expect(await client.conversations.retrieve(created.id)).toEqual(updated);

    expect(await client.conversations.delete(created.id)).toEqual({
      id: created.id,
      object: 'conversation.deleted',
      deleted: true,
    });
    const gone = await failure(client.conversations.retrieve(created.id));
    expect(gone).toBeInstanceOf(OpenAI.NotFoundError);
    expect(gone.error).toEqual({
      message: `Conversation with id '${created.id}' not found.`,
      type: 'invalid_request_error',
      param: 'conversation_id',
      code: 'not_found',
    });
    // One at a time: started together, one failing while another is awaited would go unhandled.
    for (const call of [
      () => client.conversations.update(created.id, { metadata: {} }),
      () => client.conversations.delete(created.id),
      () => client.conversations.items.list(created.id),
      () => client.conversations.items.create(created.id, { items: [{ role: 'user', content: 'hi' }] }),
    ])
      expect((await failure(call())).error).toMatchObject({ param: 'conversation_id', code: 'not_found' });
  });

  it('starts with no items and empty metadata when created without a body', async () => {
    const created = await client.conversations.create();
    expect(created.metadata).toEqual({});
    const page = await client.conversations.items.list(created.id);
    expect(page.data).toEqual([]);
    expect(page.hasNextPage()).toBe(false);
  });

  it('takes its first items at creation, deletes them with it, and keeps a response they came from', async () => {
    const response = await client.responses.create({ model: 'fake-model', input: 'Remember 7.' });
    const created = await client.conversations.create({
      items: [
        { type: 'item_reference', id: response.output[0]!.id! },
        { role: 'user', content: 'And?' },
      ],
    });
    const items = await allItems(client, created.id);
    expect(items.map((i) => i.type)).toEqual(['message', 'message']);
    expect(items[0]).toEqual(response.output[0]);
    await client.conversations.delete(created.id);
    // The response still has its output; the conversation's own item is gone.
    expect((await client.responses.retrieve(response.id)).output).toEqual(response.output);
    const referenced = await failure(
      client.conversations.create({ items: [{ type: 'item_reference', id: items[1]!.id! }] }),
    );
    expect(referenced.status).toBe(400);
    expect(referenced.param).toBe('items[0].id');
  });
});

describe('items', () => {
  it('of every kind a client sends are stored as Responses stores input, in order, and read back as stored', async () => {
    const image = await client.files.create({
      file: await toFile(Buffer.from('PNG!'), 'dot.png', { type: 'image/png' }),
      purpose: 'vision',
    });
    const notes = await client.files.create({
      file: await toFile(Buffer.from('# Notes'), 'notes.md'),
      purpose: 'user_data',
    });
    const conversation = await client.conversations.create();
    const sent: ResponseInputItem[] = [
      { role: 'developer', content: 'Answer briefly.' },
      { type: 'message', role: 'system', content: [{ type: 'input_text', text: 'Be kind.' }] },
      {
        role: 'user',
        content: [
          { type: 'input_text', text: 'Compare' },
          { type: 'input_image', image_url: 'https://example.test/cat.png', detail: 'low' },
          { type: 'input_image', file_id: image.id, detail: 'auto' },
          { type: 'input_file', file_id: notes.id },
          { type: 'input_file', file_data: 'data:text/plain;base64,aGk=', filename: 'hi.txt' },
        ],
      },
      { role: 'assistant', content: 'A cat.' },
      {
        type: 'message',
        role: 'assistant',
        id: 'msg_refusing',
        status: 'completed',
        content: [{ type: 'refusal', refusal: 'No.' }],
      },
      { type: 'function_call', call_id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' },
      { type: 'function_call_output', call_id: 'call_1', output: '{"temp":21}' },
      {
        type: 'function_call_output',
        call_id: 'call_2',
        output: [{ type: 'input_text', text: 'as parts' }],
      },
      { type: 'reasoning', summary: [{ type: 'summary_text', text: 'Thinking.' }] } as ResponseInputItem,
    ];
    const added = await client.conversations.items.create(conversation.id, { items: sent });
    expect(added.object).toBe('list');
    expect(added.has_more).toBe(false);
    expect(added.first_id).toBe(added.data[0]!.id);
    expect(added.last_id).toBe(added.data.at(-1)!.id);
    expect(added.data).toEqual([
      {
        type: 'message',
        id: expect.stringMatching(/^msg_/),
        status: 'completed',
        role: 'developer',
        content: [{ type: 'input_text', text: 'Answer briefly.' }],
      },
      {
        type: 'message',
        id: expect.stringMatching(/^msg_/),
        status: 'completed',
        role: 'system',
        content: [{ type: 'input_text', text: 'Be kind.' }],
      },
      {
        type: 'message',
        id: expect.stringMatching(/^msg_/),
        status: 'completed',
        role: 'user',
        content: [
          { type: 'input_text', text: 'Compare' },
          { type: 'input_image', image_url: 'https://example.test/cat.png', detail: 'low' },
          { type: 'input_image', image_url: null, file_id: image.id, detail: 'auto' },
          { type: 'input_file', file_id: notes.id, filename: 'notes.md' },
          { type: 'input_file', file_data: 'data:text/plain;base64,aGk=', filename: 'hi.txt' },
        ],
      },
      {
        type: 'message',
        id: expect.stringMatching(/^msg_/),
        status: 'completed',
        role: 'assistant',
        content: [{ type: 'output_text', text: 'A cat.', annotations: [], logprobs: [] }],
      },
      {
        type: 'message',
        id: 'msg_refusing',
        status: 'completed',
        role: 'assistant',
        content: [{ type: 'refusal', refusal: 'No.' }],
      },
      {
        type: 'function_call',
        id: expect.stringMatching(/^fc_/),
        call_id: 'call_1',
        name: 'get_weather',
        arguments: '{"city":"Paris"}',
        status: 'completed',
      },
      {
        type: 'function_call_output',
        id: expect.stringMatching(/^fco_/),
        call_id: 'call_1',
        output: '{"temp":21}',
        status: 'completed',
      },
      {
        type: 'function_call_output',
        id: expect.stringMatching(/^fco_/),
        call_id: 'call_2',
        output: [{ type: 'input_text', text: 'as parts' }],
        status: 'completed',
      },
      {
        type: 'reasoning',
        id: expect.stringMatching(/^rs_/),
        status: 'completed',
        summary: [{ type: 'summary_text', text: 'Thinking.' }],
      },
    ]);
    expect(await allItems(client, conversation.id)).toEqual(added.data);
    for (const item of added.data)
      expect(
        await client.conversations.items.retrieve(item.id!, { conversation_id: conversation.id }),
      ).toEqual(item);
  });

  it('the engine emits (reasoning, message, function_call, compaction) are kept as the responses hold them', async () => {
    const reasoned = await client.responses.create({ model: 'fake-reasoner', input: 'life' });
    const called = await client.responses.create({
      model: 'fake-model',
      input: 'What is the weather in Paris?',
      tools: [weatherTool],
    });
    const compacted = await client.responses.compact({
      model: 'fake-model',
      previous_response_id: reasoned.id,
    });
    const emitted = [...reasoned.output, ...called.output, ...compacted.output];
    expect(emitted.map((i) => i.type)).toEqual(['reasoning', 'message', 'function_call', 'compaction']);

    const conversation = await client.conversations.create({
      items: [
        ...reasoned.output.map((i) => ({ type: 'item_reference' as const, id: i.id! })),
        ...(called.output as ResponseInputItem[]),
      ],
    });
    await client.conversations.items.create(conversation.id, {
      items: [
        ...(compacted.output as ResponseInputItem[]),
        { type: 'function_call_output', call_id: 'call_fake_1', output: '22°C' },
      ],
    });
    const items = await allItems(client, conversation.id);
    expect(items.slice(0, 4)).toEqual(emitted);
    expect(items[4]).toMatchObject({ type: 'function_call_output', call_id: 'call_fake_1', output: '22°C' });
  });

  it('are paged through with for await, newest first by default, either order, across pages', async () => {
    const conversation = await client.conversations.create({
      items: Array.from({ length: 7 }, (_, i) => ({ role: 'user' as const, content: `#${i}` })),
    });
    const ids = (await allItems(client, conversation.id)).map((i) => i.id);
    expect(ids).toHaveLength(7);
    expect(await allItems(client, conversation.id, 2)).toHaveLength(7);

    const newestFirst: string[] = [];
    for await (const item of client.conversations.items.list(conversation.id, { limit: 3 }))
      newestFirst.push(item.id!);
    expect(newestFirst).toEqual([...ids].reverse());

    const sizes: number[] = [];
    let page = await client.conversations.items.list(conversation.id, { limit: 3 });
    for (;;) {
      sizes.push(page.data.length);
      if (!page.hasNextPage()) break;
      page = await page.getNextPage();
    }
    expect(sizes).toEqual([3, 3, 1]);

    const after = await client.conversations.items.list(conversation.id, { after: ids[4]!, order: 'asc' });
    expect(after.data.map((i) => i.id)).toEqual(ids.slice(5));
    const unknown = await failure(client.conversations.items.list(conversation.id, { after: 'msg_nope' }));
    expect(unknown.status).toBe(400);
    expect(unknown.param).toBe('after');
  });

  it('are deleted one at a time, the reply being the conversation', async () => {
    const conversation = await client.conversations.create({
      metadata: { k: 'v' },
      items: [
        { role: 'user', content: 'one' },
        { role: 'user', content: 'two' },
      ],
    });
    const [one, two] = await allItems(client, conversation.id);
    expect(await client.conversations.items.delete(one!.id!, { conversation_id: conversation.id })).toEqual(
      conversation,
    );
    expect(await allItems(client, conversation.id)).toEqual([two]);
    const gone = await failure(
      client.conversations.items.retrieve(one!.id!, { conversation_id: conversation.id }),
    );
    expect(gone).toBeInstanceOf(OpenAI.NotFoundError);
    expect(gone.error).toMatchObject({ type: 'invalid_request_error', param: 'item_id', code: 'not_found' });
    const again = await failure(
      client.conversations.items.delete(one!.id!, { conversation_id: conversation.id }),
    );
    expect(again.status).toBe(404);
    expect(again.param).toBe('item_id');
  });

  it('show logprobs and encrypted reasoning only when include asks for them', async () => {
    const logprobs = [{ token: 'A', logprob: -0.25, bytes: [65], top_logprobs: [] }];
    const conversation = await client.conversations.create({
      items: [
        {
          type: 'message',
          id: 'msg_with_logprobs',
          status: 'completed',
          role: 'assistant',
          content: [{ type: 'output_text', text: 'A', annotations: [], logprobs }],
        },
        { type: 'reasoning', id: 'rs_encrypted', summary: [], encrypted_content: 'opaque' },
      ],
    });
    const plain = (await client.conversations.items.list(conversation.id, { order: 'asc' })).data;
    expect(plain[0]).toMatchObject({ content: [{ logprobs: [] }] });
    expect(plain[1]).not.toHaveProperty('encrypted_content');

    const include = ['message.output_text.logprobs', 'reasoning.encrypted_content'] as const;
    const full = (
      await client.conversations.items.list(conversation.id, { order: 'asc', include: [...include] })
    ).data;
    expect(full[0]).toMatchObject({ content: [{ logprobs }] });
    expect(full[1]).toMatchObject({ encrypted_content: 'opaque' });
    expect(
      await client.conversations.items.retrieve(plain[1]!.id!, {
        conversation_id: conversation.id,
        include: ['reasoning.encrypted_content'],
      }),
    ).toEqual(full[1]);
    const added = await client.conversations.items.create(conversation.id, {
      items: [{ type: 'reasoning', id: 'rs_encrypted_more', summary: [], encrypted_content: 'more' }],
      include: ['reasoning.encrypted_content'],
    });
    expect(added.data[0]).toMatchObject({ encrypted_content: 'more' });
  });
});

describe('the list of conversations (the gateway’s own)', () => {
  it('pages newest first, and oldest first with order asc, with the SDK’s cursor pagination', async () => {
    const fresh = await startStack(VALIDATED);
    try {
      const made: Conversation[] = [];
      for (let i = 0; i < 5; i++)
        made.push(await fresh.client.conversations.create({ metadata: { n: `${i}` } }));
      const list = (query: Record<string, unknown>) =>
        fresh.client.getAPIList<Conversation, ConversationCursorPage<Conversation>>(
          '/conversations',
          ConversationCursorPage<Conversation>,
          { query },
        );

      const newestFirst: Conversation[] = [];
      for await (const c of list({ limit: 2 })) newestFirst.push(c);
      expect(newestFirst).toEqual([...made].reverse());
      const oldestFirst: string[] = [];
      for await (const c of list({ limit: 2, order: 'asc' })) oldestFirst.push(c.id);
      expect(oldestFirst).toEqual(made.map((c) => c.id));

      await fresh.client.conversations.delete(made[2]!.id);
      const page = await list({ limit: 10 });
      expect(page.data.map((c) => c.id)).toEqual([made[4], made[3], made[1], made[0]].map((c) => c!.id));
      expect(page.hasNextPage()).toBe(false);
    } finally {
      await fresh.close();
    }
  });
});

describe('errors', () => {
  it('answer a malformed conversation or item id with 400 naming it', async () => {
    const bad = await failure(client.conversations.retrieve('resp_123'));
    expect(bad).toBeInstanceOf(OpenAI.BadRequestError);
    expect(bad.param).toBe('conversation_id');
    const conversation = await client.conversations.create();
    const badItem = await failure(
      client.conversations.items.retrieve('msg.1', { conversation_id: conversation.id }),
    );
    expect(badItem.status).toBe(400);
    expect(badItem.param).toBe('item_id');
  });

  it('answer more than 20 items, a bad item or one the conversation holds with 400 naming it, storing nothing', async () => {
    const many = Array.from({ length: 21 }, () => ({ role: 'user' as const, content: 'x' }));
    const tooMany = await failure(client.conversations.create({ items: many }));
    expect(tooMany.status).toBe(400);
    expect(tooMany.param).toBe('items');

    const conversation = await client.conversations.create({ items: many.slice(0, 20) });
    expect((await failure(client.conversations.items.create(conversation.id, { items: many }))).param).toBe(
      'items',
    );
    const badItem = await failure(
      client.conversations.items.create(conversation.id, {
        items: [
          { role: 'user', content: 'fine' },
          { role: 'user', content: 'fine' },
          { type: 'message', role: 'user' } as ResponseInputItem,
        ],
      }),
    );
    expect(badItem.status).toBe(400);
    expect(badItem.param).toBe('items[2].content');
    const noFile = await failure(
      client.conversations.items.create(conversation.id, {
        items: [{ role: 'user', content: [{ type: 'input_file', file_id: 'file-nope' }] }],
      }),
    );
    expect(noFile.error).toMatchObject({
      param: 'items[0].content[0].file_id',
      message: 'No such File object: file-nope',
    });
    const held = (await allItems(client, conversation.id))[0]!;
    const duplicate = await failure(
      client.conversations.items.create(conversation.id, {
        items: [{ type: 'item_reference', id: held.id! }],
      }),
    );
    expect(duplicate.error).toEqual({
      message: `Duplicate item found with id ${held.id}. Remove duplicate items from your input and try again.`,
      type: 'invalid_request_error',
      param: 'items[0].id',
      code: null,
    });
    expect(await allItems(client, conversation.id)).toHaveLength(20);
  });

  it('answer an unknown conversation or item with 404', async () => {
    const unknown = await failure(client.conversations.retrieve('conv_nosuch'));
    expect(unknown).toBeInstanceOf(OpenAI.NotFoundError);
    expect(unknown.param).toBe('conversation_id');
    const conversation = await client.conversations.create();
    const item = await failure(
      client.conversations.items.retrieve('msg_nosuch', { conversation_id: conversation.id }),
    );
    expect(item).toBeInstanceOf(OpenAI.NotFoundError);
    expect(item.param).toBe('item_id');
  });
});
