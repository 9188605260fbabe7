/**
 * For a provider that speaks /v1/responses itself: the request it is sent. The gateway keeps the
 * state, so the upstream gets the whole conversation inline with store: false, and never sees the
 * gateway's previous_response_id, conversation, background flag or prompt (its own ids, rendered or
 * read already).
 */
import type { CreateResponseBody, ItemField } from '../api-types.js';
import type { Json } from './json.js';

export function toNativeBody(request: CreateResponseBody, items: ItemField[], upstreamModel: string): Json {
  const {
    previous_response_id: _previous,
    // The conversation's items are in `items`; its id means nothing upstream.
    conversation: _conversation,
    background: _background,
    store: _store,
    stream: _stream,
    stream_options: _streamOptions,
    // Rendered into instructions and input at admission (engine/responses/prompt.ts).
    prompt: _prompt,
    ...rest
  } = request;
  return { ...rest, model: upstreamModel, input: items.flatMap(toNativeItem), store: false };
}

/**
 * Stored items as input items. Input messages go without the gateway's ids (they are not the
 * upstream's); reasoning can only be carried back with its encrypted content.
 */
function toNativeItem(item: ItemField): Json[] {
  if (item.type === 'message' && item.role !== 'assistant') {
    const { id: _id, status: _status, ...message } = item;
    return [message];
  }
  if (item.type === 'reasoning' && !item.encrypted_content) return [];
  return [item as Json];
}
