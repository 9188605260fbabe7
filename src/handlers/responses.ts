import type { CreateResponseBody, ResponseStreamEvent } from '../api-types.js';
import type { RunContext } from '../engine/responses/engine.js';
import type { Run } from '../engine/responses/run.js';
import { errorEvent } from '../engine/events/sequence.js';
import { ApiError, internalError } from '../errors.js';
import type { Handlers } from '../generated/router.js';
import { StreamReply, type HandlerContext } from '../server/reply.js';
import { formatEvent } from '../server/sse.js';
import type { HandlerDeps } from './deps.js';
import { listPage, pageQuery } from './pagination.js';

type ResponsesHandlers = Pick<
  Handlers,
  | 'createResponse'
  | 'listResponses'
  | 'getResponse'
  | 'deleteResponse'
  | 'cancelResponse'
  | 'listInputItems'
  | 'countInputTokens'
  | 'compactResponse'
>;

/** Responses events as SSE, one write per event, ending with data: [DONE]. */
function eventStream(events: AsyncIterable<ResponseStreamEvent>): StreamReply {
  let next = 0;
  async function* render() {
    for await (const event of events) {
      next = event.sequence_number + 1;
      yield formatEvent(JSON.stringify(event), event.type);
    }
    yield 'data: [DONE]\n\n';
  }
  return new StreamReply(render(), (error) => {
    const event = errorEvent(next, (error instanceof ApiError ? error : internalError()).toJSON().error);
    return formatEvent(JSON.stringify(event), 'error');
  });
}

/**
 * Creating a response, for every transport: POST /v1/responses renders the Run as JSON or SSE, a
 * WebSocket turn sends its events as messages (src/server/websocket-session.ts), with what the
 * connection holds itself (`previous`, `generate`).
 */
/** A connection's own earlier turns (`previous`), and the chain a finished turn leaves (`Run.chain`). */
export type PreviousTurns = NonNullable<RunContext['previous']>;
export type TurnChain = Run['chain'];

export type CreateTurn = (
  body: CreateResponseBody,
  ctx: HandlerContext,
  extra?: Pick<RunContext, 'previous' | 'generate'>,
) => Promise<Run>;

export function responseTurns(deps: HandlerDeps): CreateTurn {
  return (body, ctx, extra) =>
    deps.responses.create(ctx.tenant, body, {
      signal: ctx.signal,
      onHeaders: (headers) => (ctx.replyHeaders = headers),
      onNotOffered: (tools) => (ctx.accessFields = { ...ctx.accessFields, not_offered: tools.join(', ') }),
      ...extra,
    });
}

export function responsesHandlers(deps: HandlerDeps): ResponsesHandlers {
  const engine = deps.responses;
  const create = responseTurns(deps);
  return {
    async createResponse({ body }, ctx) {
      const run = await create(body, ctx);
      return body.stream ? eventStream(run) : run.result();
    },
    async listResponses({ query }, ctx) {
      return listPage(() => engine.list(ctx.tenant, { ...pageQuery(query), model: query.model }));
    },
    async getResponse({ params, query }, ctx) {
      if (query.stream)
        return eventStream(
          await engine.stream(ctx.tenant, params.response_id, query.starting_after ?? -1, ctx.signal),
        );
      return engine.get(ctx.tenant, params.response_id);
    },
    async deleteResponse({ params }, ctx) {
      await engine.delete(ctx.tenant, params.response_id);
      return { id: params.response_id, object: 'response', deleted: true };
    },
    async cancelResponse({ params }, ctx) {
      return engine.cancel(ctx.tenant, params.response_id);
    },
    async listInputItems({ params, query }, ctx) {
      return listPage(() => engine.inputItems(ctx.tenant, params.response_id, pageQuery(query)));
    },
    async countInputTokens({ body }, ctx) {
      return {
        object: 'response.input_tokens',
        input_tokens: await engine.countInputTokens(ctx.tenant, body),
      };
    },
    async compactResponse({ body }, ctx) {
      return engine.compact(ctx.tenant, body, ctx.signal, (headers) => (ctx.replyHeaders = headers));
    },
  };
}
