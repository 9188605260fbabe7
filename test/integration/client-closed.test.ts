/**
 * A client that goes away mid-request is not a gateway failure: the request gets one access line at
 * info with status 499 (nginx's "client closed request"), nothing at warn or error, and the upstream
 * call is aborted.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturedLog, startStack, type Stack } from './stack.js';

interface LogLine {
  level: number;
  msg: string;
  reqId?: string;
  status?: number;
  clientClosed?: boolean;
}

const { log, lines } = capturedLog<LogLine>('debug');

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({}, {}, log);
});

afterAll(() => stack.close());

const ofRequest = (id: string) => lines.filter((l) => l.reqId === id);

/**
 * Sends a request and aborts it: at once when the upstream has it ('upstream-called'), or once what
 * was received so far satisfies `abandonWhen`. Resolves when the request's access line is written
 * and the upstream saw its connection close.
 */
async function abandon(
  path: string,
  body: object,
  abandonWhen: 'upstream-called' | ((received: string) => boolean),
): Promise<{ id: string; received: string }> {
  const id = randomUUID();
  const abortedBefore = stack.upstream.abortedReplies;
  const requestsBefore = stack.upstream.requests.length;
  const client = new AbortController();
  let received = '';
  const sent = fetch(`${stack.base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': id },
    body: JSON.stringify(body),
    signal: client.signal,
  });
  if (abandonWhen === 'upstream-called') {
    await expect.poll(() => stack.upstream.requests.length).toBeGreaterThan(requestsBefore);
    client.abort();
  }
  try {
    const reply = await sent;
    const decoder = new TextDecoder();
    for await (const chunk of reply.body as unknown as AsyncIterable<Uint8Array>) {
      received += decoder.decode(chunk, { stream: true });
      if (typeof abandonWhen === 'function' && abandonWhen(received)) client.abort();
    }
    throw new Error(`the reply ended before it was abandoned: ${received}`);
  } catch (error) {
    if ((error as Error).name !== 'AbortError') throw error;
  }
  await expect.poll(() => stack.upstream.abortedReplies).toBe(abortedBefore + 1);
  await expect.poll(() => ofRequest(id).some((l) => l.msg === 'request')).toBe(true);
  return { id, received };
}

/** What the gateway logged of a request, once everything it started has settled. */
async function settledLog(id: string): Promise<LogLine[]> {
  // The gateway answers other requests after it has dealt with the abandoned one's aftermath.
  for (let i = 0; i < 3; i++) expect((await fetch(`${stack.base}/health`)).status).toBe(200);
  return ofRequest(id);
}

function expectClientClosed(log: LogLine[]): void {
  const access = log.filter((l) => l.msg === 'request');
  expect(access).toEqual([expect.objectContaining({ level: 30, status: 499, clientClosed: true })]);
  expect(log.filter((l) => l.level >= 40)).toEqual([]);
}

describe('a client that disconnects', () => {
  it('mid non-streaming chat completion: 499 at info, upstream aborted', async () => {
    const { id } = await abandon(
      '/v1/chat/completions',
      { model: 'slow', messages: [{ role: 'user', content: 'hi' }] },
      'upstream-called',
    );
    expectClientClosed(await settledLog(id));
  });

  it('mid chat completion stream: 499 at info, upstream aborted', async () => {
    const { id, received } = await abandon(
      '/v1/chat/completions',
      { model: 'slow-stream', stream: true, messages: [{ role: 'user', content: 'hi' }] },
      (received) => received.includes('"content":"1 "'),
    );
    expect(received).toContain('chat.completion.chunk');
    expectClientClosed(await settledLog(id));
  });

  it('mid Responses stream: 499 at info, upstream aborted, stored as cancelled', async () => {
    const { id, received } = await abandon(
      '/v1/responses',
      { model: 'slow-stream', stream: true, input: 'hi' },
      (received) => received.includes('response.output_text.delta'),
    );
    expectClientClosed(await settledLog(id));
    const responseId = /"id":"(resp_[^"]+)"/.exec(received)?.[1];
    await expect
      .poll(async () => (await stack.client.responses.retrieve(responseId!)).status)
      .toBe('cancelled');
  });

  it('while a non-streaming Response waits for the upstream: 499 at info, upstream aborted', async () => {
    const { id } = await abandon('/v1/responses', { model: 'slow', input: 'hi' }, 'upstream-called');
    expectClientClosed(await settledLog(id));
  });

  it('a completed request keeps its own status, and a 4xx is not a 499', async () => {
    const id = randomUUID();
    const reply = await fetch(`${stack.base}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': id },
      body: '{}',
    });
    expect(reply.status).toBe(400);
    await expect.poll(() => ofRequest(id).find((l) => l.msg === 'request')?.status).toBe(400);
    expect(ofRequest(id).find((l) => l.msg === 'request')?.clientClosed).toBeUndefined();
  });
});
