/**
 * The Retrieval port (retrieval.ts) over src/retrieval/: extraction, chunking, the Embedder and
 * search. Extraction's typed failures (ExtractionError) become a store file's last_error.
 */
import type { EmbeddingsConfig } from '../../config.js';
import { chunkingOf, chunkText } from '../../retrieval/chunk.js';
import { Embedder, type EmbeddingRoutes } from '../../retrieval/embed.js';
import { ExtractionError, extractText } from '../../retrieval/extract.js';
import { searchVectorStores } from '../../retrieval/search.js';
import type { ChunkIndex } from '../../store/chunks.js';
import type { FileStore } from '../../store/files.js';
import type { EmbeddingSpec, VectorStoresRepository } from '../../store/vector-stores.js';
import type { Embeddings, Retrieval } from './retrieval.js';

export interface RetrievalSources {
  chunks: Pick<ChunkIndex, 'search'>;
  vectorStores: Pick<VectorStoresRepository, 'completedFiles'>;
  files: Pick<FileStore, 'get'>;
  routes: EmbeddingRoutes;
  /** Undefined: no embedding model; new stores are keyword-only. */
  embeddings: EmbeddingsConfig | undefined;
}

/** Inputs per embeddings call for stores embedded under a model that is no longer configured. */
const FALLBACK_BATCH = 64;

export function retrievalOf(sources: RetrievalSources): Retrieval {
  // Also without a configured model: a store embedded under an earlier one still embeds its queries.
  const embedder = new Embedder(sources.routes, {
    batchSize: sources.embeddings?.batchSize ?? FALLBACK_BATCH,
  });
  return {
    embeddings: sources.embeddings && embeddingsOf(embedder, sources.embeddings),
    chunkingOf: (strategy, param) => chunkingOf(strategy, param),
    async extract(file) {
      try {
        return { text: await extractText(file) };
      } catch (error) {
        if (error instanceof ExtractionError) return { error: { code: error.code, message: error.message } };
        throw error;
      }
    },
    chunk: (text, chunking) => chunkText(text, chunking),
    async search(tenant, stores, request, signal) {
      const queries = typeof request.query === 'string' ? [request.query] : request.query;
      const data = await searchVectorStores(
        { vectorStores: sources.vectorStores, chunks: sources.chunks, files: sources.files, embedder },
        {
          tenant,
          vectorStores: stores,
          queries,
          maxNumResults: request.max_num_results,
          filters: request.filters,
          rankingOptions: request.ranking_options,
          searchMode: request.search_mode,
          signal,
        },
      );
      return { searchQuery: queries, data };
    },
  };
}

/** The configured model; its dimensions from the config, else learnt from one call and kept. */
function embeddingsOf(embedder: Embedder, config: EmbeddingsConfig): Embeddings {
  let dimensions: Promise<number> | undefined =
    config.dimensions === undefined ? undefined : Promise.resolve(config.dimensions);
  return {
    batchSize: config.batchSize,
    async spec(): Promise<EmbeddingSpec> {
      // A failed probe is not kept: the next store creation tries again.
      dimensions ??= embedder.dimensionsOf(config.model).catch((error: unknown) => {
        dimensions = undefined;
        throw error;
      });
      return { model: config.model, dimensions: await dimensions };
    },
    embed: (spec, texts, signal = new AbortController().signal) =>
      embedder.embed(spec.model, texts, signal, spec.dimensions),
  };
}
