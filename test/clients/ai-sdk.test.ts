/**
 * The Vercel AI SDK's Responses model (`openai.responses()`) against the gateway in front of the
 * fake chat-only upstream: what an AI SDK user sees, and what reaches the model.
 *
 * Versions: ai 6.0.325, the newest whose `engines` allow Node 20 (ai 7 and @ai-sdk/openai 4 declare
 * node >= 22), with @ai-sdk/openai 3.0.139, the newest 3.x on the same @ai-sdk/provider-utils
 * (4.0.65; 3.0.141 brings a second copy, whose provider tools then fail to typecheck in ai's
 * `tools`). The 6.x line sends the same Responses requests (item references for stored turns,
 * previousResponseId, json_schema text formats, reasoning summaries) as 7.x.
 */
import { createOpenAI } from '@ai-sdk/openai';
import { generateText, Output, stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { chatRequests, startClientStack, type ClientStack } from './stack.js';

let stack: ClientStack;
let openai: ReturnType<typeof createOpenAI>;

beforeAll(async () => {
  stack = await startClientStack();
  openai = createOpenAI({ baseURL: `${stack.base}/v1`, apiKey: 'sk-client' });
});
afterAll(() => stack.close());

const weather = tool({
  description: 'The weather in a city',
  inputSchema: z.object({ city: z.string() }),
  execute: ({ city }) => Promise.resolve({ city, forecast: `sunny in ${city}` }),
});

describe('the AI SDK through openai.responses()', () => {
  it('generates text', async () => {
    const result = await generateText({ model: openai.responses('fake-model'), prompt: 'hello there' });
    expect(result.text).toBe('You said: hello there');
    expect(result.finishReason).toBe('stop');
    expect(result.providerMetadata?.openai?.responseId).toMatch(/^resp_/);
    expect(chatRequests(stack).at(-1)?.messages).toEqual([{ role: 'user', content: 'hello there' }]);
  });

  it('streams text', async () => {
    const result = streamText({ model: openai.responses('fake-model'), prompt: 'stream this please' });
    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe('You said: stream this please');
    expect(await result.finishReason).toBe('stop');
  });

  it('runs a function tool round trip: the call, its result, the answer', async () => {
    const result = await generateText({
      model: openai.responses('fake-model'),
      prompt: 'CALL weather {"city":"Lyon"}',
      tools: { weather },
      stopWhen: stepCountIs(3),
    });
    expect(result.steps).toHaveLength(2);
    expect(result.steps[0]!.toolCalls).toMatchObject([{ toolName: 'weather', input: { city: 'Lyon' } }]);
    expect(result.text).toBe('Tools said: {"city":"Lyon","forecast":"sunny in Lyon"}');
    const [first, second] = chatRequests(stack).slice(-2);
    expect(first!.tools).toMatchObject([{ type: 'function', function: { name: 'weather' } }]);
    expect(second!.messages.at(-1)).toMatchObject({ role: 'tool', tool_call_id: 'call_fake_1' });
  });

  it('streams a function tool round trip', async () => {
    const result = streamText({
      model: openai.responses('fake-model'),
      prompt: 'CALL weather {"city":"Oslo"}',
      tools: { weather },
      stopWhen: stepCountIs(3),
    });
    let text = '';
    for await (const delta of result.textStream) text += delta;
    expect((await result.steps)[0]!.toolCalls).toMatchObject([{ input: { city: 'Oslo' } }]);
    expect(text).toBe('Tools said: {"city":"Oslo","forecast":"sunny in Oslo"}');
  });

  it('continues a conversation with previousResponseId', async () => {
    const first = await generateText({ model: openai.responses('fake-model'), prompt: 'my name is Ada' });
    const responseId = first.providerMetadata?.openai?.responseId;
    expect(typeof responseId).toBe('string');
    const second = await generateText({
      model: openai.responses('fake-model'),
      prompt: 'what is my name?',
      providerOptions: { openai: { previousResponseId: String(responseId) } },
    });
    expect(second.text).toBe('You said: what is my name?');
    expect(chatRequests(stack).at(-1)?.messages).toEqual([
      { role: 'user', content: 'my name is Ada' },
      { role: 'assistant', content: 'You said: my name is Ada' },
      { role: 'user', content: 'what is my name?' },
    ]);
  });

  it('returns structured output of the schema it asked for', async () => {
    const schema = z.object({ city: z.string(), days: z.number(), sunny: z.boolean() });
    const result = await generateText({
      model: openai.responses('fake-model'),
      prompt: 'a forecast',
      output: Output.object({ schema }),
    });
    expect(result.output).toEqual({ city: 'sample', days: 1.5, sunny: true });
    expect(chatRequests(stack).at(-1)?.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { schema: { type: 'object', required: ['city', 'days', 'sunny'] } },
    });
  });

  it("streams a reasoning model's thinking before its answer, as the summary it asks for", async () => {
    // The AI SDK reads reasoning summaries only (reasoning.summary), and asks for them only from a
    // model it knows reasons, or with forceReasoning.
    const result = streamText({
      model: openai.responses('fake-reasoner'),
      prompt: 'why is the sky blue',
      providerOptions: { openai: { forceReasoning: true, reasoningSummary: 'auto' } },
    });
    const parts: string[] = [];
    for await (const part of result.fullStream)
      if (part.type === 'reasoning-delta' || part.type === 'text-delta') parts.push(part.type);
    expect(parts[0]).toBe('reasoning-delta');
    expect(parts.at(-1)).toBe('text-delta');
    expect(await result.reasoningText).toBe('Thinking about why is the sky blue.');
    expect(await result.text).toBe('You said: why is the sky blue');
  });

  it("carries a reasoning model's thinking through a tool round trip", async () => {
    const result = await generateText({
      model: openai.responses('fake-reasoner'),
      prompt: 'CALL weather {"city":"Nice"}',
      tools: { weather },
      stopWhen: stepCountIs(3),
      providerOptions: { openai: { forceReasoning: true, reasoningSummary: 'auto' } },
    });
    expect(result.steps.map((step) => step.reasoningText)).toEqual([
      'Thinking about CALL weather {"city":"Nice"}.',
      'Thinking about CALL weather {"city":"Nice"}.',
    ]);
    expect(result.text).toBe('Tools said: {"city":"Nice","forecast":"sunny in Nice"}');
  });
});
