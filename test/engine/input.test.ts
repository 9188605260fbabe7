/** Input as clients send it → stored items. */
import { describe, expect, it, vi } from 'vitest';
import type { CreateResponseBody, ItemField } from '../../src/api-types.js';
import { ApiError } from '../../src/errors.js';
import { encodeCompaction } from '../../src/engine/compaction.js';
import {
  MAX_INPUT_FILE_BYTES,
  normalizeInput,
  type FileFacts,
  type ItemLookup,
} from '../../src/engine/input.js';

const none: ItemLookup = async () => undefined;
/** The uploads these tests can name: an image, a text file and one too large to inline. */
const uploads: Record<string, FileFacts> = {
  'file-img': { filename: 'cat.png', mimeType: 'image/png', size: 10 },
  'file-txt': { filename: 'notes.txt', mimeType: 'text/plain', size: 5 },
  'file-big': { filename: 'big.pdf', mimeType: 'application/pdf', size: MAX_INPUT_FILE_BYTES + 1 },
  'file-half': { filename: 'half.pdf', mimeType: 'application/pdf', size: MAX_INPUT_FILE_BYTES / 2 + 1 },
};
const normalize = (input: unknown, lookup: ItemLookup = none) =>
  normalizeInput(input as CreateResponseBody['input'], { item: lookup, file: async (id) => uploads[id] });

/** The 400 a normalisation must fail with. */
async function rejection(input: unknown, lookup: ItemLookup = none) {
  const error = await normalize(input, lookup).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  const { status, param, code } = error as ApiError;
  return { status, param, code };
}

