import type { AddressInfo } from 'node:net';
import express from 'express';
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { StreamReply } from '../src/server/reply.js';
import { formatEvent, writeEventStream } from '../src/server/sse.js';

const CHUNK = formatEvent('x'.repeat(64 * 1024));
const TOTAL = 400; // 25 MiB: far more than socket buffers hold

describe('writeEventStream', () => {
  it('stops pulling from the producer while the client is not reading, then delivers everything', async () => {
    let produced = 0;
    async function* events() {
      for (; produced < TOTAL; produced++) yield CHUNK;
    }
    const app = express();
    app.get('/stream', (_req, res) => void writeEventStream(res, new StreamReply(events(), () => '')));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as AddressInfo;

    const reply = await request(`http://127.0.0.1:${port}/stream`);
    expect(reply.headers['content-type']).toContain('text/event-stream');
    await new Promise((r) => setTimeout(r, 300));
    expect(produced).toBeLessThan(TOTAL / 2);

    let bytes = 0;
    for await (const chunk of reply.body) bytes += (chunk as Buffer).length;
    expect(produced).toBe(TOTAL);
    expect(bytes).toBe(TOTAL * Buffer.byteLength(CHUNK));
    server.close();
  });

  it('renders a failure after the headers as a final event', async () => {
    async function* failing() {
      yield formatEvent('{"a":1}');
      throw new Error('upstream reset');
    }
    const app = express();
    app.get(
      '/stream',
      (_req, res) =>
        void writeEventStream(
          res,
          new StreamReply(failing(), (e) => formatEvent(`{"error":"${(e as Error).message}"}`)),
        ),
    );
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const reply = await request(`http://127.0.0.1:${(server.address() as AddressInfo).port}/stream`);
    expect(await reply.body.text()).toBe('data: {"a":1}\n\ndata: {"error":"upstream reset"}\n\n');
    server.close();
  });
});
