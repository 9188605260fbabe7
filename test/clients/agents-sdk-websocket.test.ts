/**
 * The Agents SDK's WebSocket Responses model (OpenAIResponsesWSModel, @openai/agents 0.14.3; see
 * agents-sdk.test.ts for the version) against the gateway's Responses WebSocket, in front of the
 * fake chat-only upstream: a tool round trip, streamed and not, and a continuation, all on the one
 * connection the model keeps. The SDK wants a global WebSocket, which Node 22 has and Node 20 does
 * not: the test gives it undici's, the one Node 22 exposes.
 */
import { Agent, OpenAIResponsesWSModel, run, setTracingDisabled, tool } from '@openai/agents';
import OpenAI from 'openai';
import { WebSocket } from 'undici';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { chatRequests, startClientStack, type ClientStack } from './stack.js';

let stack: ClientStack;
let model: OpenAIResponsesWSModel;

setTracingDisabled(true);
Object.assign(globalThis, { WebSocket: globalThis.WebSocket ?? WebSocket });

beforeAll(async () => {
  stack = await startClientStack();
  const client = new OpenAI({ baseURL: `${stack.base}/v1`, apiKey: 'sk-client', maxRetries: 0 });
  model = new OpenAIResponsesWSModel(client, 'fake-model', { reuseConnection: true });
});
afterAll(async () => {
  await model?.close();
  await stack?.close();
});

const weather = tool({
  name: 'weather',
  description: 'The weather in a city',
  parameters: z.object({ city: z.string() }),
  execute: ({ city }) => `snow in ${city}`,
});

function agent() {
  return new Agent({ name: 'forecaster', instructions: 'You tell the weather.', model, tools: [weather] });
}

describe('the Agents SDK on its WebSocket Responses model', () => {
  it('runs a function tool round trip, streamed and not, and continues, over one socket', async () => {
    const result = await run(agent(), 'CALL weather {"city":"Kyiv"}');
    expect(result.finalOutput).toBe('Tools said: snow in Kyiv');

    const streamed = await run(agent(), 'CALL weather {"city":"Lima"}', { stream: true });
    let text = '';
    for await (const delta of streamed.toTextStream()) text += delta;
    await streamed.completed;
    expect(text).toBe('Tools said: snow in Lima');

    const next = await run(agent(), 'REPLY and tomorrow?', { previousResponseId: streamed.lastResponseId });
    expect(next.finalOutput).toBe('and tomorrow?');
    expect(chatRequests(stack).at(-1)?.messages.slice(-2)).toEqual([
      { role: 'assistant', content: 'Tools said: snow in Lima' },
      { role: 'user', content: 'REPLY and tomorrow?' },
    ]);

    await model.close();
    await vi.waitFor(() => expect(stack.access.filter((l) => l.status === 101)).toHaveLength(1));
    expect(stack.access.filter((l) => l.method === 'POST')).toEqual([]);
    expect(stack.access.find((l) => l.status === 101)?.websocket?.responses).toBe(5);
  });
});
