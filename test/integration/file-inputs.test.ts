/**
 * Uploaded files as input by file_id — Responses (input_image / input_file) and Chat Completions
 * (file parts) — through the official openai SDK, in front of a chat-completions backend: what the
 * upstream receives for each kind of file, and what happens to a chain whose file is deleted.
 */
import OpenAI, { toFile, type APIError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './stack.js';

let stack: Stack;
let client: OpenAI;

beforeAll(async () => {
  stack = await startStack({ VALIDATE_RESPONSES: 'true' });
  client = stack.client;
});

afterAll(() => stack.close());

type Json = Record<string, unknown>;

/** The content parts of the last user message of the last chat request upstream. */
function lastUserParts(): Json[] {
  const body = stack.upstream.requests.filter((r) => r.path === '/v1/chat/completions').at(-1)!.body as {
    messages: Array<{ role: string; content: unknown }>;
  };
  const user = body.messages.filter((m) => m.role === 'user').at(-1)!;
  return typeof user.content === 'string' ? [{ type: 'text', text: user.content }] : (user.content as Json[]);
}

const failure = (call: Promise<unknown>) =>
  call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as APIError,
  );

const upload = async (bytes: Buffer | string, name: string, type?: string) =>
  client.files.create({
    file: await toFile(Buffer.from(bytes), name, type ? { type } : undefined),
    purpose: 'user_data',
  });

