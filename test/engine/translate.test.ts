/** Responses request → chat completions request: messages, tools, formats and parameters. */
import { describe, expect, it } from 'vitest';
import type { CreateResponseBody, ItemField } from '../../src/api-types.js';
import { ApiError } from '../../src/errors.js';
import { encodeCompaction } from '../../src/engine/compaction.js';
import { checkSupported, toChatParams, toMessages, wantsLogprobs } from '../../src/engine/translate.js';

const items = (...list: unknown[]) => list as ItemField[];
const request = (fields: Record<string, unknown>) => ({ model: 'm', ...fields }) as CreateResponseBody;

const user = (text: string) => ({
  type: 'message',
  id: 'msg_u',
  status: 'completed',
  role: 'user',
  content: [{ type: 'input_text', text }],
});
const assistant = (text: string) => ({
  type: 'message',
  id: 'msg_a',
  status: 'completed',
  role: 'assistant',
  content: [{ type: 'output_text', text, annotations: [], logprobs: [] }],
});
const call = (callId: string, name = 'get_weather', args = '{}') => ({
  type: 'function_call',
  id: `fc_${callId}`,
  call_id: callId,
  name,
  arguments: args,
  status: 'completed',
});
const output = (callId: string, out: unknown) => ({
  type: 'function_call_output',
  id: `fco_${callId}`,
  call_id: callId,
  output: out,
  status: 'completed',
});

