/**
 * The Responses engine: admits a request (validation, routing, history), runs it against a chat
 * completions backend, turns the result into a Response and its events, and stores it. Foreground
 * runs stream to their caller; background runs are queued in the database for the runner.
 */
import { EventEmitter } from 'node:events';
import { APIUserAbortError } from 'openai';
import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import type {
  CompactRequest,
  CompactResource,
  CreateResponseBody,
  ItemField,
  ResponseResource,
  ResponseStatus,
  ResponseStreamEvent,
  TokenCountsBody,
} from '../api-types.js';
import { ApiError, badRequest, notFound } from '../errors.js';
import type { OnHeaders } from '../providers/provider.js';
import type { ProviderRegistry, Route } from '../providers/registry.js';
import type { Page, PageQuery } from '../store/pagination.js';
import type { Lease, ResponsesRepository, Turn } from '../store/responses.js';
import { COMPACTION_PROMPT, encodeCompaction } from './compaction.js';
import { completionAsChunk, ResponseRun, toUsage, type RunError } from './events.js';
import { newId } from '../ids.js';
import type { FileStore } from '../store/files.js';
import { FileInliner } from './files.js';
import { normalizeInput } from './input.js';
import { toNativeBody } from './native.js';
import { countMessageTokens } from './tokens.js';
import { checkSupported, toChatParams, toMessages, wantsLogprobs, type ChatParams } from './translate.js';

export const TERMINAL: ReadonlySet<string> = new Set(['completed', 'failed', 'incomplete', 'cancelled']);
const TERMINAL_EVENTS: ReadonlySet<string> = new Set([
  'response.completed',
  'response.failed',
  'response.incomplete',
]);

export interface EngineOptions {
  /** This process's name in leases. */
  owner: string;
  leaseMs: number;
  /** How often a follower of a background stream looks for events another replica wrote. */
  followPollMs: number;
}

/** What the engine reads of uploaded files (file_id inputs). */
export type UploadedFiles = Pick<FileStore, 'get' | 'readContent'>;

/** A request that passed validation, with its route and history. */
interface Admitted {
  tenant: string;
  request: CreateResponseBody;
  route: Route;
  /** Earlier turns, oldest first (previous_response_id). */
  history: Turn[];
  /** This turn's input items, normalized. */
  input: ItemField[];
  response: ResponseResource;
}

/** An upstream call once it answered: chat chunks, or (native Responses) events or a Response. */
type Opened = {
  chunks?: Iterable<ChatCompletionChunk> | AsyncIterable<ChatCompletionChunk>;
  events?: AsyncIterable<Record<string, unknown>>;
  response?: Record<string, unknown>;
  failure?: unknown;
};

export class ResponsesEngine {
  /** Emits a response id whenever one of its background events was stored, or its status changed. */
  readonly changes = new EventEmitter().setMaxListeners(0);

  constructor(
    private readonly providers: ProviderRegistry,
    readonly store: ResponsesRepository,
    private readonly files: UploadedFiles,
    readonly options: EngineOptions,
  ) {}

  /** POST /v1/responses: a finished Response, or (stream) its events. */
  async create(
    tenant: string,
    request: CreateResponseBody,
    signal: AbortSignal,
    /**
     * Gets the upstream's rate-limit headers for the reply (src/providers/relayed-headers.ts). A
     * background response's reply is sent before its upstream call, so it has none to relay.
     */
    onHeaders?: OnHeaders,
  ): Promise<ResponseResource | AsyncGenerator<ResponseStreamEvent>> {
    const admitted = await this.admit(tenant, request);
    if (request.background) return this.enqueue(admitted, signal);
    const opened = await this.open(
      admitted,
      await this.contextItems(admitted),
      signal,
      request.stream === true,
      onHeaders,
    );
    const events = this.drive(admitted, opened, signal, admitted.response.store ? this.lease() : undefined);
    if (request.stream) return events;
    for await (const _ of events);
    return admitted.response;
  }

  private async admit(tenant: string, request: CreateResponseBody): Promise<Admitted> {
    checkSupported(request);
    const route = await this.providers.resolve(requiredModel(request.model));
    const { history, input } = await this.conversation(tenant, request);
    if (!input.length && !history.length)
      throw badRequest("Missing required parameter: 'input'.", 'input', 'missing_required_parameter');
    return { tenant, request, route, history, input, response: baseResponse(newId('resp'), request) };
  }

