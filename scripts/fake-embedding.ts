/**
 * The fake upstream's embeddings when a request asks for `dimensions` (and the retrieval bench's,
 * computed in-process with the same function): a hashed bag of words (feature hashing, a signed
 * bucket per word), unit length. Deterministic, and texts sharing words are near each other, so a
 * vector search over them ranks something meaningful, as a real model's would.
 */

/** FNV-1a, 32 bits. */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function fakeEmbedding(text: string, dimensions: number): Float32Array {
  const vector = new Float32Array(dimensions);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const h = hash(word);
    vector[h % dimensions]! += h & 0x80000000 ? -1 : 1;
  }
  let norm = Math.hypot(...vector);
  if (norm === 0) {
    // A text with no words still gets a vector of unit length.
    vector[0] = 1;
    norm = 1;
  }
  for (let i = 0; i < dimensions; i++) vector[i]! /= norm;
  return vector;
}
