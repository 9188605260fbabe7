/** An earlier file_search_call as a chat model reads it: the call and what it found. */
import { describe, expect, it } from 'vitest';
import type { FileSearchCallItem } from '../../../src/api-types.js';
import { searchedText } from '../../../src/engine/tools/file-results.js';
import { toMessages } from '../../../src/engine/translate.js';

const SEARCH: FileSearchCallItem = {
  type: 'file_search_call',
  id: 'fs_1',
  status: 'completed',
  queries: ['holidays', 'leave'],
};
const RESULTS = [{ file_id: 'file-a', filename: 'a.md', score: 0.5, text: '25 days.', attributes: {} }];

describe('an earlier file_search_call for a chat model', () => {
  it('is an assistant call of file_search with its queries, and a tool message with its results', () => {
    const messages = toMessages('Be brief.', [{ ...SEARCH, results: RESULTS }]);
    expect(messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'fs_1',
            type: 'function',
            function: { name: 'file_search', arguments: '{"queries":["holidays","leave"]}' },
          },
        ],
      },
      {
        role: 'tool',
        tool_call_id: 'fs_1',
        content: 'File search results for "holidays", "leave":\n\n[1] a.md (file-a)\n25 days.',
      },
    ]);
  });

  it('attaches to the assistant message before it, and each search gets its own answer', () => {
    const messages = toMessages(undefined, [
      {
        type: 'message',
        id: 'm',
        status: 'completed',
        role: 'assistant',
        content: [{ type: 'output_text', text: 'Let me look.', annotations: [], logprobs: [] }],
      },
      SEARCH,
      { ...SEARCH, id: 'fs_2' },
    ]);
    expect(messages.map((m) => [m.role, 'tool_calls' in m ? m.tool_calls?.length : undefined])).toEqual([
      ['assistant', 1],
      ['tool', undefined],
      ['assistant', 1],
      ['tool', undefined],
    ]);
    expect(messages[0]).toMatchObject({ content: 'Let me look.' });
  });

  it('says what it searched when its results were not kept, or that it failed', () => {
    expect(searchedText(SEARCH)).toBe(
      'The files were searched for "holidays", "leave"; the results were not kept.',
    );
    expect(searchedText({ ...SEARCH, status: 'failed' })).toBe(
      'The file search for "holidays", "leave" failed.',
    );
    expect(searchedText({ ...SEARCH, results: [] })).toBe(
      'No passages of the files matched "holidays", "leave".',
    );
  });
});
