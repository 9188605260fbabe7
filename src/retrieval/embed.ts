/**
 * Embeddings for vector stores: chunks at ingest and queries at search, through the provider
 * registry (routing, keys, timeouts) in batches. A failed call is retried on 429, 5xx and failed
 * connections by the provider's own retry (backing off, honouring retry-after: Provider.embeddings),
 * with more attempts than an interactive call gets: an ingestion would rather wait than fail.
 */
import { badGateway } from '../errors.js';
import type { Route } from '../providers/registry.js';
import type { ChunkInput } from '../store/chunks.js';
import type { EmbeddingSpec } from '../store/vector-stores.js';
import type { Chunk } from './chunk.js';
import { AS_TEXT, loadEncoding } from './tokenizer.js';

/** What the Embedder needs of the provider registry. */
export interface EmbeddingRoutes {
  route(model: string): Promise<Route>;
}

/** The config's embeddings section (EmbeddingsConfig) fits; only batchSize is required. */
export interface EmbedderOptions {
  /** Inputs per embeddings call (config embeddings.batch_size). */
  batchSize: number;
  /** Tokens per embeddings call (config embeddings.max_batch_tokens); DEFAULT_MAX_BATCH_TOKENS if unset. */
  maxBatchTokens?: number | undefined;
  /** The configured model and dimensions: that model is asked for vectors of that length. */
  model?: string | undefined;
  dimensions?: number | undefined;
  /** Retries of one call after its first attempt. */
  maxRetries?: number;
}

/** An ingestion's batch that failed five times in a row (backing off 0.5, 1, 2, 4 s, or as told) is a failure. */
export const DEFAULT_EMBED_RETRIES = 4;

/**
 * OpenAI refuses an embeddings request of more than 300,000 tokens in all (a 400, not retried).
 * Chunks are counted with o200k, text-embedding-3 counts with cl100k: 10 % of margin for the difference.
 */
export const DEFAULT_MAX_BATCH_TOKENS = 270_000;

/** A text to embed, with its token count when known (a chunk's); a plain text is counted. */
export type EmbeddingInput = string | { text: string; tokens: number };

/** The probe that learns a model's dimensions embeds this. */
const PROBE_TEXT = 'dimensions';

export class Embedder {
  private readonly batchSize: number;
  private readonly maxBatchTokens: number;
  private readonly maxRetries: number;

  constructor(
    private readonly routes: EmbeddingRoutes,
    private readonly options: EmbedderOptions,
  ) {
    this.batchSize = Math.max(1, Math.floor(options.batchSize));
    this.maxRetries = options.maxRetries ?? DEFAULT_EMBED_RETRIES;
    this.maxBatchTokens = Math.max(1, Math.floor(options.maxBatchTokens ?? DEFAULT_MAX_BATCH_TOKENS));
  }

  /**
   * The `dimensions` to send: the configured ones, to the configured model, when the caller expects
   * no other length. Never otherwise: a model that cannot shorten its vectors refuses the field,
   * so a length learnt from a probe is only checked, not asked for.
   */
  private requested(model: string, expected: number | undefined): number | undefined {
    const { model: configured, dimensions } = this.options;
    if (dimensions === undefined || configured !== model) return undefined;
    return expected === undefined || expected === dimensions ? dimensions : undefined;
  }

  /**
   * The inputs cut into consecutive batches of at most batch_size inputs and max_batch_tokens
   * tokens; an input larger than max_batch_tokens by itself goes alone (the upstream judges it).
   */
  private async batches(inputs: readonly EmbeddingInput[]): Promise<string[][]> {
    const needsCounting = inputs.length > 1 && inputs.some((input) => typeof input === 'string');
    const encoding = needsCounting ? await loadEncoding() : undefined;
    const batches: string[][] = [];
    let batch: string[] = [];
    let tokens = 0;
    for (const input of inputs) {
      const text = typeof input === 'string' ? input : input.text;
      const count = typeof input === 'string' ? (encoding?.countTokens(input, AS_TEXT) ?? 0) : input.tokens;
      if (batch.length > 0 && (batch.length >= this.batchSize || tokens + count > this.maxBatchTokens)) {
        batches.push(batch);
        batch = [];
        tokens = 0;
      }
      batch.push(text);
      tokens += count;
    }
    if (batch.length > 0) batches.push(batch);
    return batches;
  }

  /**
   * The embedding of each text, in order, batch after batch. `dimensions`, when given (a store's),
   * is checked: a model that changed its vector length would otherwise corrupt the index.
   */
  async embed(
    model: string,
    texts: readonly EmbeddingInput[],
    signal: AbortSignal,
    dimensions?: number,
  ): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    const { provider, upstreamModel } = await this.routes.route(model);
    const requested = this.requested(model, dimensions);
    const vectors: Float32Array[] = [];
    for (const batch of await this.batches(texts)) {
      const embedded = await provider.embeddings(upstreamModel, batch, signal, {
        maxRetries: this.maxRetries,
        dimensions: requested,
      });
      for (const vector of embedded) {
        const expected = dimensions ?? requested ?? vectors[0]?.length ?? vector.length;
        if (vector.length !== expected || vector.length === 0)
          throw badGateway(
            `Embedding model '${model}' answered a vector of ${vector.length} dimensions where ${expected} were expected.`,
            'upstream_invalid_response',
          );
        vectors.push(Float32Array.from(vector));
      }
    }
    return vectors;
  }

  /**
   * The length of the model's vectors, learnt from one call (at store creation): the configured
   * dimensions for the configured model (asked for, and checked), else the model's own.
   */
  async dimensionsOf(model: string, signal: AbortSignal = new AbortController().signal): Promise<number> {
    const [vector] = await this.embed(model, [PROBE_TEXT], signal);
    return vector!.length;
  }
}

/**
 * A file's chunks as the index takes them: with their embeddings when the store has a model
 * (embedded in batches, each vector checked against the store's dimensions), else as they are.
 */
export async function withEmbeddings(
  embedder: Pick<Embedder, 'embed'>,
  embedding: EmbeddingSpec | null,
  chunks: readonly Chunk[],
  signal: AbortSignal,
): Promise<ChunkInput[]> {
  if (!embedding || chunks.length === 0) return [...chunks];
  const vectors = await embedder.embed(
    embedding.model,
    chunks.map(({ text, tokens }) => ({ text, tokens })),
    signal,
    embedding.dimensions,
  );
  return chunks.map((chunk, i) => ({ ...chunk, embedding: vectors[i] }));
}
