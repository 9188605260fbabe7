/**
 * The gateway in front of the fake upstream, for the real clients' tests: every response it sends is
 * checked against the contract, and its access lines are kept so a test can tell which transport a
 * client used.
 */
import pino from 'pino';
import { startStack, type Stack } from '../integration/stack.js';

export interface AccessLine {
  method?: string;
  url: string;
  status: number;
  websocket?: { responses: number; closeCode: number };
}

export interface ClientStack extends Stack {
  /** The gateway's access lines so far, oldest first. */
  access: AccessLine[];
}

export interface ChatBody {
  model: string;
  messages: Record<string, unknown>[];
  tools?: { type: string; function: { name: string; parameters?: unknown } }[];
  response_format?: unknown;
  stream?: boolean;
}

export async function startClientStack(env: NodeJS.ProcessEnv = {}): Promise<ClientStack> {
  const access: AccessLine[] = [];
  const log = pino(
    { level: 'info' },
    {
      write(line: string) {
        const entry = JSON.parse(line) as AccessLine & { msg?: string };
        if (entry.msg === 'request') access.push(entry);
      },
    },
  );
  const stack = await startStack({ VALIDATE_RESPONSES: 'true', ...env }, {}, log);
  return { ...stack, access };
}

/** The chat completions the fake model received, oldest first. */
export function chatRequests(stack: ClientStack): ChatBody[] {
  return stack.upstream.requests
    .filter((r) => r.path === '/v1/chat/completions')
    .map((r) => r.body as ChatBody);
}
