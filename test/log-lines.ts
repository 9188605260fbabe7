/** A pino logger at info whose lines a test reads back, parsed. */
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';

export function capturedLog(): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const log = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
        done();
      },
    }),
  );
  return { log, lines };
}
