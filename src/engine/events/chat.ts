/** Chat completion shapes as Responses shapes: usage, logprobs, and a whole completion as one chunk. */
import type { ChatCompletion, ChatCompletionChunk } from 'openai/resources/chat/completions';
import type { components } from '../../generated/types.js';
import type { ResponseUsage } from '../../api-types.js';

/** A chat delta with the reasoning fields local servers add (reasoning_content, or reasoning). */
export type Delta = ChatCompletionChunk.Choice.Delta & {
  reasoning_content?: string | null;
  reasoning?: string | null;
};
export type ChatLogprob = NonNullable<ChatCompletionChunk.Choice.Logprobs['content']>[number];
export type LogProb = components['schemas']['LogProb'];

export function toLogprob(lp: ChatLogprob): LogProb {
  return {
    token: lp.token,
    logprob: lp.logprob,
    bytes: lp.bytes ?? [],
    top_logprobs: (lp.top_logprobs ?? []).map((t) => ({
      token: t.token,
      logprob: t.logprob,
      bytes: t.bytes ?? [],
    })),
  };
}

type ChatUsage = NonNullable<ChatCompletion['usage']>;
/** What backends report of prompt caching (cache writes only some of them). */
type CacheDetails = NonNullable<ChatUsage['prompt_tokens_details']> & { cache_write_tokens?: number };

export function toUsage(usage: ChatUsage): ResponseUsage {
  const cache: CacheDetails | undefined = usage.prompt_tokens_details ?? undefined;
  // OpenAI's usage also counts cache writes (its spec and SDK types require the field); chat backends
  // rarely report them, so 0 unless the upstream does.
  const inputDetails = {
    cached_tokens: cache?.cached_tokens ?? 0,
    cache_write_tokens: cache?.cache_write_tokens ?? 0,
  };
  return {
    input_tokens: usage.prompt_tokens ?? 0,
    output_tokens: usage.completion_tokens ?? 0,
    total_tokens: usage.total_tokens ?? (usage.prompt_tokens ?? 0) + (usage.completion_tokens ?? 0),
    input_tokens_details: inputDetails,
    output_tokens_details: { reasoning_tokens: usage.completion_tokens_details?.reasoning_tokens ?? 0 },
  };
}

/** The usage of several model calls together (a response whose run called the model more than once). */
export function addUsage(a: ResponseUsage | null, b: ResponseUsage): ResponseUsage {
  if (!a) return b;
  const details = (x: ResponseUsage) => x.input_tokens_details;
  return {
    input_tokens: a.input_tokens + b.input_tokens,
    output_tokens: a.output_tokens + b.output_tokens,
    total_tokens: a.total_tokens + b.total_tokens,
    input_tokens_details: {
      cached_tokens: details(a).cached_tokens + details(b).cached_tokens,
      cache_write_tokens: (details(a).cache_write_tokens ?? 0) + (details(b).cache_write_tokens ?? 0),
    },
    output_tokens_details: {
      reasoning_tokens: a.output_tokens_details.reasoning_tokens + b.output_tokens_details.reasoning_tokens,
    },
  };
}

/** A whole chat completion as the one chunk that would have carried it. */
export function completionAsChunk(completion: ChatCompletion): ChatCompletionChunk {
  const choice = completion.choices?.[0];
  const message: ChatCompletion.Choice['message'] & Pick<Delta, 'reasoning_content' | 'reasoning'> =
    choice?.message ?? { role: 'assistant', content: null, refusal: null };
  const delta: Delta = {
    role: 'assistant',
    content: message.content ?? null,
    refusal: message.refusal ?? null,
    reasoning_content: message.reasoning_content ?? message.reasoning ?? null,
    tool_calls: (message.tool_calls ?? [])
      .filter((c) => c.type === 'function')
      .map((c, index) => ({
        index,
        id: c.id,
        type: 'function',
        function: { name: c.function.name, arguments: c.function.arguments },
      })),
  };
  return {
    id: completion.id,
    object: 'chat.completion.chunk',
    created: completion.created,
    model: completion.model,
    choices: choice
      ? // A whole completion is a finished one, whether or not the upstream said why it stopped.
        [
          {
            index: 0,
            delta,
            finish_reason: choice.finish_reason ?? 'stop',
            logprobs: choice.logprobs ?? null,
          },
        ]
      : [],
    usage: completion.usage ?? null,
  };
}
