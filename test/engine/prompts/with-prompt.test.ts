/** A Responses request's `prompt` resolved and rendered into its instructions or input. */
import { describe, expect, it } from 'vitest';
import type { CreateResponseBody } from '../../../src/api-types.js';
import { ApiError } from '../../../src/errors.js';
import { withPrompt, type PromptSource } from '../../../src/engine/responses/prompt.js';
import type { PromptResource } from '../../../src/api-types.js';

const version = (v: number, prompt: PromptResource['prompt'], variables: string[]): PromptResource => ({
  object: 'prompt',
  prompt_id: 'pmpt_1',
  version: v,
  is_default: v === 1,
  prompt,
  variables,
  metadata: {},
  created_at: 0,
});

/** pmpt_1: version 1 (the default) a text template, version 2 a message list; tenant t only. */
const versions = [
  version(1, 'You help {{company}}.', ['company']),
  version(2, [{ role: 'developer', content: 'Speak as {{company}}.' }], ['company']),
];
const source: PromptSource = {
  async get(tenant, id, v) {
    if (tenant !== 't' || id !== 'pmpt_1') return undefined;
    return versions.find((p) => p.version === (v ?? 1));
  },
};

const ask = (prompt: CreateResponseBody['prompt'], rest: Partial<CreateResponseBody> = {}) =>
  withPrompt(source, 't', { model: 'm', input: 'Hi', prompt, ...rest });

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('withPrompt', () => {
  it('leaves a request without a prompt as it is', async () => {
    const request: CreateResponseBody = { model: 'm', input: 'Hi', instructions: 'x' };
    expect(await withPrompt(source, 't', request)).toBe(request);
    expect(await withPrompt(source, 't', { ...request, prompt: null })).toEqual({ ...request, prompt: null });
  });

  it('renders a text template (the default version) into instructions and pins the version', async () => {
    const variables = { company: 'Acme' };
    expect(await ask({ id: 'pmpt_1', variables })).toEqual({
      model: 'm',
      input: 'Hi',
      instructions: 'You help Acme.',
      prompt: { id: 'pmpt_1', variables, version: '1' },
    });
  });

  it("puts the template before the request's own instructions", async () => {
    const rendered = await ask(
      { id: 'pmpt_1', version: '1', variables: { company: 'Acme' } },
      { instructions: 'Be brief.' },
    );
    expect(rendered.instructions).toBe('You help Acme.\n\nBe brief.');
  });

  it('renders a message-list template as the messages leading the input', async () => {
    const variables = { company: 'Acme' };
    const developer = { type: 'message', role: 'developer', content: 'Speak as Acme.' };
    expect(await ask({ id: 'pmpt_1', version: '2', variables }, { instructions: 'Be brief.' })).toEqual({
      model: 'm',
      input: [developer, { type: 'message', role: 'user', content: 'Hi' }],
      instructions: 'Be brief.',
      prompt: { id: 'pmpt_1', version: '2', variables },
    });
    const items = [{ type: 'message' as const, role: 'user' as const, content: 'a' }];
    expect((await ask({ id: 'pmpt_1', version: '2', variables }, { input: items })).input).toEqual([
      developer,
      ...items,
    ]);
    expect((await ask({ id: 'pmpt_1', version: '2', variables }, { input: undefined })).input).toEqual([
      developer,
    ]);
  });

  it('is a 404 param prompt for an unknown prompt, or another tenant\u2019s', async () => {
    for (const [tenant, id] of [
      ['t', 'pmpt_2'],
      ['u', 'pmpt_1'],
    ] as const) {
      const error = await rejection(withPrompt(source, tenant, { model: 'm', input: 'Hi', prompt: { id } }));
      expect(error).toMatchObject({ status: 404, param: 'prompt' });
    }
  });

  it('is a 404 param prompt.version for an unknown version of a known prompt', async () => {
    const error = await rejection(ask({ id: 'pmpt_1', version: '3' }));
    expect(error).toMatchObject({ status: 404, param: 'prompt.version' });
    expect(error.message).toContain('no version 3');
  });

  it('is a 400 for a version that is no version number', async () => {
    for (const v of ['0', 'latest', '1.5', '-1', '01', '99999999999']) {
      const error = await rejection(ask({ id: 'pmpt_1', version: v }));
      expect(error).toMatchObject({ status: 400, param: 'prompt.version', code: 'invalid_value' });
    }
  });

  it('passes on the rendering errors: a missing or an unknown variable', async () => {
    expect(await rejection(ask({ id: 'pmpt_1' }))).toMatchObject({ status: 400, param: 'prompt.variables' });
    expect(await rejection(ask({ id: 'pmpt_1', variables: { company: 'Acme', other: 'x' } }))).toMatchObject({
      status: 400,
      param: 'prompt.variables',
      code: 'invalid_value',
    });
  });
});
