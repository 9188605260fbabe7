/**
 * The run: a bounded loop over model calls. A step calls the model and streams what it says; the
 * calls it made to hosted tools (engine/tools/hosted.ts) are run, their items added to the output
 * and their results sent back to the model in the next step; a step without them — text, or
 * function calls for the client — ends the response. Every step streams into one sequence, one
 * output and one usage. The stored Response is written before the final event, so a follow-up
 * request finds it; if the consumer goes away, the response is stored as cancelled.
 */
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ItemField, ResponseStreamEvent } from '../../api-types.js';
import type { Lease, ResponseQueue, ResponsesRepository } from '../../store/responses.js';
import type { StepCall } from '../events/output.js';
import { ResponseRun, type RunOptions } from '../events/run.js';
import {
  announcedItem,
  citableCount,
  type HostedResult,
  type HostedTool,
  type HostedTools,
} from '../tools/hosted.js';
import { wantsLogprobs } from '../translate.js';
import type { Admitted } from './admit.js';
import { callChat, fitted, isAbort, runError, stepOf, toolsOf, type Opened } from './call.js';
import type { Conversation } from './history.js';
import { holdLease } from './lease.js';

/** How many model calls one response may make by default (engine.maxModelCalls). */
export const DEFAULT_MAX_MODEL_CALLS = 8;

/**
 * The reason a response that reached the loop's bound ends incomplete with. OpenAI's reasons are
 * max_output_tokens and content_filter; a run out of model calls has spent what it may produce.
 */
export const LOOP_BOUND_REASON = 'max_output_tokens';

export interface LoopDeps {
  store: ResponsesRepository;
  /** Leases: a foreground stored response holds one while it runs. */
  queue: Pick<ResponseQueue, 'renew'>;
  hosted: HostedTools;
  /** At most this many model calls per response. */
  maxModelCalls: number;
}

export interface Drive {
  a: Admitted;
  /** The context the first call was made with (files inlined, fitted to the window). */
  context: Conversation;
  first: Opened;
  signal: AbortSignal;
  stream: boolean;
  /** A foreground stored response is inserted with this lease and holds it while it runs. */
  lease?: Lease | undefined;
  /** Where sequence numbers start: a background run continues after its stored events. */
  sequenceStart?: number;
}

type Results = Map<HostedTool, HostedResult[]>;

export function runOptions(a: Admitted, results: Results): RunOptions {
  const tools = [...new Set([...a.offered.values()].map((o) => o.hosted))];
  const annotating = tools.filter((t) => t.annotate);
  return {
    reasoningSummary: !!a.request.reasoning?.summary,
    logprobs: wantsLogprobs(a.request),
    maxToolCalls: a.request.max_tool_calls ?? null,
    tools: toolsOf(a),
    ...(a.offered.size ? { hosted: (name: string) => a.offered.has(name) } : {}),
    ...(annotating.length
      ? { annotate: (text: string) => annotating.flatMap((t) => t.annotate!(text, results.get(t) ?? [])) }
      : {}),
  };
}

export async function* drive(deps: LoopDeps, d: Drive): AsyncGenerator<ResponseStreamEvent> {
  const { a } = d;
  const results: Results = new Map();
  const run = new ResponseRun(a.response, runOptions(a, results), d.sequenceStart);
  const stored = a.response.store;
  if (stored && !a.response.background)
    await deps.store.insert(a.tenant, a.response, a.request, a.input, { lease: d.lease });
  const release = d.lease ? holdLease(deps.queue, a.response.id, d.lease) : undefined;
  let finished = false;
  try {
    yield* a.response.background ? run.resume() : run.start();
    const final = yield* steps(deps, d, run, results);
    if (!final) return;
    if (stored) await deps.store.save(a.tenant, run.response, run.response.output, ['in_progress']);
    finished = true;
    yield* final;
  } finally {
    release?.();
    if (!finished) {
      run.cancel();
      // A background response cancelled through the API is already 'cancelled'; what it had
      // produced by then is kept with it.
      if (stored)
        await deps.store.save(a.tenant, run.response, run.response.output, ['in_progress', 'cancelled']);
    }
  }
}