describe('toMessages', () => {
  it('puts instructions first as a system message, and only when there are some', () => {
    expect(toMessages('Be brief.', items(user('hi')))).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'hi' },
    ]);
    expect(toMessages(null, items(user('hi')))).toEqual([{ role: 'user', content: 'hi' }]);
    expect(toMessages('', items(user('hi')))).toEqual([{ role: 'user', content: 'hi' }]);
  });

  it('joins the text parts of a user message into one string', () => {
    const message = {
      ...user('a'),
      content: [
        { type: 'input_text', text: 'one ' },
        { type: 'input_text', text: 'two' },
      ],
    };
    expect(toMessages(null, items(message))).toEqual([{ role: 'user', content: 'one two' }]);
  });

  it('merges an assistant message and the function calls after it into one message with tool_calls', () => {
    const messages = toMessages(
      null,
      items(user('weather?'), assistant('Let me look.'), call('c1', 'a', '{"x":1}'), call('c2', 'b')),
    );
    expect(messages).toEqual([
      { role: 'user', content: 'weather?' },
      {
        role: 'assistant',
        content: 'Let me look.',
        tool_calls: [
          { id: 'c1', type: 'function', function: { name: 'a', arguments: '{"x":1}' } },
          { id: 'c2', type: 'function', function: { name: 'b', arguments: '{}' } },
        ],
      },
    ]);
  });

  it('opens an assistant message with null content for function calls that follow no assistant message', () => {
    expect(toMessages(null, items(user('go'), call('c1'), call('c2')))).toEqual([
      { role: 'user', content: 'go' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{}' } },
          { id: 'c2', type: 'function', function: { name: 'get_weather', arguments: '{}' } },
        ],
      },
    ]);
  });

  it('turns function_call_output into tool messages, and a later call starts a new assistant message', () => {
    const messages = toMessages(
      null,
      items(
        call('c1'),
        output('c1', 'sunny'),
        output('c2', [
          { type: 'input_text', text: 'rain' },
          { type: 'input_text', text: 'y' },
        ]),
        call('c3'),
      ),
    );
    expect(messages).toEqual([
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{}' } }],
      },
      { role: 'tool', tool_call_id: 'c1', content: 'sunny' },
      { role: 'tool', tool_call_id: 'c2', content: 'rainy' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'c3', type: 'function', function: { name: 'get_weather', arguments: '{}' } }],
      },
    ]);
  });

  it('does not attach function calls to an assistant message a user message came after', () => {
    const messages = toMessages(null, items(assistant('hello'), user('call it'), call('c1')));
    expect(messages).toHaveLength(3);
    expect(messages[0]).toEqual({ role: 'assistant', content: 'hello' });
    expect(messages[2]).toMatchObject({ role: 'assistant', content: null, tool_calls: [{ id: 'c1' }] });
  });

  it('drops reasoning items without breaking the assistant turn they sit in', () => {
    const reasoning = { type: 'reasoning', id: 'rs_1', summary: [{ type: 'summary_text', text: 'hmm' }] };
    const messages = toMessages(null, items(user('q'), reasoning, assistant('a'), reasoning, call('c1')));
    expect(messages).toEqual([
      { role: 'user', content: 'q' },
      {
        role: 'assistant',
        content: 'a',
        tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{}' } }],
      },
    ]);
  });

  it('sends developer and system messages as system messages', () => {
    const developer = { ...user('Be terse.'), role: 'developer' };
    const system = { ...user('You are a bot.'), role: 'system' };
    expect(toMessages('Top.', items(system, developer, user('hi')))).toEqual([
      { role: 'system', content: 'Top.' },
      { role: 'system', content: 'You are a bot.' },
      { role: 'system', content: 'Be terse.' },
      { role: 'user', content: 'hi' },
    ]);
  });

  it('turns images and files into content parts', () => {
    const message = {
      ...user(''),
      content: [
        { type: 'input_text', text: 'What is this?' },
        { type: 'input_image', image_url: 'https://example.com/cat.png' },
        { type: 'input_image', image_url: 'data:image/png;base64,AAAA', detail: 'high' },
        { type: 'input_file', file_data: 'data:application/pdf;base64,JVBE', filename: 'a.pdf' },
        { type: 'input_file', file_data: 'data:application/octet-stream;base64,aGk=' },
      ],
    };
    expect(toMessages(null, items(message))).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is this?' },
          { type: 'image_url', image_url: { url: 'https://example.com/cat.png', detail: 'auto' } },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA', detail: 'high' } },
          { type: 'file', file: { file_data: 'data:application/pdf;base64,JVBE', filename: 'a.pdf' } },
          { type: 'file', file: { file_data: 'data:application/octet-stream;base64,aGk=' } },
        ],
      },
    ]);
  });

  it('sends text files (text/*, JSON) as their text, which chat backends can read', () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64');
    const message = {
      ...user(''),
      content: [
        { type: 'input_text', text: 'Summarise' },
        {
          type: 'input_file',
          file_data: `data:text/markdown;base64,${b64('# Title\nnaïve')}`,
          filename: 'a.md',
        },
        { type: 'input_file', file_data: `data:application/json;base64,${b64('{"a":1}')}` },
        // Not UTF-8 although labelled text: sent as a file, not as mangled text.
        { type: 'input_file', file_data: 'data:text/plain;base64,//4=', filename: 'utf16.txt' },
      ],
    };
    expect(toMessages(null, items(message))).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Summarise' },
          { type: 'text', text: '<file name="a.md">\n# Title\nnaïve\n</file>' },
          { type: 'text', text: '<file>\n{"a":1}\n</file>' },
          { type: 'file', file: { file_data: 'data:text/plain;base64,//4=', filename: 'utf16.txt' } },
        ],
      },
    ]);
  });

  it('sends an assistant refusal as refusal with null content', () => {
    const refused = { ...assistant(''), content: [{ type: 'refusal', refusal: 'I cannot.' }] };
    expect(toMessages(null, items(refused))).toEqual([
      { role: 'assistant', content: null, refusal: 'I cannot.' },
    ]);
    // An empty answer stays an (empty) answer.
    expect(toMessages(null, items(assistant('')))).toEqual([{ role: 'assistant', content: '' }]);
  });

  it('turns a compaction item into a system message with its summary', () => {
    const compaction = { type: 'compaction', id: 'cmp_1', encrypted_content: encodeCompaction('Ada, 36.') };
    expect(toMessages('Top.', items(compaction, user('Who am I?')))).toEqual([
      { role: 'system', content: 'Top.' },
      { role: 'system', content: 'Summary of the earlier conversation:\nAda, 36.' },
      { role: 'user', content: 'Who am I?' },
    ]);
  });
});

