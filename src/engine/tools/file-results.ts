/**
 * A file search's results as a chat model reads them: numbered passages with their file names,
 * both when the gateway runs the search (file-search.ts) and when an earlier turn's
 * file_search_call goes back to a model (calls.ts). Pure.
 */
import type { FileSearchCallItem, FileSearchCallResult } from '../../api-types.js';

/** The function a chat model is offered for the file_search tool, and calls it by. */
export const FILE_SEARCH_FUNCTION = 'file_search';

/** One result as the item carries it (include file_search_call.results), OpenAI's shape. */
export type FileSearchHit = FileSearchCallResult;

const quoted = (queries: readonly string[]) => queries.map((q) => JSON.stringify(q)).join(', ');

/** The results, numbered from `first`, each with its file's name and id and the passage's text. */
export function resultsListing(
  queries: readonly string[],
  hits: readonly FileSearchHit[],
  first: number,
): string {
  if (!hits.length) return `No passages of the files matched ${quoted(queries)}.`;
  const listed = hits.map(
    (h, i) =>
      `[${first + i}] ${h.filename ?? h.file_id ?? 'file'}${h.file_id ? ` (${h.file_id})` : ''}\n${h.text ?? ''}`,
  );
  return `File search results for ${quoted(queries)}:\n\n${listed.join('\n\n')}`;
}

/** The results as the model gets them from a search the gateway ran, with how to cite them. */
export function resultsText(
  queries: readonly string[],
  hits: readonly FileSearchHit[],
  first: number,
): string {
  const listing = resultsListing(queries, hits, first);
  if (!hits.length) return `${listing} Say so if the answer needs them; do not make up their content.`;
  return (
    `${listing}\n\n` +
    `Cite a passage you use by its number in brackets, as [${first}], right after the statement it supports.`
  );
}

/** What an earlier turn's file_search_call tells a model: its results when the item kept them. */
export function searchedText(item: FileSearchCallItem): string {
  if (item.status === 'failed') return `The file search for ${quoted(item.queries)} failed.`;
  if (item.results) return resultsListing(item.queries, item.results, 1);
  return `The files were searched for ${quoted(item.queries)}; the results were not kept.`;
}
