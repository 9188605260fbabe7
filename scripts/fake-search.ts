/**
 * A zero-dependency fake of a SearXNG JSON endpoint on node:http, for tests of the hosted
 * web_search tool. Deterministic: `GET /search?q=…&format=json` answers with the documents of a
 * small fixed corpus that share a word (three letters or more) with the query, in corpus order;
 * `format` other than json is a 403, as SearXNG answers when the format is not enabled. Queries
 * that contain "fail-500" answer 500, "fail-garbage" a 200 HTML page, "fail-slow" after 2 s.
 *
 *   tsx scripts/fake-search.ts [port]
 */
import { createServer, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { listenLocal } from './listen.js';

export interface FakeSearchDocument {
  url: string;
  title: string;
  content: string;
}

export const FAKE_SEARCH_CORPUS: readonly FakeSearchDocument[] = [
  {
    url: 'https://weather.example.com/paris',
    title: 'Paris weather today',
    content: 'Paris: sunny, 21 °C, light wind from the west.',
  },
  {
    url: 'https://news.example.org/paris-marathon',
    title: 'Paris marathon breaks records',
    content: 'The Paris marathon drew 60,000 runners this year.',
  },
  {
    url: 'https://docs.example.net/node/fetch',
    title: 'Node.js fetch',
    content: 'Node.js ships a fetch implementation built on undici.',
  },
  {
    url: 'https://blog.weather.example.com/london',
    title: 'London weather blog',
    content: 'London: rain, 14 °C, as usual.',
  },
];

export interface FakeSearch {
  /** The backend's base URL (what WEB_SEARCH_URL takes). */
  url: string;
  /** Every query received, oldest first. */
  queries: string[];
  close(): Promise<void>;
}

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);

export function searchCorpus(query: string): FakeSearchDocument[] {
  const wanted = words(query);
  return FAKE_SEARCH_CORPUS.filter((d) =>
    [...words(`${d.title} ${d.content} ${d.url}`)].some((w) => wanted.has(w)),
  );
}

export function startFakeSearch({ port = 0, host = '127.0.0.1' } = {}): Promise<FakeSearch> {
  const state: FakeSearch = { url: '', queries: [], close: async () => {} };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
      res.end(body);
    };
    if (req.method !== 'GET' || (url.pathname !== '/search' && url.pathname !== '/'))
      return send(404, 'text/plain', 'not found');
    if (url.searchParams.get('format') !== 'json') return send(403, 'text/html', '<h1>403 Forbidden</h1>');
    const query = url.searchParams.get('q') ?? '';
    state.queries.push(query);
    if (query.includes('fail-500')) return send(500, 'text/html', '<h1>500 Internal Server Error</h1>');
    if (query.includes('fail-garbage')) return send(200, 'text/html', '<html>not json</html>');
    const answer = () =>
      send(
        200,
        'application/json',
        JSON.stringify({
          query,
          number_of_results: 0,
          results: searchCorpus(query).map((d) => ({ ...d, engine: 'fake', score: 1, category: 'general' })),
          answers: [],
          suggestions: [],
          unresponsive_engines: [],
        }),
      );
    if (query.includes('fail-slow')) setTimeout(answer, 2_000).unref();
    else answer();
  });
  return listenLocal(server, port, host).then(({ origin, close }) => {
    state.url = origin;
    state.close = close;
    return state;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const search = await startFakeSearch({ port: Number(process.argv[2] ?? 0) });
  console.log(search.url);
}
