/**
 * rewrite_query without a model: a natural-language question becomes its content words, the same
 * terms the keyword index ORs together (src/store/chunk-terms.ts), so that what the search endpoint
 * returns in `search_query` is exactly what was searched — for keywords and for the embedded query.
 * "When does the badger survey start?" → "badger survey start". Deterministic: the same query always
 * rewrites the same way.
 */
import { queryTerms } from '../store/chunk-terms.js';

/** The query's content words in the order typed; a query of stop words alone keeps its own text. */
export function rewriteQuery(query: string): string {
  const terms = queryTerms(query);
  return terms.length > 0 ? terms.join(' ') : query;
}
