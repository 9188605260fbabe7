/**
 * LangChain's ChatOpenAI in Responses mode (`useResponsesApi: true`) against the gateway in front of
 * the fake chat-only upstream, with tools bound as LangChain binds them (`strict: null` on each).
 *
 * Versions: @langchain/openai 1.5.8, the newest whose `engines` allow Node 20 (1.5.9 and later
 * declare node >= 22 and need openai 7), with @langchain/core 1.4.0; it shares the gateway's own
 * openai 6.49 and sends the same Responses requests as the 1.6 line.
 */
import { AIMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { ChatOpenAI } from '@langchain/openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { chatRequests, startClientStack, type ClientStack } from './stack.js';

let stack: ClientStack;
let chat: ChatOpenAI;

beforeAll(async () => {
  stack = await startClientStack();
  chat = new ChatOpenAI({
    model: 'fake-model',
    useResponsesApi: true,
    apiKey: 'sk-client',
    maxRetries: 0,
    configuration: { baseURL: `${stack.base}/v1` },
  });
});
afterAll(() => stack.close());

const weather = tool(({ city }) => `fog in ${city}`, {
  name: 'weather',
  description: 'The weather in a city',
  schema: z.object({ city: z.string() }),
});

describe('LangChain ChatOpenAI in Responses mode', () => {
  it('answers a plain prompt', async () => {
    const reply = await chat.invoke('good morning');
    expect(reply.text).toBe('You said: good morning');
  });

  it('calls a bound tool and answers with the tool message it is sent back', async () => {
    const withTools = chat.bindTools([weather]);
    const question = new HumanMessage('CALL weather {"city":"Riga"}');
    const call = await withTools.invoke([question]);
    expect(call.tool_calls).toMatchObject([{ name: 'weather', args: { city: 'Riga' }, id: 'call_fake_1' }]);
    expect(chatRequests(stack).at(-1)?.tools).toMatchObject([
      { type: 'function', function: { name: 'weather' } },
    ]);

    const result = await weather.invoke(call.tool_calls![0]!);
    expect(result).toBeInstanceOf(ToolMessage);
    const answer = await withTools.invoke([question, call, result]);
    expect(answer).toBeInstanceOf(AIMessage);
    expect(answer.text).toBe('Tools said: fog in Riga');
  });

  it('streams with tools bound', async () => {
    let text = '';
    for await (const chunk of await chat.bindTools([weather]).stream('REPLY streaming along'))
      text += chunk.text;
    expect(text).toBe('streaming along');
  });
});
