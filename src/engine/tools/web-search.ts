/**
 * The hosted web_search tool (and web_search_preview, and their dated types) on a chat backend:
 * offered to the model as a function of one `query`, run against the configured search backend,
 * its results given back to the model numbered with their URLs, and the answer's citations of them
 * made url_citation annotations (engine/tools/citations.ts). Without a backend, or when the tool
 * asks for cached/offline results only (`external_web_access: false`) and the backend reaches the
 * live web, it is not offered.
 */
import type { ChatCompletionFunctionTool } from 'openai/resources/chat/completions';
import type { ItemField, UrlCitation, WebSearchCallItem, WebSearchTool } from '../../api-types.js';
import { newId } from '../../ids.js';
import type { SearchResult, WebSearchBackend } from '../../providers/web-search.js';
import { urlCitations } from './citations.js';
import { runSearchCall } from './search-call.js';
import {
  byNumber,
  type CitableSource,
  type HostedCall,
  type HostedContext,
  type HostedEvent,
  type HostedResult,
  type HostedTool,
  type RequestTool,
} from './hosted.js';

export const WEB_SEARCH_TYPES = [
  'web_search',
  'web_search_2025_08_26',
  'web_search_preview',
  'web_search_preview_2025_03_11',
] as const;

/** The function the model calls. */
export const WEB_SEARCH_FUNCTION = 'web_search';

/** A result's snippet is cut to this many characters: the model needs a gist, not the page. */
const MAX_SNIPPET = 1_000;

type SearchAction = Extract<WebSearchCallItem['action'], { type: 'search' }>;

const isWebSearch = (tool: RequestTool): tool is WebSearchTool =>
  (WEB_SEARCH_TYPES as readonly string[]).includes(tool.type ?? '');

const allowedDomains = (tool: WebSearchTool): string[] =>
  ('filters' in tool ? (tool.filters?.allowed_domains ?? []) : [])
    .map((d) =>
      d
        .trim()
        .toLowerCase()
        .replace(/^\.+|\.+$/g, ''),
    )
    .filter(Boolean);

/** Whether a result's host is one of the domains or under one. */
export function allowedBy(domains: readonly string[], url: string): boolean {
  if (!domains.length) return true;
  const host = new URL(url).hostname.toLowerCase();
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

/** How many results the model gets: search_context_size scales the configured number. */
export function resultCount(size: WebSearchTool['search_context_size'], maxResults: number): number {
  if (size === 'low') return Math.max(1, Math.ceil(maxResults / 2));
  if (size === 'high') return maxResults * 2;
  return maxResults;
}

/** The results as the model reads them, numbered from `first`, with how to cite them. */
export function resultsText(query: string, results: readonly SearchResult[], first: number): string {
  if (!results.length) return `No web results for "${query}".`;
  const listed = results.map((r, i) => {
    const snippet = r.content.length > MAX_SNIPPET ? `${r.content.slice(0, MAX_SNIPPET)}…` : r.content;
    return `[${first + i}] ${r.title}\nURL: ${r.url}${snippet ? `\n${snippet}` : ''}`;
  });
  return (
    `Web results for "${query}":\n\n${listed.join('\n\n')}\n\n` +
    'Cite a result you use by its number in brackets, as [1], right after the statement it supports.'
  );
}

export class WebSearch implements HostedTool {
  readonly types = WEB_SEARCH_TYPES;

  constructor(private readonly backend: WebSearchBackend | undefined) {}

  notOffered(): string {
    if (!this.backend) return 'no search backend';
    return 'external_web_access is false and the search backend is live';
  }

  offer(tool: RequestTool): ChatCompletionFunctionTool | undefined {
    if (!isWebSearch(tool) || !this.backend) return undefined;
    if ('external_web_access' in tool && tool.external_web_access === false && !this.backend.offline)
      return undefined;
    const domains = allowedDomains(tool);
    return {
      type: 'function',
      function: {
        name: WEB_SEARCH_FUNCTION,
        description:
          'Search the web. Returns numbered results, each with its title, URL and a snippet.' +
          (domains.length ? ` Only results from ${domains.join(', ')} are returned.` : ''),
        parameters: {
          type: 'object',
          properties: { query: { type: 'string', description: 'What to search the web for.' } },
          required: ['query'],
          additionalProperties: false,
        },
      },
    };
  }

  async *run(call: HostedCall, context: HostedContext): AsyncGenerator<HostedEvent, HostedResult, void> {
    const tool = call.tool as WebSearchTool;
    const args = call.arguments as { query?: unknown } | undefined;
    const query = typeof args?.query === 'string' ? args.query.trim() : '';
    const action: SearchAction = { type: 'search', query: query || call.rawArguments };
    const item: WebSearchCallItem = {
      type: 'web_search_call',
      id: newId('ws'),
      status: 'in_progress',
      action,
    };
    let sources: CitableSource[] = [];
    const output = yield* runSearchCall({
      item,
      context,
      invalid: query ? undefined : 'the call needs a non-empty "query" string argument',
      search: (signal) => this.search(tool, query, signal),
      found: (results) => {
        sources = results.map(({ url, title }) => ({ url, title }));
        if (context.include.includes('web_search_call.action.sources'))
          action.sources = sources.map(({ url }) => ({ type: 'url', url }));
        return resultsText(query, results, context.firstNumber);
      },
      failed: (why) => `The web search failed: ${why}. Answer without it, and say that you could not search.`,
    });
    return { item, output, sources, firstNumber: context.firstNumber };
  }

  /** The backend's results for the tool's domains and context size. */
  private async search(tool: WebSearchTool, query: string, signal: AbortSignal): Promise<SearchResult[]> {
    const backend = this.backend!;
    const domains = allowedDomains(tool);
    const found = await backend.search(query, signal);
    const count = resultCount(tool.search_context_size, backend.maxResults);
    return found.filter((r) => allowedBy(domains, r.url)).slice(0, count);
  }

  failed(item: ItemField): ItemField {
    return item.type === 'web_search_call' ? { ...item, status: 'failed' } : item;
  }

  annotate(text: string, results: readonly HostedResult[]): UrlCitation[] {
    return urlCitations(
      text,
      byNumber(results, (r) => r.sources),
    );
  }
}
