/**
 * The hosted file_search tool on a chat backend: offered to the model as a function of `queries`,
 * run against the tenant's vector stores the tool names (through the one search retrieval has, the
 * one POST /v1/vector_stores/{id}/search uses), its results given back to the model numbered with
 * their file names, and the answer's citations of them made file_citation annotations
 * (engine/tools/citations.ts). The stores are checked at admission: one that is not the tenant's
 * is a 400 naming it, before anything is stored or called.
 */
import type { ChatCompletionFunctionTool } from 'openai/resources/chat/completions';
import type { FileCitation, FileSearchCallItem, FileSearchTool, ItemField } from '../../api-types.js';
import { badRequest } from '../../errors.js';
import { newId } from '../../ids.js';
import { searchModeOf } from '../../retrieval/search.js';
import type { SearchMode, VectorStoresRepository } from '../../store/vector-stores.js';
import { fileCitations } from './citations.js';
import { FILE_SEARCH_FUNCTION, resultsText, type FileSearchHit } from './file-results.js';
import { runSearchCall } from './search-call.js';
import {
  byNumber,
  type CitableFile,
  type HostedCall,
  type HostedContext,
  type HostedEvent,
  type HostedResult,
  type HostedTool,
  type RequestTool,
} from './hosted.js';

export { FILE_SEARCH_FUNCTION, type FileSearchHit } from './file-results.js';

/** OpenAI's default for max_num_results. */
export const DEFAULT_MAX_NUM_RESULTS = 10;

/** One search of the tool: what the tool asks for, for one tenant. */
export interface FileSearchRequest {
  tenant: string;
  vectorStoreIds: readonly string[];
  queries: readonly string[];
  maxNumResults: number;
  filters: FileSearchTool['filters'];
  rankingOptions: FileSearchTool['ranking_options'];
  /** Undefined: each store's default. */
  searchMode: SearchMode | undefined;
  signal: AbortSignal;
}

export interface FileSearchDeps {
  /** Searches the stores, best results first (retrieval's searchVectorStores). */
  search(request: FileSearchRequest): Promise<FileSearchHit[]>;
  /** The tenant's vector stores, for the admission check. */
  stores: Pick<VectorStoresRepository, 'get'>;
  /** Throws a 400 naming `at` when `filters` is malformed (retrieval's filter parser). */
  checkFilters(filters: NonNullable<FileSearchTool['filters']>, at: string): void;
  /** Unix seconds (stores expire). */
  now?: () => number;
}

const isFileSearch = (tool: RequestTool): tool is FileSearchTool => tool.type === 'file_search';

/** The queries a call asks for: `queries` (a list, or one string), or `query` as a model may write it. */
export function queriesOf(args: unknown): string[] {
  if (typeof args !== 'object' || args === null) return [];
  const given = 'queries' in args ? args.queries : 'query' in args ? args.query : undefined;
  const list: unknown[] = Array.isArray(given) ? given : [given];
  return list.flatMap((q) => (typeof q === 'string' && q.trim() ? [q.trim()] : []));
}

export class FileSearch implements HostedTool {
  readonly types = ['file_search'] as const;

  constructor(private readonly deps: FileSearchDeps) {}

  offer(tool: RequestTool): ChatCompletionFunctionTool | undefined {
    if (!isFileSearch(tool)) return undefined;
    return {
      type: 'function',
      function: {
        name: FILE_SEARCH_FUNCTION,
        description:
          "Search the user's files (the documents they uploaded) for passages relevant to a question. " +
          'Use it before answering any question about their files, documents or data. Returns numbered ' +
          'passages, each with the name of its file.',
        parameters: {
          type: 'object',
          properties: {
            queries: {
              type: 'array',
              items: { type: 'string' },
              minItems: 1,
              description: 'What to search the files for: one or more queries, each a question or keywords.',
            },
          },
          required: ['queries'],
          additionalProperties: false,
        },
      },
    };
  }

  async check(tool: RequestTool, at: string, tenant: string): Promise<void> {
    if (!isFileSearch(tool)) return;
    // The contract bounds the list, max_num_results and score_threshold; a filter is checked whole
    // (retrieval knows what each comparison takes), and the stores must be this tenant's.
    if (tool.filters) this.deps.checkFilters(tool.filters, `${at}.filters`);
    const now = this.deps.now?.() ?? Math.floor(Date.now() / 1000);
    for (const [j, id] of tool.vector_store_ids.entries()) {
      const store = await this.deps.stores.get(tenant, id, now);
      if (!store)
        throw badRequest(
          `Vector store with id '${id}' not found.`,
          `${at}.vector_store_ids[${j}]`,
          'invalid_value',
        );
      searchModeOf(store, tool.search_mode, `${at}.search_mode`);
    }
  }

  async *run(call: HostedCall, context: HostedContext): AsyncGenerator<HostedEvent, HostedResult, void> {
    const tool = call.tool as FileSearchTool;
    const queries = queriesOf(call.arguments);
    const item: FileSearchCallItem = {
      type: 'file_search_call',
      id: newId('fs'),
      status: 'in_progress',
      queries,
    };
    let files: CitableFile[] = [];
    const output = yield* runSearchCall({
      item,
      context,
      invalid: queries.length
        ? undefined
        : 'the call needs a "queries" argument: a list of non-empty strings',
      search: (signal) =>
        this.deps.search({
          tenant: context.tenant,
          vectorStoreIds: tool.vector_store_ids,
          queries,
          maxNumResults: tool.max_num_results ?? DEFAULT_MAX_NUM_RESULTS,
          filters: tool.filters,
          rankingOptions: tool.ranking_options,
          searchMode: tool.search_mode,
          signal,
        }),
      found: (hits) => {
        files = hits.map((h) => ({ fileId: h.file_id ?? '', filename: h.filename ?? '' }));
        if (context.include.includes('file_search_call.results')) item.results = hits;
        return resultsText(queries, hits, context.firstNumber);
      },
      // An embedding backend that is down, a store deleted since admission.
      failed: (why) =>
        `The file search failed: ${why}. Answer without it, and say that you could not search the files.`,
    });
    return { item, output, files, firstNumber: context.firstNumber };
  }

  failed(item: ItemField): ItemField {
    return item.type === 'file_search_call' ? { ...item, status: 'failed' } : item;
  }

  annotate(text: string, results: readonly HostedResult[]): FileCitation[] {
    return fileCitations(
      text,
      byNumber(results, (r) => r.files),
    );
  }
}
