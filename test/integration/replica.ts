/**
 * A gateway replica as its own process (`node --import tsx src/cli.ts`, configured by environment
 * as an operator would), for tests of several replicas on one database. A replica dies with the
 * test process however that ends: its stdin is a pipe from the test, and the guard it is started
 * with (replica-guard.ts) kills it when that pipe closes, so a failed or killed test run leaves no
 * gateway behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import OpenAI from 'openai';

export interface Replica {
  readonly name: string;
  /** http://127.0.0.1:<port> */
  readonly base: string;
  readonly client: OpenAI;
  /** kill -9, resolved once the process is gone. */
  kill(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GUARD = fileURLToPath(new URL('./replica-guard.ts', import.meta.url));
const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

/** A port nothing listens on now; a replica that loses it to another process is started again. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
  });
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  }
  running.delete(child);
}

/** Answers /health, or throws with the process's output if it exited first or took over `ms`. */
async function up(child: ChildProcess, base: string, output: () => string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`replica exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`replica did not answer ${base}/health within ${ms} ms:\n${output()}`);
}

/** Starts a gateway process with `env` (its whole environment besides PATH and HOME) and waits until it answers. */
export async function startReplica(name: string, env: Record<string, string>, ms = 90_000): Promise<Replica> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', GUARD, 'src/cli.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env, HOST: '127.0.0.1', PORT: String(port) },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    running.add(child);
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-8192));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const base = `http://127.0.0.1:${port}`;
    try {
      await up(child, base, () => output, ms);
    } catch (error) {
      await kill(child);
      if (attempt < 3 && output.includes('EADDRINUSE')) continue;
      throw error;
    }
    return {
      name,
      base,
      client: new OpenAI({ baseURL: `${base}/v1`, apiKey: 'sk-replica', maxRetries: 0 }),
      kill: () => kill(child),
    };
  }
}

/** Kills every replica still running (a test file's afterAll). */
export async function killReplicas(): Promise<void> {
  await Promise.all([...running].map(kill));
}
