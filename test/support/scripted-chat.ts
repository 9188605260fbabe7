/**
 * A scripted chat completions upstream for engine tests: each model call answers the next entry of
 * the script (text, or calls to functions), streamed or not as asked, and every request body is
 * kept. Used behind the real provider (test/support/provider.ts).
 */
import type { ChatCompletionChunk } from 'openai/resources/chat/completions';

/** What the scripted model says in one call: text, or calls to functions. */
export type Say = { text: string } | { calls: Array<{ name: string; args: string }> };

export interface ChatBody {
  stream?: boolean;
  messages: Array<{ role: string; content?: unknown; tool_calls?: unknown[]; tool_call_id?: string }>;
  tools?: Array<{ function: { name: string } }>;
  tool_choice?: unknown;
}

export function chunksOf(say: Say, n: number): ChatCompletionChunk[] {
  const base = { id: `chat-${n}`, object: 'chat.completion.chunk' as const, created: 0, model: 'm' };
  const chunk = (
    delta: ChatCompletionChunk.Choice['delta'],
    finish: ChatCompletionChunk.Choice['finish_reason'] = null,
  ) => ({
    ...base,
    choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
  });
  const parts =
    'text' in say
      ? [chunk({ role: 'assistant', content: say.text.slice(0, 3) }), chunk({ content: say.text.slice(3) })]
      : say.calls.map((c, index) =>
          chunk({
            tool_calls: [
              {
                index,
                id: `call_${n}_${index}`,
                type: 'function',
                function: { name: c.name, arguments: c.args },
              },
            ],
          }),
        );
  return [
    ...parts,
    chunk({}, 'text' in say ? 'stop' : 'tool_calls'),
    { ...base, choices: [], usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } },
  ];
}

export function completionOf(say: Say, n: number) {
  return {
    id: `chat-${n}`,
    object: 'chat.completion',
    created: 0,
    model: 'm',
    choices: [
      {
        index: 0,
        finish_reason: 'text' in say ? 'stop' : 'tool_calls',
        logprobs: null,
        message:
          'text' in say
            ? { role: 'assistant', content: say.text, refusal: null }
            : {
                role: 'assistant',
                content: null,
                refusal: null,
                tool_calls: say.calls.map((c, index) => ({
                  id: `call_${n}_${index}`,
                  type: 'function',
                  function: { name: c.name, arguments: c.args },
                })),
              },
      },
    ],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
  };
}

/** An entry of the script: what to say, or how to answer this request (a Response is sent as it is). */
export type Scripted = Say | ((body: ChatBody) => Say | Response | Promise<Say | Response>);

/** The fetch of a scripted upstream: `script` is consumed in order, `seen` gets every request body. */
export function scriptedFetch(script: Scripted[], seen: ChatBody[]): typeof fetch {
  return async (_url, init) => {
    const body = JSON.parse(String(init?.body)) as ChatBody;
    seen.push(body);
    const next = script.shift();
    if (!next) return new Response(JSON.stringify({ error: { message: 'script ran out' } }), { status: 500 });
    const say = typeof next === 'function' ? await next(body) : next;
    if (say instanceof Response) return say;
    if (!body.stream) return Response.json(completionOf(say, seen.length));
    const sse =
      chunksOf(say, seen.length)
        .map((c) => `data: ${JSON.stringify(c)}\n\n`)
        .join('') + 'data: [DONE]\n\n';
    return new Response(sse, { headers: { 'content-type': 'text/event-stream' } });
  };
}
