/**
 * The shared suite of ChunkIndex: replacing and removing a file's chunks, keyword ranking (BM25 on
 * SQLite, ts_rank_cd on PostgreSQL), stemming, user input that is FTS syntax, vector nearest-first,
 * hybrid fusion, the fileIds restriction, tenants, and only completed store files being found.
 * Registered once per dialect (test/store/chunks.test.ts), on a new empty database for each test;
 * the store files' rows (another repository's) are written by the runner's StoreFiles.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChunkHit, ChunkIndex, ChunkInput, ChunkQuery } from '../../../src/store/chunks.js';
import { openStore } from '../../../src/store/index.js';
import type { Store } from '../../../src/store/store.js';
import type { StoreFileStatus } from '../../../src/store/vector-stores.js';

export const T = 'default';
const OTHER = 'other';
export const VS = 'vs_0123456789abcdef0123456789abcdef';
// As long as real ids: sqlite-vec keeps text metadata past 12 bytes apart from short text.
export const FILE_A = 'file-aaaaaaaaaaaaaaaaaaaaaaaa';
export const FILE_B = 'file-bbbbbbbbbbbbbbbbbbbbbbbb';
const FILE_C = 'file-cccccccccccccccccccccccc';

/** The vector_store_files rows a search joins on: written straight into the database under test. */
export interface StoreFiles {
  /** Attaches the file to the store (the store made first if need be) with this status. */
  set(tenant: string, vectorStoreId: string, fileId: string, status: StoreFileStatus): Promise<void>;
  close(): Promise<void>;
}

export const chunk = (index: number, text: string, embedding?: number[]): ChunkInput => ({
  index,
  text,
  tokens: text.split(' ').length,
  embedding: embedding && Float32Array.from(embedding),
});

export const query = (fields: Partial<ChunkQuery> & Pick<ChunkQuery, 'mode'>): ChunkQuery => ({
  vectorStoreId: VS,
  text: '',
  limit: 10,
  ...fields,
});

const keyword = (text: string, fields: Partial<ChunkQuery> = {}) =>
  query({ mode: 'keyword', text, ...fields });
const vector = (embedding: number[], fields: Partial<ChunkQuery> = {}) =>
  query({ mode: 'vector', embedding: Float32Array.from(embedding), ...fields });

const where = (hits: ChunkHit[]) => hits.map((hit) => `${hit.fileId.slice(5, 6)}${hit.index}`);

function expectScoresRanked(hits: ChunkHit[]): void {
  for (const [i, hit] of hits.entries()) {
    expect(hit.score).toBeGreaterThanOrEqual(0);
    expect(hit.score).toBeLessThanOrEqual(1);
    if (i > 0) expect(hit.score).toBeLessThanOrEqual(hits[i - 1]!.score);
  }
}

const cosine = (a: number[], b: number[]) => {
  const dot = a.reduce((sum, x, i) => sum + x * b[i]!, 0);
  return dot / (Math.hypot(...a) * Math.hypot(...b));
};

