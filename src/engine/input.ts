/**
 * Input items as the client sent them (a string, or item params in any of their accepted shapes)
 * become stored items: every item gets an id and a status, message content becomes parts, and an
 * item_reference becomes the item it names.
 */
import type { CreateResponseBody, ItemField, MessageItem } from '../api-types.js';
import type { components } from '../generated/types.js';
import { badRequest } from '../errors.js';
import { newId } from '../ids.js';
import type { FileStore } from '../store/files.js';
import type { ResponsesRepository } from '../store/responses.js';
import { decodeCompaction } from './compaction.js';
import { toolItem } from './tools/input-items.js';

type ItemParam = components['schemas']['ItemParam'];
// additional_tools items have a role too (developer), and no content.
type MessageParam = Exclude<Extract<ItemParam, { role: string }>, { type: 'additional_tools' }>;
/** A content part of any input item (message content, function_call_output output). */
type PartParam =
  | Exclude<MessageParam['content'], string>[number]
  | Exclude<Extract<ItemParam, { type: 'function_call_output' }>['output'], string>[number];
type MessageContent = MessageItem['content'][number];
type FileParts = Exclude<Extract<ItemField, { type: 'function_call_output' }>['output'], string>;

/** Looks up a stored item by id (for item_reference). */
export type ItemLookup = (id: string) => Promise<ItemField | undefined>;

/** What input needs to know of an uploaded file (for file_id). */
export interface FileFacts {
  filename: string;
  mimeType: string;
  /** In bytes. */
  size: number;
}
export type FileLookup = (id: string) => Promise<FileFacts | undefined>;

export interface InputLookups {
  item: ItemLookup;
  file: FileLookup;
}

/** The lookups of one tenant's stored items (any response's or conversation's) and uploaded files. */
export function storedLookups(
  tenant: string,
  items: Pick<ResponsesRepository, 'findItem'>,
  files: Pick<FileStore, 'get'>,
): InputLookups {
  return {
    item: (id) => items.findItem(tenant, id),
    file: async (id) => {
      const found = await files.get(tenant, id);
      return found && { filename: found.file.filename, mimeType: found.mimeType, size: found.file.bytes };
    },
  };
}

/**
 * OpenAI's limit on the files of one request, all parts together (a file named twice counts
 * twice): their bytes are inlined into the upstream request.
 */
export const MAX_INPUT_FILE_BYTES = 50 * 1024 * 1024;

/** Looks up the file a part names, failing at `at` if it is unknown or the request's files grow too large. */
type UploadedFile = (id: string, at: string) => Promise<FileFacts>;

function uploadedFiles(lookup: FileLookup): UploadedFile {
  let total = 0;
  return async (id, at) => {
    const file = await lookup(id);
    if (!file) throw badRequest(`No such File object: ${id}`, at, 'invalid_value');
    total += file.size;
    if (total > MAX_INPUT_FILE_BYTES)
      throw badRequest(
        `The files of this input add up to more than ${MAX_INPUT_FILE_BYTES} bytes, the most one request can send.`,
        at,
        'file_too_large',
      );
    return file;
  };
}

/**
 * The items, normalized; a bad one is a 400 naming it under `field` (`input[2].content`; the
 * Conversations API's items are `items[2].content`).
 */
export async function normalizeInput(
  input: CreateResponseBody['input'],
  lookups: InputLookups,
  field = 'input',
): Promise<ItemField[]> {
  if (input === undefined || input === null) return [];
  if (typeof input === 'string') return [userText(input)];
  const items: ItemField[] = [];
  const files = uploadedFiles(lookups.file);
  for (const [i, raw] of input.entries())
    items.push(await normalizeItem(raw, `${field}[${i}]`, lookups.item, files));
  return items;
}

export function userText(text: string): MessageItem {
  return {
    type: 'message',
    id: newId('msg'),
    status: 'completed',
    role: 'user',
    content: [{ type: 'input_text', text }],
  };
}

const ITEM_STATUSES: ReadonlySet<string> = new Set(['in_progress', 'completed', 'incomplete']);

/** An item's status as sent, when it is one an item can have; completed otherwise. */
function statusOf(status: string | null | undefined): 'in_progress' | 'completed' | 'incomplete' {
  return status && ITEM_STATUSES.has(status)
    ? (status as 'in_progress' | 'completed' | 'incomplete')
    : 'completed';
}

