/**
 * The one SSE writer: one res.write per chunk, waits for 'drain' when the socket is full, stops as
 * soon as the client goes away (returning from the for-await cancels the producer, and with it the
 * upstream request).
 */
import type { ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { isClientClosed } from './context.js';
import type { StreamReply } from './reply.js';

/** Formats one server-sent event; `event:` is omitted for data-only streams such as chat completions. */
export function formatEvent(data: string, event?: string): string {
  return event ? `event: ${event}\ndata: ${data}\n\n` : `data: ${data}\n\n`;
}

function writable(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

export async function writeEventStream(res: ServerResponse, reply: StreamReply, log?: Logger): Promise<void> {
  res.statusCode = 200;
  res.setHeader('content-type', 'text/event-stream; charset=utf-8');
  res.setHeader('cache-control', 'no-cache');
  res.setHeader('x-accel-buffering', 'no');
  res.flushHeaders();
  try {
    for await (const chunk of reply.chunks) {
      if (res.destroyed) break;
      if (!res.write(chunk)) await writable(res);
    }
  } catch (error) {
    if (isClientClosed(res, error)) return;
    if (!res.destroyed) res.write(reply.onError(error));
    log?.warn({ err: error }, 'stream ended with an error');
  }
  if (!res.destroyed) res.end();
}
