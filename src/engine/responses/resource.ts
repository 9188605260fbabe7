/** The Response object: what a request starts as, and the facts about its statuses and events. */
import type { CreateResponseBody, ResponseResource } from '../../api-types.js';
import { notFound } from '../../errors.js';
import { conversationId } from './history.js';

export const TERMINAL: ReadonlySet<string> = new Set(['completed', 'failed', 'incomplete', 'cancelled']);
/** The events a stream ends with (a cancelled response has none). */
export const TERMINAL_EVENTS: ReadonlySet<string> = new Set([
  'response.completed',
  'response.failed',
  'response.incomplete',
]);

export const responseNotFound = (id: string) =>
  notFound(`Response with id '${id}' not found.`, 'response_id');

type Format = ResponseResource['text']['format'];

/** The text format echoed in the Response: a json_schema format with every field it requires. */
function echoedFormat(format: NonNullable<CreateResponseBody['text']>['format']): Format {
  if (format?.type !== 'json_schema') return { type: format?.type ?? 'text' } as Format;
  return {
    type: 'json_schema',
    name: format.name ?? '',
    description: format.description ?? null,
    schema: format.schema ?? null,
    strict: format.strict ?? false,
  };
}

function echoedToolChoice(choice: CreateResponseBody['tool_choice']): ResponseResource['tool_choice'] {
  if (!choice) return 'auto';
  if (typeof choice === 'object' && choice.type === 'allowed_tools')
    return { ...choice, mode: choice.mode ?? 'auto' };
  return choice;
}

/** The prompt as used: `version` is the one rendered (admission pins it: engine/responses/prompt.ts). */
function echoedPrompt({ id, version, variables }: NonNullable<CreateResponseBody['prompt']>) {
  return { id, version: version ?? null, variables: variables ?? null };
}

/** The Response a request starts as: every field Open Responses requires, with its defaults. */
export function baseResponse(id: string, request: CreateResponseBody): ResponseResource {
  const conversation = conversationId(request.conversation);
  return {
    id,
    object: 'response',
    created_at: Math.floor(Date.now() / 1000),
    completed_at: null,
    status: 'in_progress',
    incomplete_details: null,
    model: request.model ?? '',
    previous_response_id: request.previous_response_id ?? null,
    instructions: request.instructions ?? null,
    output: [],
    error: null,
    tools: (request.tools ?? []).map((t) =>
      t.type === 'function'
        ? {
            type: 'function',
            name: t.name,
            description: t.description ?? null,
            parameters: t.parameters ?? null,
            strict: t.strict ?? null,
          }
        : structuredClone(t),
    ),
    tool_choice: echoedToolChoice(request.tool_choice),
    truncation: request.truncation ?? 'disabled',
    parallel_tool_calls: request.parallel_tool_calls ?? true,
    text: {
      format: echoedFormat(request.text?.format),
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
    ...(request.prompt ? { prompt: echoedPrompt(request.prompt) } : {}),
    // The store appends the response's items to this conversation when it finishes (save()).
    ...(conversation ? { conversation: { id: conversation } } : {}),
  };
}
