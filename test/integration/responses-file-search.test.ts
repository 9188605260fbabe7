/**
 * file_search end to end with the official openai SDK, over real HTTP: upload a Markdown file, a
 * PDF and a DOCX, make a vector store of them and poll it to completed, then `responses.create`
 * with the file_search tool answers from the right file with a file_citation — on a fresh install
 * (keyword search, no embedding model) and with the fake upstream's embedding model (hybrid; its
 * vectors mean something when EMBEDDING_DIMENSIONS is set, so rankings are checked then). The
 * fake model calls file_search with the user's words, then reports the results it got ("Tools
 * said: …", which cites them by number).
 */
import { toFile } from 'openai';
import type { Response } from 'openai/resources/responses/responses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxDocument, DOCX_TYPE, pdfDocument, PDF_TYPE } from '../support/documents.js';
import { startStack, type Stack } from './stack.js';

const MARKDOWN = '# Garden notes\n\nThe tomatoes need watering every morning in July.\n';
const PDF_TEXT = 'The invoice total for the lighthouse repair is 4,200 euros, due in October.';
const DOCX_TEXT = 'Meeting minutes: the badger survey starts on the ninth of May.';

/** A vector store of the three files, polled to completed; the files' ids by name. */
async function documentsStore(stack: Stack) {
  const { client } = stack;
  const uploads = await Promise.all([
    client.files.create({
      file: await toFile(Buffer.from(MARKDOWN), 'garden.md', { type: 'text/markdown' }),
      purpose: 'assistants',
    }),
    client.files.create({
      file: await toFile(await pdfDocument([PDF_TEXT]), 'invoice.pdf', { type: PDF_TYPE }),
      purpose: 'assistants',
    }),
    client.files.create({
      file: await toFile(await docxDocument([DOCX_TEXT]), 'minutes.docx', { type: DOCX_TYPE }),
      purpose: 'assistants',
    }),
  ]);
  const store = await client.vectorStores.create({ name: 'documents', file_ids: uploads.map((f) => f.id) });
  let polled = store;
  for (let i = 0; polled.status === 'in_progress' && i < 200; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    polled = await client.vectorStores.retrieve(store.id);
  }
  expect(polled).toMatchObject({ status: 'completed', file_counts: { completed: 3, failed: 0 } });
  const ids = Object.fromEntries(uploads.map((f) => [f.filename, f.id]));
  return { storeId: store.id, ids };
}

/** Each question, and the file that answers it. */
const QUESTIONS = [
  ['When do the tomatoes need watering?', 'garden.md'],
  ['What is the invoice total for the lighthouse repair?', 'invoice.pdf'],
  ['When does the badger survey start?', 'minutes.docx'],
] as const;

/** The answer's file citations, and the file_search_call. */
function cited(response: Response) {
  const call = response.output.find((i) => i.type === 'file_search_call');
  const message = response.output.find((i) => i.type === 'message');
  const annotations =
    message?.type === 'message'
      ? message.content.flatMap((p) => (p.type === 'output_text' ? p.annotations : []))
      : [];
  return { call, annotations };
}

