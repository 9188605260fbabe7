/**
 * The Vector Stores API through the official openai SDK, over real HTTP, every reply validated
 * against the contract (VALIDATE_RESPONSES): the poll helpers (createAndPoll, uploadAndPoll,
 * fileBatches.uploadAndPoll, which read openai-poll-after-ms), search with an attribute filter,
 * a file's parsed content, and a file deleted through the Files API leaving every store.
 */
import OpenAI, { toFile, type APIError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxDocument, DOCX_TYPE, pdfDocument, PDF_TYPE } from '../support/documents.js';
import { startStack, type Stack } from './stack.js';

const VALIDATED = { VALIDATE_RESPONSES: 'true' };

function failure(promise: Promise<unknown>): Promise<APIError> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as APIError,
  );
}

const upload = async (client: OpenAI, name: string, text: string) =>
  client.files.create({
    file: await toFile(Buffer.from(text), name, { type: 'text/markdown' }),
    purpose: 'assistants',
  });

const GUIDE = [
  '# Care guide',
  'Cacti need bright light and very little water; water them once a month in winter.',
  'Ferns like shade and humid air. Mist their fronds every morning.',
].join('\n\n');

let stack: Stack;
let client: OpenAI;
beforeAll(async () => {
  stack = await startStack(VALIDATED);
  client = stack.client;
});
afterAll(() => stack.close());

