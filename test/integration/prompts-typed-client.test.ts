/**
 * The Prompts API over HTTP through the typed client (packages/client): every operation, its
 * pagination and its errors (400, 404, 409), as a client generated from the contract sees them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type GatewayClient } from '../../packages/client/src/index.js';
import { startStack, type Stack } from './stack.js';

let stack: Stack;
let client: GatewayClient;

beforeAll(async () => {
  stack = await startStack();
  client = createClient({ baseUrl: stack.base });
});

afterAll(() => stack.close());

const path = (prompt_id: string) => ({ params: { path: { prompt_id } } });

async function created(prompt: string, variables: string[] = []) {
  const reply = await client.POST('/v1/prompts', { body: { prompt, variables } });
  expect(reply.response.status).toBe(200);
  return reply.data!;
}

describe('the Prompts API through the typed client', () => {
  it('creates, versions, reads, moves the default, lists and deletes a prompt', async () => {
    const first = await created('Hello {{ name }}', ['name']);
    expect(first).toMatchObject({
      object: 'prompt',
      version: 1,
      is_default: true,
      variables: ['name'],
      metadata: {},
    });
    expect(first.prompt_id).toMatch(/^pmpt_[0-9a-f]{48}$/);
    const id = first.prompt_id;

    const second = await client.PUT('/v1/prompts/{prompt_id}', {
      ...path(id),
      body: {
        prompt: [{ role: 'developer', content: 'Hi {{name}}' }],
        variables: ['name'],
        version: 1,
        metadata: { v: '2' },
      },
    });
    expect(second.data).toMatchObject({ version: 2, is_default: true, metadata: { v: '2' } });

    const third = await client.PUT('/v1/prompts/{prompt_id}', {
      ...path(id),
      body: { prompt: 'Third', version: 2, set_as_default: false },
    });
    expect(third.data).toMatchObject({ version: 3, is_default: false, variables: [] });

    const current = await client.GET('/v1/prompts/{prompt_id}', path(id));
    expect(current.data).toMatchObject({
      version: 2,
      prompt: [{ role: 'developer', content: 'Hi {{name}}' }],
    });
    const one = await client.GET('/v1/prompts/{prompt_id}', {
      params: { path: { prompt_id: id }, query: { version: 1 } },
    });
    expect(one.data).toMatchObject({ version: 1, is_default: false, prompt: 'Hello {{ name }}' });

    const versions = await client.GET('/v1/prompts/{prompt_id}/versions', path(id));
    expect(versions.data).toMatchObject({ object: 'list', first_id: '1', last_id: '3', has_more: false });
    expect(versions.data!.data.map((v) => [v.version, v.is_default])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
    const paged = await client.GET('/v1/prompts/{prompt_id}/versions', {
      params: { path: { prompt_id: id }, query: { order: 'desc', limit: 1, after: '3' } },
    });
    expect(paged.data).toMatchObject({ data: [{ version: 2 }], first_id: '2', last_id: '2', has_more: true });

    const moved = await client.PUT('/v1/prompts/{prompt_id}/set-default-version', {
      ...path(id),
      body: { version: 3 },
    });
    expect(moved.data).toMatchObject({ version: 3, is_default: true, prompt: 'Third' });
    const listed = await client.GET('/v1/prompts', { params: { query: { limit: 100 } } });
    expect(listed.data!.data.find((p) => p.prompt_id === id)).toMatchObject({ version: 3, is_default: true });

    const deleted = await client.DELETE('/v1/prompts/{prompt_id}', path(id));
    expect(deleted.data).toEqual({ id, object: 'prompt.deleted', deleted: true });
    const gone = await client.GET('/v1/prompts/{prompt_id}', path(id));
    expect(gone.response.status).toBe(404);
    expect(gone.error?.error).toMatchObject({
      type: 'invalid_request_error',
      param: 'prompt_id',
      code: 'not_found',
    });
  });

  it('pages the prompts newest first, or oldest first after a cursor', async () => {
    const made = [await created('a'), await created('b'), await created('c')].map((p) => p.prompt_id);
    const newest = await client.GET('/v1/prompts', { params: { query: { limit: 2 } } });
    expect(newest.data!.data.map((p) => p.prompt_id)).toEqual([made[2], made[1]]);
    expect(newest.data).toMatchObject({ first_id: made[2], last_id: made[1], has_more: true });
    const after = await client.GET('/v1/prompts', { params: { query: { order: 'asc', after: made[0] } } });
    expect(after.data!.data.map((p) => p.prompt_id)).toEqual([made[1], made[2]]);
    const unknown = await client.GET('/v1/prompts', { params: { query: { after: 'pmpt_123' } } });
    expect(unknown.response.status).toBe(400);
    expect(unknown.error?.error).toMatchObject({ param: 'after', code: 'invalid_value' });
  });

  it('answers every error in the envelope: 400 undeclared placeholder, 404 unknown, 409 stale', async () => {
    const undeclared = await client.POST('/v1/prompts', { body: { prompt: 'Hi {{who}}' } });
    expect(undeclared.response.status).toBe(400);
    expect(undeclared.error?.error).toMatchObject({
      type: 'invalid_request_error',
      param: 'prompt',
      code: 'invalid_value',
    });
    expect(undeclared.error?.error.message).toContain('{{who}}');

    const prompt = await created('v1');
    const id = prompt.prompt_id;
    await client.PUT('/v1/prompts/{prompt_id}', { ...path(id), body: { prompt: 'v2', version: 1 } });
    const stale = await client.PUT('/v1/prompts/{prompt_id}', {
      ...path(id),
      body: { prompt: 'v2 again', version: 1 },
    });
    expect(stale.response.status).toBe(409);
    expect(stale.error?.error).toMatchObject({
      type: 'invalid_request_error',
      param: 'version',
      code: 'stale_version',
    });
    expect(stale.error?.error.message).toContain('the latest is 2');

    const noVersion = await client.GET('/v1/prompts/{prompt_id}', {
      params: { path: { prompt_id: id }, query: { version: 5 } },
    });
    expect(noVersion.response.status).toBe(404);
    expect(noVersion.error?.error.param).toBe('version');
    const noDefault = await client.PUT('/v1/prompts/{prompt_id}/set-default-version', {
      ...path(id),
      body: { version: 5 },
    });
    expect(noDefault.response.status).toBe(404);

    for (const reply of [
      await client.GET('/v1/prompts/{prompt_id}', path('pmpt_0000')),
      await client.PUT('/v1/prompts/{prompt_id}', {
        ...path('pmpt_0000'),
        body: { prompt: 'x', version: 1 },
      }),
      await client.DELETE('/v1/prompts/{prompt_id}', path('pmpt_0000')),
      await client.GET('/v1/prompts/{prompt_id}/versions', path('pmpt_0000')),
    ]) {
      expect(reply.response.status).toBe(404);
      expect(reply.error?.error.param).toBe('prompt_id');
    }

    const malformed = await client.GET('/v1/prompts/{prompt_id}', path('not-a-prompt'));
    expect(malformed.response.status).toBe(400);
    expect(malformed.error?.error.param).toBe('prompt_id');
  });

  it('lets one of two racing updates from one version win; the other is a 409', async () => {
    const id = (await created('v1')).prompt_id;
    const replies = await Promise.all(
      ['left', 'right'].map((text) =>
        client.PUT('/v1/prompts/{prompt_id}', { ...path(id), body: { prompt: text, version: 1 } }),
      ),
    );
    expect(replies.map((r) => r.response.status).sort()).toEqual([200, 409]);
    const versions = await client.GET('/v1/prompts/{prompt_id}/versions', path(id));
    expect(versions.data!.data.map((v) => v.version)).toEqual([1, 2]);
  });
});