export function describeChunkIndex(
  name: string,
  url: () => Promise<string>,
  storeFiles: (url: string) => Promise<StoreFiles>,
): void {
  describe(`${name}: chunk index`, () => {
    let store: Store;
    let index: ChunkIndex;
    let files: StoreFiles;

    beforeEach(async () => {
      const database = await url();
      store = await openStore(database, { poolSize: 2 });
      index = store.chunks;
      files = await storeFiles(database);
    });

    afterEach(async () => {
      await files.close();
      await store.close();
    });

    /** A completed store file with these chunks. */
    async function indexed(
      fileId: string,
      chunks: ChunkInput[],
      tenant = T,
      vectorStoreId = VS,
    ): Promise<void> {
      await files.set(tenant, vectorStoreId, fileId, 'completed');
      await index.replace(tenant, vectorStoreId, fileId, chunks);
    }

    it("replaces a file's chunks and removes them, by file or the whole store", async () => {
      await indexed(FILE_A, [chunk(0, 'alpha apples'), chunk(1, 'alpha apricots')]);
      await indexed(FILE_B, [chunk(0, 'alpha bananas')]);
      expect(where(await index.search(T, keyword('alpha')))).toEqual(['a0', 'a1', 'b0']);

      await index.replace(T, VS, FILE_A, [chunk(0, 'cherries only')]);
      expect(where(await index.search(T, keyword('apples apricots')))).toEqual([]);
      expect(await index.search(T, keyword('cherries'))).toMatchObject([
        { fileId: FILE_A, index: 0, text: 'cherries only' },
      ]);

      await index.remove(T, VS, FILE_A);
      expect(where(await index.search(T, keyword('alpha cherries')))).toEqual(['b0']);
      await index.replace(T, VS, FILE_A, [chunk(0, 'alpha again')]);
      await index.remove(T, VS);
      expect(await index.search(T, keyword('alpha'))).toEqual([]);
    });

    it('replaces in one transaction: a replace that fails leaves the old chunks', async () => {
      await indexed(FILE_A, [chunk(0, 'old words')]);
      // Two chunks at one index break the unique key half-way through.
      await expect(
        index.replace(T, VS, FILE_A, [chunk(0, 'new words'), chunk(0, 'again')]),
      ).rejects.toThrow();
      expect((await index.search(T, keyword('words'))).map((hit) => hit.text)).toEqual(['old words']);
    });

    it('ranks the chunk with the rare words of the query first, scores in [0, 1] descending', async () => {
      await indexed(FILE_A, [
        chunk(0, 'The quarterly report covers revenue and costs for the sales team.'),
        chunk(1, 'The sales team met the revenue target; the report was late.'),
        chunk(2, 'Our zephyr turbine passed the quokka endurance test in the report.'),
        chunk(3, 'Costs rose, the team said, and the report agreed.'),
      ]);
      const hits = await index.search(T, keyword('report on the zephyr quokka test'));
      expect(where(hits)[0]).toBe('a2');
      expect(hits).toHaveLength(4);
      expectScoresRanked(hits);
      expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
      expect(hits[3]!.score).toBeGreaterThan(0);
      // limit
      expect(where(await index.search(T, keyword('report', { limit: 2 })))).toHaveLength(2);
    });

    it('matches other forms of a word (stemming), whatever their case', async () => {
      await indexed(FILE_A, [chunk(0, 'The runners were running in the Café'), chunk(1, 'Nothing here')]);
      expect(where(await index.search(T, keyword('run')))).toEqual(['a0']);
      expect(where(await index.search(T, keyword('RUNS')))).toEqual(['a0']);
      expect(where(await index.search(T, keyword('CAFÉ')))).toEqual(['a0']);
    });

    it('searches user input with FTS syntax characters for its words, never failing', async () => {
      await indexed(FILE_A, [chunk(0, 'zephyr turbine near the coast'), chunk(1, 'plain text')]);
      const inputs = [
        '"unbalanced quote zephyr',
        'zephyr*',
        'text:zephyr',
        'NEAR(zephyr coast)',
        'zephyr AND OR NOT',
        "'); DROP TABLE vector_store_chunks; --",
        '(^zephyr + -coast) & | ! <-> :*',
        '{"json": ["zephyr"]}',
      ];
      for (const input of inputs) {
        const hits = await index.search(T, keyword(input));
        if (input.includes('zephyr')) expect(where(hits), input).toContain('a0');
      }
      for (const nothing of ['', '   ', '"', '*', '()', '!!!', 'the of and'])
        await expect(index.search(T, keyword(nothing))).resolves.toEqual([]);
      // The table the injection named is still there.
      expect(where(await index.search(T, keyword('plain')))).toEqual(['a1']);
    });

    it('finds the nearest vectors first, scored by cosine similarity', async () => {
      const vectors = [
        [1, 0, 0, 0],
        [0.9, 0.1, 0, 0],
        [0, 1, 0, 0],
        [-1, 0, 0, 0],
        [0.5, 0.5, 0.5, 0.5],
      ];
      await indexed(
        FILE_A,
        vectors.map((v, i) => chunk(i, `chunk ${i}`, v)),
      );
      const q = [1, 0.05, 0, 0];
      const hits = await index.search(T, vector(q));
      expect(where(hits)).toEqual(['a0', 'a1', 'a4', 'a2', 'a3']);
      for (const hit of hits) expect(hit.score).toBeCloseTo(Math.max(0, cosine(q, vectors[hit.index]!)), 5);
      expect(hits[4]!.score).toBe(0);
      expect(where(await index.search(T, vector(q, { limit: 2 })))).toEqual(['a0', 'a1']);
      // Another store's vectors are not this one's.
      await indexed(FILE_B, [chunk(0, 'elsewhere', [1, 0.05, 0, 0])], T, 'vs_other');
      expect(where(await index.search(T, vector(q)))).not.toContain('b0');
      await expect(index.search(T, query({ mode: 'vector' }))).rejects.toThrow(/embedding/);
    });

    it('fuses the keyword and vector rankings (reciprocal rank fusion)', async () => {
      // keyword ranking: a0 (both words), then a1, a2 (one word each); vector ranking: a2, a1, a0, a3.
      await indexed(FILE_A, [
        chunk(0, 'zephyr quokka zephyr quokka', [0, 0, 1]),
        chunk(1, 'zephyr and more words here', [0.6, 0.8, 0]),
        chunk(2, 'quokka and more words here, wombat', [1, 0.1, 0]),
        chunk(3, 'nothing that matches', [0.1, 1, 0.2]),
      ]);
      const fields = { text: 'zephyr quokka', embedding: Float32Array.from([1, 0, 0]) };
      const hybrid = await index.search(T, query({ mode: 'hybrid', ...fields }));
      expect(where(await index.search(T, query({ mode: 'keyword', ...fields })))[0]).toBe('a0');
      expect(where(await index.search(T, query({ mode: 'vector', ...fields })))).toEqual([
        'a2',
        'a1',
        'a3',
        'a0',
      ]);
      // a2: ranks 2 or 3 and 1; a1: 2 or 3 and 2; a0: 1 and 4; a3: vector only, rank 3.
      expect(where(hybrid)).toEqual(['a2', 'a1', 'a0', 'a3']);
      expectScoresRanked(hybrid);
      expect(hybrid[0]!.score).toBeLessThan(1);
      expect(hybrid[3]!.score).toBeCloseTo(1 / 63 / (2 / 61), 6);

      // First in both rankings: score 1.
      const top = await index.search(
        T,
        query({ mode: 'hybrid', text: 'wombat', embedding: fields.embedding }),
      );
      expect(top[0]).toMatchObject({ index: 2, score: 1 });
    });

    it('searches only the files given by fileIds', async () => {
      await indexed(FILE_A, [chunk(0, 'shared words', [1, 0])]);
      await indexed(FILE_B, [chunk(0, 'shared words', [1, 0.1])]);
      await indexed(FILE_C, [chunk(0, 'shared words', [1, 0.2])]);
      const both = { text: 'shared', embedding: Float32Array.from([1, 0]), fileIds: [FILE_B, FILE_C] };
      for (const mode of ['keyword', 'vector', 'hybrid'] as const) {
        expect(where(await index.search(T, query({ mode, ...both }))).sort(), mode).toEqual(['b0', 'c0']);
        expect(await index.search(T, query({ mode, ...both, fileIds: [] })), mode).toEqual([]);
        expect(where(await index.search(T, query({ mode, ...both, fileIds: undefined }))), mode).toHaveLength(
          3,
        );
      }
    });

    it("keeps each tenant's chunks to that tenant", async () => {
      await indexed(FILE_A, [chunk(0, 'tenant secret words', [1, 0])]);
      await indexed(FILE_A, [chunk(0, 'other secret words', [1, 0])], OTHER);
      const q = { text: 'secret', embedding: Float32Array.from([1, 0]) };
      for (const mode of ['keyword', 'vector', 'hybrid'] as const) {
        expect(
          (await index.search(T, query({ mode, ...q }))).map((h) => h.text),
          mode,
        ).toEqual(['tenant secret words']);
        expect(
          (await index.search(OTHER, query({ mode, ...q }))).map((h) => h.text),
          mode,
        ).toEqual(['other secret words']);
      }
      await index.remove(OTHER, VS);
      expect(await index.search(OTHER, keyword('secret'))).toEqual([]);
      expect(where(await index.search(T, keyword('secret')))).toEqual(['a0']);
    });

    it('finds only the chunks of completed store files', async () => {
      const statuses = ['in_progress', 'failed', 'cancelled'] as const;
      for (const [i, status] of statuses.entries()) {
        const fileId = `file-${i}xxxxxxxxxxxxxxxxxxxxxxx`;
        await files.set(T, VS, fileId, status);
        await index.replace(T, VS, fileId, [chunk(0, 'pending words', [1, 0])]);
      }
      // Chunks with no store file at all (ingested, then detached by another writer).
      await index.replace(T, VS, FILE_C, [chunk(0, 'orphan pending words', [1, 0])]);
      const q = { text: 'pending', embedding: Float32Array.from([1, 0]) };
      for (const mode of ['keyword', 'vector', 'hybrid'] as const)
        expect(await index.search(T, query({ mode, ...q })), mode).toEqual([]);
      await files.set(T, VS, 'file-1xxxxxxxxxxxxxxxxxxxxxxx', 'completed');
      for (const mode of ['keyword', 'vector', 'hybrid'] as const)
        expect(where(await index.search(T, query({ mode, ...q }))), mode).toEqual(['10']);
    });

    it('finds the best completed chunks past many better ones of a file still in progress', async () => {
      await files.set(T, VS, FILE_B, 'in_progress');
      await index.replace(
        T,
        VS,
        FILE_B,
        Array.from({ length: 300 }, (_, i) => chunk(i, `zephyr zephyr ${i}`, [1, i / 1000])),
      );
      await indexed(FILE_A, [
        chunk(0, 'zephyr, far away', [0, 1]),
        chunk(1, 'a zephyr, farther away than that', [-1, 1]),
      ]);
      expect(where(await index.search(T, keyword('zephyr', { limit: 2 })))).toEqual(['a0', 'a1']);
      expect(where(await index.search(T, vector([1, 0], { limit: 2 })))).toEqual(['a0', 'a1']);
      const hybrid = query({
        mode: 'hybrid',
        text: 'zephyr',
        embedding: Float32Array.from([1, 0]),
        limit: 2,
      });
      expect(where(await index.search(T, hybrid))).toEqual(['a0', 'a1']);
    });

    it('stores any text, U+0000 included, and embeddings of several lengths side by side', async () => {
      await indexed(FILE_A, [chunk(0, 'nul\u0000byte text', [1, 0, 0])]);
      await indexed(FILE_B, [chunk(0, 'another model', [1, 0, 0, 0, 0])], T, 'vs_wide');
      expect(where(await index.search(T, keyword('text')))).toEqual(['a0']);
      expect(where(await index.search(T, vector([1, 0, 0])))).toEqual(['a0']);
      expect(where(await index.search(T, vector([1, 0, 0, 0, 0], { vectorStoreId: 'vs_wide' })))).toEqual([
        'b0',
      ]);
      // A length no chunk has: nothing to compare.
      expect(await index.search(T, vector([1, 0, 0, 0, 0, 0, 0]))).toEqual([]);
    });
  });
}
