/** Small fakes of what the vector-store engine uses: uploaded files and retrieval. */
import { ApiError, badRequest } from '../../../src/errors.js';
import type { FileRecord } from '../../../src/store/files.js';
import type { Retrieval, Embeddings } from '../../../src/engine/vector-stores/retrieval.js';
import type { EmbeddingSpec } from '../../../src/store/vector-stores.js';

export class FakeFiles {
  readonly files = new Map<string, { record: FileRecord; bytes: Buffer }>();

  add(id: string, text: string | Buffer, mimeType = 'text/plain', filename = `${id}.txt`): string {
    const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
    const file = {
      id,
      object: 'file' as const,
      bytes: bytes.length,
      created_at: 1,
      filename,
      purpose: 'assistants' as const,
      status: 'processed' as const,
    };
    this.files.set(`default/${id}`, { record: { file, mimeType }, bytes });
    return id;
  }

  get = async (tenant: string, id: string) => this.files.get(`${tenant}/${id}`)?.record;
  read = async (tenant: string, id: string) => this.files.get(`${tenant}/${id}`);
}

export class FakeEmbeddings implements Embeddings {
  calls: string[][] = [];
  /** The store embeddings asked for. */
  specs: EmbeddingSpec[] = [];
  /** Resolves each call only when released, for tests that stop a job mid-way. */
  gate: Promise<void> | undefined;

  async spec(): Promise<EmbeddingSpec> {
    return { model: 'fake/embed', dimensions: 2 };
  }

  /** Calls given up because their signal aborted (the job was stopped). */
  aborted = 0;

  async embed(texts: string[], signal?: AbortSignal): Promise<Float32Array[]> {
    this.calls.push(texts);
    if (this.gate)
      await Promise.race([
        this.gate,
        new Promise((_, reject) =>
          signal?.addEventListener('abort', () => {
            this.aborted++;
            reject(signal.reason as Error);
          }),
        ),
      ]);
    return texts.map((t) => new Float32Array([t.length, 1]));
  }
}

export function fakeRetrieval(embeddings?: FakeEmbeddings): Retrieval & { searches: unknown[] } {
  const searches: unknown[] = [];
  return {
    searches,
    embeddings,
    chunkingOf(strategy, param) {
      if (!strategy || strategy.type === 'auto') return { maxChunkSizeTokens: 800, chunkOverlapTokens: 400 };
      const { max_chunk_size_tokens: max, chunk_overlap_tokens: overlap } = strategy.static;
      if (overlap > max / 2)
        throw badRequest('overlap too large', `${param}.static.chunk_overlap_tokens`, 'invalid_value');
      return { maxChunkSizeTokens: max, chunkOverlapTokens: overlap };
    },
    async extract(file) {
      if (file.mimeType === 'application/pdf')
        return { error: { code: 'invalid_file', message: 'The PDF could not be parsed.' } };
      if (!file.mimeType.startsWith('text/'))
        return { error: { code: 'unsupported_file', message: `${file.mimeType} is not read.` } };
      return { text: file.bytes.toString('utf8') };
    },
    async embed(embedding, chunks, signal) {
      if (!embedding || !embeddings) return chunks;
      embeddings.specs.push(embedding);
      const vectors = await embeddings.embed(
        chunks.map((c) => c.text),
        signal,
      );
      return chunks.map((c, k) => ({ ...c, embedding: vectors[k] }));
    },
    async chunk(text) {
      if (text.includes('TOO LONG'))
        return {
          error: { code: 'invalid_file' as const, message: 'The text is longer than a file may be.' },
        };
      return text
        .split('\n\n')
        .map((piece, index) => ({ index, text: piece, tokens: piece.split(' ').length }));
    },
    async search(_tenant, stores, request, _signal) {
      searches.push({ stores: stores.map((s) => s.id), request });
      const queries = typeof request.query === 'string' ? [request.query] : request.query;
      return {
        searchQuery: queries,
        data: [
          {
            file_id: 'file-a',
            filename: 'a.txt',
            score: 0.5,
            attributes: null,
            content: [{ type: 'text', text: 'hit' }],
          },
        ],
      };
    },
  };
}

/** The ApiError a call fails with, as the client would see its status, param and message. */
export async function errorOf(
  call: Promise<unknown>,
): Promise<{ status: number; param: string | null; message: string }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApiError)
      return { status: error.status, param: error.param, message: error.message };
    throw error;
  }
  throw new Error('expected the call to fail');
}
