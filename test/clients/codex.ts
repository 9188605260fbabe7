/**
 * Runs stock Codex CLI (`codex exec`, the binary the @openai/codex npm package ships for this
 * platform) against a gateway, fully offline: a temporary CODEX_HOME holding only the config.toml
 * below, no login (the provider's key comes from an environment variable), no update check, no
 * analytics, no plugin sync (which otherwise reaches github.com and chatgpt.com at startup), and a
 * HOME of its own so no user profile or credentials are read.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CODEX = createRequire(import.meta.url).resolve('@openai/codex/bin/codex.js');

/** The config.toml a user points at the gateway with (README, "Client examples"). */
export function codexConfig(base: string, { websockets = false } = {}): string {
  return `model = "fake-model"
model_provider = "gateway"
# The commands the tests' model runs are the tests' own; OS sandboxes differ between CI hosts.
approval_policy = "never"
sandbox_mode = "danger-full-access"
check_for_update_on_startup = false

[analytics]
enabled = false

[features]
plugins = false

[model_providers.gateway]
name = "Open Responses Gateway"
base_url = "${base}/v1"
env_key = "GATEWAY_API_KEY"
wire_api = "responses"
supports_websockets = ${websockets}
request_max_retries = 0
stream_max_retries = 0
`;
}

/** One of the JSONL events `codex exec --json` prints. */
export interface CodexEvent {
  type: string;
  message?: string;
  item?: {
    id: string;
    type: string;
    text?: string;
    message?: string;
    command?: string;
    exit_code?: number | null;
  };
}

export interface CodexRun {
  code: number;
  events: CodexEvent[];
  /** The items Codex completed (agent messages, command executions, reasoning), in order. */
  items: NonNullable<CodexEvent['item']>[];
  /** Codex's own warnings (such as having no metadata for a model named fake-model). */
  warnings: string[];
  /** What made a turn fail (the gateway's error envelope, as Codex reports it). */
  errors: string[];
  /** The agent's last message: the reply `codex exec` ends with. */
  reply: string | undefined;
  stderr: string;
}

export interface Codex {
  /** The directory Codex works in (`-C`), empty at the start. */
  workdir: string;
  exec(prompt: string, args?: string[]): Promise<CodexRun>;
  close(): void;
}

export function startCodex(base: string, options: { websockets?: boolean } = {}): Codex {
  const root = mkdtempSync(join(tmpdir(), 'codex-'));
  const home = join(root, 'home');
  const workdir = join(root, 'work');
  mkdirSync(home);
  mkdirSync(workdir);
  writeFileSync(join(home, 'config.toml'), codexConfig(base, options));
  const env = { PATH: process.env.PATH ?? '', HOME: home, CODEX_HOME: home, GATEWAY_API_KEY: 'sk-client' };
  return {
    workdir,
    exec(prompt, args = []) {
      const argv = [
        CODEX,
        'exec',
        '--json',
        '--skip-git-repo-check',
        '--ephemeral',
        '-C',
        workdir,
        ...args,
        prompt,
      ];
      return new Promise((resolve) => {
        execFile(process.execPath, argv, { env, timeout: 60_000 }, (error, stdout, stderr) => {
          const events = stdout
            .split('\n')
            .filter((line) => line.startsWith('{'))
            .map((line) => JSON.parse(line) as CodexEvent);
          const completed = events.flatMap((e) => (e.type === 'item.completed' && e.item ? [e.item] : []));
          const items = completed.filter((i) => i.type !== 'error');
          const warnings = completed.flatMap((i) => (i.type === 'error' ? [i.message ?? ''] : []));
          const reply = items.filter((i) => i.type === 'agent_message').at(-1)?.text;
          const errors = events.flatMap((e) => (e.type === 'error' && e.message ? [e.message] : []));
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          resolve({ code, events, items, warnings, errors, reply, stderr });
        }).stdin?.end();
      });
    },
    close: () => rmSync(root, { recursive: true, force: true }),
  };
}
