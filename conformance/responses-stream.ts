/**
 * The structure of a Responses event stream, beyond what the schemas say about each event alone:
 *
 * - SSE framing: every event has an `event:` line equal to its JSON `type` and one `data:` line; the
 *   stream ends with `data: [DONE]`.
 * - Every event has a string `type` and an integer `sequence_number`, increasing by 1 from 0 (from
 *   starting_after + 1 for a resumed stream).
 * - Lifecycle: response.created first (fresh streams), then response.queued / response.in_progress
 *   before any output; the last event is response.completed, response.incomplete or
 *   response.failed (unless the case expects none: a cancelled response), and an `error` event comes
 *   only right before response.failed.
 * - Item ordering: output_item.added (output_index 0, 1, … in order) → for a message, per part:
 *   content_part.added → output_text.delta* (refusal.delta*) → output_text.done → content_part.done
 *   → output_item.done; for a function call: added → function_call_arguments.delta* →
 *   function_call_arguments.done → output_item.done (a custom tool's call likewise, with
 *   custom_tool_call_input.*, its input for arguments); for reasoning: its reasoning_text part
 *   (reasoning.delta / reasoning_text.delta) or its summary part (reasoning_summary_*).
 * - Text: the deltas of a part concatenate to its done text, which is the text of content_part.done
 *   and of the item in output_item.done.
 * - The final event's response.output holds every item, each equal to its output_item.done.
 *
 * Items whose output_item.added came before a resumed stream's window are checked only from where
 * the window starts.
 */
import { isDeepStrictEqual } from 'node:util';

type Json = Record<string, unknown>;

export interface StreamCheckOptions {
  /** The starting_after of a resumed stream (GET /v1/responses/{id}?stream=true). */
  startingAfter?: number;
  /** Whether the stream must end with data: [DONE] (default true). */
  done?: boolean;
  /**
   * Whether the last event must be response.completed / .incomplete / .failed (default true). A
   * cancelled response has no final event in either spec, so its stream just ends.
   */
  final?: boolean;
}

export interface StreamCheck {
  problems: string[];
  /** The parsed events, [DONE] excluded. */
  events: Json[];
}

const TERMINAL = new Set(['response.completed', 'response.incomplete', 'response.failed']);
const LIFECYCLE = new Set(['response.created', 'response.queued', 'response.in_progress', ...TERMINAL]);

/** The events that stream a call's arguments: the item type they are on, and its field they fill. */
const ARGUMENT_EVENTS: Record<string, { item: string; field: 'arguments' | 'input' }> = {
  'response.function_call_arguments': { item: 'function_call', field: 'arguments' },
  'response.custom_tool_call_input': { item: 'custom_tool_call', field: 'input' },
};

/** Which part type each text event belongs to, and whether it is a delta or the done. */
const TEXT_EVENTS: Record<string, { part: string; field: 'delta' | 'text' | 'refusal'; summary?: true }> = {
  'response.output_text.delta': { part: 'output_text', field: 'delta' },
  'response.output_text.done': { part: 'output_text', field: 'text' },
  'response.refusal.delta': { part: 'refusal', field: 'delta' },
  'response.refusal.done': { part: 'refusal', field: 'refusal' },
  'response.reasoning.delta': { part: 'reasoning_text', field: 'delta' },
  'response.reasoning.done': { part: 'reasoning_text', field: 'text' },
  'response.reasoning_text.delta': { part: 'reasoning_text', field: 'delta' },
  'response.reasoning_text.done': { part: 'reasoning_text', field: 'text' },
  'response.reasoning_summary_text.delta': { part: 'summary_text', field: 'delta', summary: true },
  'response.reasoning_summary_text.done': { part: 'summary_text', field: 'text', summary: true },
};

interface PartState {
  type: string;
  text: string;
  /** added → text_done → done */
  phase: 'added' | 'text_done' | 'done';
  doneText?: string;
  /** Opened before the window of a resumed stream: its text so far is unknown. */
  partial: boolean;
}

interface ItemState {
  index: number;
  id: string;
  type: string;
  done: boolean;
  parts: Map<string, PartState>;
  args: string;
  argsDone?: string;
  doneItem?: Json;
  partial: boolean;
  /** A web_search_call's (or file_search_call's) progress events so far, in order. */
  searchSteps?: string[];
}

