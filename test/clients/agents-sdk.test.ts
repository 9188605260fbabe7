/**
 * The OpenAI Agents SDK (@openai/agents) on its Responses model against the gateway in front of the
 * fake chat-only upstream: an agent with a function tool, streamed and not, continued with
 * previousResponseId.
 *
 * Version: @openai/agents 0.14.3, the newest on the openai 6 SDK (0.15 and later need openai 7,
 * which declares node >= 22); its Responses model is the one 0.20 still ships, and it shares the
 * gateway's own openai 6.49.
 */
import { Agent, OpenAIResponsesModel, run, setTracingDisabled, tool } from '@openai/agents';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { chatRequests, startClientStack, type ClientStack } from './stack.js';

let stack: ClientStack;
let model: OpenAIResponsesModel;

// The SDK exports traces to OpenAI by default; the tests stay offline.
setTracingDisabled(true);

beforeAll(async () => {
  stack = await startClientStack();
  const client = new OpenAI({ baseURL: `${stack.base}/v1`, apiKey: 'sk-client', maxRetries: 0 });
  model = new OpenAIResponsesModel(client, 'fake-model');
});
afterAll(() => stack.close());

const weather = tool({
  name: 'weather',
  description: 'The weather in a city',
  parameters: z.object({ city: z.string() }),
  execute: ({ city }) => `rain in ${city}`,
});

function agent() {
  return new Agent({ name: 'forecaster', instructions: 'You tell the weather.', model, tools: [weather] });
}

describe('the Agents SDK on its Responses model', () => {
  it('runs a function tool and answers with its result', async () => {
    const result = await run(agent(), 'CALL weather {"city":"Rome"}');
    expect(result.finalOutput).toBe('Tools said: rain in Rome');
    const items = result.newItems.map((item) => item.type);
    expect(items).toEqual(['tool_call_item', 'tool_call_output_item', 'message_output_item']);
    const [call, answer] = chatRequests(stack).slice(-2);
    expect(call!.messages[0]).toEqual({ role: 'system', content: 'You tell the weather.' });
    expect(call!.tools).toMatchObject([{ type: 'function', function: { name: 'weather' } }]);
    expect(answer!.messages.at(-1)).toEqual({
      role: 'tool',
      tool_call_id: 'call_fake_1',
      content: 'rain in Rome',
    });
  });

  it('streams a run with a tool call', async () => {
    const result = await run(agent(), 'CALL weather {"city":"Bern"}', { stream: true });
    let text = '';
    for await (const delta of result.toTextStream()) text += delta;
    await result.completed;
    expect(text).toBe('Tools said: rain in Bern');
    expect(result.finalOutput).toBe('Tools said: rain in Bern');
    expect(chatRequests(stack).at(-1)?.stream).toBe(true);
  });

  it('continues with previousResponseId, sending only the new turn', async () => {
    const first = await run(agent(), 'REPLY noted: Ada');
    expect(first.lastResponseId).toMatch(/^resp_/);
    const second = await run(agent(), 'REPLY hello Ada', { previousResponseId: first.lastResponseId });
    expect(second.finalOutput).toBe('hello Ada');
    expect(chatRequests(stack).at(-1)?.messages).toEqual([
      { role: 'system', content: 'You tell the weather.' },
      { role: 'user', content: 'REPLY noted: Ada' },
      { role: 'assistant', content: 'noted: Ada' },
      { role: 'user', content: 'REPLY hello Ada' },
    ]);
  });
});
