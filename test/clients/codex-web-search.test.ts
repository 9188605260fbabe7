/**
 * Stock Codex CLI's web_search tool against the gateway with a search backend configured (the fake
 * SearXNG of scripts/fake-search.ts): the model calls it, the gateway runs the search and the model
 * answers from the results within the one response; Codex shows the search and the answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSearch, type FakeSearch } from '../../scripts/fake-search.js';
import { startCodex, type Codex } from './codex.js';
import { startClientStack, type ClientStack } from './stack.js';

let search: FakeSearch;
let stack: ClientStack;
let codex: Codex;

beforeAll(async () => {
  search = await startFakeSearch();
  stack = await startClientStack({ WEB_SEARCH_URL: search.url });
  codex = startCodex(stack.base);
});
afterAll(async () => {
  codex?.close();
  await stack?.close();
  await search?.close();
});

describe('Codex CLI with web search', { timeout: 60_000 }, () => {
  it('searches through the gateway and answers from the results', async () => {
    const run = await codex.exec('CALL web_search {"query":"paris weather"}');
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(search.queries).toEqual(['paris weather']);
    expect(run.items.map((i) => i.type)).toEqual(['web_search', 'agent_message']);
    expect(run.reply).toMatch(/^Tools said: .*Paris: sunny/s);
  });
});