/** A search call's progress events, in the order they must come, by the item type they are of. */
const SEARCH_STEPS: Record<string, string[]> = Object.fromEntries(
  ['web_search_call', 'file_search_call'].map((type) => [
    type,
    ['in_progress', 'searching', 'completed'].map((step) => `response.${type}.${step}`),
  ]),
);
const searchCallOf = (eventType: string) =>
  Object.keys(SEARCH_STEPS).find((type) => SEARCH_STEPS[type]!.includes(eventType));

interface Block {
  event?: string;
  data: string;
}

function parseBlocks(text: string, problems: string[]): Block[] {
  if (text.includes('\r')) problems.push('SSE stream uses CR line endings');
  const blocks: Block[] = [];
  for (const raw of text.split('\n\n')) {
    if (raw.trim() === '') continue;
    const lines = raw.split('\n').filter((l) => l !== '' && !l.startsWith(':'));
    const data = lines.filter((l) => l.startsWith('data: '));
    const event = lines.filter((l) => l.startsWith('event: '));
    const other = lines.filter((l) => !l.startsWith('data: ') && !l.startsWith('event: '));
    if (data.length !== 1 || event.length > 1 || other.length)
      problems.push(`malformed SSE block: ${JSON.stringify(raw.slice(0, 200))}`);
    if (!data.length) continue;
    blocks.push({ event: event[0]?.slice('event: '.length), data: data[0]!.slice('data: '.length) });
  }
  return blocks;
}

