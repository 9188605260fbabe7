/**
 * The access line on a bare node:http server (as any listener uses it): a reply the gateway cut
 * short keeps its status and says `aborted`; a client that left is a 499; only an abort that follows
 * a client leaving counts as the client's.
 */
import { createServer, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { capturedLog } from './log-lines.js';
import { cutShort, isClientClosed, openContext } from '../src/server/context.js';
import type { HandlerContext } from '../src/server/reply.js';

const { log, lines } = capturedLog();

let server: Server | undefined;

afterEach(async () => {
  lines.length = 0;
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/** Serves one request with `handle`, sends it, and returns its access line. */
async function accessLine(
  handle: (res: ServerResponse, ctx: HandlerContext) => void,
  clientLeaves = false,
  headers: Record<string, string> = {},
  onReply?: (headers: Record<string, unknown>) => void,
): Promise<Record<string, unknown>> {
  server = createServer((req, res) => handle(res, openContext(log, req, res, req.url ?? '')));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const sent = request({ port, host: '127.0.0.1', path: '/x', headers }, (res) => {
    onReply?.(res.headers);
    res.on('data', () => clientLeaves && sent.destroy());
    res.on('error', () => undefined);
  });
  sent.on('error', () => undefined);
  sent.end();
  await expect.poll(() => lines.length).toBe(1);
  return lines[0]!;
}

describe('the access line', () => {
  it("echoes the client's x-client-request-id and logs it beside the request id", async () => {
    let reply: Record<string, unknown> = {};
    const line = await accessLine(
      (res) => res.writeHead(200).end('ok'),
      false,
      { 'x-client-request-id': 'codex-9f1c-turn-3', 'x-request-id': 'req-1' },
      (headers) => (reply = headers),
    );
    // The access line can be written before the client has read the reply's head.
    await expect.poll(() => reply['x-request-id']).toBe('req-1');
    expect(reply).toMatchObject({ 'x-client-request-id': 'codex-9f1c-turn-3' });
    expect(line).toMatchObject({ reqId: 'req-1', clientRequestId: 'codex-9f1c-turn-3', status: 200 });
  });

  it('leaves out an x-client-request-id it cannot log safely, and serves the request', async () => {
    let reply: Record<string, unknown> = {};
    const line = await accessLine(
      (res) => res.writeHead(200).end('ok'),
      false,
      { 'x-client-request-id': 'a b\tc'.repeat(60) },
      (headers) => (reply = headers),
    );
    await expect.poll(() => typeof reply['x-request-id']).toBe('string');
    expect(reply).not.toHaveProperty('x-client-request-id');
    expect(line).toMatchObject({ status: 200 });
    expect(line).not.toHaveProperty('clientRequestId');
  });

  it('keeps the status of a complete reply', async () => {
    const line = await accessLine((res) => res.writeHead(201).end('done'));
    expect(line).toMatchObject({ msg: 'request', level: 30, status: 201, url: '/x' });
    expect(line).not.toHaveProperty('clientClosed');
    expect(line).not.toHaveProperty('aborted');
  });

  it('is a 499 when the client leaves mid-reply, and the request signal fires', async () => {
    let ctx: HandlerContext | undefined;
    let reply: ServerResponse | undefined;
    const line = await accessLine((res, context) => {
      [ctx, reply] = [context, res];
      res.writeHead(200).write('part');
    }, true);
    expect(line).toMatchObject({ level: 30, status: 499, clientClosed: true });
    expect(ctx!.signal.aborted).toBe(true);
    expect(isClientClosed(reply!, ctx!.signal.reason)).toBe(true);
    expect(isClientClosed(reply!, new DOMException('This operation was aborted', 'AbortError'))).toBe(true);
    expect(isClientClosed(reply!, new Error('the database is gone'))).toBe(false);
  });

  it('keeps the status, marked aborted, when the gateway cuts its own reply short', async () => {
    let reply: ServerResponse | undefined;
    const line = await accessLine((res) => {
      reply = res;
      res.writeHead(200).write('part');
      setImmediate(() => cutShort(res));
    });
    expect(line).toMatchObject({ level: 30, status: 200, aborted: true });
    expect(line).not.toHaveProperty('clientClosed');
    expect(isClientClosed(reply!, new DOMException('This operation was aborted', 'AbortError'))).toBe(false);
  });

  it('counts no abort as the client leaving while the client is still there', async () => {
    let verdict: boolean | undefined;
    await accessLine((res) => {
      verdict = isClientClosed(res, new DOMException('This operation was aborted', 'AbortError'));
      res.end('done');
    });
    expect(verdict).toBe(false);
  });
});
