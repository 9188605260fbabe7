/**
 * A user's search text as the terms both dialects' keyword search ORs together. Terms are runs of
 * letters and digits, so nothing the user typed can reach FTS5's or tsquery's syntax: a query with
 * quotes, stars, colons or NEAR is searched for its words, never a syntax error.
 */

/**
 * PostgreSQL's English stop words (tsearch_data/english.stop, the 'english' configuration that
 * builds the tsv column), so that SQLite drops the same words: a query's "the" or "of" matches
 * nearly every chunk, adding nothing to the ranking and costing a scan of the whole index.
 */
export const ENGLISH_STOP_WORDS: readonly string[] =
  'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them their theirs themselves what which who whom this that these those am is are was were be been being have has had having do does did doing a an the and but if or because as until while of at by for with about against between into through during before after above below to from up down in out on off over under again further then once here there when where why how all any both each few more most other some such no nor not only own same so than too very s t can will just don should now'.split(
    ' ',
  );

const STOP_WORDS = new Set(ENGLISH_STOP_WORDS);

/** A pasted paragraph is still one query; more terms than this add cost, not ranking. */
export const MAX_QUERY_TERMS = 64;

/**
 * The query's distinct words, lower-cased, without stop words, at most MAX_QUERY_TERMS. A query of
 * stop words alone has none, and finds nothing on either dialect (PostgreSQL drops them whatever
 * it is sent).
 */
export function queryTerms(text: string): string[] {
  const words = new Set(text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu));
  return [...words].filter((word) => !STOP_WORDS.has(word)).slice(0, MAX_QUERY_TERMS);
}