/** Runs the steps; returns the final events, or nothing when the run was aborted. */
async function* steps(
  deps: LoopDeps,
  d: Drive,
  run: ResponseRun,
  results: Results,
): AsyncGenerator<ResponseStreamEvent, ResponseStreamEvent[] | undefined> {
  const { a, signal } = d;
  let opened = d.first;
  let context = d.context;
  // This turn's steps as chat messages: the model's hosted calls and their results, in order.
  const added: ChatCompletionMessageParam[] = [];
  for (let call = 1; ; call++) {
    let failure = opened.failure;
    try {
      // Chunks already buffered when a cancel lands are not turned into events.
      for await (const chunk of opened.chunks ?? []) {
        if (signal.aborted) break;
        yield* run.push(chunk);
      }
      for await (const event of opened.events ?? []) {
        if (signal.aborted) break;
        yield* run.relay(event);
      }
      if (opened.response) run.adopt(opened.response);
    } catch (error) {
      failure = error;
    }
    if (signal.aborted) return undefined;
    if (failure !== undefined) return run.fail(runError(failure));
    if (!run.continues) return run.finish(`Provider "${a.route.provider.name}"`);
    const step = run.endStep();
    yield* step.events;
    added.push(assistantMessage(step.text, step.hosted));
    for (const hostedCall of step.hosted) {
      let result: HostedResult;
      try {
        result = yield* runHosted(a, hostedCall, run, signal, results);
      } catch (error) {
        if (isAbort(error, signal)) return undefined;
        const message = error instanceof Error ? error.message : String(error);
        return run.fail({
          code: 'server_error',
          message: `The hosted tool '${hostedCall.name}' failed: ${message}`,
        });
      }
      if (signal.aborted) return undefined;
      added.push({ role: 'tool', tool_call_id: hostedCall.callId, content: result.output });
    }
    // Function calls for the client end the response; so does the loop's bound.
    if (step.clientCalls) return run.finish();
    if (call >= deps.maxModelCalls) return run.incomplete(LOOP_BOUND_REASON);
    // Past max_tool_calls, and on the last call allowed, hosted tools are no longer offered: the
    // model answers with what it has rather than spend the call on a result it would never see.
    const next = stepOf(call + 1, deps.maxModelCalls, run.callsLeft);
    try {
      // The results make the context grow: it is fitted to the window again, as on the first call.
      const request = await fitted(a, deps.hosted, context, added, next);
      context = request.context;
      opened = await callChat(a, request.params, { signal, stream: d.stream, failuresAreResults: true });
    } catch (error) {
      // With failures as results, only the caller's abort and a context that cannot fit are thrown.
      if (isAbort(error, signal)) return undefined;
      return run.fail(runError(error));
    }
    run.beginStep();
  }
}

/** Runs one hosted call: its events into the run's sequence, its item into the output. */
async function* runHosted(
  a: Admitted,
  call: StepCall,
  run: ResponseRun,
  signal: AbortSignal,
  results: Results,
): AsyncGenerator<ResponseStreamEvent, HostedResult> {
  const offered = a.offered.get(call.name)!;
  const execution = offered.hosted.run(
    {
      tool: offered.tool,
      callId: call.callId,
      rawArguments: call.arguments,
      arguments: parsed(call.arguments),
    },
    {
      tenant: a.tenant,
      signal,
      include: a.request.include ?? [],
      outputIndex: run.response.output.length,
      firstNumber: [...results.values()].flat().reduce((n, r) => n + citableCount(r), 1),
    },
  );
  // The call's item as last announced, and whether its output_item.done went out.
  let announced: { item: ItemField; done: boolean } | undefined;
  try {
    for (;;) {
      const next = await execution.next();
      if (next.done) {
        run.addItem(next.value.item);
        results.set(offered.hosted, [...(results.get(offered.hosted) ?? []), next.value]);
        return next.value;
      }
      const event = next.value;
      if (event.type === 'response.output_item.added' || event.type === 'response.output_item.done') {
        const item = announcedItem(event.item);
        if (item) announced = { item, done: event.type === 'response.output_item.done' };
      }
      yield run.number(event);
    }
  } catch (error) {
    // A tool that throws midway leaves its item open: it is closed, in the output and the stream,
    // before the response fails, so the stream stays well-formed.
    if (announced) {
      const item = announced.done
        ? announced.item
        : (offered.hosted.failed?.(announced.item) ?? announced.item);
      const outputIndex = run.addItem(item);
      if (!announced.done)
        yield run.number({ type: 'response.output_item.done', output_index: outputIndex, item });
    }
    throw error;
  }
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function assistantMessage(text: string, calls: StepCall[]): ChatCompletionMessageParam {
  return {
    role: 'assistant',
    content: text || null,
    tool_calls: calls.map((c) => ({
      id: c.callId,
      type: 'function',
      function: { name: c.name, arguments: c.arguments },
    })),
  };
}
