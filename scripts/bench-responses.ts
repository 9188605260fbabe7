/**
 * The stored Responses rows of `npm run bench`: POST /v1/responses (stored, not streaming) at
 * concurrency 1 and 64, 64 concurrent streamed Responses (time to first byte), a turn at the end of
 * previous_response_id chains of 1, 100 and 1,000 turns, and how long a /health probe waits while
 * a long run of characters without spaces is token-counted (fault 1).
 *
 * It starts its own gateway on a SQLite file (the default deployment, with its fsyncs), then one on
 * a database of a PostgreSQL server of its own (scripts/postgres.ts; the store rows only, since
 * the token count does not touch the store), against the upstream bench.ts started. With
 * BENCH_BASELINE=<checkout of an earlier commit> it measures that checkout's gateway on SQLite
 * too, in the same run, for an A/B.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { Agent, request } from 'undici';
import { concurrent, HEADERS, percentile } from './bench-load.js';

export interface ResponsesBenchContext {
  /** Starts `node --import tsx <args>` pinned as the measured process; bench.ts owns its cleanup. */
  start(args: string[], env: Record<string, string>): ChildProcess;
  waitFor(url: string): Promise<void>;
  /** A PostgreSQL server for the PostgreSQL row, stopped when the rows are measured. */
  postgres(): Promise<{ url: string; stop(): Promise<void> }>;
  freePort(): Promise<number>;
  /** The fake upstream's base URL, ending in /v1. */
  upstream: string;
  seconds: number;
  /** The same run's references for the targets. */
  proxyChatRps: number;
  gatewayChatTtfbP50: number;
}

const CREATE = JSON.stringify({ model: 'fake-model', input: 'Hello, how are you today?' });
const STREAM = JSON.stringify({ model: 'fake-model', input: 'Hello there', stream: true });
const CHAIN_TURNS = [1, 100, 1000];
const TURN_SAMPLES = 20;
const TOKEN_RUNS = [100_000, 200_000];

const ms = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e6;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

interface Figures {
  name: string;
  c1: { p50: number; p99: number };
  c64: { rps: number; p50: number; errors: number };
  ttfb: { p50: number; p99: number };
  /** Latency of the next turn after a chain of n turns, p50 in ms. */
  chain: Map<number, number>;
  /** Longest /health wait in ms while counting n characters without spaces, and the count's own time. */
  stall: Map<number, { health: number; count: number }>;
}

async function post(base: string, path: string, body: string, dispatcher: Agent) {
  const r = await request(`${base}${path}`, { method: 'POST', headers: HEADERS, body, dispatcher });
  const text = await r.body.text();
  if (r.statusCode !== 200) throw new Error(`${path}: status ${r.statusCode}: ${text.slice(0, 200)}`);
  return text;
}

async function sequential(base: string): Promise<Figures['c1']> {
  const dispatcher = new Agent({ connections: 1, keepAliveTimeout: 60_000 });
  const once = async () => {
    const t = process.hrtime.bigint();
    await post(base, '/responses', CREATE, dispatcher);
    return ms(t);
  };
  for (let i = 0; i < 200; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < 1000; i++) times.push(await once());
  await dispatcher.close();
  const s = sorted(times);
  return { p50: percentile(s, 0.5), p99: percentile(s, 0.99) };
}

async function streams(base: string): Promise<Figures['ttfb']> {
  const dispatcher = new Agent({ connections: 64, keepAliveTimeout: 60_000 });
  const one = async () => {
    const t = process.hrtime.bigint();
    const r = await request(`${base}/responses`, {
      method: 'POST',
      headers: HEADERS,
      body: STREAM,
      dispatcher,
    });
    let first = 0;
    for await (const _chunk of r.body) if (!first) first = ms(t);
    return first;
  };
  await Promise.all(Array.from({ length: 64 }, one));
  const times: number[] = [];
  for (let round = 0; round < 20; round++)
    times.push(...(await Promise.all(Array.from({ length: 64 }, one))));
  await dispatcher.close();
  const s = sorted(times);
  return { p50: percentile(s, 0.5), p99: percentile(s, 0.99) };
}

