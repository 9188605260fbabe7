/**
 * Ingestion survives a restart: a gateway that claimed a file's ingestion and died in the middle of
 * it (its lease no longer renewed) leaves the job in the database, and a new gateway on the same
 * database takes it over once the lease lapses and completes it.
 */
import OpenAI, { toFile } from 'openai';
import { afterAll, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from '../../scripts/fake-upstream.js';
import { loadConfig } from '../../src/config.js';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { createLogger } from '../../src/logger.js';
import { freshDatabaseUrl } from '../support/database.js';

const LEASE_MS = 300;
const log = createLogger('silent');
let upstream: FakeUpstream | undefined;
const gateways: Gateway[] = [];
afterAll(async () => {
  for (const gateway of gateways) await gateway.close();
  await upstream?.close();
});

async function clientOf(gateway: Gateway): Promise<OpenAI> {
  gateways.push(gateway);
  const { port } = await gateway.listen(0, '127.0.0.1');
  return new OpenAI({ baseURL: `http://127.0.0.1:${port}/v1`, apiKey: 'sk-client', maxRetries: 0 });
}

it('completes, in a new gateway, an ingestion whose gateway died mid-way', async () => {
  upstream = await startFakeUpstream();
  const config = loadConfig({
    OPENAI_BASE_URL: upstream.url,
    DATABASE_URL: await freshDatabaseUrl({ file: true }),
    SHUTDOWN_TIMEOUT: '1',
    VALIDATE_RESPONSES: 'true',
  });
  let claimed!: () => void;
  const extracting = new Promise<void>((resolve) => (claimed = resolve));
  // The first gateway's extraction never ends: it is stopped in the middle of the job.
  const first = await createGateway(config, log, {
    ingestion: {
      leaseMs: LEASE_MS,
      retrieval: {
        extract: () => {
          claimed();
          return new Promise(() => {});
        },
      },
    },
  });
  const before = await clientOf(first);
  const file = await before.files.create({
    file: await toFile(Buffer.from('Lighthouses warn ships away from rocks.'), 'lighthouse.txt', {
      type: 'text/plain',
    }),
    purpose: 'assistants',
  });
  const store = await before.vectorStores.create({ name: 'coast', file_ids: [file.id] });
  await extracting;
  expect(await before.vectorStores.files.retrieve(file.id, { vector_store_id: store.id })).toMatchObject({
    status: 'in_progress',
  });
  await first.close();
  gateways.splice(gateways.indexOf(first), 1);

  const second = await createGateway(config, log, { ingestion: { leaseMs: LEASE_MS, pollMs: 50 } });
  const after = await clientOf(second);
  const done = await after.vectorStores.files.poll(store.id, file.id, { pollIntervalMs: 50 });
  expect(done).toMatchObject({ status: 'completed', last_error: null, usage_bytes: 39 });
  const found = await after.vectorStores.search(store.id, { query: 'lighthouses' });
  expect(found.data.map((r) => r.file_id)).toEqual([file.id]);
  expect(await after.vectorStores.retrieve(store.id)).toMatchObject({ status: 'completed', usage_bytes: 39 });
});
