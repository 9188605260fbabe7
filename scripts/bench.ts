/**
 * npm run bench — prints, side by side, the fake upstream called directly, the bare proxy
 * (scripts/bare-proxy.ts) and the gateway, for non-streaming chat at concurrency 1 (p50/p99),
 * concurrency 64 (req/s, p50/p99) and 64 concurrent streams (time to first byte), with ratios to the
 * bare proxy and each process's RSS. The upstream and the measured process share core 0; the load
 * runs on core 1. BENCH_SECONDS sets the length of the concurrency-64 runs (default 10).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { Agent, request } from 'undici';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SEQUENTIAL = 3000;
const STREAM_ROUNDS = 20;
const hasTaskset = spawnSync('taskset', ['-V']).status === 0;

if (hasTaskset && !process.env.BENCH_PINNED) {
  const self = spawnSync(
    'taskset',
    ['-c', '1', process.execPath, ...process.execArgv, ...process.argv.slice(1)],
    {
      stdio: 'inherit',
      env: { ...process.env, BENCH_PINNED: '1' },
    },
  );
  process.exit(self.status ?? 1);
}

const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function start(args: string[], env: Record<string, string> = {}): ChildProcess {
  const command = hasTaskset ? 'taskset' : process.execPath;
  const argv = hasTaskset
    ? ['-c', '0', process.execPath, '--import', 'tsx', ...args]
    : ['--import', 'tsx', ...args];
  const child = spawn(command, argv, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  return child;
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(50);
  }
  throw new Error(`${url} did not come up`);
}

/** Resident set size of a child and its descendants' main process (taskset execs node in place). */
function rssMiB(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const CHAT = JSON.stringify({
  model: 'fake-model',
  messages: [{ role: 'user', content: 'Hello, how are you today?' }],
});
const STREAM = JSON.stringify({
  model: 'fake-model',
  stream: true,
  messages: [{ role: 'user', content: 'Hello there' }],
});
const HEADERS = { 'content-type': 'application/json', authorization: 'Bearer bench' };

async function sequential(base: string): Promise<{ p50: number; p99: number }> {
  const dispatcher = new Agent({ connections: 1, keepAliveTimeout: 60_000 });
  const once = async () => {
    const t = process.hrtime.bigint();
    const r = await request(`${base}/chat/completions`, {
      method: 'POST',
      headers: HEADERS,
      body: CHAT,
      dispatcher,
    });
    await r.body.arrayBuffer();
    if (r.statusCode !== 200) throw new Error(`status ${r.statusCode}`);
    return Number(process.hrtime.bigint() - t) / 1000;
  };
  for (let i = 0; i < 300; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) times.push(await once());
  await dispatcher.close();
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

async function concurrent(base: string): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const run = (duration: number) =>
    autocannon({
      url: `${base}/chat/completions`,
      method: 'POST',
      headers: HEADERS,
      body: CHAT,
      connections: 64,
      duration,
    });
  await run(2);
  const r = await run(SECONDS);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

async function streams(base: string): Promise<{ p50: number; p99: number }> {
  const dispatcher = new Agent({ connections: 64, keepAliveTimeout: 60_000 });
  const one = async () => {
    const t = process.hrtime.bigint();
    const r = await request(`${base}/chat/completions`, {
      method: 'POST',
      headers: HEADERS,
      body: STREAM,
      dispatcher,
    });
    let first = 0;
    for await (const _chunk of r.body) if (!first) first = Number(process.hrtime.bigint() - t) / 1e6;
    return first;
  };
  await Promise.all(Array.from({ length: 64 }, one));
  const times: number[] = [];
  for (let round = 0; round < STREAM_ROUNDS; round++)
    times.push(...(await Promise.all(Array.from({ length: 64 }, one))));
  await dispatcher.close();
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

interface Row {
  name: string;
  c1: { p50: number; p99: number };
  c64: { rps: number; p50: number; p99: number; errors: number };
  ttfb: { p50: number; p99: number };
  rss: number;
}

async function measure(name: string, base: string, child: ChildProcess): Promise<Row> {
  process.stderr.write(`measuring ${name}…\n`);
  const c1 = await sequential(base);
  const c64 = await concurrent(base);
  const ttfb = await streams(base);
  return { name, c1, c64, ttfb, rss: rssMiB(child) };
}

async function main(): Promise<void> {
  const [upPort, proxyPort, gwPort] = [await freePort(), await freePort(), await freePort()];
  const upstream = start(['scripts/fake-upstream.ts', String(upPort)]);
  await waitFor(`http://127.0.0.1:${upPort}/v1/models`);
  const rows: Row[] = [await measure('upstream (direct)', `http://127.0.0.1:${upPort}/v1`, upstream)];

  const proxy = start(['scripts/bare-proxy.ts', `http://127.0.0.1:${upPort}`, String(proxyPort)]);
  await waitFor(`http://127.0.0.1:${proxyPort}/v1/models`);
  rows.push(await measure('bare proxy', `http://127.0.0.1:${proxyPort}/v1`, proxy));
  proxy.kill();

  const gateway = start(['src/cli.ts'], {
    PORT: String(gwPort),
    HOST: '127.0.0.1',
    OPENAI_BASE_URL: `http://127.0.0.1:${upPort}/v1`,
    OPENAI_API_KEY: 'bench',
    DATABASE_URL: 'sqlite::memory:',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  });
  await waitFor(`http://127.0.0.1:${gwPort}/health`);
  rows.push(await measure('gateway', `http://127.0.0.1:${gwPort}/v1`, gateway));

  const base = rows[1]!;
  const direct = rows[0]!;
  const f = (n: number, d = 0) => n.toFixed(d);
  console.log(
    `\nNode ${process.version}, ${hasTaskset ? 'upstream+measured on core 0, load on core 1' : 'unpinned (no taskset)'}, c64 runs ${SECONDS}s\n`,
  );
  console.log(
    '| target | c1 p50 µs | c1 p99 µs | added p50 µs | c64 req/s | c64 p50 ms | c64 p99 ms | errors | stream TTFB p50 ms | TTFB p99 ms | RSS MiB |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${f(r.c1.p50)} | ${f(r.c1.p99)} | ${r === direct ? '–' : f(r.c1.p50 - direct.c1.p50)} | ${f(r.c64.rps)} | ${f(r.c64.p50, 1)} | ${f(r.c64.p99, 1)} | ${r.c64.errors} | ${f(r.ttfb.p50, 2)} | ${f(r.ttfb.p99, 2)} | ${f(r.rss, 1)} |`,
    );
  }
  const gw = rows[2]!;
  const addedGw = gw.c1.p50 - direct.c1.p50;
  const addedProxy = base.c1.p50 - direct.c1.p50;
  console.log('\nGateway against the bare proxy (targets in brackets):');
  console.log(`- req/s at c64: ${f((gw.c64.rps / base.c64.rps) * 100)} % of the bare proxy's [≥ 50 %]`);
  console.log(
    `- added p50 at c1: ${f(addedGw)} µs vs ${f(addedProxy)} µs = ${(addedGw / addedProxy).toFixed(2)}× [≤ 2×]`,
  );
  console.log(`- stream TTFB p50: ${f(gw.ttfb.p50 - base.ttfb.p50, 2)} ms over the bare proxy's [≤ 1 ms]`);
  gateway.kill('SIGTERM');
  upstream.kill();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
