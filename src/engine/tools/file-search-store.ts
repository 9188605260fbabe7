/**
 * The file_search tool's collaborators on the gateway's own store: the tenant's vector stores and
 * retrieval's searchVectorStores — the one search, which POST /v1/vector_stores/{id}/search runs
 * too — with its filter parser. A search makes its stores active, as a search request does.
 */
import { notFound } from '../../errors.js';
import { parseFilter } from '../../retrieval/filters.js';
import { searchVectorStores, type SearchDeps } from '../../retrieval/search.js';
import type { VectorStoreRecord, VectorStoresRepository } from '../../store/vector-stores.js';
import type { FileSearchDeps } from './file-search.js';

export interface StoreSearchDeps extends Omit<SearchDeps, 'vectorStores'> {
  vectorStores: Pick<VectorStoresRepository, 'get' | 'touch' | 'completedFiles'>;
  /** Unix seconds. */
  now?: () => number;
}

export function storeFileSearch(deps: StoreSearchDeps): FileSearchDeps {
  const now = deps.now ?? (() => Math.floor(Date.now() / 1000));
  const repo = deps.vectorStores;
  return {
    stores: repo,
    now,
    checkFilters: (filters, at) => void parseFilter(filters, at),
    async search(request) {
      const at = now();
      const stores: VectorStoreRecord[] = [];
      for (const id of request.vectorStoreIds) {
        const store = await repo.get(request.tenant, id, at);
        // Deleted or expired since the request was admitted: a failed call the model hears of.
        if (!store) throw notFound(`Vector store with id '${id}' not found.`, 'vector_store_ids');
        stores.push(store);
      }
      const results = await searchVectorStores(deps, {
        tenant: request.tenant,
        vectorStores: stores,
        queries: request.queries,
        maxNumResults: request.maxNumResults,
        filters: request.filters,
        rankingOptions: request.rankingOptions,
        searchMode: request.searchMode,
        signal: request.signal,
      });
      await Promise.all(stores.map((store) => repo.touch(request.tenant, store.id, at)));
      return results.map((r) => ({
        file_id: r.file_id,
        filename: r.filename,
        score: r.score,
        text: r.content.map((part) => part.text).join('\n'),
        attributes: r.attributes,
      }));
    },
  };
}
