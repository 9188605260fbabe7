/**
 * What may happen while a response is being stored, on each dialect. A background response is
 * claimable the moment its row is visible, by a runner in any process: it must be stored with its
 * first events, or that runner's events collide with them. A foreground response's first model
 * call is opened before it is stored: what the upstream sends meanwhile must not be lost, even
 * when the upstream then breaks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ResponseStreamEvent } from '../../src/api-types.js';
import { ResponsesEngine } from '../../src/engine/responses/engine.js';
import { createLogger } from '../../src/logger.js';
import { ProviderRegistry } from '../../src/providers/registry.js';
import { FileStore } from '../../src/store/files.js';
import { openStore } from '../../src/store/index.js';
import type { ResponsesRepository } from '../../src/store/responses.js';
import type { Store } from '../../src/store/store.js';
import { postgresUrl } from '../support/database.js';
import { fakeProvider } from '../support/provider.js';

const dialects: Array<[string, () => Promise<Store>]> = [
  ['SQLite', () => openStore('sqlite::memory:')],
  ['PostgreSQL', async () => openStore(await postgresUrl(), { poolSize: 2 })],
];

/** An engine on `store` whose responses' insert is `insert` (around the store's own), and `fetch` as upstream. */
function engine(
  store: Store,
  insert: (...args: Parameters<ResponsesRepository['insert']>) => Promise<void>,
  fetch: typeof globalThis.fetch = () => Promise.reject(new Error('no model call is made here')),
) {
  const provider = fakeProvider(fetch);
  const responses: ResponsesRepository = Object.create(store.responses, { insert: { value: insert } });
  return new ResponsesEngine(
    new ProviderRegistry([provider], provider, 60_000, createLogger('silent')),
    { responses, queue: store.queue, prompts: store.prompts, conversations: store.conversations },
    new FileStore(store.files, store.blobs),
    { owner: 'here', leaseMs: 60_000, followPollMs: 50 },
  );
}

const signal = new AbortController().signal;

describe.each(dialects)('on %s', (_name, open) => {
  let store: Store | undefined;
  afterEach(() => store?.close());

  it('never lets a background job be claimed without its first events', async () => {
    const opened = (store = await open());
    const claimed: Array<{ id: string; events: ResponseStreamEvent[] }> = [];
    // A runner that claims the moment the row is visible, and reads what it resumes after.
    const gateway = engine(opened, async (...args) => {
      await opened.responses.insert(...args);
      const job = await opened.queue.claim('elsewhere', 60_000);
      if (job)
        claimed.push({ id: job.id, events: await opened.responses.eventsAfter(job.tenant, job.id, -1) });
    });
    const run = await gateway.create('default', { model: 'm', input: 'hi', background: true }, { signal });
    expect(claimed.map((c) => c.id)).toEqual([run.response.id]);
    expect(claimed[0]!.events.map((e) => [e.type, e.sequence_number])).toEqual([
      ['response.created', 0],
      ['response.queued', 1],
    ]);
  });

  it('keeps the text an upstream sent while the response was being stored, though it then broke', async () => {
    const opened = (store = await open());
    let storing!: () => void;
    const insertStarted = new Promise<void>((resolve) => (storing = resolve));
    let broke!: () => void;
    const broken = new Promise<void>((resolve) => (broke = resolve));
    const chunk = {
      id: 'c',
      object: 'chat.completion.chunk',
      created: 1,
      model: 'm',
      choices: [{ index: 0, delta: { role: 'assistant', content: 'Hel' }, finish_reason: null }],
    };
    const upstream: typeof fetch = async () => {
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(new TextEncoder().encode(`data: ${JSON.stringify(chunk)}\n\n`));
          await insertStarted;
          controller.error(new Error('upstream connection reset'));
          broke();
        },
      });
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    };
    // The store answers only once the upstream has broken, as a slow round trip would.
    const gateway = engine(
      opened,
      async (...args) => {
        storing();
        await broken;
        await opened.responses.insert(...args);
      },
      upstream,
    );
    const run = await gateway.create('default', { model: 'm', input: 'hi', stream: true }, { signal });
    const events: ResponseStreamEvent[] = [];
    for await (const event of run) events.push(event);
    const last = events.at(-1);
    expect(last?.type).toBe('response.failed');
    expect(events.find((e) => e.type === 'response.output_text.done')).toMatchObject({ text: 'Hel' });
    const stored = await opened.responses.get('default', run.response.id);
    expect(stored?.status).toBe('failed');
    expect(stored?.output).toMatchObject([{ status: 'incomplete', content: [{ text: 'Hel' }] }]);
  });
});
