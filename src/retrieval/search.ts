/**
 * The one vector-store search, behind both POST /v1/vector_stores/{id}/search and the file_search
 * tool: filters over the stores' completed files, each store searched in its mode (with queries
 * embedded by the store's own model when it needs vectors), every store's and query's hits merged
 * best first, one result per chunk, cut at the threshold and the count asked for.
 */
import type { FileSearchRankingOptions, VectorStoreSearchResultItem } from '../api-types.js';
import { badRequest } from '../errors.js';
import type { ChunkHit, ChunkIndex } from '../store/chunks.js';
import type { FileStore } from '../store/files.js';
import type {
  Attributes,
  EmbeddingSpec,
  SearchMode,
  VectorStoreRecord,
  VectorStoresRepository,
} from '../store/vector-stores.js';
import type { Embedder } from './embed.js';
import { parseFilter, passingFiles, type AttributeFilter } from './filters.js';

export interface SearchDeps {
  vectorStores: Pick<VectorStoresRepository, 'completedFiles'>;
  chunks: Pick<ChunkIndex, 'search'>;
  files: Pick<FileStore, 'get'>;
  /** Embeds queries for stores with embeddings, with each store's model. */
  embedder: Pick<Embedder, 'embed'>;
}

export interface SearchRequest {
  tenant: string;
  /** The stores to search (found, not expired: the caller looked them up). */
  vectorStores: readonly VectorStoreRecord[];
  /** One or more queries (a request's `query`, or the queries a model asked for). */
  queries: readonly string[];
  /** 1–50; 10 when absent. */
  maxNumResults?: number | undefined;
  /** The request's filters as sent: checked here, so no caller can skip the check. */
  filters?: unknown;
  /** score_threshold is applied; there is no reranker, so ranker (and hybrid_search's weights) change nothing. */
  rankingOptions?: FileSearchRankingOptions | undefined;
  /** The request's mode; absent: each store's default, else hybrid with embeddings, keyword without. */
  searchMode?: SearchMode | undefined;
  signal: AbortSignal;
  /** Put before every param named in errors: '' for the search endpoint, `tools[0].` for a tool. */
  paramPrefix?: string;
}

/** A result as the search endpoint returns it; the file_search tool takes its fields from it. */
export type SearchResult = VectorStoreSearchResultItem;

export const DEFAULT_MAX_RESULTS = 10;
export const MAX_RESULTS = 50;
const MODES = new Set<string>(['keyword', 'vector', 'hybrid']);

/** The mode a store is searched in, or a 400 when it asks for vectors the store does not have. */
export function searchModeOf(
  store: VectorStoreRecord,
  requested: SearchMode | undefined,
  param = 'search_mode',
): SearchMode {
  if (requested !== undefined && !MODES.has(requested))
    throw badRequest(`Invalid '${param}': expected one of keyword, vector or hybrid.`, param);
  const mode = requested ?? store.searchMode ?? (store.embedding ? 'hybrid' : 'keyword');
  if (mode !== 'keyword' && !store.embedding)
    throw badRequest(
      `Vector store ${store.id} has no embeddings (no embedding model was configured when it was created), so it can only be searched with search_mode 'keyword', not '${mode}'.`,
      param,
    );
  return mode;
}

interface Checked {
  limit: number;
  threshold: number | undefined;
  filter: AttributeFilter | undefined;
  queries: string[];
  modes: SearchMode[];
}

function checked(request: SearchRequest): Checked {
  const prefix = request.paramPrefix ?? '';
  const limit = request.maxNumResults ?? DEFAULT_MAX_RESULTS;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RESULTS)
    throw badRequest(
      `Invalid '${prefix}max_num_results': expected an integer from 1 to ${MAX_RESULTS}, got ${limit}.`,
      `${prefix}max_num_results`,
    );
  const threshold = request.rankingOptions?.score_threshold;
  if (threshold !== undefined && !(typeof threshold === 'number' && threshold >= 0 && threshold <= 1))
    throw badRequest(
      `Invalid '${prefix}ranking_options.score_threshold': expected a number from 0 to 1.`,
      `${prefix}ranking_options.score_threshold`,
    );
  const queries = [...new Set(request.queries.map((q) => q.trim()).filter(Boolean))];
  if (queries.length === 0)
    throw badRequest(`Invalid '${prefix}query': expected a non-empty query.`, `${prefix}query`);
  const filter =
    request.filters === undefined || request.filters === null
      ? undefined
      : parseFilter(request.filters, `${prefix}filters`);
  const modes = request.vectorStores.map((store) =>
    searchModeOf(store, request.searchMode, `${prefix}search_mode`),
  );
  return { limit, threshold, filter, queries, modes };
}

