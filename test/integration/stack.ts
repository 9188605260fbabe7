/** The gateway in front of the fake upstream, over real HTTP, with an openai SDK client: what most integration tests start from. */
import { Writable } from 'node:stream';
import OpenAI from 'openai';
import pino, { type Logger } from 'pino';
import { startFakeUpstream, type FakeUpstream } from '../../scripts/fake-upstream.js';
import { loadConfig } from '../../src/config.js';
import { createGateway, type Gateway, type GatewayOptions } from '../../src/gateway.js';
import { createLogger } from '../../src/logger.js';
import { freshDatabaseUrl } from '../support/database.js';

export interface Stack {
  upstream: FakeUpstream;
  gateway: Gateway;
  client: OpenAI;
  /** http://127.0.0.1:<port> */
  base: string;
  close(): Promise<void>;
}

export async function startStack(
  env: NodeJS.ProcessEnv = {},
  options: GatewayOptions = {},
  log: Logger = createLogger('silent'),
): Promise<Stack> {
  const upstream = await startFakeUpstream();
  const config = loadConfig({
    OPENAI_BASE_URL: upstream.url,
    DATABASE_URL: await freshDatabaseUrl(),
    ...env,
  });
  const gateway = await createGateway(config, log, options);
  const address = await gateway.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${address.port}`;
  const client = new OpenAI({ baseURL: `${base}/v1`, apiKey: 'sk-client', maxRetries: 0 });
  return {
    upstream,
    gateway,
    client,
    base,
    async close() {
      await gateway.close();
      await upstream.close();
    },
  };
}

/** A logger whose JSON lines land in `lines`, parsed, for tests that read what was logged. */
export function capturedLog<Line>(level: string): { log: Logger; lines: Line[] } {
  const lines: Line[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) lines.push(JSON.parse(line) as Line);
      done();
    },
  });
  return { log: pino({ level }, destination), lines };
}