describe('Responses input by file_id', () => {
  it('sends an uploaded image as a data URL image part', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const image = await upload(png, 'cat.png');
    const response = await client.responses.create({
      model: 'fake-model',
      input: [
        {
          role: 'user',
          content: [
            { type: 'input_text', text: 'What is in the picture?' },
            { type: 'input_image', file_id: image.id, detail: 'high' },
          ],
        },
      ],
    });
    expect(response.status).toBe('completed');
    expect(lastUserParts()).toEqual([
      { type: 'text', text: 'What is in the picture?' },
      {
        type: 'image_url',
        image_url: { url: `data:image/png;base64,${png.toString('base64')}`, detail: 'high' },
      },
    ]);
    const items = await client.responses.inputItems.list(response.id);
    expect((items.data[0] as unknown as Json).content).toEqual([
      { type: 'input_text', text: 'What is in the picture?' },
      { type: 'input_image', image_url: null, file_id: image.id, detail: 'high' },
    ]);
  });

  it('sends a text file as its text (an unlabelled .py included) and a PDF as a file part', async () => {
    const code = 'def add(a, b):\n    return a + b  # naïve\n';
    const source = await upload(code, 'add.py', 'application/octet-stream');
    // mime-types calls .ts video/mp2t; the bytes say text.
    const ts = await upload('export const answer = 42;\n', 'index.ts');
    const pdfBytes = Buffer.from('%PDF-1.7\n%\xb5\xb5\xb5\xb5\n1 0 obj\n', 'latin1');
    const pdf = await upload(pdfBytes, 'paper.pdf');
    await client.responses.create({
      model: 'fake-model',
      input: [
        {
          role: 'user',
          content: [
            { type: 'input_file', file_id: source.id },
            { type: 'input_file', file_id: ts.id },
            { type: 'input_file', file_id: pdf.id, filename: 'renamed.pdf' },
            { type: 'input_text', text: 'Review both.' },
          ],
        },
      ],
    });
    expect(lastUserParts()).toEqual([
      { type: 'text', text: `<file name="add.py">\n${code}\n</file>` },
      { type: 'text', text: '<file name="index.ts">\nexport const answer = 42;\n\n</file>' },
      {
        type: 'file',
        file: {
          file_data: `data:application/pdf;base64,${pdfBytes.toString('base64')}`,
          filename: 'renamed.pdf',
        },
      },
      { type: 'text', text: 'Review both.' },
    ]);
  });

  it('replays a file with previous_response_id, and refuses the chain once the file is deleted', async () => {
    const notes = await upload('The launch code is 4242.', 'notes.txt');
    const first = await client.responses.create({
      model: 'fake-model',
      input: [{ role: 'user', content: [{ type: 'input_file', file_id: notes.id }] }],
    });
    await client.responses.create({
      model: 'fake-model',
      previous_response_id: first.id,
      input: 'And again?',
    });
    const replayed = (
      stack.upstream.requests.filter((r) => r.path === '/v1/chat/completions').at(-1)!.body as {
        messages: Array<{ role: string; content: unknown }>;
      }
    ).messages[0]!;
    expect(replayed).toEqual({
      role: 'user',
      content: [{ type: 'text', text: '<file name="notes.txt">\nThe launch code is 4242.\n</file>' }],
    });

    await client.files.delete(notes.id);
    const calls = stack.upstream.requests.length;
    const error = await failure(
      client.responses.create({ model: 'fake-model', previous_response_id: first.id, input: 'Once more?' }),
    );
    expect(error.status).toBe(400);
    expect(error.error).toMatchObject({ param: 'previous_response_id', type: 'invalid_request_error' });
    expect(error.message).toContain(notes.id);
    expect(stack.upstream.requests.length).toBe(calls);
  });

  it('rejects an unknown or unsuitable file id with a 400 naming the part, storing nothing', async () => {
    // The SDK has no responses.list; the gateway serves GET /v1/responses.
    const stored = async () =>
      (await client.get<{ data: unknown[] }>('/responses', { query: { limit: 100 } })).data.length;
    const before = await stored();
    const unknown = await failure(
      client.responses.create({
        model: 'fake-model',
        input: [
          {
            role: 'user',
            content: [
              { type: 'input_text', text: 'hi' },
              { type: 'input_file', file_id: 'file-does-not-exist' },
            ],
          },
        ],
      }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.error).toMatchObject({ param: 'input[0].content[1].file_id' });

    const text = await upload('plain words', 'words.txt');
    const notImage = await failure(
      client.responses.create({
        model: 'fake-model',
        input: [{ role: 'user', content: [{ type: 'input_image', file_id: text.id, detail: 'auto' }] }],
      }),
    );
    expect(notImage.status).toBe(400);
    expect(notImage.error).toMatchObject({ param: 'input[0].content[0].file_id' });
    expect(notImage.message).toContain('not an image');
    // 30 parts naming one 2 MB file are 60 MB to send: refused at once, nothing read into memory.
    const twoMb = await upload(Buffer.alloc(2 << 20, 1), 'two.bin');
    const tooMuch = await failure(
      client.responses.create({
        model: 'fake-model',
        input: [
          {
            role: 'user',
            content: Array.from({ length: 30 }, () => ({ type: 'input_file' as const, file_id: twoMb.id })),
          },
        ],
      }),
    );
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.error).toMatchObject({ param: 'input[0].content[25].file_id', code: 'file_too_large' });
    expect(await stored()).toBe(before);
  });

  it("counts a file's text in input_tokens", async () => {
    const long = await upload('word '.repeat(400), 'long.txt');
    const count = (content: unknown[]) =>
      client.post<{ input_tokens: number }>('/responses/input_tokens', {
        body: { model: 'fake-model', input: [{ role: 'user', content }] },
      });
    const without = await count([{ type: 'input_text', text: 'summarise' }]);
    const withFile = await count([
      { type: 'input_text', text: 'summarise' },
      { type: 'input_file', file_id: long.id },
    ]);
    expect(withFile.input_tokens - without.input_tokens).toBeGreaterThanOrEqual(400);
  });

  it('runs a background response with a file', async () => {
    const doc = await upload('Background facts.', 'facts.txt');
    const queued = await client.responses.create({
      model: 'fake-model',
      background: true,
      input: [{ role: 'user', content: [{ type: 'input_file', file_id: doc.id }] }],
    });
    let done = queued;
    for (let i = 0; i < 100 && (done.status === 'queued' || done.status === 'in_progress'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      done = await client.responses.retrieve(queued.id);
    }
    expect(done.status).toBe('completed');
    expect(lastUserParts()).toEqual([
      { type: 'text', text: '<file name="facts.txt">\nBackground facts.\n</file>' },
    ]);
  });
});

describe('Chat Completions input by file_id', () => {
  it("inlines this gateway's files, leaves other ids for the upstream, and adds nothing else", async () => {
    const notes = await upload('remember the milk', 'todo.txt');
    const pdfBytes = Buffer.from('%PDF-1.7\n%\xb5\xb5\n', 'latin1');
    const pdf = await upload(pdfBytes, 'scan.pdf');
    await client.chat.completions.create({
      model: 'fake-model',
      temperature: 0.5,
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Read these.' },
            { type: 'file', file: { file_id: notes.id } },
            { type: 'file', file: { file_id: pdf.id, filename: 'renamed.pdf' } },
            { type: 'file', file: { file_id: 'file-theUpstreamsOwn' } },
          ],
        },
      ],
    });
    const sent = stack.upstream.requests.at(-1)!.body as Json;
    expect(sent).toEqual({
      model: 'fake-model',
      temperature: 0.5,
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Read these.' },
            { type: 'text', text: '<file name="todo.txt">\nremember the milk\n</file>' },
            {
              type: 'file',
              file: {
                file_data: `data:application/pdf;base64,${pdfBytes.toString('base64')}`,
                filename: 'renamed.pdf',
              },
            },
            { type: 'file', file: { file_id: 'file-theUpstreamsOwn' } },
          ],
        },
      ],
    });
  });
});
