/**
 * The two upstream limits through the production transport, each named when it fires: `timeout`
 * bounds the wait for the response headers only (a long reply that keeps coming is not cut), and
 * `idle_timeout` the silence inside a reply, non-streamed ones included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './stack.js';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ OPENAI_TIMEOUT: '0.5', OPENAI_IDLE_TIMEOUT: '0.4' });
});

afterAll(() => stack.close());

interface Reply {
  error: { code: string; type: string; message: string };
  choices: { message: { content: string } }[];
}

async function chat(model: string): Promise<{ status: number; body: Reply }> {
  const res = await fetch(`${stack.base}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model, messages: [{ role: 'user', content: 'hi' }] }),
  });
  return { status: res.status, body: (await res.json()) as Reply };
}

describe('upstream timeouts', () => {
  it('names the idle timeout when a non-streamed reply goes silent after its headers', async () => {
    const { status, body } = await chat('stall-body');
    expect(status).toBe(504);
    expect(body.error).toMatchObject({ code: 'upstream_timeout', type: 'server_error' });
    expect(body.error.message).toBe(
      'Provider "openai" sent nothing for 0.4 s in the middle of its reply (its idle_timeout).',
    );
  });

  it('fails a Response the same way, naming the idle timeout', async () => {
    const response = await stack.client.responses.create({ model: 'stall-body', input: 'hi' });
    expect(response.status).toBe('failed');
    expect(response.error?.message).toMatch(/sent nothing for 0.4 s in the middle of its reply/);
  });

  it('names the timeout when the headers do not come in time', async () => {
    const { status, body } = await chat('late-headers');
    expect(status).toBe(504);
    expect(body.error.message).toBe('Provider "openai" sent no response headers within 0.5 s (its timeout).');
  });

  it('does not cut off a reply whose headers came in time and whose body keeps coming', async () => {
    const { status, body } = await chat('trickle');
    expect(status).toBe(200);
    expect(body.choices[0]!.message.content).toBe('You said: hi');
  });
});