const specKey = (spec: EmbeddingSpec) => `${spec.dimensions}:${spec.model}`;

/** The queries' embeddings for every store model that is needed, each model asked once. */
async function queryEmbeddings(
  deps: SearchDeps,
  request: SearchRequest,
  { queries, modes }: Checked,
): Promise<Map<string, Float32Array[]>> {
  const specs = new Map<string, EmbeddingSpec>();
  request.vectorStores.forEach((store, i) => {
    if (modes[i] !== 'keyword' && store.embedding) specs.set(specKey(store.embedding), store.embedding);
  });
  const embedded = new Map<string, Float32Array[]>();
  await Promise.all(
    [...specs].map(async ([key, spec]) => {
      embedded.set(key, await deps.embedder.embed(spec.model, queries, request.signal, spec.dimensions));
    }),
  );
  return embedded;
}

interface Hit extends ChunkHit {
  attributes: Attributes | null;
}

/** One store's hits for every query, only of files that pass the filter. */
async function storeHits(
  deps: SearchDeps,
  request: SearchRequest,
  check: Checked,
  embeddings: Map<string, Float32Array[]>,
  index: number,
): Promise<Hit[]> {
  const store = request.vectorStores[index]!;
  const files = await deps.vectorStores.completedFiles(request.tenant, store.id);
  const allowed = check.filter ? passingFiles(check.filter, files) : undefined;
  if (files.size === 0 || allowed?.length === 0) return [];
  const mode = check.modes[index]!;
  const vectors =
    store.embedding && mode !== 'keyword' ? embeddings.get(specKey(store.embedding)) : undefined;
  const perQuery = await Promise.all(
    check.queries.map((text, q) =>
      deps.chunks.search(request.tenant, {
        vectorStoreId: store.id,
        text,
        embedding: vectors?.[q],
        mode,
        limit: check.limit,
        fileIds: allowed,
      }),
    ),
  );
  const hits: Hit[] = [];
  for (const hit of perQuery.flat()) {
    // A file no longer completed (re-ingested or detached since) is not a result.
    if (!files.has(hit.fileId)) continue;
    hits.push({ ...hit, attributes: files.get(hit.fileId) ?? null });
  }
  return hits;
}

/**
 * Best score first; one result per chunk text of a file (the same chunk found by several queries,
 * or the same file in several stores, is shown once, with its best score).
 */
function merged(hits: Hit[], { limit, threshold }: Checked): Hit[] {
  const best = new Map<string, Hit>();
  for (const hit of hits) {
    if (threshold !== undefined && hit.score < threshold) continue;
    const key = `${hit.fileId}\n${hit.text}`;
    const seen = best.get(key);
    if (!seen || hit.score > seen.score) best.set(key, hit);
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.fileId.localeCompare(b.fileId) || a.index - b.index)
    .slice(0, limit);
}

export async function searchVectorStores(deps: SearchDeps, request: SearchRequest): Promise<SearchResult[]> {
  const check = checked(request);
  const embeddings = await queryEmbeddings(deps, request, check);
  const hits = await Promise.all(
    request.vectorStores.map((_, i) => storeHits(deps, request, check, embeddings, i)),
  );
  const top = merged(hits.flat(), check);
  const filenames = new Map<string, string | undefined>();
  await Promise.all(
    [...new Set(top.map((hit) => hit.fileId))].map(async (id) => {
      filenames.set(id, (await deps.files.get(request.tenant, id))?.file.filename);
    }),
  );
  const results: SearchResult[] = [];
  for (const hit of top) {
    const filename = filenames.get(hit.fileId);
    // Deleted while the search ran: its chunks are going too.
    if (filename === undefined) continue;
    results.push({
      file_id: hit.fileId,
      filename,
      score: hit.score,
      attributes: hit.attributes,
      content: [{ type: 'text', text: hit.text }],
    });
  }
  return results;
}