export function checkResponsesStream(text: string, options: StreamCheckOptions = {}): StreamCheck {
  const problems: string[] = [];
  const blocks = parseBlocks(text, problems);
  const resumed = options.startingAfter !== undefined && options.startingAfter >= 0;
  const firstSequence = resumed ? options.startingAfter! + 1 : 0;

  const ended = blocks.at(-1)?.data === '[DONE]';
  if ((options.done ?? true) !== ended)
    problems.push(`stream ${ended ? 'ends' : 'does not end'} with [DONE]`);
  if (blocks.slice(0, -1).some((b) => b.data === '[DONE]'))
    problems.push('[DONE] before the end of the stream');

  const events: Json[] = [];
  for (const block of blocks) {
    if (block.data === '[DONE]') continue;
    let event: Json;
    try {
      event = JSON.parse(block.data) as Json;
    } catch {
      problems.push(`event data is not JSON: ${block.data.slice(0, 200)}`);
      continue;
    }
    events.push(event);
    if (block.event !== event.type)
      problems.push(
        `event: line ${JSON.stringify(block.event)} differs from type ${JSON.stringify(event.type)}`,
      );
  }

  const items = new Map<number, ItemState>();
  let nextIndex = 0;
  let started = false;
  let terminal: Json | undefined;
  let responseId: string | undefined;

  events.forEach((event, i) => {
    const type = event.type;
    const at = `event ${i} (${String(type)})`;
    const problem = (message: string) => problems.push(`${at}: ${message}`);
    if (typeof type !== 'string') return problem('has no string type');
    const seq = event.sequence_number;
    if (!Number.isInteger(seq)) problem(`sequence_number ${JSON.stringify(seq)} is not an integer`);
    else if (seq !== firstSequence + i)
      problem(`sequence_number ${String(seq)}, expected ${firstSequence + i}`);
    if (terminal) return problem(`comes after the final ${String(terminal.type)}`);

    if (LIFECYCLE.has(type)) {
      const response = event.response as Json | undefined;
      if (!response || typeof response !== 'object') return problem('has no response');
      responseId ??= response.id as string;
      if (response.id !== responseId) problem(`response.id ${String(response.id)}, expected ${responseId}`);
      const status = type.slice('response.'.length);
      if (type !== 'response.created' && response.status !== status)
        problem(`response.status is ${String(response.status)}`);
      if (type === 'response.created') {
        if (i !== 0 || resumed) problem('response.created is not the first event');
        if (response.status !== 'in_progress' && response.status !== 'queued')
          problem(`response.created with status ${String(response.status)}`);
      } else if (!resumed && i === 0) problem('the first event is not response.created');
      if (type === 'response.in_progress') started = true;
      if (type === 'response.queued' && started) problem('response.queued after response.in_progress');
      if (TERMINAL.has(type)) terminal = event;
      return;
    }
    if (!resumed && !started && type !== 'error') problem('output before response.in_progress');
    if (type === 'error') {
      if (events[i + 1]?.type !== 'response.failed')
        problem('an error event not followed by response.failed');
      return;
    }

    const index = event.output_index as number;
    if (!Number.isInteger(index)) return problem('has no integer output_index');
    if (type === 'response.output_item.added') {
      const item = event.item as Json | undefined;
      if (!item || typeof item.id !== 'string') return problem('has no item with an id');
      if (items.has(index)) return problem(`output_index ${index} was added before`);
      if (!resumed && index !== nextIndex) problem(`output_index ${index}, expected ${nextIndex}`);
      if (resumed && index < nextIndex) problem(`output_index ${index} after ${nextIndex - 1}`);
      nextIndex = index + 1;
      const args =
        typeof item.arguments === 'string'
          ? item.arguments
          : typeof item.input === 'string'
            ? item.input
            : '';
      if (args) problem(`a ${String(item.type)} added with arguments ${JSON.stringify(args)}`);
      items.set(index, {
        index,
        id: item.id,
        type: String(item.type),
        done: false,
        parts: new Map(),
        args,
        partial: false,
      });
      return;
    }

    let item = items.get(index);
    if (!item) {
      if (!resumed) return problem(`output_index ${index} was never added`);
      // An item added before the window: known from here on.
      item = {
        index,
        id: String(event.item_id ?? (event.item as Json | undefined)?.id),
        type: String((event.item as Json | undefined)?.type ?? ''),
        done: false,
        parts: new Map(),
        args: '',
        partial: true,
      };
      items.set(index, item);
      nextIndex = Math.max(nextIndex, index + 1);
    }
    if (item.done) return problem(`output_index ${index} is already done`);
    if ('item_id' in event && event.item_id !== item.id)
      problem(`item_id ${String(event.item_id)}, expected ${item.id}`);

    const partOf = (kind: 'content' | 'summary'): [string, number] | undefined => {
      const n = event[kind === 'content' ? 'content_index' : 'summary_index'];
      if (!Number.isInteger(n)) {
        problem(`has no integer ${kind}_index`);
        return undefined;
      }
      return [`${kind}:${String(n)}`, n as number];
    };
    const openPart = (key: string, n: number, kind: 'content' | 'summary', part: Json | undefined) => {
      if (item.type !== 'message' && item.type !== 'reasoning' && !item.partial)
        problem(`a part on a ${item.type} item`);
      if (item.parts.has(key)) return problem(`${key} was added before`);
      const known = [...item.parts.entries()].filter(([k]) => k.startsWith(kind));
      if (!item.partial && n !== known.length) problem(`${kind}_index ${n}, expected ${known.length}`);
      if (known.some(([, p]) => p.phase !== 'done')) problem(`${key} added while an earlier part is open`);
      const text = part?.type === 'refusal' ? part.refusal : part?.text;
      if (text !== '') problem(`part added with text ${JSON.stringify(text)}`);
      item.parts.set(key, { type: String(part?.type), text: '', phase: 'added', partial: false });
    };
    const partFor = (key: string): PartState | undefined => {
      let part = item.parts.get(key);
      if (!part && resumed) {
        part = { type: '', text: '', phase: 'added', partial: true };
        item.parts.set(key, part);
      }
      if (!part) problem(`${key} was never added`);
      return part;
    };

    switch (type) {
      case 'response.content_part.added':
      case 'response.reasoning_summary_part.added': {
        const kind = type === 'response.content_part.added' ? 'content' : 'summary';
        const where = partOf(kind);
        if (where) openPart(where[0], where[1], kind, event.part as Json | undefined);
        return;
      }
      case 'response.content_part.done':
      case 'response.reasoning_summary_part.done': {
        const where = partOf(type === 'response.content_part.done' ? 'content' : 'summary');
        const part = where && partFor(where[0]);
        if (!part) return;
        if (part.phase !== 'text_done') problem(`${where[0]} done before its text was done`);
        const done = event.part as Json | undefined;
        const text = done?.type === 'refusal' ? done.refusal : done?.text;
        if (part.type && done?.type !== part.type)
          problem(`part type ${String(done?.type)}, added as ${part.type}`);
        if (part.doneText !== undefined && text !== part.doneText)
          problem(
            `part text ${JSON.stringify(text)} differs from the done text ${JSON.stringify(part.doneText)}`,
          );
        part.phase = 'done';
        return;
      }
      case 'response.function_call_arguments.delta':
      case 'response.function_call_arguments.done':
      case 'response.custom_tool_call_input.delta':
      case 'response.custom_tool_call_input.done': {
        const of = ARGUMENT_EVENTS[type.slice(0, type.lastIndexOf('.'))]!;
        if (item.type !== of.item && !item.partial) problem(`on a ${item.type} item`);
        if (item.argsDone !== undefined) return problem(`${of.field} already done`);
        if (type.endsWith('.delta')) {
          if (typeof event.delta !== 'string') return problem('has no string delta');
          item.args += event.delta;
        } else {
          const done = event[of.field];
          if (typeof done !== 'string') return problem(`has no string ${of.field}`);
          if (!item.partial && done !== item.args)
            problem(`${of.field} ${JSON.stringify(done)}, deltas make ${JSON.stringify(item.args)}`);
          item.argsDone = done;
        }
        return;
      }
      case 'response.output_item.done': {
        const done = event.item as Json | undefined;
        if (!done) return problem('has no item');
        if (done.id !== item.id) problem(`item.id ${String(done.id)}, expected ${item.id}`);
        if (item.type && done.type !== item.type)
          problem(`item.type ${String(done.type)}, added as ${item.type}`);
        for (const [key, part] of item.parts)
          if (part.phase !== 'done') problem(`item done while ${key} is open`);
        const streamed = Object.values(ARGUMENT_EVENTS).find((a) => a.item === done.type);
        if (streamed) {
          if (item.argsDone === undefined && !item.partial)
            problem(`item done before its ${streamed.field} were done`);
          if (item.argsDone !== undefined && done[streamed.field] !== item.argsDone)
            problem(
              `item ${streamed.field} ${JSON.stringify(done[streamed.field])}, done as ${JSON.stringify(item.argsDone)}`,
            );
        }
        for (const [key, part] of item.parts) {
          if (part.doneText === undefined) continue;
          const [kind, n] = key.split(':') as [string, string];
          const list = (kind === 'summary' ? done.summary : done.content) as Json[] | undefined;
          const entry = list?.[Number(n)];
          const text = entry?.type === 'refusal' ? entry.refusal : entry?.text;
          if (text !== part.doneText)
            problem(`item ${key} text ${JSON.stringify(text)}, done as ${JSON.stringify(part.doneText)}`);
        }
        if (typeof done.type === 'string' && SEARCH_STEPS[done.type] && !item.partial) {
          const completed = item.searchSteps?.includes(`response.${done.type}.completed`) ?? false;
          if (completed !== (done.status === 'completed'))
            problem(
              `a ${String(done.status)} ${done.type} ${completed ? 'with' : 'without'} a completed event`,
            );
        }
        item.done = true;
        item.doneItem = done;
        return;
      }
      case 'response.output_text.annotation.added':
        return;
    }
    const searchCall = searchCallOf(type);
    if (searchCall) {
      if (item.type !== searchCall && !item.partial) problem(`on a ${item.type} item`);
      const order = SEARCH_STEPS[searchCall]!;
      const steps = (item.searchSteps ??= []);
      const expected = order[steps.length];
      // A failed search may end before it searched or completed; it never goes back.
      if (!item.partial && order.indexOf(type) !== steps.length)
        problem(`after ${steps.at(-1) ?? 'nothing'}, expected ${expected ?? 'no more'}`);
      steps.push(type);
      return;
    }

    const textEvent = TEXT_EVENTS[type];
    if (!textEvent) return problem('is not an event type this checker knows');
    const where = partOf(textEvent.summary ? 'summary' : 'content');
    const part = where && partFor(where[0]);
    if (!part) return;
    if (part.type && part.type !== textEvent.part) problem(`on a ${part.type} part`);
    if (part.phase !== 'added') return problem(`${where[0]} text is already done`);
    const value = event[textEvent.field];
    if (typeof value !== 'string') return problem(`has no string ${textEvent.field}`);
    if (textEvent.field === 'delta') part.text += value;
    else {
      if (!part.partial && value !== part.text)
        problem(`done text ${JSON.stringify(value)}, deltas make ${JSON.stringify(part.text)}`);
      part.doneText = value;
      part.phase = 'text_done';
    }
  });

  if (options.final === false) {
    if (terminal) problems.push(`a final ${String(terminal.type)}, expected none`);
  } else if (!terminal)
    problems.push('no response.completed, response.incomplete or response.failed at the end');
  else {
    const output = ((terminal.response as Json).output ?? []) as Json[];
    if (!resumed && output.length !== items.size)
      problems.push(`final response.output has ${output.length} items, the stream added ${items.size}`);
    for (const item of items.values()) {
      if (!item.done) problems.push(`output_index ${item.index} never done`);
      else if (!isDeepStrictEqual(output[item.index], item.doneItem))
        problems.push(
          `final response.output[${item.index}] differs from its output_item.done: ${JSON.stringify(output[item.index])} vs ${JSON.stringify(item.doneItem)}`,
        );
    }
  }
  return { problems, events };
}
