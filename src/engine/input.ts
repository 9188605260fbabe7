/**
 * Input items as the client sent them (a string, or item params in any of their accepted shapes)
 * become stored items: every item gets an id and a status, message content becomes parts, and an
 * item_reference becomes the item it names.
 */
import type { CreateResponseBody, ItemField, MessageItem } from '../api-types.js';
import { badRequest } from '../errors.js';
import { decodeCompaction } from './compaction.js';
import { newId } from './ids.js';

type Json = Record<string, unknown>;
type MessageContent = MessageItem['content'][number];

/** Looks up a stored item by id (for item_reference). */
export type ItemLookup = (id: string) => Promise<ItemField | undefined>;

export async function normalizeInput(
  input: CreateResponseBody['input'],
  lookup: ItemLookup,
): Promise<ItemField[]> {
  if (input === undefined || input === null) return [];
  if (typeof input === 'string') return [userText(input)];
  const items: ItemField[] = [];
  for (const [i, raw] of input.entries()) items.push(await normalizeItem(raw as Json, `input[${i}]`, lookup));
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

async function normalizeItem(item: Json, at: string, lookup: ItemLookup): Promise<ItemField> {
  const id = typeof item.id === 'string' && item.id ? item.id : undefined;
  switch (item.type ?? (item.role ? 'message' : 'item_reference')) {
    case 'message':
      return normalizeMessage(item, at, id);
    case 'function_call':
      return {
        type: 'function_call',
        id: id ?? newId('fc'),
        call_id: item.call_id as string,
        name: item.name as string,
        arguments: item.arguments as string,
        status: (item.status as 'completed' | undefined) ?? 'completed',
      };
    case 'function_call_output':
      return {
        type: 'function_call_output',
        id: id ?? newId('fco'),
        call_id: item.call_id as string,
        output: Array.isArray(item.output)
          ? (item.output as Json[]).map((part, j) => contentPart(part, `${at}.output[${j}]`) as never)
          : (item.output as string),
        status: (item.status as 'completed' | undefined) ?? 'completed',
      };
    case 'reasoning':
      return {
        type: 'reasoning',
        id: id ?? newId('rs'),
        status: (item.status as 'completed' | undefined) ?? 'completed',
        summary: (item.summary as never[]) ?? [],
        ...(Array.isArray(item.content) ? { content: item.content as never[] } : {}),
        ...(typeof item.encrypted_content === 'string' ? { encrypted_content: item.encrypted_content } : {}),
      };
    case 'compaction':
      decodeCompaction(item.encrypted_content as string, `${at}.encrypted_content`);
      return {
        type: 'compaction',
        id: id ?? newId('cmp'),
        encrypted_content: item.encrypted_content as string,
      };
    default: {
      // item_reference
      const found = id ? await lookup(id) : undefined;
      if (!found)
        throw badRequest(`Item with id '${String(item.id)}' not found.`, `${at}.id`, 'invalid_value');
      return found;
    }
  }
}

function normalizeMessage(item: Json, at: string, id: string | undefined): MessageItem {
  const role = item.role as MessageItem['role'];
  const textType = role === 'assistant' ? 'output_text' : 'input_text';
  const content: MessageContent[] =
    typeof item.content === 'string'
      ? [textPart(textType, item.content)]
      : (item.content as Json[]).map((part, j) => contentPart(part, `${at}.content[${j}]`));
  const message: MessageItem = {
    type: 'message',
    id: id ?? newId('msg'),
    status: (item.status as MessageItem['status'] | undefined) ?? 'completed',
    role,
    content,
  };
  if (role === 'assistant' && typeof item.phase === 'string')
    message.phase = item.phase as MessageItem['phase'];
  return message;
}

function textPart(type: 'input_text' | 'output_text', text: string): MessageContent {
  return type === 'output_text' ? { type, text, annotations: [], logprobs: [] } : { type, text };
}

function contentPart(part: Json, at: string): MessageContent {
  switch (part.type) {
    case 'output_text':
      return {
        type: 'output_text',
        text: part.text as string,
        annotations: (part.annotations as never[]) ?? [],
        logprobs: (part.logprobs as never[]) ?? [],
      };
    case 'input_image': {
      if (part.file_id)
        throw badRequest(
          'input_image by file_id needs the Files API, which this gateway does not serve yet; send image_url (a URL or a data URL).',
          `${at}.file_id`,
          'unsupported_parameter',
        );
      if (typeof part.image_url !== 'string' || !part.image_url)
        throw badRequest(
          'input_image needs an image_url (a URL or a data URL).',
          `${at}.image_url`,
          'missing_required_parameter',
        );
      return {
        type: 'input_image',
        image_url: part.image_url,
        detail: (part.detail as 'auto' | undefined) ?? 'auto',
      };
    }
    case 'input_file': {
      const at2 = part.file_id ? `${at}.file_id` : part.file_url ? `${at}.file_url` : undefined;
      if (at2)
        throw badRequest(
          'input_file is supported with file_data (base64, as a data URL); file_id and file_url need the Files API, which this gateway does not serve yet.',
          at2,
          'unsupported_parameter',
        );
      if (typeof part.file_data !== 'string' || !part.file_data)
        throw badRequest('input_file needs file_data.', `${at}.file_data`, 'missing_required_parameter');
      return { ...part, type: 'input_file' } as MessageContent;
    }
    default:
      return part as MessageContent;
  }
}
