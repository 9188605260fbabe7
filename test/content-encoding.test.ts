/**
 * The decoding stage on a bare node:http server: what the next listener reads, and the error its
 * body stream ends with when the client goes away mid-body or no reader ever comes.
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buffer } from 'node:stream/consumers';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../src/errors.js';
import { decodingBodies } from '../src/server/content-encoding.js';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/** Starts a server whose listener hands each (decoded) request to `seen`. */
async function serve(seen: (req: IncomingMessage) => void): Promise<number> {
  server = createServer(
    decodingBodies({ bodyBytes: 1 << 20, multipartBytes: 2 << 20 }, (req, res) => {
      seen(req);
      res.on('error', () => undefined);
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

describe('the decoding stage', () => {
  it('hands on the decoded body, without the encoding and length of the compressed one', async () => {
    let reading: Promise<Buffer> | undefined;
    let headers: IncomingMessage['headers'] = {};
    const port = await serve((req) => {
      headers = req.headers;
      reading = buffer(req);
    });
    const body = gzipSync('{"hello":"world"}');
    const sent = request({
      port,
      host: '127.0.0.1',
      method: 'POST',
      headers: { 'content-encoding': 'gzip', 'content-length': body.length },
    });
    sent.on('error', () => undefined);
    sent.end(body);
    await expect.poll(() => reading !== undefined).toBe(true);
    expect((await reading!).toString()).toBe('{"hello":"world"}');
    expect(headers).not.toHaveProperty('content-encoding');
    expect(headers).not.toHaveProperty('content-length');
    expect(headers['transfer-encoding']).toBe('chunked');
  });

  it('ends the body with a 400 when the client leaves mid-body, and keeps serving', async () => {
    let reading: Promise<Buffer> | undefined;
    const port = await serve((req) => (reading = buffer(req)));
    const body = gzipSync('x'.repeat(100_000));
    const sent = request({
      port,
      host: '127.0.0.1',
      method: 'POST',
      headers: { 'content-encoding': 'gzip', 'content-length': body.length },
    });
    sent.on('error', () => undefined);
    sent.write(body.subarray(0, 100));
    await expect.poll(() => reading !== undefined).toBe(true);
    sent.destroy();
    const error = await reading!.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'invalid_body' });
  });

  it('leaves a body no one reads alone: an unknown encoding on a route without a body ends nothing', async () => {
    let seen = 0;
    const port = await serve(() => seen++);
    for (const encoding of ['compress', 'gzip']) {
      const sent = request({ port, host: '127.0.0.1', headers: { 'content-encoding': encoding } });
      sent.on('error', () => undefined);
      sent.end();
    }
    await expect.poll(() => seen).toBe(2);
    // The process is still here, and so is the server.
    expect(server?.listening).toBe(true);
  });
});
