/** The embeddings section of the config: the YAML file's, with EMBEDDING_* over it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

function yamlFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'orgw-embeddings-')), 'config.yaml');
  writeFileSync(path, text);
  return path;
}

const fromYaml = (text: string, env: NodeJS.ProcessEnv = {}) =>
  loadConfig(env, ['--config', yamlFile(text)]).embeddings;

describe('config embeddings', () => {
  it('is undefined without a model: keyword search only', () => {
    expect(loadConfig({}).embeddings).toBeUndefined();
    expect(fromYaml('embeddings: { batch_size: 10 }')).toBeUndefined();
    expect(loadConfig({ EMBEDDING_MODEL: '' }).embeddings).toBeUndefined();
  });

  it('reads model, batch_size and dimensions from the file, batch_size 64 by default', () => {
    expect(fromYaml('embeddings: { model: openai/text-embedding-3-small }')).toEqual({
      model: 'openai/text-embedding-3-small',
      batchSize: 64,
      dimensions: undefined,
    });
    expect(fromYaml('embeddings:\n  model: local/nomic\n  batch_size: 16\n  dimensions: 768\n')).toEqual({
      model: 'local/nomic',
      batchSize: 16,
      dimensions: 768,
    });
  });

  it('takes EMBEDDING_MODEL, EMBEDDING_BATCH_SIZE and EMBEDDING_DIMENSIONS over the file', () => {
    expect(
      loadConfig({ EMBEDDING_MODEL: 'openai/text-embedding-3-small', EMBEDDING_BATCH_SIZE: '8' }).embeddings,
    ).toEqual({ model: 'openai/text-embedding-3-small', batchSize: 8, dimensions: undefined });
    expect(
      fromYaml('embeddings: { model: a, batch_size: 4, dimensions: 3 }', {
        EMBEDDING_MODEL: 'b',
        EMBEDDING_DIMENSIONS: '1536',
      }),
    ).toEqual({ model: 'b', batchSize: 4, dimensions: 1536 });
  });

  it('reads max_batch_tokens (or EMBEDDING_MAX_BATCH_TOKENS over it), left to the Embedder when unset', () => {
    expect(fromYaml('embeddings: { model: m, max_batch_tokens: 100000 }')?.maxBatchTokens).toBe(100_000);
    expect(
      fromYaml('embeddings: { model: m, max_batch_tokens: 100000 }', { EMBEDDING_MAX_BATCH_TOKENS: '5000' })
        ?.maxBatchTokens,
    ).toBe(5000);
    expect(fromYaml('embeddings: { model: m }')?.maxBatchTokens).toBeUndefined();
    expect(() => fromYaml('embeddings: { model: m, max_batch_tokens: 0 }')).toThrow(/max_batch_tokens/);
  });

  it('refuses a batch size or dimensions that are not whole numbers in range, and a section that is no mapping', () => {
    expect(() => loadConfig({ EMBEDDING_MODEL: 'm', EMBEDDING_BATCH_SIZE: '0' })).toThrow(/batch_size/);
    expect(() => loadConfig({ EMBEDDING_MODEL: 'm', EMBEDDING_BATCH_SIZE: '2.5' })).toThrow(/batch_size/);
    expect(() => loadConfig({ EMBEDDING_MODEL: 'm', EMBEDDING_BATCH_SIZE: '4096' })).toThrow(/at most 2048/);
    expect(() => loadConfig({ EMBEDDING_MODEL: 'm', EMBEDDING_DIMENSIONS: 'many' })).toThrow(/dimensions/);
    expect(() => fromYaml('embeddings: [a]')).toThrow(/must be a mapping/);
  });
});
