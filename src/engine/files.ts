/**
 * Stored items name uploaded files by file_id; an upstream has never seen those files. Before a
 * request goes upstream, every file_id is replaced by the file's bytes as a data URL (input_image →
 * image_url, input_file → file_data), each file read and encoded once per request. The stored items
 * keep the id.
 */
import type { ItemField } from '../api-types.js';
import { badRequest } from '../errors.js';
import { MAX_INPUT_FILE_BYTES } from './input.js';
import { fileAsText, textFileContent } from './translate.js';
import type { Json } from './json.js';

export interface FileContent {
  filename: string;
  mimeType: string;
  bytes: Buffer;
}

/** Reads an uploaded file of the request's tenant; undefined when it is gone. */
export type FileReader = (id: string) => Promise<FileContent | undefined>;

interface Inlined {
  filename: string;
  size: number;
  dataUrl: string;
}

export class FileInliner {
  private readonly files = new Map<string, Promise<Inlined | undefined>>();
  /** Bytes inlined so far, over every part of every item (a file named twice counts twice). */
  private total = 0;

  constructor(private readonly reader: FileReader) {}

  /**
   * The items with their files inlined. `param` names the request field the items came from, for
   * a file deleted since they were stored, or files that add up to more than one request may send.
   */
  async inline(items: ItemField[], param: string): Promise<ItemField[]> {
    if (!items.some(hasFileId)) return items;
    const out: ItemField[] = [];
    for (const item of items) out.push(hasFileId(item) ? await this.inlineItem(item, param) : item);
    return out;
  }

  private async inlineItem(item: ItemField, param: string): Promise<ItemField> {
    if (item.type === 'message') return { ...item, content: await this.parts(item.content, param) };
    if (item.type === 'function_call_output' && Array.isArray(item.output))
      return { ...item, output: await this.parts(item.output, param) };
    return item;
  }

  /** The parts with their file ids replaced by the files' bytes (each part keeps its kind). */
  private async parts<P extends Part>(parts: P[], param: string): Promise<P[]> {
    const out: P[] = [];
    for (const part of parts) out.push(await this.inlinePart(part, param));
    return out;
  }

  private async inlinePart<P extends Part>(original: P, param: string): Promise<P> {
    const part: Part = original;
    const id = fileIdOf(part);
    if (!id || (part.type !== 'input_image' && part.type !== 'input_file')) return original;
    const file = await this.file(id, param);
    if (part.type === 'input_image') {
      const { file_id: _id, ...rest } = part;
      return { ...rest, image_url: file.dataUrl } as P;
    }
    const { file_id: _id, ...rest } = part;
    return { ...rest, file_data: file.dataUrl, filename: rest.filename ?? file.filename } as P;
  }

  /** An uploaded file as a data URL, or undefined when there is no such file (here). */
  async find(id: string, param: string): Promise<Inlined | undefined> {
    let pending = this.files.get(id);
    if (!pending) {
      pending = this.reader(id).then(
        (file) =>
          file && {
            filename: file.filename,
            size: file.bytes.length,
            dataUrl: `data:${file.mimeType};base64,${file.bytes.toString('base64')}`,
          },
      );
      this.files.set(id, pending);
    }
    const file = await pending;
    if (!file) return undefined;
    this.total += file.size;
    if (this.total > MAX_INPUT_FILE_BYTES)
      throw badRequest(
        `The files of this request add up to more than ${MAX_INPUT_FILE_BYTES} bytes, the most one request can send.`,
        param,
        'file_too_large',
      );
    return file;
  }

  private async file(id: string, param: string): Promise<Inlined> {
    const file = await this.find(id, param);
    if (!file)
      throw badRequest(
        `File '${id}' was deleted; it can no longer be sent to the model.`,
        param,
        'invalid_value',
      );
    return file;
  }
}

/** Whether chat messages name a file by id (`{type: 'file', file: {file_id}}`). */
export function namesChatFiles(messages: unknown[]): boolean {
  return messages.some((m) => chatParts(m).some(isChatFileById));
}

/**
 * Chat completions name files by file_id too. Files uploaded here are inlined into the (freshly
 * parsed) request body, a text file as its text as for Responses; any other id is left for the
 * upstream, which may have files of its own (OpenAI does).
 */
export async function inlineChatFiles(body: Json, inliner: FileInliner): Promise<void> {
  for (const message of (body.messages ?? []) as unknown[]) {
    const parts = chatParts(message);
    for (const [i, part] of parts.entries()) {
      if (!isChatFileById(part)) continue;
      const ref = part.file as Json;
      const file = await inliner.find(ref.file_id as string, 'messages');
      if (!file) continue;
      const filename = typeof ref.filename === 'string' ? ref.filename : file.filename;
      const text = textFileContent(file.dataUrl);
      parts[i] =
        text !== undefined
          ? { type: 'text', text: fileAsText(filename, text) }
          : { type: 'file', file: { file_data: file.dataUrl, filename } };
    }
  }
}

function chatParts(message: unknown): Json[] {
  const content = (message as Json | null)?.content;
  return Array.isArray(content) ? (content as Json[]) : [];
}

function isChatFileById(part: Json): boolean {
  return part?.type === 'file' && typeof (part.file as Json | undefined)?.file_id === 'string';
}

/** A content part of an item that may name an uploaded file. */
type Part = Extract<ItemField, { type: 'message' }>['content'][number];

function fileIdOf(part: Part): string | undefined {
  return ('file_id' in part && part.file_id) || undefined;
}

function hasFileId(item: ItemField): boolean {
  if (item.type === 'message') return item.content.some(fileIdOf);
  if (item.type === 'function_call_output' && Array.isArray(item.output)) return item.output.some(fileIdOf);
  return false;
}
