/**
 * Stored items name uploaded files by file_id; an upstream has never seen those files. Before a
 * request goes upstream, every file_id is replaced by the file's bytes as a data URL (input_image →
 * image_url, input_file → file_data), read once per file per request. The stored items keep the id.
 */
import { isUtf8 } from 'node:buffer';
import type { ItemField } from '../api-types.js';
import { badRequest } from '../errors.js';

type Json = Record<string, unknown>;

export interface FileContent {
  filename: string;
  mimeType: string;
  bytes: Buffer;
}

/** Reads an uploaded file of the request's tenant; undefined when it is gone. */
export type FileReader = (id: string) => Promise<FileContent | undefined>;

export class FileInliner {
  private readonly read = new Map<string, Promise<FileContent | undefined>>();

  constructor(private readonly reader: FileReader) {}

  /**
   * The items with their files inlined. `param` names the request field a missing file came from
   * (it was there when the item was stored, and has since been deleted).
   */
  async inline(items: ItemField[], param: string): Promise<ItemField[]> {
    if (!items.some(hasFileId)) return items;
    return Promise.all(items.map((item) => (hasFileId(item) ? this.inlineItem(item, param) : item)));
  }

  private async inlineItem(item: ItemField, param: string): Promise<ItemField> {
    const copy = { ...item } as Json;
    if (Array.isArray(copy.content)) copy.content = await this.parts(copy.content as Json[], param);
    if (Array.isArray(copy.output)) copy.output = await this.parts(copy.output as Json[], param);
    return copy as ItemField;
  }

  private parts(parts: Json[], param: string): Promise<Json[]> {
    return Promise.all(
      parts.map(async (part) => {
        if (typeof part.file_id !== 'string' || !part.file_id) return part;
        const file = await this.file(part.file_id, param);
        const { file_id: _id, ...rest } = part;
        const dataUrl = `data:${mediaType(file)};base64,${file.bytes.toString('base64')}`;
        if (part.type === 'input_image') return { ...rest, image_url: dataUrl };
        return { ...rest, file_data: dataUrl, filename: part.filename ?? file.filename };
      }),
    );
  }

  private async file(id: string, param: string): Promise<FileContent> {
    let pending = this.read.get(id);
    if (!pending) this.read.set(id, (pending = this.reader(id)));
    const file = await pending;
    if (!file)
      throw badRequest(
        `File '${id}' was deleted; it can no longer be sent to the model.`,
        param,
        'invalid_value',
      );
    return file;
  }
}

/** An upload nobody labelled (source code, logs, …) is text when its bytes are UTF-8 without NULs. */
function mediaType(file: FileContent): string {
  if (file.mimeType !== 'application/octet-stream') return file.mimeType;
  return isUtf8(file.bytes) && !file.bytes.includes(0) ? 'text/plain' : file.mimeType;
}

function hasFileId(item: ItemField): boolean {
  const json = item as Json;
  const parts = [json.content, json.output].filter(Array.isArray).flat() as Json[];
  return parts.some((p) => typeof p?.file_id === 'string' && p.file_id !== '');
}
