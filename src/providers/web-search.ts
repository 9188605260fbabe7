/**
 * The search backend of the hosted web_search tool: a SearXNG-compatible JSON endpoint
 * (`GET <url>/search?q=…&format=json` → `{results: [{url, title, content, …}]}`), reached through
 * the same transport as the providers, with one time limit on the whole call. Its failures are
 * mapped here, once, to the gateway's errors; the engine turns them into a failed web_search_call.
 */
import type { WebSearchConfig } from '../config.js';
import { ApiError, badGateway, gatewayTimeout } from '../errors.js';
import type { Transport } from './transport.js';
import { transportCode } from './upstream-errors.js';

/** One search result, as the model and the client see it. */
export interface SearchResult {
  url: string;
  title: string;
  /** The backend's snippet of the page; may be empty. */
  content: string;
}

/** What the engine needs of a search backend. */
export interface WebSearchBackend {
  /** Answers from its own index without the live web (WebSearchConfig.offline). */
  readonly offline: boolean;
  /** Results given to the model per search at search_context_size "medium". */
  readonly maxResults: number;
  /** The results for a query, best first; throws an ApiError (or the abort, when `signal` fired). */
  search(query: string, signal: AbortSignal): Promise<SearchResult[]>;
}

/** A reply larger than this is not a page of search results. */
const MAX_REPLY_BYTES = 4 * 1024 * 1024;

type Json = Record<string, unknown>;

const isHttpUrl = (value: unknown): value is string =>
  typeof value === 'string' && URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);

/** The results of a SearXNG JSON reply; entries without an http(s) URL are dropped. */
export function parseResults(body: unknown): SearchResult[] | undefined {
  const results = body && typeof body === 'object' ? (body as Json).results : undefined;
  if (!Array.isArray(results)) return undefined;
  return results.flatMap((r: unknown) => {
    const { url, title, content } = (r && typeof r === 'object' ? r : {}) as Json;
    if (!isHttpUrl(url)) return [];
    const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
    return [{ url, title: text(title) || url, content: text(content) }];
  });
}

export class SearxngBackend implements WebSearchBackend {
  readonly offline: boolean;
  readonly maxResults: number;

  constructor(
    private readonly config: WebSearchConfig,
    private readonly transport: Transport,
  ) {
    this.offline = config.offline;
    this.maxResults = config.maxResults;
  }

  async search(query: string, signal: AbortSignal): Promise<SearchResult[]> {
    const url = `${this.config.url}/search?${new URLSearchParams({ q: query, format: 'json' })}`;
    const timeout = AbortSignal.timeout(this.config.timeoutMs);
    const both = AbortSignal.any([signal, timeout]);
    let text: string;
    let status: number;
    try {
      const reply = await this.transport(url, {
        method: 'GET',
        headers: { accept: 'application/json' },
        body: null,
        signal: both,
        headersTimeout: this.config.timeoutMs,
        bodyTimeout: this.config.timeoutMs,
      });
      status = reply.status;
      text = await readCapped(reply.body);
    } catch (error) {
      if (signal.aborted) throw signal.reason ?? error;
      throw this.failure(error, timeout.aborted);
    }
    if (status < 200 || status >= 300) throw this.statusFailure(status);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const results = parseResults(body);
    if (!results)
      throw badGateway(
        'The web search backend answered with something other than SearXNG JSON results.',
        'web_search_invalid_response',
      );
    return results;
  }

  /** A call that got no complete reply: the time limit, or no connection. */
  private failure(error: unknown, timedOut: boolean): ApiError {
    if (error instanceof ApiError) return error;
    const code = transportCode(error);
    if (timedOut || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT')
      return gatewayTimeout(
        `The web search backend did not answer within ${this.config.timeoutMs / 1000} s (web_search.timeout).`,
      );
    return badGateway(
      `The web search backend is unreachable: ${(error as Error)?.message ?? String(error)}.`,
      'web_search_unreachable',
    );
  }

  private statusFailure(status: number): ApiError {
    // SearXNG refuses a format that its settings.yml does not enable with 403.
    const hint = status === 403 ? ' (is "json" in its settings.yml search.formats?)' : '';
    return badGateway(`The web search backend failed with status ${status}${hint}.`, 'web_search_failed');
  }
}

async function readCapped(body: AsyncIterable<Uint8Array> & { cancel(): void }): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > MAX_REPLY_BYTES) {
      body.cancel();
      throw badGateway(
        `The web search backend's reply is larger than ${MAX_REPLY_BYTES} bytes.`,
        'web_search_invalid_response',
      );
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
