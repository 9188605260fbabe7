/**
 * The output items a run has open, and the events that close them: a message's text or refusal
 * part (with its annotations), a reasoning item's text, a function call's arguments.
 */
import type { ItemField, MessageItem, ReasoningItem, ResponseStreamEvent } from '../../api-types.js';
import type { ToolCallStream } from '../tools/stream.js';
import type { LogProb } from './chat.js';
import type { OutputOptions } from './output.js';
import type { EventSequence } from './sequence.js';

type Events = ResponseStreamEvent[];
type PartOptions = Pick<OutputOptions, 'reasoningSummary' | 'annotate'>;

export interface OpenMessage {
  kind: 'message';
  index: number;
  item: MessageItem;
  part?: { index: number; type: 'output_text' | 'refusal'; text: string; logprobs: LogProb[] };
}
export interface OpenReasoning {
  kind: 'reasoning';
  index: number;
  item: ReasoningItem;
  text: string;
}
/** A client tool call of any shape (engine/tools/stream.ts). */
export interface OpenCall {
  kind: 'function_call';
  index: number;
  item: ItemField;
  stream: ToolCallStream;
  /** For a call held back while an earlier one is open: its argument deltas so far. */
  deltas?: string[];
}
export type OpenItem = OpenMessage | OpenReasoning | OpenCall;

export function closePart(seq: EventSequence, open: OpenMessage, options: PartOptions, events: Events): void {
  const part = open.part;
  if (!part) return;
  const where = { item_id: open.item.id, output_index: open.index, content_index: part.index };
  if (part.type === 'refusal') {
    const done = { type: 'refusal' as const, refusal: part.text };
    open.item.content[part.index] = structuredClone(done);
    events.push(seq.event('response.refusal.done', { ...where, refusal: part.text }));
    events.push(seq.event('response.content_part.done', { ...where, part: done }));
  } else {
    const annotations = part.text && options.annotate ? options.annotate(part.text) : [];
    for (const [annotation_index, annotation] of annotations.entries())
      events.push(
        seq.event('response.output_text.annotation.added', { ...where, annotation_index, annotation }),
      );
    const done = { type: 'output_text' as const, text: part.text, annotations, logprobs: part.logprobs };
    open.item.content[part.index] = structuredClone(done);
    events.push(
      seq.event('response.output_text.done', { ...where, text: part.text, logprobs: part.logprobs }),
    );
    events.push(seq.event('response.content_part.done', { ...where, part: done }));
  }
  open.part = undefined;
}

export function closeItem(
  seq: EventSequence,
  open: OpenItem,
  status: 'completed' | 'incomplete',
  options: PartOptions,
  events: Events,
): void {
  const where = { item_id: open.item.id, output_index: open.index };
  if (open.kind === 'message') {
    closePart(seq, open, options, events);
  } else if (open.kind === 'reasoning') {
    if (options.reasoningSummary) {
      const summary = { type: 'summary_text' as const, text: open.text };
      events.push(
        seq.event('response.reasoning_summary_text.done', {
          ...where,
          summary_index: 0,
          text: open.text,
        }),
      );
      events.push(
        seq.event('response.reasoning_summary_part.done', {
          ...where,
          summary_index: 0,
          part: summary,
        }),
      );
      open.item.summary = [summary];
    } else {
      const content = { type: 'reasoning_text' as const, text: open.text };
      events.push(seq.event('response.reasoning_text.done', { ...where, content_index: 0, text: open.text }));
      events.push(seq.event('response.content_part.done', { ...where, content_index: 0, part: content }));
      open.item.content = [content];
    }
  } else {
    const announced = open.stream.announcedAtStart;
    events.push(...open.stream.done(status, where).map((e) => seq.number(e)));
    // A built-in's call (shell, apply_patch, …) is announced once its action is complete.
    if (!announced)
      events.push(
        seq.event('response.output_item.added', {
          output_index: open.index,
          item: open.stream.announcement(),
        }),
      );
  }
  if (open.kind !== 'function_call') open.item.status = status;
  events.push(
    seq.event('response.output_item.done', {
      output_index: open.index,
      item: structuredClone(open.item),
    }),
  );
}