// With `dimensions` asked for (EMBEDDING_DIMENSIONS), the fake embedder's vectors are a bag of words,
// so hybrid must rank and cite the right file first, as keyword search does. With probe-learnt
// dimensions its vectors mean nothing: hybrid must find the right file, not always first.
for (const [mode, env, embedded, ranked] of [
  ['keyword (no embedding model)', {}, false, true],
  [
    'hybrid (EMBEDDING_MODEL, EMBEDDING_DIMENSIONS=256)',
    { EMBEDDING_MODEL: 'fake-embedder', EMBEDDING_DIMENSIONS: '256' },
    true,
    true,
  ],
  ['hybrid (EMBEDDING_MODEL, probe-learnt dimensions)', { EMBEDDING_MODEL: 'fake-embedder' }, true, false],
] as const) {
  describe(`responses.create with file_search, ${mode}`, () => {
    let stack: Stack;
    let storeId: string;
    let ids: Record<string, string>;

    beforeAll(async () => {
      stack = await startStack(env);
      ({ storeId, ids } = await documentsStore(stack));
    });
    afterAll(() => stack.close());

    for (const [question, file] of QUESTIONS) {
      it(`answers "${question}" citing ${file}`, async () => {
        const response = await stack.client.responses.create({
          model: 'fake-model',
          input: question,
          tools: [{ type: 'file_search', vector_store_ids: [storeId], max_num_results: 3 }],
          include: ['file_search_call.results'],
        });
        expect(response.status).toBe('completed');
        const { call, annotations } = cited(response);
        expect(call).toMatchObject({ type: 'file_search_call', status: 'completed', queries: [question] });
        const results = call?.type === 'file_search_call' ? (call.results ?? []) : [];
        const found = results.findIndex((r) => r.file_id === ids[file]);
        expect(found).toBeGreaterThanOrEqual(0);
        if (ranked) expect(found).toBe(0);
        expect(results[found]).toMatchObject({ filename: file, score: expect.any(Number) });
        // The fake model cites every result it was given ("[1] …", "[2] …").
        expect(annotations).toContainEqual({
          type: 'file_citation',
          file_id: ids[file],
          filename: file,
          index: expect.any(Number),
        });
        if (ranked) expect(annotations[0]).toMatchObject({ type: 'file_citation', file_id: ids[file] });
      });
    }

    // In hybrid mode keyword search alone can put the right file first; vector mode cannot hide
    // vectors that mean nothing.
    if (embedded && ranked)
      it.each(QUESTIONS)('ranks and cites in vector mode: "%s" → %s first', async (question, file) => {
        const tool = { type: 'file_search', vector_store_ids: [storeId], search_mode: 'vector' } as const;
        const response = await stack.client.responses.create({
          model: 'fake-model',
          input: question,
          tools: [tool as typeof tool & { type: 'file_search'; vector_store_ids: string[] }],
          include: ['file_search_call.results'],
        });
        const { call, annotations } = cited(response);
        const results = call?.type === 'file_search_call' ? (call.results ?? []) : [];
        expect(results).toHaveLength(3);
        expect(results[0]).toMatchObject({ filename: file });
        expect(results[0]!.score!).toBeGreaterThan(results[1]!.score!);
        expect(annotations[0]).toMatchObject({ type: 'file_citation', file_id: ids[file] });
      });

    it(embedded ? 'embeds the chunks and the queries' : 'calls no embedding model', () => {
      const embeddings = stack.upstream.requests.filter((r) => r.path.endsWith('/embeddings'));
      if (embedded) expect(embeddings.length).toBeGreaterThanOrEqual(2);
      // Meaningful vectors only when the gateway asks for `dimensions`.
      const asked = new Set(embeddings.map((r) => (r.body as { dimensions?: number }).dimensions));
      if (embedded) expect(asked).toEqual(new Set([ranked ? 256 : undefined]));
      else expect(embeddings).toEqual([]);
    });

    it('streams the file_search_call events and the citation', async () => {
      const stream = await stack.client.responses.create({
        model: 'fake-model',
        input: 'When does the badger survey start?',
        tools: [{ type: 'file_search', vector_store_ids: [storeId], max_num_results: 3 }],
        stream: true,
      });
      const types: string[] = [];
      let final: Response | undefined;
      for await (const event of stream) {
        types.push(event.type);
        if (event.type === 'response.completed') final = event.response;
      }
      expect(types).toEqual(
        expect.arrayContaining([
          'response.file_search_call.in_progress',
          'response.file_search_call.searching',
          'response.file_search_call.completed',
          'response.output_text.annotation.added',
        ]),
      );
      expect(types.indexOf('response.file_search_call.completed')).toBeLessThan(
        types.indexOf('response.output_text.annotation.added'),
      );
      expect(cited(final!).annotations).toEqual(
        expect.arrayContaining([expect.objectContaining({ file_id: ids['minutes.docx'] })]),
      );
      // Without include, the item has no results.
      expect(cited(final!).call).not.toHaveProperty('results');
    });

    it('refuses a vector store that is not there, naming it', async () => {
      await expect(
        stack.client.responses.create({
          model: 'fake-model',
          input: 'hi',
          tools: [{ type: 'file_search', vector_store_ids: [storeId, 'vs_missing'] }],
        }),
      ).rejects.toMatchObject({ status: 400, param: 'tools[0].vector_store_ids[1]' });
    });
  });
}