/** Grows one chain turn by turn; at each length asked for, times TURN_SAMPLES turns branching off its end. */
async function chain(base: string): Promise<Figures['chain']> {
  const dispatcher = new Agent({ connections: 1, keepAliveTimeout: 60_000 });
  const turn = async (previous: string | undefined, n: number) =>
    (
      JSON.parse(
        await post(
          base,
          '/responses',
          JSON.stringify({ model: 'fake-model', input: `Turn ${n}`, previous_response_id: previous }),
          dispatcher,
        ),
      ) as { id: string }
    ).id;
  const figures = new Map<number, number>();
  let last: string | undefined;
  for (let n = 1; n <= Math.max(...CHAIN_TURNS); n++) {
    last = await turn(last, n);
    if (!CHAIN_TURNS.includes(n)) continue;
    const times: number[] = [];
    for (let i = 0; i < TURN_SAMPLES; i++) {
      const t = process.hrtime.bigint();
      await turn(last, n + 1);
      times.push(ms(t));
    }
    figures.set(n, percentile(sorted(times), 0.5));
  }
  await dispatcher.close();
  return figures;
}

/** Probes /health every 5 ms while one input_tokens request counts `chars` characters without spaces. */
async function stall(base: string, chars: number): Promise<{ health: number; count: number }> {
  const dispatcher = new Agent({ connections: 2, keepAliveTimeout: 60_000 });
  const health = base.replace(/\/v1$/, '/health');
  // The tokenizer loads on first use (a stall of its own, not the one measured here).
  await post(
    base,
    '/responses/input_tokens',
    JSON.stringify({ model: 'fake-model', input: 'hi' }),
    dispatcher,
  );
  let worst = 0;
  let counting = true;
  const t = process.hrtime.bigint();
  const count = post(
    base,
    '/responses/input_tokens',
    JSON.stringify({ model: 'fake-model', input: 'q'.repeat(chars) }),
    dispatcher,
  ).finally(() => (counting = false));
  const probe = (async () => {
    while (counting) {
      const p = process.hrtime.bigint();
      await (await request(health, { dispatcher })).body.text();
      worst = Math.max(worst, ms(p));
      await sleep(5);
    }
  })();
  // A stalled process may drop the connection (the server's own timeouts run late too): that is
  // a figure as well, the time until then.
  await Promise.allSettled([count, probe]);
  const took = ms(t);
  await dispatcher.close();
  return { health: worst, count: took };
}

/** A gateway started through tsx compiles its whole tree first: on a loaded box, longer than one wait. */
async function upWithin(
  ctx: ResponsesBenchContext,
  url: string,
  gateway: ChildProcess,
  waits = 6,
): Promise<void> {
  for (let i = 1; ; i++) {
    // A gateway that could not start (its error is on stderr) is not waited for.
    if (gateway.exitCode !== null) throw new Error(`the gateway exited with ${gateway.exitCode}`);
    try {
      return await ctx.waitFor(url);
    } catch (error) {
      if (i === waits) throw error;
    }
  }
}

/** Where a measured gateway keeps its rows: a database URL made for it, and what to remove after. */
interface Database {
  label: string;
  open(): Promise<{ url: string; drop(): Promise<void> }>;
}

const sqliteFile: Database = {
  label: 'SQLite file',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'bench-responses-'));
    return {
      url: `sqlite:${join(dir, 'gateway.db')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

/** A new database on `server` (a postgres:// URL whose user may create databases), dropped after. */
function postgresDatabase(server: string): Database {
  const admin = async <T>(query: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      return await query(client);
    } finally {
      await client.end();
    }
  };
  return {
    label: 'PostgreSQL',
    async open() {
      const name = `bench_${randomUUID().replace(/-/g, '')}`;
      await admin((c) => c.query(`CREATE DATABASE ${name}`));
      const url = new URL(server);
      url.pathname = `/${name}`;
      return {
        url: url.href,
        drop: () => admin((c) => c.query(`DROP DATABASE ${name} WITH (FORCE)`)).then(() => undefined),
      };
    },
  };
}

interface Measured {
  name: string;
  checkout: string;
  database: Database;
  /** Also time /health during long token counts (which do not touch the store: once is enough). */
  stalls: boolean;
}

async function measure(ctx: ResponsesBenchContext, row: Measured): Promise<Figures> {
  const name = `${row.name} (${row.database.label})`;
  process.stderr.write(`measuring stored Responses: ${name}…\n`);
  const database = await row.database.open();
  const port = await ctx.freePort();
  const gateway = ctx.start([join(row.checkout, 'src/cli.ts')], {
    PORT: String(port),
    HOST: '127.0.0.1',
    OPENAI_BASE_URL: ctx.upstream,
    OPENAI_API_KEY: 'bench',
    DATABASE_URL: database.url,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  });
  try {
    await upWithin(ctx, `http://127.0.0.1:${port}/health`, gateway);
    const base = `http://127.0.0.1:${port}/v1`;
    // Each figure is printed as it comes, so that a long run that fails late still says something.
    const note = <T>(what: string, figure: T): T => {
      process.stderr.write(`  ${what}: ${JSON.stringify(figure instanceof Map ? [...figure] : figure)}\n`);
      return figure;
    };
    const c1 = note('c1', await sequential(base));
    const c64 = note('c64', await concurrent(`${base}/responses`, CREATE, ctx.seconds));
    const ttfb = note('stream TTFB', await streams(base));
    const chained = note('chain', await chain(base));
    const stalls = new Map<number, { health: number; count: number }>();
    if (row.stalls)
      for (const chars of TOKEN_RUNS) stalls.set(chars, note(`stall ${chars}`, await stall(base, chars)));
    return { name, c1, c64, ttfb, chain: chained, stall: stalls };
  } finally {
    // Its pool must be gone before its database can be dropped.
    if (gateway.exitCode === null && gateway.signalCode === null) {
      const exited = once(gateway, 'exit');
      gateway.kill('SIGKILL');
      await exited;
    }
    await database.drop();
  }
}