  /** The earlier turns (previous_response_id; unknown → 404) and this request's input, normalized. */
  private async conversation(
    tenant: string,
    request: Pick<CreateResponseBody, 'previous_response_id' | 'input'>,
  ): Promise<{ history: Turn[]; input: ItemField[] }> {
    const previousId = request.previous_response_id;
    let history: Turn[] = [];
    if (previousId) {
      history = await this.store.chain(tenant, previousId);
      if (!history.length)
        throw notFound(`Previous response with id '${previousId}' not found.`, 'previous_response_id');
    }
    const input = await normalizeInput(request.input, {
      item: (id) => this.store.findItem(tenant, id),
      file: async (id) => {
        const found = await this.files.get(tenant, id);
        return found && { filename: found.file.filename, mimeType: found.mimeType, size: found.file.bytes };
      },
    });
    return { history, input };
  }

  /** The turns and input as an upstream must see them: uploaded files inlined (engine/files.ts). */
  private async withFiles(
    tenant: string,
    history: Turn[],
    input: ItemField[],
  ): Promise<[Turn[], ItemField[]]> {
    const inliner = new FileInliner((id) => this.files.readContent(tenant, id));
    return Promise.all([
      Promise.all(
        history.map(async (turn) => ({
          ...turn,
          input: await inliner.inline(turn.input, 'previous_response_id'),
        })),
      ),
      inliner.inline(input, 'input'),
    ]);
  }

  /**
   * Every item the model sees this turn: earlier turns then this input, the oldest turns dropped
   * (truncation: auto) to fit the model's context window when one is configured.
   */
  private async contextItems(a: Admitted): Promise<ItemField[]> {
    const window = a.route.provider.contextWindow(a.route.upstreamModel);
    const [history, input] = await this.withFiles(a.tenant, a.history, a.input);
    let turns = history;
    for (;;) {
      const items = itemsOf(turns, input);
      if (!window) return items;
      const params = this.chatParams(a, items);
      const budget = window - (a.request.max_output_tokens ?? 0);
      const tokens = await countMessageTokens(params.messages, params.tools);
      if (tokens <= budget) return items;
      if (a.request.truncation !== 'auto' || !turns.length) {
        throw badRequest(
          `The input (${tokens} tokens${a.request.max_output_tokens ? ` plus max_output_tokens` : ''}) exceeds the context window of ${a.request.model} (${window} tokens).` +
            (a.request.truncation === 'auto' ? '' : ' Set truncation to "auto" to drop the oldest turns.'),
          'input',
          'context_length_exceeded',
        );
      }
      turns = turns.slice(1);
    }
  }

  private chatParams(a: Admitted, items: ItemField[]): ChatParams {
    return toChatParams(a.request, toMessages(a.request.instructions, items), a.route.upstreamModel);
  }

  /** Opens the upstream call. A client error (4xx) before anything was produced is the caller's error. */
  private async open(
    a: Admitted,
    items: ItemField[],
    signal: AbortSignal,
    stream: boolean,
    onHeaders?: OnHeaders,
  ): Promise<Opened> {
    const provider = a.route.provider;
    try {
      if (provider.nativeResponses) {
        const body = toNativeBody(a.request, items, a.route.upstreamModel);
        if (stream) return { events: await provider.openResponsesStream(body, signal, onHeaders) };
        return { response: await provider.responses(body, signal, onHeaders) };
      }
      const params = this.chatParams(a, items);
      if (stream) {
        const streamed = { ...params, stream_options: { include_usage: true } };
        return { chunks: await provider.openChatStream(streamed, signal, onHeaders) };
      }
      return { chunks: [completionAsChunk(await provider.chat(params, signal, onHeaders))] };
    } catch (error) {
      if (error instanceof APIUserAbortError) throw error;
      // A failed Response is still the reply to a call the upstream answered: its advice holds.
      if (error instanceof ApiError && error.headers) onHeaders?.(error.headers);
      if (!a.response.background && error instanceof ApiError && error.status < 500) throw error;
      return { failure: error };
    }
  }

  private lease(): Lease {
    return { owner: this.options.owner, ms: this.options.leaseMs };
  }

