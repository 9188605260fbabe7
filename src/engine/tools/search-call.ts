/**
 * One call of a hosted search tool (web_search, file_search), as its item and events go: announced
 * in_progress, searching, then completed — or failed, which the model hears of rather than the
 * response failing: a search that cannot run (arguments without a query) or whose backend failed
 * (an ApiError). A cancelled response, or anything else thrown (a bug), is thrown on.
 */
import type { FileSearchCallItem, WebSearchCallItem } from '../../api-types.js';
import { ApiError } from '../../errors.js';
import type { HostedContext, HostedEvent } from './hosted.js';

export interface SearchCall<Found> {
  /** The call's item, in_progress; its status is set as the call ends. */
  item: WebSearchCallItem | FileSearchCallItem;
  context: HostedContext;
  /** Why the call cannot search at all (its arguments), when it cannot. */
  invalid?: string | undefined;
  search(signal: AbortSignal): Promise<Found>;
  /** What the model is told of what was found (and the item completed with it). */
  found(found: Found): string;
  /** What the model is told when the search failed, and why (without a final period). */
  failed(why: string): string;
}

/** Runs the call, yielding its events; returns what the model is told. */
export async function* runSearchCall<Found>(call: SearchCall<Found>): AsyncGenerator<HostedEvent, string> {
  const { item, context } = call;
  const where = { item_id: item.id, output_index: context.outputIndex };
  const step = <S extends 'in_progress' | 'searching' | 'completed'>(s: S) =>
    ({ type: `response.${item.type}.${s}`, ...where }) as const;
  yield {
    type: 'response.output_item.added',
    output_index: context.outputIndex,
    item: structuredClone(item),
  };
  yield step('in_progress');
  let output: string;
  if (call.invalid) {
    item.status = 'failed';
    output = call.failed(call.invalid);
  } else {
    yield step('searching');
    try {
      const found = await call.search(context.signal);
      item.status = 'completed';
      output = call.found(found);
      yield step('completed');
    } catch (error) {
      if (context.signal.aborted || !(error instanceof ApiError)) throw error;
      item.status = 'failed';
      output = call.failed(error.message.replace(/\.$/, ''));
    }
  }
  yield { type: 'response.output_item.done', output_index: context.outputIndex, item: structuredClone(item) };
  return output;
}
