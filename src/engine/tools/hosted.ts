/**
 * The port for tools the gateway runs itself (hosted tools: web_search, later file_search and MCP).
 * On a chat backend such a tool is offered to the model as a function; when the model calls it, the
 * run loop (engine/responses/loop.ts) runs it through this port, streams its events in the run's sequence, puts its
 * item into the Response's output and sends its text back to the model as the tool's result, then
 * calls the model again. A provider that speaks Responses itself runs its hosted tools itself.
 */
import type { ChatCompletionFunctionTool } from 'openai/resources/chat/completions';
import type { Annotation, CreateResponseBody, ItemField, RequestTool } from '../../api-types.js';
import { badRequest } from '../../errors.js';
import type { UnnumberedEvent } from '../events/sequence.js';
import { wantedNames } from './registry.js';

/** One tool of a request's `tools`, whatever its type. */
export type { RequestTool };

/** A stream event as a tool yields it: the run numbers it. */
export type HostedEvent = UnnumberedEvent;

/** The type a request tool names (`function` tools may omit it). */
export function toolType(tool: RequestTool): string {
  return 'type' in tool && typeof tool.type === 'string' ? tool.type : 'function';
}

/** One call the model made to a hosted tool. */
export interface HostedCall {
  /** The request tool the call was made through (as the client sent it). */
  tool: RequestTool;
  /** The chat tool call's id (what the tool's result answers). */
  callId: string;
  /** The arguments as the model wrote them. */
  rawArguments: string;
  /** The arguments parsed as JSON; undefined when they were not JSON. */
  arguments: unknown;
}

export interface HostedContext {
  /** Whose response this is: a tool reads and searches only that tenant's data. */
  tenant: string;
  /** Aborted when the response is cancelled or its client went away. */
  signal: AbortSignal;
  /** The request's `include` (e.g. `web_search_call.action.sources`). */
  include: readonly string[];
  /** The index the call's item takes in the Response's output (for its events' output_index). */
  outputIndex: number;
  /**
   * The number the call's first citable result is to be told by. Results are numbered across the
   * response's hosted calls, of every tool, so that a citation [n] names one result only.
   */
  firstNumber: number;
}

/** A source a result gave the model, which its answer may cite (a url_citation annotation). */
export interface CitableSource {
  url: string;
  title: string;
}

/** A file a result gave the model, which its answer may cite (a file_citation annotation). */
export interface CitableFile {
  fileId: string;
  filename: string;
}

export interface HostedResult {
  /** The call's item as it ends up in the Response's output (e.g. a completed web_search_call). */
  item: ItemField;
  /** What the model is told the tool returned (the chat `tool` message's content). */
  output: string;
  /** The sources given to the model in `output`, in the order it was told them. */
  sources?: readonly CitableSource[];
  /** The files given to the model in `output`, in the order it was told them. */
  files?: readonly CitableFile[];
  /** The number the first of them was told by (HostedContext.firstNumber). */
  firstNumber?: number;
}

/** How many results a hosted result numbered for the model to cite. */
export const citableCount = (result: HostedResult): number =>
  (result.sources?.length ?? 0) + (result.files?.length ?? 0);

/** What `results` gave the model to cite, picked by `of`, by the number it was told each by. */
export function byNumber<T>(
  results: readonly HostedResult[],
  of: (result: HostedResult) => readonly T[] | undefined,
): Map<number, T> {
  const numbered = new Map<number, T>();
  let next = 1;
  for (const result of results) {
    const first = result.firstNumber ?? next;
    for (const [i, cited] of (of(result) ?? []).entries()) numbered.set(first + i, cited);
    next = first + citableCount(result);
  }
  return numbered;
}

