/**
 * npm run bench — prints, side by side, the fake upstream called directly, the bare proxy
 * (scripts/bare-proxy.ts) and the gateway, for each scenario in SCENARIOS: non-streaming chat at
 * concurrency 1 (p50/p99) and 64 (req/s, p50/p99), 64 and 512 concurrent streams (time to first
 * byte), each process's RSS idle after start and after the run; then every target of TARGETS with
 * its figure. The upstream and the measured process share core 0; the load runs on core 1.
 * BENCH_SECONDS sets the length of the concurrency-64 runs (default 10); BENCH_AB=<git rev> adds
 * the gateway at that commit as a row (an A/B in the same run). The stored Responses rows come
 * from scripts/bench-responses.ts, measured after the chat rows, on SQLite and on a PostgreSQL
 * server started for them (scripts/postgres.ts). The retrieval rows (scripts/bench-retrieval.ts, the
 * chunk index of a SQLite file) come last; BENCH_ONLY=retrieval runs them alone.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request } from 'undici';
import { benchResponses } from './bench-responses.js';
import { benchRetrieval } from './bench-retrieval.js';
import { concurrent, HEADERS, percentile } from './bench-load.js';
import { startPostgres, type PostgresServer } from './postgres.js';

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

/** Runs node on core 0 with `args` (node's own flags first, then a script). */
function start(args: string[], env: Record<string, string> = {}, cwd?: string): ChildProcess {
  const command = hasTaskset ? 'taskset' : process.execPath;
  const argv = hasTaskset ? ['-c', '0', process.execPath, ...args] : args;
  const child = spawn(command, argv, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  return child;
}

/**
 * The PostgreSQL row's server: part of what is measured, so on core 0 with the gateway (as SQLite
 * is, inside it), not on the load's core. Its processes inherit the affinity of what starts them.
 */
async function startPostgresBesideGateway(): Promise<PostgresServer> {
  const pin = (core: string) => spawnSync('taskset', ['-a', '-p', '-c', core, String(process.pid)]);
  if (hasTaskset) pin('0');
  try {
    return await startPostgres();
  } finally {
    if (hasTaskset) pin('1');
  }
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

const CHAT = JSON.stringify({
  model: 'fake-model',
  messages: [{ role: 'user', content: 'Hello, how are you today?' }],
});
const STREAM = JSON.stringify({
  model: 'fake-model',
  stream: true,
  messages: [{ role: 'user', content: 'Hello there' }],
});

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

/** `width` streams opened at once, `rounds` times: time to first byte, and how many ended with [DONE]. */
async function streams(
  base: string,
  width: number,
  rounds: number,
): Promise<{ p50: number; p99: number; completed: number; total: number }> {
  const dispatcher = new Agent({ connections: width, keepAliveTimeout: 60_000 });
  const one = async () => {
    const t = process.hrtime.bigint();
    try {
      const r = await request(`${base}/chat/completions`, {
        method: 'POST',
        headers: HEADERS,
        body: STREAM,
        dispatcher,
      });
      let first = 0;
      let tail = '';
      for await (const chunk of r.body) {
        if (!first) first = Number(process.hrtime.bigint() - t) / 1e6;
        tail = (tail + String(chunk)).slice(-32);
      }
      return { first, done: r.statusCode === 200 && tail.includes('data: [DONE]') };
    } catch {
      return { first: Number.POSITIVE_INFINITY, done: false };
    }
  };
  await Promise.all(Array.from({ length: width }, one));
  const results: Array<{ first: number; done: boolean }> = [];
  for (let round = 0; round < rounds; round++)
    results.push(...(await Promise.all(Array.from({ length: width }, one))));
  await dispatcher.close();
  const times = results.map((r) => r.first).sort((a, b) => a - b);
  return {
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    completed: results.filter((r) => r.done).length,
    total: results.length,
  };
}

type Figures = Record<string, number>;

/** A scenario measures one target (by its base URL) and returns named figures. */
export interface Scenario {
  name: string;
  run(base: string): Promise<Figures>;
}

export const SCENARIOS: Scenario[] = [
  { name: 'c1', run: (base) => sequential(base) },
  { name: 'c64', run: (base) => concurrent(`${base}/chat/completions`, CHAT, SECONDS) },
  { name: 'streams64', run: (base) => streams(base, 64, STREAM_ROUNDS) },
  { name: 'streams512', run: (base) => streams(base, 512, 4) },
];

interface Row {
  name: string;
  base: string;
  child: ChildProcess;
  figures: Record<string, Figures>;
  /** RSS idle after start, and after the scenarios, in MiB. */
  idleRss: number;
  rss: number;
}

/** A process under test, up and idle, its RSS taken a second after it answered. */
async function started(name: string, base: string, child: ChildProcess, ready: string): Promise<Row> {
  await waitFor(ready);
  await sleep(1000);
  return { name, base, child, figures: {}, idleRss: rssMiB(child), rss: 0 };
}

/**
 * Every scenario runs on every row in turn, scenario by scenario, while all processes are up (each
 * idle but the one measured): on a shared machine a change in load then hits every row alike,
 * instead of whichever row happened to be measured at the time.
 */
async function measure(rows: Row[]): Promise<void> {
  for (const scenario of SCENARIOS)
    for (const row of rows) {
      process.stderr.write(`${scenario.name}: ${row.name}…\n`);
      row.figures[scenario.name] = await scenario.run(row.base);
    }
  for (const row of rows) row.rss = rssMiB(row.child);
}

/** A target: its figure in words, and whether it is met, for the gateway against the reference rows. */
interface Target {
  name: string;
  check(gateway: Row, proxy: Row, direct: Row): { figure: string; met: boolean };
}

const added = (row: Row, direct: Row) => row.figures.c1!.p50! - direct.figures.c1!.p50!;

export const TARGETS: Target[] = [
  {
    name: 'c64 non-streaming chat req/s ≥ 0.75× the bare proxy',
    check: (gw, proxy) => {
      const ratio = gw.figures.c64!.rps! / proxy.figures.c64!.rps!;
      return { figure: `${ratio.toFixed(2)}×`, met: ratio >= 0.75 };
    },
  },
  {
    name: 'c1 added p50 ≤ 1.5× the bare proxy',
    check: (gw, proxy, direct) => {
      const ratio = added(gw, direct) / added(proxy, direct);
      return {
        figure: `${added(gw, direct).toFixed(0)} µs vs ${added(proxy, direct).toFixed(0)} µs = ${ratio.toFixed(2)}×`,
        met: ratio <= 1.5,
      };
    },
  },
  {
    name: '64 streams TTFB p50 ≤ the bare proxy + 0.5 ms',
    check: (gw, proxy) => {
      const over = gw.figures.streams64!.p50! - proxy.figures.streams64!.p50!;
      return { figure: `${over >= 0 ? '+' : ''}${over.toFixed(2)} ms`, met: over <= 0.5 };
    },
  },
  {
    name: '512 streams: every stream completes',
    check: (gw) => {
      const { completed, total } = gw.figures.streams512!;
      return { figure: `${completed}/${total}`, met: completed === total };
    },
  },
  {
    name: '512 streams TTFB p99 ≤ the bare proxy + 2 ms',
    check: (gw, proxy) => {
      const over = gw.figures.streams512!.p99! - proxy.figures.streams512!.p99!;
      return { figure: `${over >= 0 ? '+' : ''}${over.toFixed(2)} ms`, met: over <= 2 };
    },
  },
  {
    name: 'gateway RSS after the run ≤ 200 MiB',
    check: (gw) => ({ figure: `${gw.rss.toFixed(0)} MiB`, met: gw.rss <= 200 }),
  },
  {
    name: 'gateway RSS idle after start ≤ 120 MiB',
    check: (gw) => ({ figure: `${gw.idleRss.toFixed(0)} MiB`, met: gw.idleRss <= 120 }),
  },
];

/**
 * The gateway as `npm start` runs it (built first): its node flags are part of what is measured, and
 * tsx, which the other processes run under, would add its own memory to the gateway's.
 */
function startCommand(cwd = '.'): string[] {
  if (spawnSync('npm', ['run', 'build'], { cwd, stdio: 'ignore' }).status !== 0)
    throw new Error(`npm run build failed in ${cwd}`);
  const script = (
    JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { scripts: { start: string } }
  ).scripts.start;
  const [node, ...args] = script.split(/\s+/);
  if (node !== 'node') throw new Error(`npm start does not run node: ${script}`);
  return args;
}

/** The repository at another commit, checked out once under tmp/ (for BENCH_AB). */
function checkout(rev: string): string {
  const dir = resolve('tmp', `bench-${rev.replace(/\W/g, '_')}`);
  if (!existsSync(dir)) {
    const add = spawnSync('git', ['worktree', 'add', '--detach', dir, rev], { stdio: 'inherit' });
    if (add.status !== 0) throw new Error(`cannot check out ${rev}`);
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  }
  return dir;
}

async function main(): Promise<void> {
  const [upPort, proxyPort] = [await freePort(), await freePort()];
  const upstream = start(['--import', 'tsx', 'scripts/fake-upstream.ts', String(upPort)]);
  const up = `http://127.0.0.1:${upPort}`;
  if (process.env.BENCH_ONLY === 'retrieval') {
    await waitFor(`${up}/v1/models`);
    console.log(await benchRetrieval({ upstream: `${up}/v1` }));
    upstream.kill('SIGTERM');
    return;
  }
  const rows: Row[] = [await started('upstream (direct)', `${up}/v1`, upstream, `${up}/v1/models`)];
  const proxy = start(['--import', 'tsx', 'scripts/bare-proxy.ts', up, String(proxyPort)]);
  const proxied = `http://127.0.0.1:${proxyPort}`;
  rows.push(await started('bare proxy', `${proxied}/v1`, proxy, `${proxied}/v1/models`));

  const gateways: Array<[string, string | undefined]> = [['gateway', undefined]];
  if (process.env.BENCH_AB)
    gateways.push([`gateway @${process.env.BENCH_AB}`, checkout(process.env.BENCH_AB)]);
  for (const [name, cwd] of gateways) {
    const gwPort = await freePort();
    const env = {
      PORT: String(gwPort),
      HOST: '127.0.0.1',
      OPENAI_BASE_URL: `${up}/v1`,
      OPENAI_API_KEY: 'bench',
      DATABASE_URL: 'sqlite::memory:',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    };
    const gateway = start(startCommand(cwd), env, cwd);
    const origin = `http://127.0.0.1:${gwPort}`;
    rows.push(await started(name, `${origin}/v1`, gateway, `${origin}/health`));
  }
  await measure(rows);

  const [direct, base] = rows as [Row, Row];
  const f = (n: number | undefined, d = 0) => (n === undefined ? '–' : n.toFixed(d));
  console.log(
    `\nNode ${process.version}, ${hasTaskset ? 'upstream+measured on core 0, load on core 1' : 'unpinned (no taskset)'}, c64 runs ${SECONDS}s\n`,
  );
  console.log(
    '| target | c1 p50 µs | c1 p99 µs | added p50 µs | c64 req/s | c64 p50 ms | c64 p99 ms | errors | 64 streams TTFB p50 ms | p99 ms | 512 streams TTFB p50 ms | p99 ms | completed | RSS idle MiB | RSS after MiB |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const { c1, c64, streams64: s64, streams512: s512 } = r.figures as Record<string, Figures>;
    console.log(
      `| ${r.name} | ${f(c1?.p50)} | ${f(c1?.p99)} | ${r === direct ? '–' : f(added(r, direct))} | ${f(c64?.rps)} | ${f(c64?.p50, 1)} | ${f(c64?.p99, 1)} | ${f(c64?.errors)} | ${f(s64?.p50, 2)} | ${f(s64?.p99, 2)} | ${f(s512?.p50, 2)} | ${f(s512?.p99, 2)} | ${f(s512?.completed)}/${f(s512?.total)} | ${f(r.idleRss, 1)} | ${f(r.rss, 1)} |`,
    );
  }
  for (const gw of rows.slice(2)) {
    console.log(`\n${gw.name} against the bare proxy:`);
    for (const target of TARGETS) {
      const { figure, met } = target.check(gw, base, direct);
      console.log(`- ${target.name}: ${figure} ${met ? '[met]' : '[NOT MET]'}`);
    }
  }
  // The upstream stays up for the stored Responses rows; the other processes would compete with them.
  for (const row of rows.slice(1)) row.child.kill('SIGTERM');
  const gateway = rows[2]!;
  console.log(
    await benchResponses({
      start: (args, env) => start(['--import', 'tsx', ...args], env),
      waitFor,
      freePort,
      postgres: startPostgresBesideGateway,
      upstream: `${up}/v1`,
      seconds: SECONDS,
      proxyChatRps: base.figures.c64!.rps!,
      gatewayChatTtfbP50: gateway.figures.streams64!.p50!,
    }),
  );
  console.log(await benchRetrieval({ upstream: `${up}/v1` }));
  upstream.kill('SIGTERM');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
