/**
 * A prompt in a conversation, through the openai SDK: a message-list prompt's messages are the
 * turn's leading input, so they join the conversation with it; a text prompt is the turn's
 * instructions, which reach the model but are not items of the conversation.
 */
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { CreatePromptBody, PromptResource } from '../../src/api-types.js';
import { startStack, type Stack } from './stack.js';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(() => stack.close());

beforeEach(() => {
  stack.upstream.requests.length = 0;
});

function lastMessages(): unknown {
  const chat = stack.upstream.requests.filter((r) => r.path.endsWith('/chat/completions')).at(-1);
  return (chat?.body as { messages?: unknown } | undefined)?.messages;
}

/** A new prompt's id, made with the SDK's generic post() (it has no prompts resource). */
async function createPrompt(body: CreatePromptBody): Promise<string> {
  return (await stack.client.post<PromptResource>('/prompts', { body })).prompt_id;
}

it('adds a message-list prompt to the conversation with its turn; a text prompt only instructs', async () => {
  const messages = await createPrompt({
    prompt: [{ role: 'developer', content: 'You work for {{company}}.' }],
    variables: ['company'],
  });
  const text = await createPrompt({ prompt: 'Answer in {{language}}.', variables: ['language'] });
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
  expect(completed).toMatchObject({ instructions: 'Answer in French.', prompt: { id: text, version: '1' } });
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