  /**
   * Runs an opened call to its end, yielding every event. The stored Response is written before
   * the final event, so a follow-up request finds it. If the consumer goes away (client
   * disconnected), the response is stored as cancelled.
   */
  private async *drive(
    a: Admitted,
    opened: Opened,
    signal: AbortSignal,
    lease: Lease | undefined,
    sequenceStart = 0,
  ): AsyncGenerator<ResponseStreamEvent> {
    const run = new ResponseRun(a.response, runOptions(a.request), sequenceStart);
    const stored = a.response.store;
    if (stored && !a.response.background)
      await this.store.insert(a.tenant, a.response, a.request, a.input, lease);
    const renewal = lease ? this.holdLease(a.response.id, lease) : undefined;
    let finished = false;
    try {
      yield* a.response.background ? run.resume() : run.start();
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
      if (signal.aborted) return;
      const final =
        failure === undefined
          ? run.finish(`Provider "${a.route.provider.name}"`)
          : run.fail(runError(failure));
      if (stored) await this.store.save(a.tenant, run.response, run.response.output, ['in_progress']);
      finished = true;
      yield* final;
    } finally {
      if (renewal) clearInterval(renewal);
      if (!finished) {
        run.cancel();
        // A background response cancelled through the API is already 'cancelled'; what it had
        // produced by then is kept with it.
        if (stored)
          await this.store.save(a.tenant, run.response, run.response.output, ['in_progress', 'cancelled']);
      }
    }
  }

  private holdLease(id: string, lease: Lease): NodeJS.Timeout {
    // A renewal that fails (the database closed at shutdown while the run went on) only lets the
    // lease run out, which is what a stopped process should leave behind: not an unhandled rejection.
    const renew = () => this.store.renew(id, lease.owner, lease.ms).catch(() => undefined);
    const timer = setInterval(() => void renew(), lease.ms / 3);
    timer.unref();
    return timer;
  }

  /** Stores a background response as queued; the runner picks it up. With stream, follows its events. */
  private async enqueue(
    a: Admitted,
    signal: AbortSignal,
  ): Promise<ResponseResource | AsyncGenerator<ResponseStreamEvent>> {
    a.response.status = 'queued';
    const run = new ResponseRun(a.response, runOptions(a.request));
    const [created, queued] = [run.created(), run.queued()];
    await this.store.insert(a.tenant, a.response, a.request, a.input);
    await this.store.appendEvent(a.response.id, created);
    await this.store.appendEvent(a.response.id, queued);
    this.changes.emit('queued');
    if (a.request.stream) return this.follow(a.tenant, a.response.id, -1, signal);
    return a.response;
  }

  /** Runs a claimed background response (called by the runner). */
  async runQueued(
    tenant: string,
    id: string,
    request: CreateResponseBody,
    signal: AbortSignal,
  ): Promise<void> {
    const response = await this.store.get(tenant, id);
    if (!response) return;
    response.status = 'in_progress';
    const turns = await this.store.chain(tenant, id);
    const own = turns.pop() ?? { input: [], output: [] };
    const stored = await this.store.eventsAfter(id, -1);
    const emit = async (event: ResponseStreamEvent) => {
      await this.store.appendEvent(id, event);
      this.changes.emit(id);
    };
    let a: Admitted;
    let opened: Opened;
    try {
      const route = await this.providers.resolve(request.model ?? response.model);
      a = { tenant, request, route, history: turns, input: own.input, response };
      opened = await this.open(a, await this.contextItems(a), signal, true);
    } catch (error) {
      if (error instanceof APIUserAbortError) return;
      const run = new ResponseRun(response, runOptions(request), stored.length);
      for (const event of run.fail(runError(error))) {
        if (event.type === 'response.failed')
          await this.store.save(tenant, run.response, [], ['in_progress']);
        await emit(event);
      }
      return;
    }
    // The runner holds this run's lease (and learns of a cancel from renewing it).
    for await (const event of this.drive(a, opened, signal, undefined, stored.length)) await emit(event);
    this.changes.emit(id);
  }

  /** Replays the stored events of a background response after `after`, then follows new ones. */
  async *follow(
    tenant: string,
    id: string,
    after: number,
    signal: AbortSignal,
  ): AsyncGenerator<ResponseStreamEvent> {
    let last = after;
    for (;;) {
      let ended = false;
      for (const event of await this.store.eventsAfter(id, last)) {
        yield event;
        last = event.sequence_number;
        ended ||= TERMINAL_EVENTS.has(event.type);
      }
      if (ended || signal.aborted) return;
      const status = (await this.store.get(tenant, id))?.status;
      // A cancelled response has no final event; anything else ends with one.
      if (status === undefined || status === 'cancelled') return;
      // A finished response was asked for from past its final event (starting_after the last one):
      // there is nothing more to wait for. Its status is saved before its final event is, so the
      // event may also have come just now: then it is read at once.
      if (TERMINAL.has(status)) {
        const final = (await this.store.eventsAfter(id, -1)).find((e) => TERMINAL_EVENTS.has(e.type));
        if (final && final.sequence_number <= last) return;
        if (final) continue;
      }
      await this.nextChange(id, signal);
    }
  }

