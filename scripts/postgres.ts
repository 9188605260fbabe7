/**
 * A throwaway PostgreSQL server for tests, CI and benches: initdb in a fresh temporary directory
 * (trust auth, UTF8), pg_ctl start on a free loopback port with its unix socket in that directory,
 * durability off (fsync, synchronous_commit, full_page_writes) since its data is thrown away.
 * `stop()` stops it (fast mode) and removes the directory.
 *
 * It needs PostgreSQL's server binaries (initdb, pg_ctl): on PATH, else the highest
 * /usr/lib/postgresql/<version>/bin (Debian's `postgresql` package puts them there, off PATH).
 * PostgreSQL refuses to run as root, so as root they run as the `postgres` user (runuser), which
 * that package creates.
 *
 * A server outlives the process that started it only if that process is killed with SIGKILL:
 * normal exit and SIGINT/SIGTERM/SIGHUP stop it first. After a kill -9 the server keeps running
 * until the next startPostgres() on the machine, which stops every server whose starting process
 * is gone (each directory records its owner's pid) and removes its directory; by hand:
 * `pg_ctl -D /tmp/ogw-postgres-*\/data -m immediate stop` (as postgres when root).
 *
 *   tsx scripts/postgres.ts   starts one, prints its URL, stops it on Ctrl-C
 */
import { execFile, execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  chownSync,
} from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:<port>/postgres, a superuser without a password. */
  url: string;
  stop(): Promise<void>;
}

const PREFIX = 'ogw-postgres-';
const OWNER_FILE = 'owner.pid';
const USER = 'postgres';
export const POSTGRES_MISSING =
  "PostgreSQL's server binaries (initdb, pg_ctl) are neither on PATH nor in /usr/lib/postgresql/*/bin. " +
  "Install Debian's package as root: apt-get update && apt-get install -y postgresql";

const run = promisify(execFile);

/** The directory holding initdb and pg_ctl: PATH first, then the highest /usr/lib/postgresql/N/bin. */
export function findPostgresBin(path = process.env.PATH ?? '', libDir = '/usr/lib/postgresql'): string {
  const has = (dir: string) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
  const onPath = path.split(delimiter).find((dir) => dir !== '' && has(dir));
  if (onPath) return onPath;
  const versions = existsSync(libDir)
    ? readdirSync(libDir)
        .filter((name) => /^\d+(\.\d+)?$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const installed = versions.map((v) => join(libDir, v, 'bin')).find(has);
  if (!installed) throw new Error(POSTGRES_MISSING);
  return installed;
}

interface Account {
  uid: number;
  gid: number;
}

/** As root, the account the server runs as; otherwise undefined (it runs as the caller). */
function serverAccount(): Account | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, USER], { encoding: 'utf8' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error(
      `PostgreSQL refuses to run as root and there is no "${USER}" user to run it as. ${POSTGRES_MISSING}`,
    );
  }
}

/** A PostgreSQL binary's command line, through runuser when the server must not run as root. */
function command(account: Account | undefined, bin: string, args: string[]): [string, string[]] {
  return account ? ['runuser', ['-u', USER, '--', bin, ...args]] : [bin, args];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Stops a server synchronously (for exit paths, where nothing async runs) and removes its directory. */
function stopNow(bin: string, account: Account | undefined, dir: string): void {
  const data = join(dir, 'data');
  if (existsSync(join(data, 'postmaster.pid'))) {
    const [file, args] = command(account, join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    try {
      execFileSync(file, args, { cwd: dir, stdio: 'ignore' });
    } catch {
      // Already gone: nothing to stop.
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

/** Servers left by processes that were killed with SIGKILL (see the header). */
function reapOrphans(bin: string, account: Account | undefined): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = join(tmpdir(), name);
    let owner: number;
    try {
      owner = Number(readFileSync(join(dir, OWNER_FILE), 'utf8'));
    } catch {
      continue; // Being set up right now, or not ours.
    }
    if (!Number.isInteger(owner) || owner < 1 || alive(owner)) continue;
    try {
      stopNow(bin, account, dir);
    } catch {
      // Another user's directory (EACCES): not ours to remove, and no reason to refuse a new server.
    }
  }
}

const running = new Set<() => void>();
let hooked = false;

/** Normal exit and the usual termination signals stop what this process started. */
function hookExit(): void {
  if (hooked) return;
  hooked = true;
  const stopAll = () => {
    for (const stop of running) stop();
    running.clear();
  };
  process.on('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = () => {
      stopAll();
      process.off(signal, onSignal);
      // Without other listeners Node's default (exit by the signal) is what the sender asked for.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

async function accepting(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select 1');
  } finally {
    await client.end();
  }
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = findPostgresBin();
  const account = serverAccount();
  reapOrphans(bin, account);
  const dir = mkdtempSync(join(tmpdir(), PREFIX));
  const data = join(dir, 'data');
  const exec = (name: string, args: string[]) => {
    const [file, argv] = command(account, join(bin, name), args);
    return run(file, argv, { cwd: dir });
  };
  const stopSync = () => stopNow(bin, account, dir);
  running.add(stopSync);
  hookExit();
  try {
    if (account) chownSync(dir, account.uid, account.gid);
    writeFileSync(join(dir, OWNER_FILE), String(process.pid));
    await exec('initdb', ['-D', data, '-A', 'trust', '-U', USER, '-E', 'UTF8', '--locale=C', '--no-sync']);
    await appendFile(
      join(data, 'postgresql.conf'),
      [
        `unix_socket_directories = '${dir}'`,
        "listen_addresses = '127.0.0.1'",
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        // Every test file's gateways hold pools of their own, several files at once.
        'max_connections = 500',
        '',
      ].join('\n'),
    );
    // A port found free can be taken before the server binds it: try another.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      try {
        await exec('pg_ctl', [
          '-D',
          data,
          '-l',
          join(dir, 'log'),
          '-o',
          `-p ${port}`,
          '-w',
          '-t',
          '60',
          'start',
        ]);
      } catch (error) {
        if (attempt < 3 && /could not bind|already in use/.test(readLog(dir))) continue;
        throw new Error(`pg_ctl start failed: ${(error as Error).message}\n${readLog(dir)}`);
      }
      const url = `postgres://${USER}@127.0.0.1:${port}/postgres`;
      await accepting(url);
      let stopping: Promise<void> | undefined;
      return {
        url,
        stop: () =>
          (stopping ??= (async () => {
            running.delete(stopSync);
            await exec('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => undefined);
            rmSync(dir, { recursive: true, force: true });
          })()),
      };
    }
  } catch (error) {
    running.delete(stopSync);
    stopSync();
    throw error;
  }
}

function readLog(dir: string): string {
  try {
    return readFileSync(join(dir, 'log'), 'utf8');
  } catch {
    return '';
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await startPostgres();
  console.log(server.url);
  // Runs until a signal, which stops the server (see hookExit).
  setInterval(() => undefined, 1 << 30);
}
