/**
 * A prompt in a background response: rendered at admission, so the runner (which runs the stored
 * request, maybe in another process, maybe much later) uses the version that was admitted, though
 * the prompt's default moved before it ran. On both dialects.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ResponsesEngine } from '../../src/engine/responses/engine.js';
import { PromptsService } from '../../src/engine/prompts/service.js';
import { createLogger } from '../../src/logger.js';
import { ProviderRegistry } from '../../src/providers/registry.js';
import { FileStore } from '../../src/store/files.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { postgresUrl } from '../support/database.js';
import { fakeProvider } from '../support/provider.js';

const T = 'default';
const dialects: Array<[string, () => Promise<Store>]> = [
  ['SQLite', () => openStore('sqlite::memory:')],
  ['PostgreSQL', async () => openStore(await postgresUrl(), { poolSize: 2 })],
];

/** An upstream that streams "ok" and keeps the chat requests it was sent. */
function recordingUpstream(bodies: unknown[]): typeof fetch {
  return async (_url, init) => {
    bodies.push(JSON.parse(String(init?.body)));
    const chunk = (delta: object, finish: string | null) =>
      `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    const text = chunk({ role: 'assistant', content: 'ok' }, null) + chunk({}, 'stop') + 'data: [DONE]\n\n';
    return new Response(text, { headers: { 'content-type': 'text/event-stream' } });
  };
}

describe.each(dialects)('a prompt in a background response on %s', (_name, open) => {
  let store: Store | undefined;
  afterEach(() => store?.close());

  it('runs the version it was admitted with, after the default moved', async () => {
    const opened = (store = await open());
    const bodies: unknown[] = [];
    const provider = fakeProvider(recordingUpstream(bodies));
    const engine = new ResponsesEngine(
      new ProviderRegistry([provider], provider, 60_000, createLogger('silent')),
      opened,
      new FileStore(opened.files, opened.blobs),
      { owner: 'here', leaseMs: 60_000, followPollMs: 50 },
    );
    const prompts = new PromptsService(opened.prompts);
    const { prompt_id } = await prompts.create(T, {
      prompt: [{ role: 'developer', content: 'One, for {{name}}.' }],
      variables: ['name'],
    });

    const run = await engine.create(
      T,
      { model: 'm', input: 'hi', background: true, prompt: { id: prompt_id, variables: { name: 'Ann' } } },
      { signal: new AbortController().signal },
    );
    expect(run.response).toMatchObject({ status: 'queued', prompt: { id: prompt_id, version: '1' } });
    // Before any runner claims it, version 2 becomes the default.
    await prompts.update(T, prompt_id, { prompt: 'Two, for {{name}}.', variables: ['name'], version: 1 });

    const job = await engine.jobs.claim();
    expect(job?.id).toBe(run.response.id);
    await engine.jobs.run(job!, new AbortController().signal);

    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({
      messages: [
        { role: 'system', content: 'One, for Ann.' },
        { role: 'user', content: 'hi' },
      ],
    });
    const done = await opened.responses.get(T, run.response.id);
    expect(done).toMatchObject({
      status: 'completed',
      prompt: { id: prompt_id, version: '1', variables: { name: 'Ann' } },
      output: [{ content: [{ text: 'ok' }] }],
    });
  });
});
