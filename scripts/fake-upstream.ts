/**
 * A zero-dependency fake OpenAI-compatible upstream on node:http, for integration tests and the
 * benchmark. Deterministic: the assistant echoes the last user message ("You said: …"); with tools
 * and a user turn last, it calls the first tool (web_search with the user's words as its query,
 * file_search with them as its one query);
 * after tool results it reports them ("Tools said: …", which cites a web search's [n] results).
 * max_completion_tokens cuts the reply to that many words, ending with finish_reason "length".
 * Models named "error-<status>" fail with that status; "slow" answers after 300 ms; "slow-stream"
 * streams a chunk every 50 ms for 5 s; "fake-reasoner" thinks aloud (reasoning_content) before
 * answering; "parallel-tools" calls the first tool twice at once; "fail-midstream" sends two chunks
 * and then drops the connection (without a reply when not streaming); "stall-stream" sends one chunk
 * and then nothing; "stall-body" (not streaming) sends its headers and half its JSON, then nothing;
 * "trickle" (not streaming) sends its headers at once and its JSON in ten pieces 100 ms apart;
 * "late-headers" answers (streamed if asked) after 1.5 s; "garbage-stream" streams one chunk, then an event that is not
 * JSON, then ends. Scripted turns (a named tool call, a fixed reply, structured output) are chosen by
 * the last user message: see fake-scenarios.ts.
 *
 *   tsx scripts/fake-upstream.ts [port]
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { fakeEmbedding } from './fake-embedding.js';
import { scripted, type ScenarioRequest } from './fake-scenarios.js';
import { listenLocal } from './listen.js';

export interface FakeUpstream {
  url: string;
  /** Every request body seen, newest last. */
  requests: { path: string; body: unknown; headers: IncomingMessage['headers'] }[];
  /** Streams whose client went away before the stream ended. */
  abortedStreams: number;
  /** Replies of any kind whose connection closed before they were complete. */
  abortedReplies: number;
  close(): Promise<void>;
}

interface ChatMessage {
  role: string;
  content?: string | { type: string; text?: string }[] | null;
}
interface ChatRequest extends ScenarioRequest {
  model: string;
  messages: ChatMessage[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  tools?: { type: string; function: { name: string } }[];
  max_completion_tokens?: number;
}

const CREATED = 1_700_000_000;
const MODELS = ['fake-model', 'fake-embedder'];

function textOf(message: ChatMessage | undefined): string {
  if (!message?.content) return '';
  if (typeof message.content === 'string') return message.content;
  return message.content.map((p) => p.text ?? '').join('');
}

function lastUserText(messages: ChatMessage[]): string {
  return textOf([...messages].reverse().find((m) => m.role === 'user'));
}

/** The tool results at the end of the conversation, in order. */
function trailingToolResults(messages: ChatMessage[]): string[] {
  const results: string[] = [];
  for (let i = messages.length - 1; i >= 0 && messages[i]!.role === 'tool'; i--)
    results.unshift(textOf(messages[i]));
  return results;
}

interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** A web_search or file_search call searches for what the user said; any other tool is asked about Paris. */
function toolArguments(tool: string, messages: ChatMessage[]): string {
  if (tool === 'web_search') return JSON.stringify({ query: lastUserText(messages) });
  if (tool === 'file_search') return JSON.stringify({ queries: [lastUserText(messages)] });
  return '{"city":"Paris"}';
}

/** What the fake model answers: reasoning, text or tool calls, and why it stopped. */
function reply(req: ChatRequest) {
  const lastRole = req.messages.at(-1)?.role;
  const script = scripted(req, lastRole === 'user' ? lastUserText(req.messages) : undefined);
  const tool = req.tools?.[0] && lastRole === 'user' ? req.tools[0].function.name : undefined;
  const calls: ToolCall[] = script
    ? (script.calls ?? []).map((c, i) => ({ id: `call_fake_${i + 1}`, ...c }))
    : !tool
      ? []
      : req.model === 'parallel-tools'
        ? [
            { id: 'call_fake_1', name: tool, arguments: '{"city":"Paris"}' },
            { id: 'call_fake_2', name: tool, arguments: '{"city":"London"}' },
          ]
        : [{ id: 'call_fake_1', name: tool, arguments: toolArguments(tool, req.messages) }];
  const results = lastRole === 'tool' ? trailingToolResults(req.messages) : [];
  let text =
    script?.text ??
    (results.length ? `Tools said: ${results.join('; ')}` : `You said: ${lastUserText(req.messages)}`);
  let finish = calls.length ? 'tool_calls' : 'stop';
  const limit = req.max_completion_tokens;
  if (!calls.length && typeof limit === 'number') {
    const words = text.split(/(?<= )/);
    if (words.length > limit) {
      text = words.slice(0, limit).join('');
      finish = 'length';
    }
  }
  const reasoning =
    req.model === 'fake-reasoner' ? `Thinking about ${lastUserText(req.messages)}.` : undefined;
  return { text: calls.length ? null : text, calls, reasoning, finish };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function usage(prompt: number, completion: number) {
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

/** A whole (non-streamed) chat completion. */
function completionBody(req: ChatRequest) {
  const { text, calls, reasoning, finish } = reply(req);
  const message = {
    role: 'assistant',
    content: text,
    refusal: null,
    ...(reasoning ? { reasoning_content: reasoning } : {}),
    ...(calls.length
      ? {
          tool_calls: calls.map((c) => ({
            id: c.id,
            type: 'function',
            function: { name: c.name, arguments: c.arguments },
          })),
        }
      : {}),
  };
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: CREATED,
    model: req.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: finish }],
    usage: usage(req.messages.length * 5, 7),
  };
}

