/**
 * A hosted tool's chat function and a client tool asking for the same chat name could not be told
 * apart (every call would go to the hosted tool): a 400 naming the client tool's field, whatever
 * the client tool's kind.
 */
import { describe, expect, it } from 'vitest';
import type { CreateResponseBody } from '../../../src/api-types.js';
import { HostedTools, type HostedTool } from '../../../src/engine/tools/hosted.js';

/** A hosted tool offered as a function of the given chat name. */
function hostedNamed(name: string): HostedTools {
  const tool: HostedTool = {
    types: ['lookup'],
    offer: () => ({ type: 'function', function: { name, parameters: { type: 'object', properties: {} } } }),
    // eslint-disable-next-line require-yield
    async *run() {
      throw new Error('not run here');
    },
  };
  return new HostedTools([tool]);
}

const tools = (json: string): CreateResponseBody['tools'] => JSON.parse(json) as CreateResponseBody['tools'];

describe('HostedTools.offers', () => {
  const clashes = [
    {
      kind: 'a function',
      name: 'lookup',
      param: 'tools[0].name',
      json: '[{"type":"function","name":"lookup"},{"type":"lookup"}]',
    },
    {
      kind: 'a custom tool',
      name: 'lookup',
      param: 'tools[0].name',
      json: '[{"type":"custom","name":"lookup"},{"type":"lookup"}]',
    },
    {
      kind: "a namespace's inner tool",
      name: 'crm__lookup',
      param: 'tools[1].tools[1].name',
      json: '[{"type":"lookup"},{"type":"namespace","name":"crm","description":"","tools":[{"type":"function","name":"find"},{"type":"custom","name":"lookup"}]}]',
    },
    {
      kind: 'a built-in offered as a function',
      name: 'shell',
      param: 'tools[1].type',
      json: '[{"type":"lookup"},{"type":"shell"}]',
    },
  ];
  for (const { kind, name, param, json } of clashes) {
    it(`refuses ${kind} named like the hosted function`, () => {
      expect(() => hostedNamed(name).offers({ tools: tools(json) })).toThrow(
        expect.objectContaining({ status: 400, param, code: 'invalid_value' }),
      );
    });
  }

  it('offers the hosted function beside client tools of other names', () => {
    const offered = hostedNamed('lookup').offers({
      tools: tools('[{"type":"custom","name":"apply"},{"type":"lookup"},{"type":"shell"}]'),
    });
    expect([...offered.keys()]).toEqual(['lookup']);
  });
});