describe('toChatParams', () => {
  const messages = [{ role: 'user' as const, content: 'hi' }];

  it('sends only the model and messages for a bare request', () => {
    expect(toChatParams(request({ input: 'hi' }), messages, 'up')).toEqual({ model: 'up', messages });
  });

  it('carries every sampling and routing parameter, with their chat names', () => {
    const params = toChatParams(
      request({
        temperature: 0,
        top_p: 0.5,
        presence_penalty: -1,
        frequency_penalty: 1.5,
        user: 'u-1',
        safety_identifier: 'safe-1',
        prompt_cache_key: 'cache-1',
        prompt_cache_retention: '24h',
        service_tier: 'flex',
        metadata: { a: 'b' },
        max_output_tokens: 64,
        reasoning: { effort: 'high', summary: 'auto' },
        text: { verbosity: 'low' },
        store: true,
        background: false,
        truncation: 'auto',
        previous_response_id: 'resp_1',
      }),
      messages,
      'up',
    );
    expect(params).toEqual({
      model: 'up',
      messages,
      temperature: 0,
      top_p: 0.5,
      presence_penalty: -1,
      frequency_penalty: 1.5,
      user: 'u-1',
      safety_identifier: 'safe-1',
      prompt_cache_key: 'cache-1',
      prompt_cache_retention: '24h',
      service_tier: 'flex',
      metadata: { a: 'b' },
      max_completion_tokens: 64,
      reasoning_effort: 'high',
      verbosity: 'low',
    });
  });

  it('leaves out nulls and empty metadata', () => {
    const params = toChatParams(
      request({ temperature: null, top_p: null, max_output_tokens: null, metadata: {}, reasoning: null }),
      messages,
      'up',
    );
    expect(params).toEqual({ model: 'up', messages });
  });

  it('maps text.format to response_format', () => {
    const format = (f: unknown) =>
      toChatParams(request({ text: { format: f } }), messages, 'up').response_format;
    expect(format({ type: 'text' })).toBeUndefined();
    expect(format({ type: 'json_object' })).toEqual({ type: 'json_object' });
    const schema = { type: 'object', properties: { a: { type: 'string' } } };
    expect(format({ type: 'json_schema', name: 'thing', schema })).toEqual({
      type: 'json_schema',
      json_schema: { name: 'thing', schema },
    });
    expect(
      format({ type: 'json_schema', name: 'thing', schema, description: 'A thing.', strict: true }),
    ).toEqual({
      type: 'json_schema',
      json_schema: { name: 'thing', schema, description: 'A thing.', strict: true },
    });
  });

  it('maps function tools, with defaults for what a chat tool needs', () => {
    const params = toChatParams(
      request({
        tools: [
          {
            type: 'function',
            name: 'a',
            parameters: { type: 'object', properties: { x: {} } },
            strict: true,
          },
          { type: 'function', name: 'b', description: 'B it.', strict: null },
        ],
      }),
      messages,
      'up',
    );
    expect(params.tools).toEqual([
      {
        type: 'function',
        function: { name: 'a', parameters: { type: 'object', properties: { x: {} } }, strict: true },
      },
      {
        type: 'function',
        function: { name: 'b', description: 'B it.', parameters: { type: 'object', properties: {} } },
      },
    ]);
    expect(toChatParams(request({ tools: [] }), messages, 'up').tools).toBeUndefined();
  });

  it('sends parallel_tool_calls only with tools', () => {
    const tools = [{ type: 'function', name: 'a' }];
    expect(toChatParams(request({ tools, parallel_tool_calls: false }), messages, 'up')).toMatchObject({
      parallel_tool_calls: false,
    });
    expect(toChatParams(request({ tools }), messages, 'up')).not.toHaveProperty('parallel_tool_calls');
    expect(toChatParams(request({ parallel_tool_calls: false }), messages, 'up')).not.toHaveProperty(
      'parallel_tool_calls',
    );
  });

  it('maps tool_choice, allowed_tools included', () => {
    const tools = [
      { type: 'function', name: 'a' },
      { type: 'function', name: 'b' },
    ];
    const choice = (c: unknown) =>
      toChatParams(request({ tool_choice: c, tools }), messages, 'up').tool_choice;
    expect(choice(undefined)).toBeUndefined();
    // Chat backends refuse tool_choice without tools (say, hosted tools that were not offered).
    expect(toChatParams(request({ tool_choice: 'auto' }), messages, 'up').tool_choice).toBeUndefined();
    expect(choice('none')).toBe('none');
    expect(choice('auto')).toBe('auto');
    expect(choice('required')).toBe('required');
    expect(choice({ type: 'function', name: 'a' })).toEqual({ type: 'function', function: { name: 'a' } });
    expect(
      choice({
        type: 'allowed_tools',
        mode: 'required',
        tools: [
          { type: 'function', name: 'a' },
          { type: 'function', name: 'b' },
        ],
      }),
    ).toEqual({
      type: 'allowed_tools',
      allowed_tools: {
        mode: 'required',
        tools: [
          { type: 'function', function: { name: 'a' } },
          { type: 'function', function: { name: 'b' } },
        ],
      },
    });
    expect(choice({ type: 'allowed_tools', mode: 'auto', tools: [{ type: 'function', name: 'a' }] })).toEqual(
      {
        type: 'allowed_tools',
        allowed_tools: { mode: 'auto', tools: [{ type: 'function', function: { name: 'a' } }] },
      },
    );
  });

  it('asks for logprobs when include or top_logprobs asks for them', () => {
    const include = request({ include: ['message.output_text.logprobs'] });
    expect(wantsLogprobs(include)).toBe(true);
    expect(toChatParams(include, messages, 'up')).toMatchObject({ logprobs: true });
    expect(toChatParams(include, messages, 'up')).not.toHaveProperty('top_logprobs');
    const top = request({ top_logprobs: 3 });
    expect(toChatParams(top, messages, 'up')).toMatchObject({ logprobs: true, top_logprobs: 3 });
    const neither = request({ include: ['reasoning.encrypted_content'] });
    expect(wantsLogprobs(neither)).toBe(false);
    expect(toChatParams(neither, messages, 'up')).not.toHaveProperty('logprobs');
    // top_logprobs: 0 (the echoed default) asks for no alternatives, so no logprobs either.
    expect(toChatParams(request({ top_logprobs: 0 }), messages, 'up')).not.toHaveProperty('logprobs');
  });
});

