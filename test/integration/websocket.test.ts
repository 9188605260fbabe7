/**
 * Responses over WebSocket through the official openai SDK's WebSocket client (openai 6.49's
 * ResponsesWS), over real sockets, in front of the fake upstream; and what the connection leaves in
 * the access log, and how shutdown closes it.
 */
import type { IncomingMessage } from 'node:http';
import OpenAI from 'openai';
import { ResponsesWS } from 'openai/resources/responses/ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturedLog } from '../log-lines.js';
import WebSocket from 'ws';
import { startFakeUpstream, type FakeUpstream } from '../../scripts/fake-upstream.js';
import { loadConfig } from '../../src/config.js';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { freshDatabaseUrl } from '../support/database.js';
import { turn } from './ws-turn.js';

const { log, lines } = capturedLog();

let upstream: FakeUpstream;
let gateway: Gateway;
let base: string;

async function start(env: Record<string, string> = {}): Promise<Gateway> {
  return createGateway(
    loadConfig({
      OPENAI_BASE_URL: upstream.url,
      OPENAI_API_KEY: 'sk-upstream',
      DATABASE_URL: await freshDatabaseUrl(),
      VALIDATE_RESPONSES: 'true',
      SHUTDOWN_TIMEOUT: '1',
      ...env,
    }),
    log,
  );
}

