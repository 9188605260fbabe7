/**
 * The AI SDK's and the Agents SDK's web search tools (openai.tools.webSearch(), webSearchTool())
 * against the gateway with a search backend configured (the fake SearXNG of scripts/fake-search.ts)
 * in front of the fake chat-only upstream: the gateway runs the search, the model answers from the
 * results, and each client sees the web_search_call and the answer's citations as it would from
 * OpenAI. Versions: see ai-sdk.test.ts and agents-sdk.test.ts.
 */
import { createOpenAI } from '@ai-sdk/openai';
import { Agent, OpenAIResponsesModel, run, setTracingDisabled, webSearchTool } from '@openai/agents';
import { generateText, streamText } from 'ai';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSearch, type FakeSearch } from '../../scripts/fake-search.js';
import { startClientStack, type ClientStack } from './stack.js';

let search: FakeSearch;
let stack: ClientStack;

setTracingDisabled(true);

beforeAll(async () => {
  search = await startFakeSearch();
  stack = await startClientStack({ WEB_SEARCH_URL: search.url });
});
afterAll(async () => {
  await stack?.close();
  await search?.close();
});

const PARIS = 'https://weather.example.com/paris';

describe('the AI SDK web search tool', () => {
  it('searches through the gateway and cites the result', async () => {
    const openai = createOpenAI({ baseURL: `${stack.base}/v1`, apiKey: 'sk-client' });
    const result = await generateText({
      model: openai.responses('fake-model'),
      prompt: 'CALL web_search {"query":"paris weather"}',
      tools: { web_search: openai.tools.webSearch({}) },
    });
    expect(search.queries.at(-1)).toBe('paris weather');
    expect(result.toolCalls).toMatchObject([{ toolName: 'web_search', providerExecuted: true }]);
    expect(result.text).toMatch(/^Tools said: /);
    expect(result.sources).toContainEqual(expect.objectContaining({ sourceType: 'url', url: PARIS }));
  });

  it('streams the search and the cited answer', async () => {
    const openai = createOpenAI({ baseURL: `${stack.base}/v1`, apiKey: 'sk-client' });
    const result = streamText({
      model: openai.responses('fake-model'),
      prompt: 'CALL web_search {"query":"paris marathon"}',
      tools: { web_search: openai.tools.webSearch({}) },
    });
    let text = '';
    for await (const delta of result.textStream) text += delta;
    expect(text).toMatch(/^Tools said: /);
    expect(await result.sources).toContainEqual(
      expect.objectContaining({ url: 'https://news.example.org/paris-marathon' }),
    );
  });
});

describe('the Agents SDK web search tool', () => {
  it('searches through the gateway and answers from the results', async () => {
    const client = new OpenAI({ baseURL: `${stack.base}/v1`, apiKey: 'sk-client', maxRetries: 0 });
    const agent = new Agent({
      name: 'researcher',
      model: new OpenAIResponsesModel(client, 'fake-model'),
      tools: [webSearchTool()],
    });
    const result = await run(agent, 'CALL web_search {"query":"london weather"}');
    expect(search.queries.at(-1)).toBe('london weather');
    expect(result.finalOutput).toMatch(/^Tools said: .*London: rain/s);
    const call = result.newItems.find((item) => item.type === 'tool_call_item');
    expect(call?.rawItem).toMatchObject({ type: 'hosted_tool_call', name: 'web_search_call' });
  });
});
