/**
 * Nothing the gateway does reaches stdout or stderr except through its logger: the openai SDK,
 * left to itself, prints a stream event it cannot parse (the upstream's raw bytes) to stderr.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStack, type Stack } from './stack.js';

let stack: Stack;
const logged: Record<string, unknown>[] = [];

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
        logged.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  stack = await startStack({}, {}, pino({ level: 'warn' }, sink));
});

afterAll(() => stack.close());

describe('console output', () => {
  it('a malformed upstream stream fails the Response and prints nothing outside the logger', async () => {
    const writes = [vi.spyOn(process.stdout, 'write'), vi.spyOn(process.stderr, 'write')];
    const consoles = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    try {
      const stream = await stack.client.responses.create({
        model: 'garbage-stream',
        input: 'hi',
        stream: true,
      });
      const types: string[] = [];
      let id = '';
      try {
        for await (const event of stream) {
          types.push(event.type);
          if (event.type === 'response.created') id = event.response.id;
        }
      } catch {
        // The SDK raises the error event; the events before it are what is asserted.
      }
      for (const spy of [...writes, ...consoles]) expect(spy).not.toHaveBeenCalled();
      expect(types).toContain('response.output_text.delta');
      expect(types).not.toContain('response.completed');
      const stored = await stack.client.responses.retrieve(id);
      expect(stored.status).toBe('failed');
      expect(stored.error?.message).toBe('Provider "openai" sent a stream event that is not JSON.');
    } finally {
      for (const spy of [...writes, ...consoles]) spy.mockRestore();
    }
    expect(logged.some((entry) => String(entry.msg).includes('Could not parse message into JSON'))).toBe(
      true,
    );
  });
});
