/** /health: 200 while the database answers, a 503 in OpenAI's envelope (soon, not never) when it does not. */
import { createServer, connect, type Socket } from 'node:net';
import { afterEach, expect, it, vi } from 'vitest';
import { postgresUrl } from '../support/database.js';
import { capturedLog, startStack, type Stack } from './stack.js';

const stacks: Stack[] = [];
afterEach(async () => {
  await Promise.all(stacks.splice(0).map((s) => s.close()));
});

it('answers 503 in the error envelope when the store cannot answer a ping', async () => {
  const stack = await startStack();
  stacks.push(stack);
  expect((await fetch(`${stack.base}/health`)).status).toBe(200);
  vi.spyOn(stack.gateway.store, 'ping').mockRejectedValue(new Error('connection refused'));
  const reply = await fetch(`${stack.base}/health`);
  expect(reply.status).toBe(503);
  expect(await reply.json()).toEqual({
    error: {
      message: 'The database cannot be reached.',
      type: 'server_error',
      param: null,
      code: 'database_unavailable',
    },
  });
});

it('on PostgreSQL, answers 503 after DATABASE_CONNECT_TIMEOUT when the server stops answering, and logs the dropped connections', async () => {
  // A TCP relay to the test server that, once cut, drops every connection and answers no new one.
  const target = new URL(await postgresUrl());
  const sockets = new Set<Socket>();
  let cut = false;
  const relay = createServer((socket) => {
    sockets.add(socket);
    if (cut) return;
    const upstream = connect(Number(target.port), target.hostname);
    sockets.add(upstream);
    socket.pipe(upstream).pipe(socket);
    const drop = () => (socket.destroy(), upstream.destroy());
    socket.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const via = new URL(target);
  via.port = String((relay.address() as { port: number }).port);
  const { log, lines } = capturedLog<{ level: number; msg: string }>('warn');
  const stack = await startStack(
    { DATABASE_URL: via.href, DATABASE_CONNECT_TIMEOUT: '0.2', BACKGROUND_SWEEP: '3600' },
    {},
    log,
  );
  try {
    expect((await fetch(`${stack.base}/health`)).status).toBe(200);
    cut = true;
    for (const socket of sockets) socket.destroy();
    await vi.waitFor(() =>
      expect(lines).toContainEqual(expect.objectContaining({ level: 40, msg: 'database connection error' })),
    );
    const reply = await fetch(`${stack.base}/health`);
    expect(reply.status).toBe(503);
    expect(((await reply.json()) as { error: { code: string } }).error.code).toBe('database_unavailable');
  } finally {
    cut = false;
    await stack.close();
    for (const socket of sockets) socket.destroy();
    relay.close();
  }
});
