/**
 * What a read of stored items shows, by `include` (OpenAI's IncludeEnum): an item is stored with
 * everything it came with, and a read leaves out what was not asked for, as OpenAI's conversation
 * item reads do. Of the values, these apply to items the gateway stores:
 * - message.output_text.logprobs: output_text parts keep their logprobs (else an empty list);
 * - reasoning.encrypted_content: reasoning items keep encrypted_content (else it is left out);
 * - web_search_call.action.sources: a search's sources (else left out);
 * - file_search_call.results: a file search's results, when the request that ran it kept them
 *   (else left out).
 * The others are accepted and change nothing: message.input_image.image_url (image URLs are
 * always shown, as the Responses input_items list shows them), and the results and outputs of tool
 * calls the gateway does not run (web_search_call.results, code_interpreter_call,
 * computer_call_output).
 */
import type { ItemField, MessageItem } from '../../api-types.js';
import type { components } from '../../generated/types.js';

export type IncludeValue = components['schemas']['ConversationIncludeEnum'];

type Part = MessageItem['content'][number];

const hasLogprobs = (part: Part) => part.type === 'output_text' && !!part.logprobs?.length;

/** A reader of stored items for one request's `include`. */
export function itemView(include: readonly string[] | undefined): (item: ItemField) => ItemField {
  const wanted = new Set(include ?? []);
  return (item) => {
    switch (item.type) {
      case 'message':
        if (wanted.has('message.output_text.logprobs') || !item.content.some(hasLogprobs)) return item;
        return {
          ...item,
          content: item.content.map((part) => (hasLogprobs(part) ? { ...part, logprobs: [] } : part)),
        };
      case 'reasoning': {
        if (wanted.has('reasoning.encrypted_content') || item.encrypted_content === undefined) return item;
        const { encrypted_content: _left, ...rest } = item;
        return rest;
      }
      case 'web_search_call': {
        if (wanted.has('web_search_call.action.sources') || item.action.type !== 'search') return item;
        if (!item.action.sources) return item;
        const { sources: _left, ...action } = item.action;
        return { ...item, action };
      }
      case 'file_search_call': {
        if (wanted.has('file_search_call.results') || !item.results) return item;
        const { results: _left, ...rest } = item;
        return rest;
      }
      default:
        return item;
    }
  };
}
