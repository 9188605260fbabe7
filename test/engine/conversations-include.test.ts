import { describe, expect, it } from 'vitest';
import type { ItemField } from '../../src/api-types.js';
import { itemView } from '../../src/engine/conversations/include.js';

const logprobs = [{ token: 'A', logprob: -0.25, bytes: [65], top_logprobs: [] }];
const answer: ItemField = {
  type: 'message',
  id: 'msg_1',
  status: 'completed',
  role: 'assistant',
  content: [
    { type: 'output_text', text: 'A', annotations: [], logprobs },
    { type: 'refusal', refusal: 'no' },
  ],
};
const thought: ItemField = {
  type: 'reasoning',
  id: 'rs_1',
  summary: [],
  encrypted_content: 'opaque',
};
const search: ItemField = {
  type: 'web_search_call',
  id: 'ws_1',
  status: 'completed',
  action: { type: 'search', query: 'cats', sources: [{ type: 'url', url: 'https://cats.test/' }] },
};
const image: ItemField = {
  type: 'message',
  id: 'msg_2',
  status: 'completed',
  role: 'user',
  content: [{ type: 'input_image', image_url: 'https://x.test/a.png', detail: 'auto' }],
};

describe('itemView', () => {
  it('leaves out logprobs, encrypted reasoning and search sources unless asked for', () => {
    const view = itemView(undefined);
    expect(view(answer)).toEqual({
      ...answer,
      content: [
        { type: 'output_text', text: 'A', annotations: [], logprobs: [] },
        { type: 'refusal', refusal: 'no' },
      ],
    });
    expect(view(thought)).toEqual({ type: 'reasoning', id: 'rs_1', summary: [] });
    expect(view(search)).toEqual({ ...search, action: { type: 'search', query: 'cats' } });
  });

  it('shows each when its include value is given, and only that one', () => {
    expect(itemView(['message.output_text.logprobs'])(answer)).toEqual(answer);
    expect(itemView(['message.output_text.logprobs'])(thought)).not.toHaveProperty('encrypted_content');
    expect(itemView(['reasoning.encrypted_content'])(thought)).toEqual(thought);
    expect(itemView(['web_search_call.action.sources'])(search)).toEqual(search);
  });

  it('never changes the stored item, and shows image URLs and other items as stored', () => {
    const stored = structuredClone(answer);
    itemView([])(answer);
    expect(answer).toEqual(stored);
    expect(itemView([])(image)).toBe(image);
    const call: ItemField = {
      type: 'function_call',
      id: 'fc_1',
      call_id: 'c',
      name: 'f',
      arguments: '{}',
      status: 'completed',
    };
    expect(itemView([])(call)).toBe(call);
  });
});

describe('itemView of a file_search_call', () => {
  const files: ItemField = {
    type: 'file_search_call',
    id: 'fs_1',
    status: 'completed',
    queries: ['holidays'],
    results: [{ file_id: 'file-a', filename: 'a.md', score: 0.5, text: '25 days.', attributes: {} }],
  };

  it('shows its results only with include file_search_call.results', () => {
    const { results: _left, ...bare } = files;
    expect(itemView(undefined)(files)).toEqual(bare);
    expect(itemView(['file_search_call.results'])(files)).toEqual(files);
    expect(itemView(undefined)(bare)).toBe(bare);
  });
});