export interface HostedTool {
  /** The request tool types this tool serves (e.g. `web_search`, `web_search_preview`). */
  readonly types: readonly string[];
  /**
   * The function the chat model is offered for `tool`, or undefined when it cannot run now (no
   * backend configured): then it is not offered, and the Response still echoes it in `tools`. The
   * function's name must be unique among the tools offered; calls come back by it.
   */
  offer(tool: RequestTool): ChatCompletionFunctionTool | undefined;
  /** Why `offer` gave nothing for `tool` (for the access log: "no search backend"). */
  notOffered?(tool: RequestTool): string;
  /**
   * Runs one call. Yields the call's stream events in order — its `response.output_item.added`
   * (with `context.outputIndex`), its own progress events, its `response.output_item.done` — and
   * returns its item and the text the model gets back. A failure the model should hear of (a
   * search that found nothing, a backend that is down) is a result; what it throws fails the
   * response.
   */
  run(call: HostedCall, context: HostedContext): AsyncGenerator<HostedEvent, HostedResult, void>;
  /**
   * Checks at admission, before anything is stored or the model called, that `tool` (the request's
   * tools[i], named `at`) can run for `tenant`: a 400 naming the field that cannot (an unknown
   * vector store is `tools[0].vector_store_ids[1]`).
   */
  check?(tool: RequestTool, at: string, tenant: string): Promise<void>;
  /**
   * The annotations of an output_text part the model wrote, given its complete text and this
   * tool's results in the response so far, oldest first: e.g. url_citation annotations for the
   * sources it cites. They are streamed (response.output_text.annotation.added) before the part's
   * done events and kept in the part.
   */
  annotate?(text: string, results: readonly HostedResult[]): Annotation[];
  /**
   * The item of a call that threw after its output_item.added, closed with the status its type
   * has for that (`failed` for a web_search_call); without this, it is closed as announced.
   */
  failed?(item: ItemField): ItemField;
}

/** The item an output_item event carries, as the tool made it (the event's schema loses its type). */
export function announcedItem(item: unknown): ItemField | undefined {
  return isItem(item) ? item : undefined;
}

function isItem(item: unknown): item is ItemField {
  return typeof item === 'object' && item !== null && 'type' in item && typeof item.type === 'string';
}

/** The hosted tools the engine is constructed with (empty by default). */
export class HostedTools {
  private readonly byType = new Map<string, HostedTool>();

  constructor(tools: readonly HostedTool[] = []) {
    for (const tool of tools) this.register(tool);
  }

  register(tool: HostedTool): this {
    for (const type of tool.types) {
      if (this.byType.has(type)) throw new Error(`Two hosted tools serve the tool type '${type}'.`);
      this.byType.set(type, tool);
    }
    return this;
  }

  /** The hosted tool serving this request tool's type, if any. */
  serving(tool: RequestTool): HostedTool | undefined {
    return this.byType.get(toolType(tool));
  }

  /** Whether this request tool is one the gateway runs (so it is not mapped as a client function). */
  serves(tool: RequestTool): boolean {
    return this.byType.has(toolType(tool));
  }

  /**
   * What a request offers the model, by function name: the hosted tools among its tools that can
   * run. A client tool of any kind asking for the same chat name could not be told apart from it:
   * a 400 naming the client tool's field.
   */
  offers(request: Pick<CreateResponseBody, 'tools'>): Map<string, Offered> {
    const offered = new Map<string, Offered>();
    for (const tool of request.tools ?? []) {
      const hosted = this.serving(tool);
      const fn = hosted?.offer(tool);
      if (hosted && fn) offered.set(fn.function.name, { hosted, tool, fn });
    }
    for (const { name, param } of wantedNames(request.tools))
      if (offered.has(name))
        throw badRequest(
          `The tool name '${name}' is taken by the hosted ${toolType(offered.get(name)!.tool)} tool.`,
          param,
          'invalid_value',
        );
    return offered;
  }

  /** Runs each of the request's hosted tools' admission check (HostedTool.check), in order. */
  async check(request: Pick<CreateResponseBody, 'tools'>, tenant: string): Promise<void> {
    for (const [i, tool] of (request.tools ?? []).entries())
      await this.serving(tool)?.check?.(tool, `tools[${i}]`, tenant);
  }

  /** The request's hosted tools that cannot run now, each as `type (why)`, for the access log. */
  notOffered(request: Pick<CreateResponseBody, 'tools'>): string[] {
    return (request.tools ?? []).flatMap((tool) => {
      const hosted = this.serving(tool);
      if (!hosted || hosted.offer(tool)) return [];
      return [`${toolType(tool)}${hosted.notOffered ? ` (${hosted.notOffered(tool)})` : ''}`];
    });
  }
}

/** A hosted tool as offered to the model in one request. */
export interface Offered {
  hosted: HostedTool;
  tool: RequestTool;
  fn: ChatCompletionFunctionTool;
}