beforeAll(async () => {
  upstream = await startFakeUpstream();
  gateway = await start();
  const { port } = await gateway.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

describe('Responses over WebSocket, through the openai SDK', () => {
  it('streams a turn and continues a store:false chain on the same socket, which the upstream sees whole', async () => {
    const client = new OpenAI({ baseURL: `${base}/v1`, apiKey: 'sk-client', maxRetries: 0 });
    const ws = new ResponsesWS(client);
    try {
      const first = await turn(ws, { model: 'fake-model', store: false, input: 'My name is Ada' });
      const done = first.at(-1);
      expect(done?.type).toBe('response.completed');
      if (done?.type !== 'response.completed') return;
      expect(
        first
          .filter((e) => e.type === 'response.output_text.delta')
          .map((e) => e.delta)
          .join(''),
      ).toBe('You said: My name is Ada');
      const second = await turn(ws, {
        model: 'fake-model',
        store: false,
        previous_response_id: done.response.id,
        input: 'What is my name?',
      });
      expect(second.at(-1)).toMatchObject({
        type: 'response.completed',
        response: { previous_response_id: done.response.id, store: false },
      });
      const sent = upstream.requests.at(-1)!.body as { messages: { role: string; content: unknown }[] };
      expect(sent.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    } finally {
      ws.close({ code: 1000, reason: 'done' });
    }
  });

  it('refuses an unknown WebSocket path with the error envelope, and leaves one access line per connection', async () => {
    const refused = await new Promise<IncomingMessage>((resolve) => {
      const ws = new WebSocket(`${base.replace('http', 'ws')}/v1/chat/completions`, {
        headers: { 'x-client-request-id': 'codex-refused-1' },
      });
      ws.on('unexpected-response', (_req, res) => resolve(res));
    });
    expect(refused.statusCode).toBe(404);
    expect(refused.headers['x-client-request-id']).toBe('codex-refused-1');
    const ws = new WebSocket(`${base.replace('http', 'ws')}/v1/responses`, {
      headers: {
        'x-request-id': 'ws-access-1',
        'x-client-request-id': 'codex-turns-1',
        authorization: 'Bearer sk-client',
      },
    });
    const upgrade = new Promise<IncomingMessage>((resolve) => ws.once('upgrade', resolve));
    await new Promise((resolve) => ws.once('open', resolve));
    expect((await upgrade).headers).toMatchObject({
      'x-request-id': 'ws-access-1',
      'x-client-request-id': 'codex-turns-1',
    });
    // No search backend is configured: the access line says the tool was not offered.
    ws.send(
      JSON.stringify({
        type: 'response.create',
        model: 'fake-model',
        input: 'Hi',
        tools: [{ type: 'web_search' }],
      }),
    );
    await new Promise<void>((resolve) =>
      ws.on('message', (data) => {
        if ((JSON.parse(String(data)) as { type: string }).type === 'response.completed') resolve();
      }),
    );
    ws.close(1000);
    const mine = () => lines.filter((l) => l.msg === 'request' && l.reqId === 'ws-access-1');
    await expect.poll(mine).toHaveLength(1);
    expect(mine()[0]).toMatchObject({
      reqId: 'ws-access-1',
      method: 'GET',
      url: '/v1/responses',
      status: 101,
      clientRequestId: 'codex-turns-1',
      websocket: { responses: 1, closeCode: 1000 },
      not_offered: expect.stringContaining('web_search'),
    });
  });

  it('does not continue a stored response that was deleted meanwhile', async () => {
    const client = new OpenAI({ baseURL: `${base}/v1`, apiKey: 'sk-client', maxRetries: 0 });
    const ws = new ResponsesWS(client);
    try {
      const first = (await turn(ws, { model: 'fake-model', input: 'Remember me' })).at(-1);
      expect(first?.type).toBe('response.completed');
      if (first?.type !== 'response.completed') return;
      await client.responses.delete(first.response.id);
      const next = await turn(ws, {
        model: 'fake-model',
        previous_response_id: first.response.id,
        input: 'Well?',
      });
      expect(next.at(-1)).toMatchObject({
        type: 'error',
        status: 400,
        error: { code: 'previous_response_not_found', param: 'previous_response_id' },
      });
    } finally {
      ws.close();
    }
  });

  it('closes a connection whose message is over the body limit (1009) and goes on serving', async () => {
    const small = await start({ BODY_LIMIT_MB: '0.01' });
    const { port } = await small.listen(0, '127.0.0.1');
    try {
      const url = `ws://127.0.0.1:${port}/v1/responses`;
      const big = new WebSocket(url);
      await new Promise((resolve) => big.once('open', resolve));
      const closed = new Promise<number>((resolve) => big.once('close', (code) => resolve(code)));
      big.send(JSON.stringify({ type: 'response.create', model: 'fake-model', input: 'x'.repeat(20_000) }));
      expect(await closed).toBe(1009);
      const next = new ResponsesWS(
        new OpenAI({ apiKey: 'sk-client', baseURL: `http://127.0.0.1:${port}/v1` }),
      );
      const events = await turn(next, { model: 'fake-model', input: 'Still there?' });
      expect(events.at(-1)?.type).toBe('response.completed');
      next.close();
    } finally {
      await small.close();
    }
  });

  it('drops a peer that stops answering pings, and keeps one that answers', async () => {
    // A beat longer than a loaded machine's event-loop stalls: a pong not yet read when the next beat
    // fires counts as unanswered.
    const pinging = await start({ WEBSOCKET_HEARTBEAT: '0.25' });
    const { port } = await pinging.listen(0, '127.0.0.1');
    try {
      const url = `ws://127.0.0.1:${port}/v1/responses`;
      const silent = new WebSocket(url, { autoPong: false });
      const alive = new WebSocket(url);
      const dropped = new Promise<number>((resolve) => silent.once('close', (code) => resolve(code)));
      let pings = 0;
      alive.on('ping', () => pings++);
      expect(await dropped).toBe(1006);
      await expect.poll(() => pings, { timeout: 10_000 }).toBeGreaterThan(3);
      expect(alive.readyState).toBe(WebSocket.OPEN);
      alive.close();
    } finally {
      await pinging.close();
    }
  });

  it('closes open sockets with Going Away when the gateway shuts down', async () => {
    const other = await start();
    const { port } = await other.listen(0, '127.0.0.1');
    const ws = new WebSocket(`ws://127.0.0.1:${port}/v1/responses`);
    await new Promise((resolve) => ws.once('open', resolve));
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    await other.close();
    expect(await closed).toBe(1001);
  });
});