describe('normalizeInput', () => {
  it('has nothing for no input', async () => {
    expect(await normalize(undefined)).toEqual([]);
    expect(await normalize(null)).toEqual([]);
    expect(await normalize([])).toEqual([]);
  });

  it('makes a string one completed user message with an id', async () => {
    const [item, ...rest] = await normalize('hello');
    expect(rest).toEqual([]);
    expect(item).toEqual({
      type: 'message',
      id: expect.stringMatching(/^msg_/),
      status: 'completed',
      role: 'user',
      content: [{ type: 'input_text', text: 'hello' }],
    });
  });

  it('reads messages without a type (EasyInputMessage), string content becoming a part', async () => {
    const items = await normalize([
      { role: 'user', content: 'hi' },
      { role: 'assistant', content: 'hello' },
      { role: 'developer', content: 'be nice' },
    ]);
    expect(items.map((i) => i.type)).toEqual(['message', 'message', 'message']);
    expect(items[0]).toMatchObject({
      role: 'user',
      status: 'completed',
      content: [{ type: 'input_text', text: 'hi' }],
    });
    // An assistant's text is output_text, with the fields output_text always has.
    expect(items[1]).toMatchObject({
      role: 'assistant',
      content: [{ type: 'output_text', text: 'hello', annotations: [], logprobs: [] }],
    });
    expect(items[2]).toMatchObject({ role: 'developer', content: [{ type: 'input_text', text: 'be nice' }] });
    // Each gets its own id.
    expect(new Set(items.map((i) => i.id)).size).toBe(3);
  });

  it('keeps the ids, status and phase a client sent', async () => {
    const [message] = await normalize([
      {
        type: 'message',
        id: 'msg_mine',
        role: 'assistant',
        status: 'incomplete',
        phase: 'final_answer',
        content: 'x',
      },
    ]);
    expect(message).toMatchObject({ id: 'msg_mine', status: 'incomplete', phase: 'final_answer' });
  });

  it('defaults annotations and logprobs of an output_text part sent without them', async () => {
    const [message] = await normalize([
      { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'earlier answer' }] },
    ]);
    expect((message as { content: unknown[] }).content).toEqual([
      { type: 'output_text', text: 'earlier answer', annotations: [], logprobs: [] },
    ]);
  });

  it('gives function calls and their outputs ids and a completed status', async () => {
    const items = await normalize([
      { type: 'function_call', call_id: 'call_1', name: 'f', arguments: '{}' },
      { type: 'function_call_output', call_id: 'call_1', output: 'done' },
      {
        type: 'function_call_output',
        call_id: 'call_2',
        output: [{ type: 'output_text', text: 'as parts' }],
        status: 'incomplete',
      },
    ]);
    expect(items[0]).toEqual({
      type: 'function_call',
      id: expect.stringMatching(/^fc_/),
      call_id: 'call_1',
      name: 'f',
      arguments: '{}',
      status: 'completed',
    });
    expect(items[1]).toEqual({
      type: 'function_call_output',
      id: expect.stringMatching(/^fco_/),
      call_id: 'call_1',
      output: 'done',
      status: 'completed',
    });
    expect(items[2]).toMatchObject({
      status: 'incomplete',
      output: [{ type: 'output_text', text: 'as parts', annotations: [], logprobs: [] }],
    });
  });

  it('keeps reasoning items with their summary, content and encrypted content', async () => {
    const [bare, full] = await normalize([
      { type: 'reasoning', summary: [] },
      {
        type: 'reasoning',
        id: 'rs_1',
        summary: [{ type: 'summary_text', text: 's' }],
        content: [{ type: 'reasoning_text', text: 'c' }],
        encrypted_content: 'opaque',
      },
    ]);
    expect(bare).toMatchObject({ type: 'reasoning', id: expect.stringMatching(/^rs_/), summary: [] });
    expect(bare).not.toHaveProperty('content');
    expect(full).toMatchObject({
      id: 'rs_1',
      summary: [{ type: 'summary_text', text: 's' }],
      content: [{ type: 'reasoning_text', text: 'c' }],
      encrypted_content: 'opaque',
    });
  });

  it('replaces an item_reference with the stored item', async () => {
    const stored: ItemField = {
      type: 'message',
      id: 'msg_old',
      status: 'completed',
      role: 'assistant',
      content: [{ type: 'output_text', text: 'from before', annotations: [], logprobs: [] }],
    };
    const lookup = vi.fn<ItemLookup>(async (id) => (id === 'msg_old' ? stored : undefined));
    const items = await normalize(
      [{ type: 'item_reference', id: 'msg_old' }, { id: 'msg_old' }, { role: 'user', content: 'go on' }],
      lookup,
    );
    expect(items.slice(0, 2)).toEqual([stored, stored]);
    expect(lookup).toHaveBeenCalledWith('msg_old');
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it('rejects a reference to an item that does not exist, naming it', async () => {
    expect(
      await rejection([
        { role: 'user', content: 'x' },
        { type: 'item_reference', id: 'msg_nope' },
      ]),
    ).toEqual({
      status: 400,
      param: 'input[1].id',
      code: 'invalid_value',
    });
    expect(await rejection([{ type: 'item_reference' }])).toMatchObject({ param: 'input[0].id' });
  });

  it('accepts images by URL, with detail defaulting to auto', async () => {
    const [message] = await normalize([
      {
        role: 'user',
        content: [
          { type: 'input_image', image_url: 'https://example.com/a.png' },
          { type: 'input_image', image_url: 'data:image/png;base64,AA', detail: 'low' },
        ],
      },
    ]);
    expect((message as { content: unknown[] }).content).toEqual([
      { type: 'input_image', image_url: 'https://example.com/a.png', detail: 'auto' },
      { type: 'input_image', image_url: 'data:image/png;base64,AA', detail: 'low' },
    ]);
  });

  it('keeps images and files by file_id as ids, after checking the upload exists and fits', async () => {
    const [message] = await normalize([
      {
        role: 'user',
        content: [
          { type: 'input_image', file_id: 'file-img' },
          { type: 'input_file', file_id: 'file-txt' },
          { type: 'input_file', file_id: 'file-txt', filename: 'renamed.txt' },
        ],
      },
    ]);
    expect((message as { content: unknown[] }).content).toEqual([
      { type: 'input_image', image_url: null, file_id: 'file-img', detail: 'auto' },
      { type: 'input_file', file_id: 'file-txt', filename: 'notes.txt' },
      { type: 'input_file', file_id: 'file-txt', filename: 'renamed.txt' },
    ]);
    const first = (content: unknown) => [{ role: 'user', content: [content] }];
    expect(
      await rejection([
        { role: 'user', content: 'x' },
        ...first({ type: 'input_image', file_id: 'file-nope' }),
      ]),
    ).toEqual({
      status: 400,
      param: 'input[1].content[0].file_id',
      code: 'invalid_value',
    });
    // Only an image can be an input_image; nothing larger than OpenAI's limit is inlined.
    expect(await rejection(first({ type: 'input_image', file_id: 'file-txt' }))).toMatchObject({
      param: 'input[0].content[0].file_id',
      code: 'invalid_value',
    });
    expect(await rejection(first({ type: 'input_file', file_id: 'file-big' }))).toMatchObject({
      param: 'input[0].content[0].file_id',
      code: 'file_too_large',
    });
    // The limit is on all the parts together: a file named twice counts twice.
    expect(
      await rejection([
        { role: 'user', content: [{ type: 'input_file', file_id: 'file-half' }] },
        { role: 'user', content: [{ type: 'input_file', file_id: 'file-half' }] },
      ]),
    ).toEqual({ status: 400, param: 'input[1].content[0].file_id', code: 'file_too_large' });
    // One source per part.
    expect(
      await rejection(first({ type: 'input_image', file_id: 'file-img', image_url: 'https://x/a.png' })),
    ).toMatchObject({ param: 'input[0].content[0].file_id' });
    expect(
      await rejection(
        first({ type: 'input_file', file_id: 'file-txt', file_data: 'data:text/plain;base64,aGk=' }),
      ),
    ).toMatchObject({ param: 'input[0].content[0].file_data' });
    // The gateway does not fetch URLs for the model.
    expect(await rejection(first({ type: 'input_file', file_url: 'https://x/a.pdf' }))).toEqual({
      status: 400,
      param: 'input[0].content[0].file_url',
      code: 'unsupported_parameter',
    });
  });

  it('requires an image_url or file_data where there is no id', async () => {
    expect(await rejection([{ role: 'user', content: [{ type: 'input_image' }] }])).toEqual({
      status: 400,
      param: 'input[0].content[0].image_url',
      code: 'missing_required_parameter',
    });
    expect(
      await rejection([{ role: 'user', content: [{ type: 'input_file', filename: 'a.pdf' }] }]),
    ).toMatchObject({
      param: 'input[0].content[0].file_data',
    });
    const [message] = await normalize([
      {
        role: 'user',
        content: [{ type: 'input_file', file_data: 'data:application/pdf;base64,JV', filename: 'a.pdf' }],
      },
    ]);
    expect((message as { content: unknown[] }).content).toEqual([
      { type: 'input_file', file_data: 'data:application/pdf;base64,JV', filename: 'a.pdf' },
    ]);
  });

  it('checks function_call_output parts like message parts', async () => {
    expect(
      await rejection([
        {
          type: 'function_call_output',
          call_id: 'c',
          output: [{ type: 'input_image', file_id: 'file-txt' }],
        },
      ]),
    ).toMatchObject({ param: 'input[0].output[0].file_id' });
  });

  it('accepts compaction items of this gateway and rejects others', async () => {
    const encrypted = encodeCompaction('summary');
    const [item] = await normalize([{ type: 'compaction', encrypted_content: encrypted }]);
    expect(item).toEqual({
      type: 'compaction',
      id: expect.stringMatching(/^cmp_/),
      encrypted_content: encrypted,
    });
    expect(
      await rejection([
        { role: 'user', content: 'x' },
        { type: 'compaction', encrypted_content: 'gAAAA-openai' },
      ]),
    ).toEqual({ status: 400, param: 'input[1].encrypted_content', code: 'invalid_value' });
    expect(
      await rejection([
        { type: 'compaction', encrypted_content: 'orgw1.' + Buffer.from('{}').toString('base64url') },
      ]),
    ).toMatchObject({ param: 'input[0].encrypted_content' });
    expect(await rejection([{ type: 'compaction', encrypted_content: 'orgw1.!!!' }])).toMatchObject({
      param: 'input[0].encrypted_content',
    });
  });
});
