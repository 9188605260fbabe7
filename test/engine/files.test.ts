/** file_id parts → data URLs for the upstream, each file read once per request. */
import { describe, expect, it, vi } from 'vitest';
import type { ItemField } from '../../src/api-types.js';
import { ApiError } from '../../src/errors.js';
import { FileInliner, type FileContent } from '../../src/engine/files.js';

const files: Record<string, FileContent> = {
  'file-img': { filename: 'cat.png', mimeType: 'image/png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  'file-py': { filename: 'main.py', mimeType: 'text/plain', bytes: Buffer.from('print(1)\n') },
  'file-bin': { filename: 'blob', mimeType: 'application/octet-stream', bytes: Buffer.from([0, 1, 2]) },
};

const message = (content: unknown[]): ItemField =>
  ({ type: 'message', id: 'msg_1', status: 'completed', role: 'user', content }) as ItemField;
const dataUrl = (type: string, bytes: Buffer) => `data:${type};base64,${bytes.toString('base64')}`;

describe('FileInliner', () => {
  it('replaces file ids with data URLs and keeps everything else', async () => {
    const read = vi.fn(async (id: string) => files[id]);
    const items = [
      message([
        { type: 'input_text', text: 'look' },
        { type: 'input_image', image_url: null, file_id: 'file-img', detail: 'high' },
        { type: 'input_file', file_id: 'file-py', filename: 'main.py' },
        { type: 'input_file', file_id: 'file-bin', filename: 'blob' },
      ]),
      {
        type: 'function_call_output',
        id: 'fco_1',
        call_id: 'c',
        status: 'completed',
        output: [{ type: 'input_image', image_url: null, file_id: 'file-img', detail: 'auto' }],
      } as ItemField,
    ];
    const [inlinedMessage, inlinedOutput] = await new FileInliner(read).inline(items, 'input');
    expect((inlinedMessage as { content: unknown[] }).content).toEqual([
      { type: 'input_text', text: 'look' },
      { type: 'input_image', image_url: dataUrl('image/png', files['file-img']!.bytes), detail: 'high' },
      { type: 'input_file', file_data: dataUrl('text/plain', files['file-py']!.bytes), filename: 'main.py' },
      {
        type: 'input_file',
        file_data: dataUrl('application/octet-stream', files['file-bin']!.bytes),
        filename: 'blob',
      },
    ]);
    expect((inlinedOutput as { output: unknown[] }).output).toEqual([
      { type: 'input_image', image_url: dataUrl('image/png', files['file-img']!.bytes), detail: 'auto' },
    ]);
    // The stored items are not touched, and a file used twice is read once.
    expect((items[0] as { content: Array<{ file_id?: string }> }).content[1]!.file_id).toBe('file-img');
    expect(read.mock.calls.map(([id]) => id).sort()).toEqual(['file-bin', 'file-img', 'file-py']);
  });

  it('leaves items without file ids as they are, reading nothing', async () => {
    const read = vi.fn(async () => undefined);
    const items = [message([{ type: 'input_text', text: 'hi' }])];
    expect(await new FileInliner(read).inline(items, 'input')).toBe(items);
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses files that add up to more than one request may send, counting repeats', async () => {
    const thirtyMb: FileContent = {
      filename: 'big.pdf',
      mimeType: 'application/pdf',
      bytes: Buffer.alloc(30 << 20),
    };
    const read = vi.fn(async () => thirtyMb);
    const inliner = new FileInliner(read);
    const part = { type: 'input_file', file_id: 'file-big', filename: 'big.pdf' };
    // One use fits; the same file again (here in a later call of the same request) does not.
    await inliner.inline([message([part])], 'previous_response_id');
    const error = await inliner.inline([message([part])], 'input').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, param: 'input', code: 'file_too_large' });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('fails with a 400 naming the given field when a file is gone', async () => {
    const inliner = new FileInliner(async () => undefined);
    const error = await inliner
      .inline(
        [message([{ type: 'input_file', file_id: 'file-gone', filename: 'x.txt' }])],
        'previous_response_id',
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, param: 'previous_response_id' });
    expect((error as ApiError).message).toContain('file-gone');
  });
});
