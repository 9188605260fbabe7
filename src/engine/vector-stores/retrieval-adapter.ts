/**
 * PROVISIONAL: the Retrieval port until src/retrieval/ lands (then this file adapts its extract,
 * chunkingOf, chunk, Embedder and searchVectorStores). Plain text only, chunks by paragraphs, keyword
 * search without filters.
 */
import { badRequest } from '../../errors.js';
import type { ChunkIndex } from '../../store/chunks.js';
import type { FileStore } from '../../store/files.js';
import type { Retrieval } from './retrieval.js';

export function retrievalOf(chunks: ChunkIndex, files: Pick<FileStore, 'get'>): Retrieval {
  return {
    embeddings: undefined,
    chunkingOf(strategy, param) {
      if (!strategy || strategy.type === 'auto') return { maxChunkSizeTokens: 800, chunkOverlapTokens: 400 };
      const { max_chunk_size_tokens: max, chunk_overlap_tokens: overlap } = strategy.static;
      if (max < 100 || max > 4096)
        throw badRequest('max_chunk_size_tokens must be 100–4096.', `${param}.static.max_chunk_size_tokens`);
      if (overlap < 0 || overlap > max / 2)
        throw badRequest(
          'chunk_overlap_tokens must not exceed half of max_chunk_size_tokens.',
          `${param}.static.chunk_overlap_tokens`,
        );
      return { maxChunkSizeTokens: max, chunkOverlapTokens: overlap };
    },
    async extract(file) {
      if (!file.mimeType.startsWith('text/') && file.mimeType !== 'application/json')
        return {
          error: { code: 'unsupported_file', message: `Files of type ${file.mimeType} are not supported.` },
        };
      return { text: file.bytes.toString('utf8') };
    },
    async chunk(text) {
      return text
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p, index) => ({ index, text: p, tokens: p.split(/\s+/).length }));
    },
    async search(tenant, stores, request) {
      const queries = typeof request.query === 'string' ? [request.query] : request.query;
      const limit = request.max_num_results ?? 10;
      const hits = [];
      for (const store of stores)
        for (const text of queries)
          hits.push(
            ...(await chunks.search(tenant, { vectorStoreId: store.id, text, mode: 'keyword', limit })),
          );
      hits.sort((a, b) => b.score - a.score);
      const data = [];
      for (const hit of hits.slice(0, limit)) {
        const file = await files.get(tenant, hit.fileId);
        data.push({
          file_id: hit.fileId,
          filename: file?.file.filename ?? '',
          score: hit.score,
          attributes: null,
          content: [{ type: 'text' as const, text: hit.text }],
        });
      }
      return { searchQuery: queries, data };
    },
  };
}