function chat(req: ChatRequest, res: ServerResponse): void {
  const id = 'chatcmpl-fake';
  const { text, calls, reasoning, finish } = reply(req);
  const promptTokens = req.messages.length * 5;
  if (!req.stream) return json(res, 200, completionBody(req));
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const chunk = (delta: object, finishReason: string | null = null) =>
    `data: ${JSON.stringify({
      id,
      object: 'chat.completion.chunk',
      created: CREATED,
      model: req.model,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    })}\n\n`;
  let out = chunk({ role: 'assistant', content: '' });
  if (req.model === 'fail-midstream') {
    res.write(out + chunk({ content: 'Half ' }));
    setTimeout(() => res.destroy(), 20);
    return;
  }
  if (reasoning) for (const word of reasoning.split(/(?<= )/)) out += chunk({ reasoning_content: word });
  for (const [index, call] of calls.entries()) {
    out += chunk({
      tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }],
    });
    const cut = call.arguments.indexOf(':') + 1;
    out += chunk({ tool_calls: [{ index, function: { arguments: call.arguments.slice(0, cut) } }] });
    out += chunk({ tool_calls: [{ index, function: { arguments: call.arguments.slice(cut) } }] });
  }
  if (text !== null) for (const word of text.split(/(?<= )/)) out += chunk({ content: word });
  out += chunk({}, finish);
  if (req.stream_options?.include_usage) {
    out += `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: CREATED, model: req.model, choices: [], usage: usage(promptTokens, 7) })}\n\n`;
  }
  res.end(out + 'data: [DONE]\n\n');
}

function slowStream(state: FakeUpstream, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  let sent = 0;
  const timer = setInterval(() => {
    const delta = { content: `${sent} ` };
    res.write(
      `data: ${JSON.stringify({ id: 'chatcmpl-slow', object: 'chat.completion.chunk', created: CREATED, model: 'slow-stream', choices: [{ index: 0, delta, logprobs: null, finish_reason: null }] })}\n\n`,
    );
    if (++sent === 100) {
      clearInterval(timer);
      const done = { index: 0, delta: {}, logprobs: null, finish_reason: 'stop' };
      res.end(
        `data: ${JSON.stringify({ id: 'chatcmpl-slow', object: 'chat.completion.chunk', created: CREATED, model: 'slow-stream', choices: [done] })}\n\ndata: [DONE]\n\n`,
      );
    }
  }, 50);
  res.on('close', () => {
    if (sent < 100) state.abortedStreams++;
    clearInterval(timer);
  });
}

function embeddings(
  body: { model: string; input: string | string[]; encoding_format?: string; dimensions?: number },
  res: ServerResponse,
) {
  const inputs = Array.isArray(body.input) ? body.input : [body.input];
  const data = inputs.map((text, index) => {
    // With `dimensions`, vectors that rank texts by shared words (the retrieval bench asks for 256).
    const vector =
      typeof body.dimensions === 'number'
        ? Array.from(fakeEmbedding(text, body.dimensions))
        : [text.length / 100, 0.5, -0.25];
    const embedding =
      body.encoding_format === 'base64'
        ? Buffer.from(new Float32Array(vector).buffer).toString('base64')
        : vector;
    return { object: 'embedding', index, embedding };
  });
  json(res, 200, {
    object: 'list',
    data,
    model: body.model,
    usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
  });
}

