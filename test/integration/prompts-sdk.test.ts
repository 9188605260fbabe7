/**
 * Prompts used from Responses through the official openai SDK: responses.create({ prompt }) and
 * responses.stream({ prompt }) with variables, against a chat-completions backend (the fake upstream,
 * which answers "You said: <the last user message>"), also in a conversation; the prompts are made
 * with the SDK's generic post() and put(). What the upstream received is asserted too.
 */
import { APIError } from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CreatePromptBody, PromptResource, UpdatePromptBody } from '../../src/api-types.js';
import { startStack, type Stack } from './stack.js';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(() => stack.close());

beforeEach(() => {
  stack.upstream.requests.length = 0;
});

/** The messages of the last chat request the upstream received. */
function lastMessages(): unknown {
  const chat = stack.upstream.requests.filter((r) => r.path.endsWith('/chat/completions')).at(-1);
  return (chat?.body as { messages?: unknown } | undefined)?.messages;
}

/** The SDK has no prompts resource; its generic post() reaches the Prompts API all the same. */
const createPrompt = (body: CreatePromptBody) => stack.client.post<PromptResource>('/prompts', { body });

describe('responses with a prompt through the openai SDK', () => {
  it('responses.create renders a text prompt into the instructions and echoes it', async () => {
    const { prompt_id } = await createPrompt({
      prompt: 'You speak for {{company}}.',
      variables: ['company'],
    });
    const response = await stack.client.responses.create({
      model: 'fake-model',
      input: 'Hello there',
      instructions: 'Be brief.',
      prompt: { id: prompt_id, variables: { company: 'Acme' } },
    });
    expect(response.output_text).toBe('You said: Hello there');
    expect(response.instructions).toBe('You speak for Acme.\n\nBe brief.');
    expect(response.prompt).toEqual({ id: prompt_id, version: '1', variables: { company: 'Acme' } });
    expect(lastMessages()).toEqual([
      { role: 'system', content: 'You speak for Acme.\n\nBe brief.' },
      { role: 'user', content: 'Hello there' },
    ]);
    const stored = await stack.client.responses.retrieve(response.id);
    expect(stored.prompt).toEqual(response.prompt);
  });

  it('responses.stream renders a message-list prompt ahead of the input, input_text values as text', async () => {
    const { prompt_id } = await createPrompt({
      prompt: [
        { role: 'developer', content: 'Answer as {{persona}}.' },
        { role: 'user', content: 'My name is {{name}}.' },
      ],
      variables: ['persona', 'name'],
    });
    const stream = stack.client.responses.stream({
      model: 'fake-model',
      input: [{ role: 'user', content: 'What is my name?' }],
      prompt: {
        id: prompt_id,
        version: '1',
        variables: { persona: 'a pirate', name: { type: 'input_text', text: 'Ann' } },
      },
    });
    const types: string[] = [];
    for await (const event of stream) types.push(event.type);
    const response = await stream.finalResponse();
    expect(types[0]).toBe('response.created');
    expect(types.at(-1)).toBe('response.completed');
    expect(response.output_text).toBe('You said: What is my name?');
    expect(response.prompt).toMatchObject({ id: prompt_id, version: '1' });
    expect(lastMessages()).toEqual([
      { role: 'system', content: 'Answer as a pirate.' },
      { role: 'user', content: 'My name is Ann.' },
      { role: 'user', content: 'What is my name?' },
    ]);
    const items = await stack.client.responses.inputItems.list(response.id, { order: 'asc' });
    expect(items.data.map((i) => (i.type === 'message' ? i.role : i.type))).toEqual([
      'developer',
      'user',
      'user',
    ]);
  });

  it('uses the default version unless one is named, and follows a chain with previous_response_id', async () => {
    const { prompt_id } = await createPrompt({ prompt: 'Version one.' });
    const update = await stack.client.put<PromptResource>(`/prompts/${prompt_id}`, {
      body: { prompt: 'Version two.', version: 1 } satisfies UpdatePromptBody,
    });
    expect(update).toMatchObject({ version: 2, is_default: true });
    const first = await stack.client.responses.create({
      model: 'fake-model',
      input: 'one',
      prompt: { id: prompt_id },
    });
    expect(first.prompt?.version).toBe('2');
    expect(first.instructions).toBe('Version two.');
    const next = await stack.client.responses.create({
      model: 'fake-model',
      input: 'two',
      previous_response_id: first.id,
      prompt: { id: prompt_id, version: '1' },
    });
    expect(next.instructions).toBe('Version one.');
    expect(lastMessages()).toEqual([
      { role: 'system', content: 'Version one.' },
      { role: 'user', content: 'one' },
      { role: 'assistant', content: 'You said: one' },
      { role: 'user', content: 'two' },
    ]);
  });

  it('adds a message-list prompt to the conversation with its turn; a text prompt only instructs', async () => {
    const messages = (
      await createPrompt({
        prompt: [{ role: 'developer', content: 'You work for {{company}}.' }],
        variables: ['company'],
      })
    ).prompt_id;
    const text = (await createPrompt({ prompt: 'Answer in {{language}}.', variables: ['language'] }))
      .prompt_id;
    const conversation = await stack.client.conversations.create({});

    const first = await stack.client.responses.create({
      model: 'fake-model',
      conversation: conversation.id,
      input: 'Hello',
      prompt: { id: messages, variables: { company: 'Acme' } },
    });
    expect(first.conversation).toEqual({ id: conversation.id });
    expect(first.prompt).toMatchObject({ id: messages, version: '1' });

    const second = await stack.client.responses.create({
      model: 'fake-model',
      conversation: { id: conversation.id },
      input: 'And again',
      stream: true,
      prompt: { id: text, variables: { language: 'French' } },
    });
    let completed: unknown;
    for await (const event of second) if (event.type === 'response.completed') completed = event.response;
    expect(completed).toMatchObject({
      instructions: 'Answer in French.',
      prompt: { id: text, version: '1' },
    });
    expect(lastMessages()).toEqual([
      { role: 'system', content: 'Answer in French.' },
      { role: 'system', content: 'You work for Acme.' },
      { role: 'user', content: 'Hello' },
      { role: 'assistant', content: 'You said: Hello' },
      { role: 'user', content: 'And again' },
    ]);

    const items = await stack.client.conversations.items.list(conversation.id, { order: 'asc' });
    expect(items.data.map((i) => (i.type === 'message' ? [i.role, i.content[0]] : [i.type]))).toEqual([
      ['developer', { type: 'input_text', text: 'You work for Acme.' }],
      ['user', { type: 'input_text', text: 'Hello' }],
      ['assistant', expect.objectContaining({ type: 'output_text', text: 'You said: Hello' })],
      ['user', { type: 'input_text', text: 'And again' }],
      ['assistant', expect.objectContaining({ type: 'output_text', text: 'You said: And again' })],
    ]);
  });

  it('surfaces prompt errors as the SDK’s APIError: 404 unknown prompt, 400 missing variable', async () => {
    const unknown = await stack.client.responses
      .create({ model: 'fake-model', input: 'x', prompt: { id: 'pmpt_0123' } })
      .catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(APIError);
    expect(unknown).toMatchObject({ status: 404, param: 'prompt' });

    const { prompt_id } = await createPrompt({ prompt: 'Hi {{name}}', variables: ['name'] });
    const missing = await stack.client.responses
      .create({ model: 'fake-model', input: 'x', prompt: { id: prompt_id }, stream: true })
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(APIError);
    expect(missing).toMatchObject({
      status: 400,
      param: 'prompt.variables',
      code: 'missing_required_parameter',
    });
    expect(stack.upstream.requests).toEqual([]);
  });
});
