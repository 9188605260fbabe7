/**
 * A Responses request becomes a chat completions request: messages from instructions and items,
 * tools, and every sampling and routing parameter a chat completions backend understands.
 * Pure functions of their input.
 */
import { isUtf8 } from 'node:buffer';
import mime from 'mime-types';
import type {
  ChatCompletionAssistantMessageParam,
  ChatCompletionContentPart,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import type { CreateResponseBody, ItemField, MessageItem } from '../api-types.js';
import type { components } from '../generated/types.js';
import { badRequest } from '../errors.js';
import { decodeCompaction } from './compaction.js';
import type { Json } from './json.js';
import { historyPart } from './tools/calls.js';
import { checkToolChoice, toChatToolChoice } from './tools/choice.js';
import type { Offered } from './tools/hosted.js';
import { ToolSet } from './tools/registry.js';

export type ChatParams = Omit<ChatCompletionCreateParamsNonStreaming, 'stream'>;
type FunctionCallOutputItem = components['schemas']['FunctionCallOutput'];

/** Rejects fields the gateway cannot honour, each with a 400 naming it. */
export function checkSupported(request: CreateResponseBody): void {
  const unsupported: Array<[keyof CreateResponseBody, string]> = [
    [
      'context_management',
      'Server-side context management is not supported; use truncation: "auto" or /v1/responses/compact.',
    ],
  ];
  for (const [field, message] of unsupported) {
    if (request[field] !== undefined && request[field] !== null)
      throw badRequest(message, field, 'unsupported_parameter');
  }
  if (request.background && request.store === false)
    throw badRequest('background responses must be stored: store cannot be false.', 'store', 'invalid_value');
  // Also refuses two tools of one name.
  checkToolChoice(request, ToolSet.from(request.tools));
}

/** Chat messages for instructions followed by the items of every turn, in order. */
export function toMessages(
  instructions: string | null | undefined,
  items: ItemField[],
  tools: ToolSet = ToolSet.from([], items),
): ChatCompletionMessageParam[] {
  const messages: ChatCompletionMessageParam[] = [];
  if (instructions) messages.push({ role: 'system', content: instructions });
  // The assistant message that function calls attach to, until something else follows it.
  let assistant: ChatCompletionAssistantMessageParam | undefined;
  for (const item of items) {
    switch (item.type) {
      case 'message': {
        const message = fromMessage(item);
        messages.push(message);
        assistant = message.role === 'assistant' ? message : undefined;
        break;
      }
      case 'compaction':
        messages.push({ role: 'system', content: decodeCompaction(item.encrypted_content) });
        assistant = undefined;
        break;
      // Reasoning is the model's own scratch work: chat backends neither need nor accept it back.
      case 'reasoning':
        break;
      // Tool calls and their outputs, of every tool shape; items that only make tools available
      // (additional_tools) have none, and are not sent.
      default: {
        const part = historyPart(item, tools);
        if (part && 'call' in part) {
          if (!assistant) {
            assistant = { role: 'assistant', content: null };
            messages.push(assistant);
          }
          const { id, name, arguments: args } = part.call;
          (assistant.tool_calls ??= []).push({ id, type: 'function', function: { name, arguments: args } });
        }
        if (part && 'output' in part) {
          messages.push({ role: 'tool', tool_call_id: part.output.call_id, content: part.output.content });
          assistant = undefined;
        }
      }
    }
  }
  return messages;
}

type Part = MessageItem['content'][number] | Exclude<FunctionCallOutputItem['output'], string>[number];

function textOf(parts: readonly Part[]): string {
  return parts.map((p) => ('text' in p ? p.text : 'refusal' in p ? p.refusal : '')).join('');
}

function fromMessage(item: MessageItem): ChatCompletionMessageParam {
  const parts = item.content;
  switch (item.role) {
    case 'assistant': {
      const refusal = parts.find((p) => p.type === 'refusal');
      const text = textOf(parts.filter((p) => p.type !== 'refusal'));
      return {
        role: 'assistant',
        content: text || (refusal ? null : ''),
        ...(refusal ? { refusal: refusal.refusal } : {}),
      };
    }
    // Many local chat templates know no "developer" role; a system message means the same to them.
    case 'system':
    case 'developer':
      return { role: 'system', content: textOf(parts) };
    default: {
      if (parts.every((p) => p.type === 'input_text')) return { role: 'user', content: textOf(parts) };
      return { role: 'user', content: parts.map(toChatPart) };
    }
  }
}

/** A user message's part for a chat backend; file ids were inlined before (engine/files.ts). */
function toChatPart(part: Part): ChatCompletionContentPart {
  switch (part.type) {
    case 'input_image':
      return { type: 'image_url', image_url: { url: part.image_url ?? '', detail: part.detail ?? 'auto' } };
    case 'input_file': {
      const filename = part.filename || undefined;
      const data = part.file_data ?? '';
      const text = textFileContent(data);
      // Chat backends take files as PDFs at best; a text file goes to them as the text it is.
      if (text !== undefined) return { type: 'text', text: fileAsText(filename, text) };
      return { type: 'file', file: { file_data: data, ...(filename ? { filename } : {}) } };
    }
    default:
      return { type: 'text', text: textOf([part]) };
  }
}

/** The text of a base64 data URL whose media type is text (text/*, JSON, …), if it is valid UTF-8. */
export function textFileContent(dataUrl: string): string | undefined {
  const match = /^data:([^;,]+)[^,]*;base64,/.exec(dataUrl);
  if (!match) return undefined;
  const type = match[1]!.toLowerCase();
  if (!type.startsWith('text/') && mime.charset(type) !== 'UTF-8') return undefined;
  const bytes = Buffer.from(dataUrl.slice(match[0].length), 'base64');
  return isUtf8(bytes) ? bytes.toString('utf8') : undefined;
}

export function fileAsText(filename: string | undefined, text: string): string {
  return `<file${filename ? ` name=${JSON.stringify(filename)}` : ''}>\n${text}\n</file>`;
}

function toResponseFormat(text: CreateResponseBody['text']): ChatParams['response_format'] {
  const format = text?.format as Json | null | undefined;
  if (!format || format.type === 'text') return undefined;
  if (format.type === 'json_object') return { type: 'json_object' };
  return {
    type: 'json_schema',
    json_schema: {
      name: format.name as string,
      schema: format.schema as Json,
      ...(typeof format.description === 'string' ? { description: format.description } : {}),
      ...(typeof format.strict === 'boolean' ? { strict: format.strict } : {}),
    },
  };
}

/** True when the client asked for output_text logprobs, either way the API allows. */
export function wantsLogprobs(request: CreateResponseBody): boolean {
  return (request.include ?? []).includes('message.output_text.logprobs') || (request.top_logprobs ?? 0) > 0;
}

export function toChatParams(
  request: CreateResponseBody,
  messages: ChatCompletionMessageParam[],
  upstreamModel: string,
  /** The hosted tools the gateway runs, offered as functions in this call (engine/tools/hosted.ts). */
  hosted: readonly Offered[] = [],
  /** The client's tools as chat functions (engine/tools/). */
  tools: ToolSet = ToolSet.from(request.tools),
): ChatParams {
  const params: ChatParams & Json = { model: upstreamModel, messages };
  if (tools.chatTools.length || hosted.length) {
    params.tools = [...tools.chatTools, ...hosted.map((o) => o.fn)];
    if (request.parallel_tool_calls !== undefined && request.parallel_tool_calls !== null)
      params.parallel_tool_calls = request.parallel_tool_calls;
  }
  // Chat backends refuse tool_choice without tools (all of them hosted tools not offered, say).
  const toolChoice = params.tools && toChatToolChoice(request.tool_choice, tools, hosted);
  if (toolChoice) params.tool_choice = toolChoice;
  const responseFormat = toResponseFormat(request.text);
  if (responseFormat) params.response_format = responseFormat;
  if (request.text?.verbosity) params.verbosity = request.text.verbosity;
  if (request.reasoning?.effort)
    params.reasoning_effort = request.reasoning.effort as ChatParams['reasoning_effort'];
  if (request.max_output_tokens !== undefined && request.max_output_tokens !== null)
    params.max_completion_tokens = request.max_output_tokens;
  if (wantsLogprobs(request)) {
    params.logprobs = true;
    if (request.top_logprobs) params.top_logprobs = request.top_logprobs;
  }
  const carried = [
    'temperature',
    'top_p',
    'presence_penalty',
    'frequency_penalty',
    'user',
    'safety_identifier',
    'prompt_cache_key',
    'prompt_cache_retention',
    'prompt_cache_options',
    'moderation',
    'service_tier',
  ] as const;
  for (const key of carried) {
    const value = request[key];
    if (value !== undefined && value !== null) (params as Json)[key] = value;
  }
  if (request.metadata && Object.keys(request.metadata).length) params.metadata = request.metadata;
  return params;
}