describe('checkSupported', () => {
  const rejection = (fields: Record<string, unknown>) => {
    try {
      checkSupported(request(fields));
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      const e = error as ApiError;
      return { status: e.status, param: e.param, code: e.code };
    }
    return undefined;
  };

  it('accepts what it can serve', () => {
    expect(
      rejection({
        input: 'x',
        tools: [
          { type: 'function', name: 'a' },
          { type: 'function', name: 'b' },
        ],
        tool_choice: { type: 'allowed_tools', mode: 'auto', tools: [{ type: 'function', name: 'b' }] },
        background: true,
        conversation: 'conv_1',
        prompt: { id: 'pmpt_1' },
      }),
    ).toBeUndefined();
  });

  it('rejects what the gateway does not serve, naming the field', () => {
    expect(rejection({ context_management: [{ type: 'compaction' }] })).toEqual({
      status: 400,
      param: 'context_management',
      code: 'unsupported_parameter',
    });
  });

  it('rejects background without storage', () => {
    expect(rejection({ background: true, store: false })).toEqual({
      status: 400,
      param: 'store',
      code: 'invalid_value',
    });
    expect(rejection({ background: false, store: false })).toBeUndefined();
  });

  it('rejects duplicate tool names and a tool_choice naming no tool', () => {
    const tools = [
      { type: 'function', name: 'a' },
      { type: 'function', name: 'b' },
      { type: 'function', name: 'a' },
    ];
    expect(rejection({ tools })).toMatchObject({ param: 'tools[2].name', code: 'invalid_value' });
    const two = tools.slice(0, 2);
    expect(rejection({ tools: two, tool_choice: { type: 'function', name: 'c' } })).toMatchObject({
      param: 'tool_choice.name',
    });
    expect(
      rejection({
        tools: two,
        tool_choice: {
          type: 'allowed_tools',
          mode: 'auto',
          tools: [
            { type: 'function', name: 'a' },
            { type: 'function', name: 'z' },
          ],
        },
      }),
    ).toMatchObject({ param: 'tool_choice.tools[1].name' });
    expect(rejection({ tool_choice: { type: 'function', name: 'a' } })).toMatchObject({
      param: 'tool_choice.name',
    });
  });
});