function completions(body: { model: string; prompt: string; stream?: boolean }, res: ServerResponse) {
  const choice = { text: ` echo: ${String(body.prompt)}`, index: 0, logprobs: null, finish_reason: 'stop' };
  const reply = {
    id: 'cmpl-fake',
    object: 'text_completion',
    created: CREATED,
    model: body.model,
    choices: [choice],
  };
  if (!body.stream) return json(res, 200, { ...reply, usage: usage(3, 4) });
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  res.end(`data: ${JSON.stringify(reply)}\n\ndata: [DONE]\n\n`);
}

function handle(
  state: FakeUpstream,
  record: boolean,
  req: IncomingMessage,
  res: ServerResponse,
  raw: string,
): void {
  const path = (req.url ?? '').replace(/\?.*$/, '');
  const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
  if (record) state.requests.push({ path, body, headers: req.headers });
  const model = typeof body?.model === 'string' ? body.model : '';
  if (model === 'slow') {
    setTimeout(() => chat({ ...(body as unknown as ChatRequest), stream: false }, res), 300);
    return;
  }
  if (model === 'slow-stream') return slowStream(state, res);
  if (model === 'stall-stream') {
    // Headers and one chunk, then silence until the client gives up.
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(
      `data: ${JSON.stringify({ id: 'chatcmpl-stall', object: 'chat.completion.chunk', created: CREATED, model, choices: [{ index: 0, delta: { role: 'assistant', content: 'Hel' }, logprobs: null, finish_reason: null }] })}\n\n`,
    );
    return;
  }
  if (model === 'late-headers') {
    setTimeout(() => chat(body as unknown as ChatRequest, res), 1_500);
    return;
  }
  if (model === 'stall-body' || model === 'trickle') {
    const text = JSON.stringify(completionBody(body as unknown as ChatRequest));
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    if (model === 'stall-body') {
      res.write(text.slice(0, text.length >> 1));
      return;
    }
    const size = Math.ceil(text.length / 10);
    let sent = 0;
    const timer = setInterval(() => {
      res.write(text.slice(sent, sent + size));
      sent += size;
      if (sent >= text.length) {
        clearInterval(timer);
        res.end();
      }
    }, 100);
    res.on('close', () => clearInterval(timer));
    return;
  }
  if (model === 'garbage-stream') {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.end(
      `data: ${JSON.stringify({ id: 'chatcmpl-garbage', object: 'chat.completion.chunk', created: CREATED, model, choices: [{ index: 0, delta: { role: 'assistant', content: 'Hel' }, logprobs: null, finish_reason: null }] })}\n\n` +
        'data: {"id":"chatcmpl-garbage","choices":[{"delta":{"content":"lo\n\n',
    );
    return;
  }
  if (model === 'fail-midstream' && !(body as { stream?: boolean }).stream) {
    res.destroy();
    return;
  }
  const failure = /^error-(\d{3})$/.exec(model);
  if (failure) {
    const status = Number(failure[1]);
    return json(res, status, {
      error: { message: `fake failure ${status}`, type: 'invalid_request_error', param: null, code: null },
    });
  }
  if (req.method === 'GET' && path === '/v1/models') {
    return json(res, 200, {
      object: 'list',
      data: MODELS.map((id) => ({ id, object: 'model', created: CREATED, owned_by: 'fake' })),
    });
  }
  if (req.method === 'POST' && path === '/v1/chat/completions')
    return chat(body as unknown as ChatRequest, res);
  if (req.method === 'POST' && path === '/v1/embeddings') return embeddings(body as never, res);
  if (req.method === 'POST' && path === '/v1/completions') return completions(body as never, res);
  json(res, 404, {
    error: {
      message: `no route ${req.method} ${path}`,
      type: 'invalid_request_error',
      param: null,
      code: null,
    },
  });
}

export interface FakeUpstreamOptions {
  port?: number;
  host?: string;
  /** Keep every request in `requests` (tests); off for the benchmark, which would fill memory. */
  record?: boolean;
}

export function startFakeUpstream({
  port = 0,
  host = '127.0.0.1',
  record = true,
}: FakeUpstreamOptions = {}): Promise<FakeUpstream> {
  const state: FakeUpstream = {
    url: '',
    requests: [],
    abortedStreams: 0,
    abortedReplies: 0,
    close: async () => {},
  };
  const server: Server = createServer((req, res) => {
    res.on('close', () => {
      if (!res.writableFinished) state.abortedReplies++;
    });
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(state, record, req, res, Buffer.concat(chunks).toString('utf8')));
  });
  server.keepAliveTimeout = 65_000;
  return listenLocal(server, port, host).then(({ origin, close }) => {
    state.url = `${origin}/v1`;
    state.close = close;
    return state;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const upstream = await startFakeUpstream({ port: Number(process.argv[2] ?? 0), record: false });
  console.log(upstream.url);
}
