/** The gateway in front of the fake upstream, for the real clients' tests: every response it sends is checked against the contract. */
import { startStack, type Stack } from '../integration/stack.js';

export type ClientStack = Stack;

export interface ChatBody {
  model: string;
  messages: Record<string, unknown>[];
  tools?: { type: string; function: { name: string; parameters?: unknown } }[];
  response_format?: unknown;
  stream?: boolean;
}

export function startClientStack(env: NodeJS.ProcessEnv = {}): Promise<ClientStack> {
  return startStack({ VALIDATE_RESPONSES: 'true', ...env });
}

/** The chat completions the fake model received, oldest first. */
export function chatRequests(stack: ClientStack): ChatBody[] {
  return stack.upstream.requests
    .filter((r) => r.path === '/v1/chat/completions')
    .map((r) => r.body as ChatBody);
}
