/**
 * Stock Codex CLI over the gateway's Responses WebSocket (`supports_websockets = true` in its
 * provider, see ./codex.ts), in front of the fake chat-only upstream. Codex falls back to HTTP
 * quietly when a socket fails, so the gateway's access lines are what show the transport: the turns
 * come over one upgraded connection and no POST /v1/responses is made.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startCodex, type Codex } from './codex.js';
import { chatRequests, startClientStack, type ClientStack } from './stack.js';

let stack: ClientStack;
let codex: Codex;

beforeAll(async () => {
  stack = await startClientStack();
  codex = startCodex(stack.base, { websockets: true });
});
afterAll(async () => {
  codex?.close();
  await stack?.close();
});

/** The access lines of what the run did: a WebSocket's is written when Codex closes it. */
async function transportOf(before: number) {
  await vi.waitFor(() => expect(stack.access.slice(before).some((l) => l.status === 101)).toBe(true));
  const lines = stack.access.slice(before);
  return {
    posts: lines.filter((l) => l.method === 'POST' && l.url.startsWith('/v1/responses')).length,
    sockets: lines.filter((l) => l.status === 101 && l.websocket && l.websocket.responses > 0).length,
  };
}

describe('Codex CLI over WebSocket', { timeout: 60_000 }, () => {
  it('completes a turn with the model reply', async () => {
    const before = stack.access.length;
    const run = await codex.exec('REPLY hello over a socket');
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.reply).toBe('hello over a socket');
    expect(await transportOf(before)).toEqual({ posts: 0, sockets: 1 });
  });

  it('runs the shell command the model calls and sends its output back on the socket', async () => {
    const before = stack.access.length;
    const run = await codex.exec('CALL exec_command {"cmd":"echo $((6*7))","login":false}');
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.items.find((i) => i.type === 'command_execution')).toMatchObject({ exit_code: 0 });
    expect(run.reply).toMatch(/^Tools said: [\s\S]*Output:\n42\n$/);
    expect(chatRequests(stack).at(-1)?.messages.at(-1)).toMatchObject({ role: 'tool' });
    expect(await transportOf(before)).toEqual({ posts: 0, sockets: 1 });
  });
});