  private nextChange(id: string, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.changes.off(id, done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, this.options.followPollMs);
      this.changes.on(id, done);
      signal.addEventListener('abort', done);
    });
  }

  async get(tenant: string, id: string): Promise<ResponseResource> {
    const response = await this.store.get(tenant, id);
    if (!response) throw responseNotFound(id);
    return response;
  }

  /** GET /v1/responses/{id}?stream=true: only background responses keep their events. */
  async stream(
    tenant: string,
    id: string,
    after: number,
    signal: AbortSignal,
  ): Promise<AsyncGenerator<ResponseStreamEvent>> {
    const response = await this.get(tenant, id);
    if (!response.background)
      throw badRequest(
        'Only background responses can be streamed after the fact; this one was not created with background: true.',
        'stream',
        'invalid_value',
      );
    return this.follow(tenant, id, after, signal);
  }

  async delete(tenant: string, id: string): Promise<void> {
    const response = await this.store.get(tenant, id);
    if (!response) throw responseNotFound(id);
    // A running background response is stopped; a foreground run finds its row gone and stores nothing.
    if (response.background && !TERMINAL.has(response.status)) await this.cancel(tenant, id);
    await this.store.delete(tenant, id);
  }

  async cancel(tenant: string, id: string): Promise<ResponseResource> {
    const response = await this.get(tenant, id);
    if (!response.background)
      throw badRequest('Only background responses can be cancelled.', 'response_id', 'invalid_value');
    if (TERMINAL.has(response.status)) return response;
    response.status = 'cancelled';
    await this.store.save(tenant, response, undefined, ['queued', 'in_progress']);
    this.changes.emit(`cancel:${id}`);
    this.changes.emit(id);
    return this.get(tenant, id);
  }

  list(tenant: string, page: PageQuery & { model?: string | undefined }): Promise<Page<ResponseResource>> {
    return this.store.list(tenant, page);
  }

  async inputItems(tenant: string, id: string, page: PageQuery): Promise<Page<ItemField>> {
    await this.get(tenant, id);
    return this.store.listInputItems(tenant, id, page);
  }

  /** Responses that were in progress in a process that stopped renewing its lease are failed. */
  async failAbandoned(): Promise<number> {
    const abandoned = await this.store.expired();
    for (const { tenant, id } of abandoned) {
      const response = await this.store.get(tenant, id);
      if (!response) continue;
      const stored = await this.store.eventsAfter(id, -1);
      const run = new ResponseRun(
        response,
        { reasoningSummary: false, logprobs: false, maxToolCalls: null },
        stored.length,
      );
      const events = run.fail({
        code: 'server_error',
        message: 'The gateway stopped while this response was in progress.',
      });
      if (!(await this.store.save(tenant, run.response, undefined, ['in_progress']))) continue;
      if (response.background) for (const event of events) await this.store.appendEvent(id, event);
      this.changes.emit(id);
    }
    return abandoned.length;
  }

  /** POST /v1/responses/input_tokens. */
  async countInputTokens(tenant: string, body: TokenCountsBody): Promise<number> {
    const request = body as CreateResponseBody;
    checkSupported(request);
    const { history, input } = await this.conversation(tenant, request);
    const items = itemsOf(...(await this.withFiles(tenant, history, input)));
    const params = toChatParams(request, toMessages(request.instructions, items), request.model ?? '');
    return countMessageTokens(params.messages, params.tools);
  }

  /** POST /v1/responses/compact: the conversation so far becomes one compaction item. */
  async compact(
    tenant: string,
    body: CompactRequest,
    signal: AbortSignal,
    onHeaders?: OnHeaders,
  ): Promise<CompactResource> {
    const route = await this.providers.resolve(requiredModel(body.model));
    const { history, input } = await this.conversation(tenant, body);
    const items = itemsOf(...(await this.withFiles(tenant, history, input)));
    if (!items.length)
      throw badRequest(
        'Nothing to compact: send input or previous_response_id.',
        'input',
        'missing_required_parameter',
      );
    const messages = toMessages(body.instructions, items);
    messages.push({ role: 'user', content: COMPACTION_PROMPT });
    const completion = await route.provider.chat(
      {
        model: route.upstreamModel,
        messages,
        ...(body.prompt_cache_key ? { prompt_cache_key: body.prompt_cache_key } : {}),
      },
      signal,
      onHeaders,
    );
    const summary = completion.choices?.[0]?.message?.content ?? '';
    return {
      id: newId('resp'),
      object: 'response.compaction',
      created_at: Math.floor(Date.now() / 1000),
      output: [{ type: 'compaction', id: newId('cmp'), encrypted_content: encodeCompaction(summary) }],
      usage: toUsage(completion.usage ?? { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 }),
    };
  }
}

