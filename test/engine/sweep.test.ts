/**
 * The sweep of background responses whose runner died (its lease ran out): one that had streamed
 * nothing yet goes back to the queue, for another runner to start again, up to MAX_ATTEMPTS claims;
 * one whose output had begun is failed. On both dialects.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreateResponseBody, ResponseStreamEvent } from '../../src/api-types.js';
import { ResponsesEngine } from '../../src/engine/responses/engine.js';
import { MAX_ATTEMPTS } from '../../src/engine/responses/queue.js';
import { baseResponse } from '../../src/engine/responses/resource.js';
import { createLogger } from '../../src/logger.js';
import { ProviderRegistry } from '../../src/providers/registry.js';
import { FileStore } from '../../src/store/files.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { postgresUrl } from '../support/database.js';
import { fakeProvider } from '../support/provider.js';

const T = 'default';

// The sweep never calls the model.
const provider = fakeProvider(() => Promise.reject(new Error('the sweep called the model')));
const providers = new ProviderRegistry([provider], provider, 60_000, createLogger('silent'));

const dialects: Array<[string, () => Promise<string>]> = [
  ['SQLite', () => Promise.resolve('sqlite::memory:')],
  ['PostgreSQL', postgresUrl],
];

for (const [dialect, url] of dialects) {
  describe(`the sweep on ${dialect}`, () => {
    let store: Store;
    let engine: ResponsesEngine;

    beforeEach(async () => {
      store = await openStore(await url());
      engine = new ResponsesEngine(providers, store, new FileStore(store.files, store.blobs), {
        owner: 'live',
        leaseMs: 10_000,
        followPollMs: 50,
      });
    });

    afterEach(() => store.close());

    /** A background response as enqueue() stores it: queued, with its first two events. */
    async function enqueued(id: string) {
      const request: CreateResponseBody = { model: 'm', input: 'hi', background: true };
      const response = { ...baseResponse(id, request), status: 'queued' as const };
      await store.responses.insert(T, response, request, []);
      await store.responses.appendEvent(T, id, { type: 'response.created', sequence_number: 0, response });
      await store.responses.appendEvent(T, id, { type: 'response.queued', sequence_number: 1, response });
    }

    /** A runner claims the job and dies at once: its lease has already run out. */
    const claimAndDie = async (id: string) => expect((await store.queue.claim('dead', -1))?.id).toBe(id);
    const status = async (id: string) => (await store.responses.get(T, id))?.status;

    it(`queues again a job whose runner died before anything was streamed, up to ${MAX_ATTEMPTS} claims`, async () => {
      await enqueued('resp_1');
      for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
        await claimAndDie('resp_1');
        expect(await status('resp_1')).toBe('in_progress');
        await engine.jobs.sweep();
        expect(await status('resp_1')).toBe('queued');
      }
      // The last attempt's runner dies too: a job that kills its runner every time stops.
      await claimAndDie('resp_1');
      await engine.jobs.sweep();
      const failed = await store.responses.get(T, 'resp_1');
      expect(failed).toMatchObject({ status: 'failed', error: { code: 'server_error' } });
      const events = await store.responses.eventsAfter(T, 'resp_1', -1);
      expect(events.map((e) => e.type)).toEqual([
        'response.created',
        'response.queued',
        'error',
        'response.failed',
      ]);
      expect(await store.queue.claim('live', 10_000)).toBeUndefined();
    });

    it('queues again a job whose model had answered but whose run had streamed no output yet', async () => {
      await enqueued('resp_1');
      await claimAndDie('resp_1');
      const response = (await store.responses.get(T, 'resp_1'))!;
      await store.responses.appendEvent(T, 'resp_1', {
        type: 'response.in_progress',
        sequence_number: 2,
        response,
      });
      await engine.jobs.sweep();
      expect(await status('resp_1')).toBe('queued');
      expect((await store.queue.claim('live', 10_000))?.id).toBe('resp_1');
    });

    it('fails a job whose run had begun to stream its output', async () => {
      await enqueued('resp_1');
      await claimAndDie('resp_1');
      const delta: ResponseStreamEvent = {
        type: 'response.output_text.delta',
        sequence_number: 2,
        item_id: 'msg_1',
        output_index: 0,
        content_index: 0,
        delta: 'Hel',
        logprobs: [],
      };
      await store.responses.appendEvent(T, 'resp_1', delta);
      await engine.jobs.sweep();
      expect(await status('resp_1')).toBe('failed');
      expect(await store.queue.claim('live', 10_000)).toBeUndefined();
    });

    it('leaves a job whose lease still holds', async () => {
      await enqueued('resp_1');
      expect((await store.queue.claim('live', 60_000))?.id).toBe('resp_1');
      await engine.jobs.sweep();
      expect(await status('resp_1')).toBe('in_progress');
    });
  });
}
