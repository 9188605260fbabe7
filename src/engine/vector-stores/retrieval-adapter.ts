/**
 * The Retrieval port (retrieval.ts) over src/retrieval/: extraction, chunking, the Embedder and
 * search. Extraction's typed failures (ExtractionError) become a store file's last_error.
 */
import type { EmbeddingsConfig } from '../../config.js';
import { chunkingOf, chunkText } from '../../retrieval/chunk.js';
import { withEmbeddings, type Embedder } from '../../retrieval/embed.js';
import { ExtractionError, extractText } from '../../retrieval/extract.js';
import { rewriteQuery } from '../../retrieval/rewrite.js';
import { searchVectorStores } from '../../retrieval/search.js';
import type { ChunkIndex } from '../../store/chunks.js';
import type { FileStore } from '../../store/files.js';
import type { EmbeddingSpec, StoreFileError, VectorStoresRepository } from '../../store/vector-stores.js';
import type { Embeddings, Retrieval } from './retrieval.js';

export interface RetrievalSources {
  chunks: Pick<ChunkIndex, 'search'>;
  vectorStores: Pick<VectorStoresRepository, 'completedFiles'>;
  files: Pick<FileStore, 'get'>;
  /** The gateway's one Embedder (also for stores embedded under a model no longer configured). */
  embedder: Embedder;
  /** Undefined: no embedding model; new stores are keyword-only. */
  embeddings: EmbeddingsConfig | undefined;
}

export function retrievalOf(sources: RetrievalSources): Retrieval {
  const { embedder } = sources;
  return {
    embeddings: sources.embeddings && embeddingsOf(embedder, sources.embeddings),
    chunkingOf: (strategy, param) => chunkingOf(strategy, param),
    extract: (file) => failureAsValue(async () => ({ text: await extractText(file) })),
    chunk: (text, chunking) => failureAsValue(() => chunkText(text, chunking)),
    embed: (embedding, chunks, signal) => withEmbeddings(embedder, embedding, chunks, signal),
    async search(tenant, stores, request, signal) {
      const asked = typeof request.query === 'string' ? [request.query] : request.query;
      // The rewritten queries are what is searched, and what search_query shows.
      const queries = request.rewrite_query === true ? asked.map(rewriteQuery) : asked;
      const data = await searchVectorStores(
        { vectorStores: sources.vectorStores, chunks: sources.chunks, files: sources.files, embedder },
        {
          tenant,
          vectorStores: stores,
          queries,
          maxNumResults: request.max_num_results,
          filters: request.filters,
          // There is no reranker: only the threshold of ranking_options changes anything.
          rankingOptions: { score_threshold: request.ranking_options?.score_threshold },
          searchMode: request.search_mode,
          signal,
        },
      );
      return { searchQuery: queries, data };
    },
  };
}

/** Extraction's typed failures (unsupported_file, invalid_file) as the store file's last_error. */
async function failureAsValue<T>(run: () => Promise<T>): Promise<T | { error: StoreFileError }> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ExtractionError) return { error: { code: error.code, message: error.message } };
    throw error;
  }
}

/** The configured model; its dimensions from the config, else learnt from one call and kept. */
function embeddingsOf(embedder: Embedder, config: EmbeddingsConfig): Embeddings {
  let dimensions: Promise<number> | undefined =
    config.dimensions === undefined ? undefined : Promise.resolve(config.dimensions);
  return {
    async spec(): Promise<EmbeddingSpec> {
      // A failed probe is not kept: the next store creation tries again.
      dimensions ??= embedder.dimensionsOf(config.model).catch((error: unknown) => {
        dimensions = undefined;
        throw error;
      });
      return { model: config.model, dimensions: await dimensions };
    },
  };
}
