/**
 * When ResponsesRepository.save appends a response to its conversation (both dialects decide
 * alike): once it is completed or incomplete. A failed or cancelled response appends nothing, and
 * neither does one still queued or in progress.
 */
import type { ResponseResource } from '../api-types.js';

/** The id of the conversation that saving `response` appends it to, if any. */
export function appendsTo(response: ResponseResource): string | undefined {
  if (response.status !== 'completed' && response.status !== 'incomplete') return undefined;
  return response.conversation?.id ?? undefined;
}
