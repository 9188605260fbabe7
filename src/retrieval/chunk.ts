/**
 * Static chunking, as OpenAI's vector stores do it: a file's text cut into windows of at most
 * max_chunk_size_tokens tokens, each starting chunk_overlap_tokens before the previous one ended,
 * counted with the project's BPE tokenizer (tokenizer.ts). Chunks are cut on token boundaries and
 * decoded back, so a chunk's text is a slice of the file's text.
 */
import type { ChunkingStrategyResponse } from '../api-types.js';
import { badRequest } from '../errors.js';
import type { ChunkInput } from '../store/chunks.js';
import type { Chunking } from '../store/vector-stores.js';
import { ExtractionError } from './extract.js';
import {
  AS_TEXT,
  continuesCharacter,
  loadEncoding,
  loadVocabulary,
  pieces,
  turnTaker,
  type Encoding,
} from './tokenizer.js';

export const DEFAULT_CHUNKING: Readonly<Chunking> = { maxChunkSizeTokens: 800, chunkOverlapTokens: 400 };
export const MIN_CHUNK_TOKENS = 100;
export const MAX_CHUNK_TOKENS = 4096;

/** A chunk as the index stores it, before any embedding. */
export type Chunk = Omit<ChunkInput, 'embedding'>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

function integerIn(value: unknown, param: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw badRequest(
      `Invalid '${param}': expected an integer, but got ${JSON.stringify(value)} instead.`,
      param,
    );
  if (value < min)
    throw badRequest(
      `Invalid '${param}': integer below minimum value. Expected a value >= ${min}, but got ${value} instead.`,
      param,
    );
  if (value > max)
    throw badRequest(
      `Invalid '${param}': integer above maximum value. Expected a value <= ${max}, but got ${value} instead.`,
      param,
    );
  return value;
}

/**
 * A request's chunking_strategy as the chunking it means: absent or `auto` is 800 tokens with 400
 * of overlap; `static` is validated as OpenAI does (size 100–4096, overlap at most half the size).
 * `param` names the field in errors (`chunking_strategy`, `files[2].chunking_strategy`).
 */
export function chunkingOf(strategy: unknown, param = 'chunking_strategy'): Chunking {
  if (strategy === undefined || strategy === null || strategy === 'auto') return { ...DEFAULT_CHUNKING };
  if (!isObject(strategy)) throw badRequest(`Invalid '${param}': expected an object.`, param);
  if (strategy.type === 'auto') return { ...DEFAULT_CHUNKING };
  if (strategy.type !== 'static')
    throw badRequest(
      `Invalid '${param}.type': expected one of 'auto' or 'static', but got ${JSON.stringify(strategy.type)}.`,
      `${param}.type`,
    );
  const fields = strategy.static;
  if (!isObject(fields))
    throw badRequest(`Missing required parameter: '${param}.static'.`, `${param}.static`);
  const sizeParam = `${param}.static.max_chunk_size_tokens`;
  const overlapParam = `${param}.static.chunk_overlap_tokens`;
  if (fields.max_chunk_size_tokens === undefined)
    throw badRequest(`Missing required parameter: '${sizeParam}'.`, sizeParam);
  if (fields.chunk_overlap_tokens === undefined)
    throw badRequest(`Missing required parameter: '${overlapParam}'.`, overlapParam);
  const size = integerIn(fields.max_chunk_size_tokens, sizeParam, MIN_CHUNK_TOKENS, MAX_CHUNK_TOKENS);
  const overlap = integerIn(fields.chunk_overlap_tokens, overlapParam, 0, Number.MAX_SAFE_INTEGER);
  if (overlap > size / 2)
    throw badRequest(
      `Invalid '${overlapParam}': chunk_overlap_tokens must not exceed half of max_chunk_size_tokens (${size}), but got ${overlap}.`,
      overlapParam,
    );
  return { maxChunkSizeTokens: size, chunkOverlapTokens: overlap };
}

/** The chunking as the API shows it on a store file (it is always static once stored). */
export function chunkingStrategyOf(
  chunking: Chunking,
): Extract<ChunkingStrategyResponse, { type: 'static' }> {
  return {
    type: 'static',
    static: {
      max_chunk_size_tokens: chunking.maxChunkSizeTokens,
      chunk_overlap_tokens: chunking.chunkOverlapTokens,
    },
  };
}

/**
 * OpenAI's limit on the tokens of one vector store file. It also bounds what chunking holds: the
 * tokens of a 500 MB text file, a JS number each, and its chunks would exhaust the heap.
 */
export const MAX_FILE_TOKENS = 5_000_000;

/**
 * A text's tokens, in pieces the tokenizer handles fast, taking turns with other work; an
 * ExtractionError as soon as there are more than `maxTokens`.
 */
async function tokenize(encoding: Encoding, text: string, maxTokens: number): Promise<number[]> {
  const tokens: number[] = [];
  const turn = turnTaker();
  for (const piece of pieces(text)) {
    for (const token of encoding.encode(piece, AS_TEXT)) tokens.push(token);
    if (tokens.length > maxTokens)
      throw new ExtractionError(
        'invalid_file',
        `The file has more than ${maxTokens} tokens, more than a vector store file may have.`,
      );
    await turn(piece.length);
  }
  return tokens;
}

/**
 * The file's text as chunks; an empty (or all-whitespace) text has none. A text of more than
 * `maxTokens` tokens (MAX_FILE_TOKENS) is refused with an ExtractionError (invalid_file).
 */
export async function chunkText(
  text: string,
  chunking: Chunking = DEFAULT_CHUNKING,
  { maxTokens = MAX_FILE_TOKENS }: { maxTokens?: number } = {},
): Promise<Chunk[]> {
  if (!text.trim()) return [];
  const [encoding, vocabulary] = await Promise.all([loadEncoding(), loadVocabulary()]);
  const tokens = await tokenize(encoding, text, maxTokens);
  /**
   * A token boundary can fall inside a character (o200k has tokens for parts of a CJK character or
   * an emoji). A chunk cut there would begin or end with stray bytes; and gpt-tokenizer decodes with
   * one streaming TextDecoder shared by every caller, which would keep an unfinished character's
   * bytes for whoever decodes next. So cuts move to the nearest character boundary.
   */
  const insideCharacter = (at: number) => at < tokens.length && continuesCharacter(vocabulary, tokens[at]!);
  const { maxChunkSizeTokens: size, chunkOverlapTokens: overlap } = chunking;
  const chunks: Chunk[] = [];
  const turn = turnTaker();
  for (let start = 0; start < tokens.length;) {
    let end = Math.min(start + size, tokens.length);
    while (end > start + 1 && insideCharacter(end)) end--;
    chunks.push({
      index: chunks.length,
      text: encoding.decode(tokens.slice(start, end)),
      tokens: end - start,
    });
    if (end === tokens.length) break;
    // Decoding runs on the event loop as tokenizing does; a token is about 4 characters.
    await turn((end - start) * 4);
    let next = Math.max(end - overlap, start + 1);
    while (next < end && insideCharacter(next)) next++;
    start = next;
  }
  return chunks;
}
