/**
 * Text for the retrieval bench, made up but shaped like prose: a seeded generator draws words by
 * Zipf's law (rank r with weight 1 / r, as English word frequencies go) from a vocabulary whose
 * first 127 ranks are PostgreSQL's English stop words (the commonest first) and the rest 30,000
 * pronounceable made-up words, so that, as in English, about half the words are stop words and the
 * commonest content word is about the 130th word, in sentences of 6–20 words. Queries are 3–6
 * words drawn the same way, as a user's question would be. Deterministic for a seed, so two runs
 * search the same corpus with the same queries.
 */
import { ENGLISH_STOP_WORDS } from '../src/store/chunk-terms.js';

const COMMONEST =
  'the of and to a in is that for it as with was on be by this are or at from an not which but'.split(' ');
const STOP = [...COMMONEST, ...ENGLISH_STOP_WORDS.filter((word) => !COMMONEST.includes(word))];
const ONSETS = 'b c d f g h j k l m n p r s t v w z br cl dr fl gr pl st tr sh ch th'.split(' ');
const VOWELS = 'a e i o u ai ea io ou'.split(' ');
const CODAS = ['', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'ck'];

/** mulberry32: small, fast and good enough to draw words with. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A sampler of indexes 0..n-1 by Zipf's law (binary search over the cumulative weights). */
function zipf(n: number, exponent: number, next: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) cumulative[r] = total += 1 / (r + 1) ** exponent;
  return () => {
    const x = next() * total;
    let [lo, hi] = [0, n - 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface Corpus {
  /** A chunk's text of about `words` words. */
  chunk(words: number): string;
  /** A query of 3–6 words. */
  query(): string;
}

export function corpus(seed: number, vocabularySize = 30_000): Corpus {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const seen = new Set<string>(STOP);
  const vocabulary: string[] = [];
  while (vocabulary.length < vocabularySize) {
    let word = '';
    const syllables = 1 + Math.floor(next() * 3.5);
    for (let s = 0; s < syllables; s++) word += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
    if (!seen.has(word)) {
      seen.add(word);
      vocabulary.push(word);
    }
  }
  const words = [...STOP, ...vocabulary];
  const rank = zipf(words.length, 1, next);
  const word = () => words[rank()]!;

  return {
    chunk(words) {
      const sentences: string[] = [];
      for (let n = 0; n < words;) {
        const length = Math.min(words - n, 6 + Math.floor(next() * 15));
        const sentence = Array.from({ length }, word).join(' ');
        sentences.push(sentence[0]!.toUpperCase() + sentence.slice(1) + '.');
        n += length;
      }
      return sentences.join(' ');
    },
    query() {
      return Array.from({ length: 3 + Math.floor(next() * 4) }, word).join(' ');
    },
  };
}