describe('vector stores through the SDK (keyword search, no embedding model)', () => {
  it('creates a store, attaches a file with createAndPoll, reads its content and searches it', async () => {
    const file = await upload(client, 'guide.md', GUIDE);
    const store = await client.vectorStores.create({ name: 'plants', metadata: { owner: 'ann' } });
    expect(store).toMatchObject({
      object: 'vector_store',
      name: 'plants',
      status: 'completed',
      usage_bytes: 0,
    });
    const started = Date.now();
    const attached = await client.vectorStores.files.createAndPoll(store.id, {
      file_id: file.id,
      attributes: { kind: 'guide', year: 2024 },
    });
    // The SDK waits 5 s between polls unless the reply says otherwise.
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(attached).toMatchObject({
      id: file.id,
      object: 'vector_store.file',
      status: 'completed',
      last_error: null,
      usage_bytes: Buffer.byteLength(GUIDE),
      attributes: { kind: 'guide', year: 2024 },
    });
    const after = await client.vectorStores.retrieve(store.id);
    expect(after).toMatchObject({
      status: 'completed',
      usage_bytes: Buffer.byteLength(GUIDE),
      file_counts: { completed: 1, total: 1, in_progress: 0, failed: 0, cancelled: 0 },
    });

    const content = await client.vectorStores.files.content(file.id, { vector_store_id: store.id });
    expect(content.data).toEqual([{ type: 'text', text: GUIDE }]);

    const found = await client.vectorStores.search(store.id, {
      query: 'how often to water cacti',
      filters: { type: 'eq', key: 'kind', value: 'guide' },
    });
    expect(found.data.length).toBeGreaterThan(0);
    expect(found.data[0]).toMatchObject({
      file_id: file.id,
      filename: 'guide.md',
      attributes: { kind: 'guide', year: 2024 },
    });
    expect(found.data[0]!.content[0]!.text).toContain('Cacti');
    expect(found.data[0]!.score).toBeGreaterThan(0);
    const filteredOut = await client.vectorStores.search(store.id, {
      query: 'cacti',
      filters: { type: 'gt', key: 'year', value: 2024 },
    });
    expect(filteredOut.data).toEqual([]);
  });

  it('uploads and polls one file, and a batch of files', async () => {
    const store = await client.vectorStores.create({ name: 'uploads' });
    const one = await client.vectorStores.files.uploadAndPoll(
      store.id,
      await toFile(Buffer.from('Penguins huddle to keep warm.'), 'penguins.txt', { type: 'text/plain' }),
    );
    expect(one).toMatchObject({ status: 'completed', vector_store_id: store.id });
    const batch = await client.vectorStores.fileBatches.uploadAndPoll(store.id, {
      files: [
        await toFile(Buffer.from('Owls hunt at night.'), 'owls.txt', { type: 'text/plain' }),
        await toFile(Buffer.from('Bats navigate by echolocation.'), 'bats.txt', { type: 'text/plain' }),
      ],
      fileIds: [one.id],
    });
    expect(batch).toMatchObject({
      object: 'vector_store.files_batch',
      status: 'completed',
      file_counts: { completed: 3, total: 3, in_progress: 0, failed: 0, cancelled: 0 },
    });
    const listed = [];
    for await (const f of client.vectorStores.fileBatches.listFiles(batch.id, { vector_store_id: store.id }))
      listed.push(f.id);
    expect(listed).toHaveLength(3);
    const owls = await client.vectorStores.search(store.id, { query: 'owls' });
    expect(owls.data.map((r) => r.filename)).toEqual(['owls.txt']);
  });

  it('ingests a PDF, a DOCX and a Markdown file in one batch, and finds each by its words', async () => {
    const store = await client.vectorStores.create({ name: 'documents' });
    const batch = await client.vectorStores.fileBatches.uploadAndPoll(store.id, {
      files: [
        await toFile(
          await pdfDocument(['Volcanoes erupt molten basalt.', 'Obsidian is volcanic glass.']),
          'rocks.pdf',
          {
            type: PDF_TYPE,
          },
        ),
        await toFile(await docxDocument(['Glaciers carve fjords into granite.']), 'ice.docx', {
          type: DOCX_TYPE,
        }),
        await toFile(Buffer.from('# Deserts\n\nDunes migrate with the wind.'), 'sand.md', {
          type: 'text/markdown',
        }),
      ],
    });
    expect(batch).toMatchObject({ status: 'completed', file_counts: { completed: 3, failed: 0, total: 3 } });
    for (const [query, filename] of [
      ['obsidian glass', 'rocks.pdf'],
      ['glaciers fjords', 'ice.docx'],
      ['dunes wind', 'sand.md'],
    ] as const) {
      const found = await client.vectorStores.search(store.id, { query, max_num_results: 1 });
      expect(found.data.map((r) => r.filename)).toEqual([filename]);
    }
    const [hit] = (await client.vectorStores.search(store.id, { query: 'volcanoes' })).data;
    const content = await client.vectorStores.files.content(hit!.file_id, { vector_store_id: store.id });
    expect(content.data[0]!.text).toMatch(
      /Volcanoes erupt molten basalt\.[\s\S]*Obsidian is volcanic glass\./,
    );
  });

  it('deleting a file through the Files API detaches it from every store', async () => {
    const file = await upload(client, 'shared.md', 'Giraffes sleep standing up.');
    const a = await client.vectorStores.create({ file_ids: [file.id] });
    const b = await client.vectorStores.create({});
    await client.vectorStores.files.createAndPoll(b.id, { file_id: file.id });
    await client.vectorStores.files.poll(a.id, file.id);
    expect((await client.vectorStores.search(a.id, { query: 'giraffes' })).data).toHaveLength(1);
    await client.files.delete(file.id);
    for (const store of [a, b]) {
      expect((await client.vectorStores.files.list(store.id)).data).toEqual([]);
      expect((await client.vectorStores.search(store.id, { query: 'giraffes' })).data).toEqual([]);
      const gone = await failure(client.vectorStores.files.retrieve(file.id, { vector_store_id: store.id }));
      expect(gone).toBeInstanceOf(OpenAI.NotFoundError);
    }
  });

  it('rewrite_query searches the content words of a question and returns them in search_query', async () => {
    const survey = await upload(client, 'survey.md', 'The badger survey starts in March at the old quarry.');
    const other = await upload(client, 'other.md', 'When does it start? Does the bus stop there?');
    const store = await client.vectorStores.create({ file_ids: [survey.id, other.id] });
    for (const id of [survey.id, other.id]) await client.vectorStores.files.poll(store.id, id);
    const question = 'When does the badger survey start?';
    // The SDK's page hides search_query: read the page as sent.
    const searchPage = async (body: OpenAI.VectorStores.VectorStoreSearchParams) =>
      (await client.vectorStores.search(store.id, body).asResponse()).json() as Promise<{
        search_query: string[];
        data: OpenAI.VectorStores.VectorStoreSearchResponse[];
      }>;
    const rewritten = await searchPage({ query: question, rewrite_query: true });
    expect(rewritten.search_query).toEqual(['badger survey start']);
    expect(rewritten.data[0]?.filename).toBe('survey.md');
    const asGiven = await searchPage({ query: question });
    expect(asGiven.search_query).toEqual([question]);
    const pages = await client.vectorStores.search(store.id, { query: question, rewrite_query: true });
    expect(pages.data[0]).toMatchObject({ file_id: survey.id, filename: 'survey.md' });
  });

  it('refuses vector search on a store without embeddings, naming search_mode', async () => {
    const store = await client.vectorStores.create({});
    const error = await failure(
      client.vectorStores.search(store.id, { query: 'x', search_mode: 'vector' } as never),
    );
    expect(error.status).toBe(400);
    expect(error.error).toMatchObject({ param: 'search_mode' });
  });
});