async function normalizeItem(
  item: ItemParam,
  at: string,
  lookupItem: ItemLookup,
  files: UploadedFile,
): Promise<ItemField> {
  const id = item.id || undefined;
  // A message may come without `type` (OpenAI's EasyInputMessage); so may an item_reference.
  if ('role' in item && item.type !== 'additional_tools') return normalizeMessage(item, at, id, files);
  switch (item.type) {
    case 'function_call':
      return {
        type: 'function_call',
        id: id ?? newId('fc'),
        call_id: item.call_id,
        name: item.name,
        ...(item.namespace ? { namespace: item.namespace } : {}),
        arguments: item.arguments,
        status: statusOf(item.status),
      };
    case 'function_call_output':
      return {
        type: 'function_call_output',
        id: id ?? newId('fco'),
        call_id: item.call_id,
        output:
          typeof item.output === 'string'
            ? item.output
            : await outputParts(item.output, `${at}.output`, files),
        status: statusOf(item.status),
      };
    case 'reasoning':
      return {
        type: 'reasoning',
        id: id ?? newId('rs'),
        status: 'completed',
        summary: item.summary,
        ...(Array.isArray(item.content) ? { content: item.content } : {}),
        ...(typeof item.encrypted_content === 'string' ? { encrypted_content: item.encrypted_content } : {}),
      };
    case 'compaction':
      decodeCompaction(item.encrypted_content, `${at}.encrypted_content`);
      return { type: 'compaction', id: id ?? newId('cmp'), encrypted_content: item.encrypted_content };
    case 'web_search_call':
      // Carried in the history as sent (the contract checked its shape); chat models are not sent it.
      return {
        type: 'web_search_call',
        id: item.id,
        status: item.status,
        action: item.action,
      };
    case 'file_search_call':
      // Carried as sent (the contract checked its shape); chat models get its queries and results.
      return {
        type: 'file_search_call',
        id: item.id,
        status: item.status,
        queries: item.queries,
        ...(item.results ? { results: item.results } : {}),
      };
    default: {
      const tool = await toolItem(item, at, id, (parts, where) =>
        contentParts(parts as PartParam[], where, files),
      );
      if (tool) return tool;
      // item_reference
      const found = id ? await lookupItem(id) : undefined;
      if (!found)
        throw badRequest(`Item with id '${String(item.id)}' not found.`, `${at}.id`, 'invalid_value');
      return found;
    }
  }
}

async function normalizeMessage(
  item: MessageParam,
  at: string,
  id: string | undefined,
  files: UploadedFile,
): Promise<MessageItem> {
  const role = item.role;
  const textType = role === 'assistant' ? 'output_text' : 'input_text';
  const content: MessageContent[] =
    typeof item.content === 'string'
      ? [textPart(textType, item.content)]
      : await contentParts(item.content, `${at}.content`, files);
  const message: MessageItem = {
    type: 'message',
    id: id ?? newId('msg'),
    status: statusOf(item.status),
    role,
    content,
  };
  if (item.role === 'assistant' && item.phase) message.phase = item.phase;
  return message;
}

function textPart(type: 'input_text' | 'output_text', text: string): MessageContent {
  return type === 'output_text' ? { type, text, annotations: [], logprobs: [] } : { type, text };
}

async function contentParts(parts: PartParam[], at: string, files: UploadedFile): Promise<MessageContent[]> {
  const out: MessageContent[] = [];
  for (const [j, part] of parts.entries()) out.push(await contentPart(part, `${at}[${j}]`, files));
  return out;
}

/** A function_call_output's parts, normalized as a message's are. */
async function outputParts(parts: PartParam[], at: string, files: UploadedFile): Promise<FileParts> {
  // The contract admits only input parts here; a part of another kind (only a direct caller can
  // send one) is kept as it came, as a message's would be.
  return (await contentParts(parts, at, files)) as FileParts;
}

async function contentPart(part: PartParam, at: string, files: UploadedFile): Promise<MessageContent> {
  switch (part.type) {
    case 'output_text':
      return {
        type: 'output_text',
        text: part.text,
        annotations: part.annotations ?? [],
        logprobs: 'logprobs' in part && Array.isArray(part.logprobs) ? part.logprobs : [],
      };
    case 'input_image': {
      const detail = part.detail ?? 'auto';
      if (part.file_id && part.image_url)
        throw badRequest('Send either image_url or file_id, not both.', `${at}.file_id`, 'invalid_value');
      if (part.file_id) {
        const file = await files(part.file_id, `${at}.file_id`);
        if (!file.mimeType.startsWith('image/'))
          throw badRequest(
            `File '${part.file_id}' is not an image (${file.mimeType}).`,
            `${at}.file_id`,
            'invalid_value',
          );
        return { type: 'input_image', image_url: null, file_id: part.file_id, detail };
      }
      if (!part.image_url)
        throw badRequest(
          'input_image needs an image_url (a URL or a data URL) or a file_id.',
          `${at}.image_url`,
          'missing_required_parameter',
        );
      return { type: 'input_image', image_url: part.image_url, detail };
    }
    case 'input_file': {
      const given = (['file_id', 'file_data', 'file_url'] as const).filter((k) => part[k]);
      if (given.length > 1)
        throw badRequest(
          `Send one of file_id, file_data or file_url, not ${given.join(' and ')}.`,
          `${at}.${given[1]}`,
          'invalid_value',
        );
      if (part.file_url)
        throw badRequest(
          'input_file by file_url is not supported: the gateway does not fetch URLs for the model. Upload the file (POST /v1/files) and send its file_id, or send file_data.',
          `${at}.file_url`,
          'unsupported_parameter',
        );
      if (part.file_id) {
        const file = await files(part.file_id, `${at}.file_id`);
        return { type: 'input_file', file_id: part.file_id, filename: part.filename || file.filename };
      }
      if (!part.file_data)
        throw badRequest(
          'input_file needs file_id or file_data.',
          `${at}.file_data`,
          'missing_required_parameter',
        );
      return {
        type: 'input_file',
        file_data: part.file_data,
        ...(part.filename ? { filename: part.filename } : {}),
      };
    }
    default:
      return part;
  }
}
