/**
 * BACKGROUND_LEASE and BACKGROUND_SWEEP bound how long a background response whose
 * gateway died mid-stream stays in progress: it is failed once its lease runs out, at the next sweep.
 */
import OpenAI from 'openai';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from '../../scripts/fake-upstream.js';
import { loadConfig } from '../../src/config.js';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { createLogger } from '../../src/logger.js';
import { freshDatabaseUrl } from '../support/database.js';

let upstream: FakeUpstream;
let database: string;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  database = await freshDatabaseUrl({ file: true });
});

afterAll(async () => {
  await upstream.close();
});

/** A gateway on the shared database, with the lease and sweep set through the configuration. */
async function start(): Promise<{ gateway: Gateway; sdk: OpenAI }> {
  const config = loadConfig({
    OPENAI_BASE_URL: upstream.url,
    DATABASE_URL: database,
    SHUTDOWN_TIMEOUT: '0.2',
    BACKGROUND_LEASE: '0.6',
    BACKGROUND_SWEEP: '0.1',
  });
  const gateway = await createGateway(config, createLogger('silent'), { runner: { pollMs: 50 } });
  const { port } = await gateway.listen(0, '127.0.0.1');
  return {
    gateway,
    sdk: new OpenAI({ baseURL: `http://127.0.0.1:${port}/v1`, apiKey: 'sk', maxRetries: 0 }),
  };
}

it('fails a run whose gateway died once the configured lease ran out, found by the configured sweep', async () => {
  const first = await start();
  const queued = await first.sdk.responses.create({ model: 'slow-stream', input: 'x', background: true });
  // Its output has begun (a run that had streamed nothing yet would be queued again instead).
  for await (const event of await first.sdk.responses.retrieve(queued.id, { stream: true }))
    if (event.type === 'response.output_text.delta') break;
  // The run outlives its gateway's database: its lease is no longer renewed, as after a kill.
  await first.gateway.close();

  // The second gateway's first sweep, at start-up, comes before the lease ran out; a later one
  // finds it. With the former fixed 30 s lease and a sweep every lease period, this took a minute.
  const second = await start();
  try {
    await expect
      .poll(async () => (await second.sdk.responses.retrieve(queued.id)).status, { timeout: 5000 })
      .toBe('failed');
    expect((await second.sdk.responses.retrieve(queued.id)).error?.code).toBe('server_error');
  } finally {
    await second.gateway.close();
  }
});
