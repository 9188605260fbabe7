/**
 * The Responses engine: admits a request (admit.ts, history.ts), runs it as a loop over model calls
 * (loop.ts, call.ts) and stores it. Foreground runs stream to their caller; background runs are
 * queued in the database for the runner (queue.ts). Also the stored responses' reads, deletes and
 * cancels, token counting and compaction. No HTTP here.
 */
import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import type {
  CompactRequest,
  CompactResource,
  CreateResponseBody,
  ItemField,
  ResponseResource,
  ResponseStreamEvent,
  TokenCountsBody,
} from '../../api-types.js';
import { badRequest } from '../../errors.js';
import { newId } from '../../ids.js';
import type { OnHeaders } from '../../providers/provider.js';
import type { ProviderRegistry } from '../../providers/registry.js';
import type { Page, PageQuery } from '../../store/pagination.js';
import type { ResponsesRepository } from '../../store/responses.js';
import type { Store } from '../../store/store.js';
import { COMPACTION_PROMPT, encodeCompaction } from '../compaction.js';
import { toUsage } from '../events/chat.js';
import { countMessageTokens } from '../tokens.js';
import { HostedTools } from '../tools/hosted.js';
import { checkSupported, toChatParams, toMessages } from '../translate.js';
import { ToolSet } from '../tools/registry.js';
import { admit, requiredModel, type AdmitSources } from './admit.js';
import { firstCall } from './call.js';
import { ChangeFeed, follow } from './follow.js';
import { conversation, itemsOf, withFiles, type PreviousTurns, type UploadedFiles } from './history.js';
import { DEFAULT_MAX_MODEL_CALLS, drive } from './loop.js';
import { enqueue, ResponseJobs, type QueueDeps } from './queue.js';
import { responseNotFound, TERMINAL } from './resource.js';
import { noEvents, Run } from './run.js';

export type { UploadedFiles } from './history.js';

/** A warm-up's model call: the answer that it stopped at once, with nothing said. */
const WARM_UP: ChatCompletionChunk = {
  id: '',
  object: 'chat.completion.chunk',
  created: 0,
  model: '',
  choices: [{ index: 0, delta: {}, finish_reason: 'stop', logprobs: null }],
};

export interface EngineOptions {
  /** This process's name in leases. */
  owner: string;
  leaseMs: number;
  /** How often a follower of a background stream looks for events another replica wrote. */
  followPollMs: number;
  /** At most this many model calls per response (the run loop's bound); see docs/responses.md. */
  maxModelCalls?: number;
}

/** What a create() call brings besides its request. */
export interface RunContext {
  /** Aborted when the caller goes away: the run stops (a background run does not). */
  signal: AbortSignal;
  /**
   * Gets the upstream's rate-limit headers for the reply (src/providers/relayed-headers.ts). A
   * background response's reply is sent before its upstream call, so it has none to relay.
   */
  onHeaders?: OnHeaders | undefined;
  /** Earlier turns the caller holds itself, looked up before the store (previous_response_id). */
  previous?: PreviousTurns | undefined;
  /** Told of the request's hosted tools that could not be offered to the model (no backend). */
  onNotOffered?: ((tools: string[]) => void) | undefined;
  /**
   * false: the request is admitted (model, tools, history) and the response completes at once with
   * no output, without calling the model, so a later turn can continue from it (OpenAI's WebSocket
   * warm-up, `generate: false`).
   */
  generate?: boolean | undefined;
}

export class ResponsesEngine {
  /** The queue of background responses, as the runner (engine/background.ts) sees it. */
  readonly jobs: ResponseJobs;
  private readonly feed = new ChangeFeed();
  private readonly deps: QueueDeps & Pick<AdmitSources, 'prompts'>;
  private readonly store: ResponsesRepository;

  constructor(
    providers: ProviderRegistry,
    stores: Pick<Store, 'responses' | 'queue' | 'prompts' | 'conversations'>,
    private readonly files: UploadedFiles,
    private readonly options: EngineOptions,
    private readonly hosted = new HostedTools(),
  ) {
    const { responses, queue, prompts, conversations } = stores;
    this.store = responses;
    this.deps = {
      providers,
      store: responses,
      queue,
      prompts,
      conversations,
      files,
      hosted,
      feed: this.feed,
      owner: options.owner,
      leaseMs: options.leaseMs,
      maxModelCalls: options.maxModelCalls ?? DEFAULT_MAX_MODEL_CALLS,
    };
    this.jobs = new ResponseJobs(this.deps);
  }

  /**
   * POST /v1/responses. Resolves once the request is admitted and (foreground) the upstream
   * answered, so a refusal is the call's error; the Run then yields the events or the Response.
   */
  async create(tenant: string, request: CreateResponseBody, context: RunContext): Promise<Run> {
    const { signal } = context;
    const a = await admit(this.deps, tenant, request, context.previous);
    if (a.notOffered.length) context.onNotOffered?.(a.notOffered);
    if (request.background) {
      await enqueue(this.deps, a);
      const events = request.stream ? follow(this.following, tenant, a.response.id, -1, signal) : noEvents();
      return new Run(a.response, a.input, events, a.history);
    }
    const stream = request.stream === true;
    const first =
      context.generate === false
        ? { context: { history: [], input: [] }, opened: { chunks: [WARM_UP] } }
        : await firstCall(a, this.deps, {
            signal,
            stream,
            onHeaders: context.onHeaders,
            failuresAreResults: false,
          });
    const lease = a.response.store ? { owner: this.options.owner, ms: this.options.leaseMs } : undefined;
    const events = drive(this.deps, {
      a,
      context: first.context,
      first: first.opened,
      signal,
      stream,
      lease,
    });
    return new Run(a.response, a.input, events, a.history);
  }

  private get following() {
    return { store: this.store, feed: this.feed, pollMs: this.options.followPollMs };
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
    return follow(this.following, tenant, id, after, signal);
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
    this.feed.cancelled(id);
    return this.get(tenant, id);
  }

  list(tenant: string, page: PageQuery & { model?: string | undefined }): Promise<Page<ResponseResource>> {
    return this.store.list(tenant, page);
  }

  async inputItems(tenant: string, id: string, page: PageQuery): Promise<Page<ItemField>> {
    await this.get(tenant, id);
    return this.store.listInputItems(tenant, id, page);
  }

  /** POST /v1/responses/input_tokens. */
  async countInputTokens(tenant: string, body: TokenCountsBody): Promise<number> {
    const request: CreateResponseBody = body;
    checkSupported(request);
    const items = itemsOf(
      await withFiles(this.files, tenant, await conversation(this.deps, tenant, request), request),
    );
    const tools = ToolSet.from(request.tools, items);
    const params = toChatParams(
      request,
      toMessages(request.instructions, items, tools),
      request.model ?? '',
      [],
      tools,
    );
    return countMessageTokens(params.messages, params.tools);
  }

  /** POST /v1/responses/compact: the conversation so far becomes one compaction item. */
  async compact(
    tenant: string,
    body: CompactRequest,
    signal: AbortSignal,
    onHeaders?: OnHeaders,
  ): Promise<CompactResource> {
    const route = await this.deps.providers.route(requiredModel(body.model));
    const items = itemsOf(
      await withFiles(this.files, tenant, await conversation(this.deps, tenant, body), body),
    );
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
