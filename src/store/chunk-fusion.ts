/**
 * The scores of the chunk index, shared by both dialects so that a score means the same on each:
 * every mode's score is in [0, 1], higher is better, and on a fixed scale (never divided by the best
 * hit of the query), so a ranking_options.score_threshold means the same for every query.
 */
import type { ChunkHit, ChunkQuery } from './chunks.js';

/** Reciprocal rank fusion's constant (Cormack et al., 2009): ranks past the first few count for little, never nothing. */
export const RRF_K = 60;

/**
 * A keyword engine's relevance (the negated BM25 of FTS5, ts_rank_cd of PostgreSQL: 0 and up,
 * unbounded) squashed into [0, 1) as x / (x + 1), which is ts_rank_cd's own normalisation 32:
 * monotone, so the ranking is the engine's.
 */
export function keywordScore(relevance: number): number {
  const x = Math.max(0, relevance);
  return x / (x + 1);
}

/**
 * Cosine similarity, clamped into [0, 1]: an embedding pointing away from the query (negative
 * similarity) is as unrelated as an orthogonal one.
 */
export function vectorScore(similarity: number): number {
  return Number.isFinite(similarity) ? Math.min(1, Math.max(0, similarity)) : 0;
}

const keyOf = (hit: ChunkHit) => `${hit.index}\u0000${hit.fileId}`;

/**
 * Reciprocal rank fusion of rankings (best first): a chunk scores the sum over the rankings of
 * 1 / (RRF_K + rank), divided by what a chunk ranked first in every ranking would score, so the
 * score is 1 exactly for that chunk and in (0, 1) for the rest. Ties keep the order of the first
 * ranking that has them, then the next.
 */
export function fuseRankings(rankings: readonly ChunkHit[][], limit: number): ChunkHit[] {
  const best = rankings.length / (RRF_K + 1);
  const fused = new Map<string, { hit: ChunkHit; sum: number; order: number }>();
  for (const ranking of rankings)
    ranking.forEach((hit, i) => {
      const key = keyOf(hit);
      const entry = fused.get(key) ?? { hit, sum: 0, order: fused.size };
      entry.sum += 1 / (RRF_K + i + 1);
      fused.set(key, entry);
    });
  return [...fused.values()]
    .sort((a, b) => b.sum - a.sum || a.order - b.order)
    .slice(0, limit)
    .map(({ hit, sum }) => ({ ...hit, score: best > 0 ? sum / best : 0 }));
}

/** How deep each ranking is read for fusion: a chunk just past `limit` in both rankings can still win. */
export const fusionDepth = (limit: number): number => Math.max(50, 2 * limit);

/** A dialect's two rankings of a query's chunks, each its best `depth` first. */
export interface Rankings {
  keyword(depth: number): ChunkHit[] | Promise<ChunkHit[]>;
  vector(depth: number): ChunkHit[] | Promise<ChunkHit[]>;
}

/** A search in the query's mode over a dialect's rankings; hybrid reads both to fusionDepth and fuses them. */
export async function searchRankings(query: ChunkQuery, rankings: Rankings): Promise<ChunkHit[]> {
  if (query.limit < 1 || query.fileIds?.length === 0) return [];
  if (query.mode !== 'hybrid') return rankings[query.mode](query.limit);
  const depth = fusionDepth(query.limit);
  return fuseRankings(await Promise.all([rankings.keyword(depth), rankings.vector(depth)]), query.limit);
}