/**
 * Measures this checkout on SQLite and on PostgreSQL (and BENCH_BASELINE's on SQLite, if set) and
 * returns the printed table.
 */
export async function benchResponses(ctx: ResponsesBenchContext): Promise<string> {
  const here = process.cwd();
  const measured: Measured[] = [{ name: 'gateway', checkout: here, database: sqliteFile, stalls: true }];
  const baseline = process.env.BENCH_BASELINE;
  if (baseline)
    measured.push({
      name: `baseline (${baseline})`,
      checkout: resolve(baseline),
      database: sqliteFile,
      stalls: true,
    });
  const server = await ctx.postgres();
  const rows: Figures[] = [];
  try {
    measured.push({ name: 'gateway', checkout: here, database: postgresDatabase(server.url), stalls: false });
    for (const row of measured) rows.push(await measure(ctx, row));
  } finally {
    await server.stop();
  }
  const f = (n: number | undefined, d = 1) => (n === undefined ? '–' : n.toFixed(d));
  const lines = [
    '',
    `Stored Responses (c64 run ${ctx.seconds}s; targets in brackets, for the gateway on SQLite):`,
    '',
    `| gateway | create c1 p50 ms | c1 p99 ms | create c64 req/s [≥ ${f(0.2 * ctx.proxyChatRps, 0)}] | c64 p50 ms | errors | stream TTFB p50 ms [≤ ${f(ctx.gatewayChatTtfbP50 + 2, 2)}] | TTFB p99 ms | ${CHAIN_TURNS.map((n) => `turn after ${n} ms${n === 1000 ? ' [≤ 20]' : ''}`).join(' | ')} | ${TOKEN_RUNS.map((n) => `/health wait during ${n / 1000}k-char count ms (count ms)`).join(' | ')} |`,
    `|---|---|---|---|---|---|---|---|${CHAIN_TURNS.map(() => '---|').join('')}${TOKEN_RUNS.map(() => '---|').join('')}`,
  ];
  for (const r of rows) {
    const stall = (n: number) => r.stall.get(n);
    lines.push(
      `| ${r.name} | ${f(r.c1.p50, 2)} | ${f(r.c1.p99, 2)} | ${f(r.c64.rps, 0)} | ${f(r.c64.p50)} | ${r.c64.errors} | ${f(r.ttfb.p50, 2)} | ${f(r.ttfb.p99, 2)} | ${CHAIN_TURNS.map((n) => f(r.chain.get(n), 2)).join(' | ')} | ${TOKEN_RUNS.map((n) => (stall(n) ? `${f(stall(n)!.health)} (${f(stall(n)!.count, 0)})` : '–')).join(' | ')} |`,
    );
  }
  const gw = rows[0]!;
  const met = (ok: boolean) => (ok ? 'met' : '**not met**');
  lines.push(
    '',
    `- stored create c64: ${f(gw.c64.rps / ctx.proxyChatRps, 2)}× the bare proxy's chat req/s [≥ 0.2×]: ${met(gw.c64.rps >= 0.2 * ctx.proxyChatRps)}`,
    `- streamed Responses TTFB p50: ${f(gw.ttfb.p50 - ctx.gatewayChatTtfbP50, 2)} ms over the gateway's chat stream [≤ 2 ms]: ${met(gw.ttfb.p50 <= ctx.gatewayChatTtfbP50 + 2)}`,
    `- turn after 1,000: ${f(gw.chain.get(1000), 2)} ms [≤ 20 ms]: ${met((gw.chain.get(1000) ?? Infinity) <= 20)}`,
  );
  return lines.join('\n');
}