/** Every earlier turn's input and output, in order, then this turn's input. */
function itemsOf(turns: Turn[], input: ItemField[]): ItemField[] {
  return [...turns.flatMap((t) => [...t.input, ...t.output]), ...input];
}

/** The contract lets `model` be null (as OpenAI's does); a response still needs one. */
function requiredModel(model: string | null | undefined): string {
  if (!model) throw badRequest("Missing required parameter: 'model'.", 'model', 'missing_required_parameter');
  return model;
}

const responseNotFound = (id: string) => notFound(`Response with id '${id}' not found.`, 'response_id');

function runOptions(request: CreateResponseBody) {
  return {
    reasoningSummary: !!request.reasoning?.summary,
    logprobs: wantsLogprobs(request),
    maxToolCalls: request.max_tool_calls ?? null,
  };
}

function runError(error: unknown): RunError {
  // Codes from OpenAI's ResponseErrorCode: a request the model cannot take is an invalid prompt.
  if (error instanceof ApiError) {
    const code =
      error.status === 429 ? 'rate_limit_exceeded' : error.status < 500 ? 'invalid_prompt' : 'server_error';
    return { code, message: error.message };
  }
  return {
    code: 'server_error',
    message: `The upstream failed: ${(error as Error)?.message ?? String(error)}`,
  };
}

/** The Response a request starts as: every field Open Responses requires, with its defaults. */
export function baseResponse(id: string, request: CreateResponseBody): ResponseResource {
  const format = (request.text?.format ?? { type: 'text' }) as Record<string, unknown>;
  return {
    id,
    object: 'response',
    created_at: Math.floor(Date.now() / 1000),
    completed_at: null,
    status: 'in_progress' satisfies ResponseStatus,
    incomplete_details: null,
    model: request.model ?? '',
    previous_response_id: request.previous_response_id ?? null,
    instructions: request.instructions ?? null,
    output: [],
    error: null,
    tools: (request.tools ?? []).map((t) => ({
      type: 'function',
      name: t.name,
      description: t.description ?? null,
      parameters: (t.parameters as Record<string, unknown> | null | undefined) ?? null,
      strict: t.strict ?? null,
    })),
    tool_choice: (request.tool_choice ?? 'auto') as ResponseResource['tool_choice'],
    truncation: request.truncation ?? 'disabled',
    parallel_tool_calls: request.parallel_tool_calls ?? true,
    text: {
      format:
        format.type === 'json_schema'
          ? {
              type: 'json_schema',
              name: format.name as string,
              description: (format.description as string | undefined) ?? null,
              schema: (format.schema as Record<string, unknown> | undefined) ?? null,
              strict: (format.strict as boolean | null | undefined) ?? false,
            }
          : ({ type: format.type } as { type: 'text' }),
      ...(request.text?.verbosity ? { verbosity: request.text.verbosity } : {}),
    },
    top_p: request.top_p ?? 1,
    presence_penalty: request.presence_penalty ?? 0,
    frequency_penalty: request.frequency_penalty ?? 0,
    top_logprobs: request.top_logprobs ?? 0,
    temperature: request.temperature ?? 1,
    reasoning: request.reasoning
      ? { effort: request.reasoning.effort ?? null, summary: request.reasoning.summary ?? null }
      : null,
    usage: null,
    max_output_tokens: request.max_output_tokens ?? null,
    max_tool_calls: request.max_tool_calls ?? null,
    store: request.store ?? true,
    background: request.background ?? false,
    service_tier: request.service_tier ?? 'default',
    metadata: request.metadata ?? {},
    safety_identifier: request.safety_identifier ?? null,
    prompt_cache_key: request.prompt_cache_key ?? null,
  };
}
