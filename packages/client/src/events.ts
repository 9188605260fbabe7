import type { StreamEvents, StreamPath } from './generated/client.js';

/**
 * The events of a streamed reply, parsed and typed as the contract declares them for `path`, from a
 * call with `stream: true` and `parseAs: 'stream'`: pass its `response` (or its `data`, the body).
 * Chat's closing `data: [DONE]` ends the iteration; leaving the loop early cancels the stream (and so
 * the request). A `response` that is not a success throws (openapi-fetch has read its body into `error`).
 */
export async function* readEvents<P extends StreamPath>(
  _path: P,
  source: Response | ReadableStream<Uint8Array>,
): AsyncGenerator<StreamEvents[P], void, undefined> {
  const body = 'getReader' in source ? source : await successBody(source);
  if (!body) return;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      const text = buffer + (done ? '' : decoder.decode(value, { stream: true }));
      // Mid-stream, a lone \r at the end may be the first half of a \r\n still in flight: it waits.
      const lines = text.split(done ? /\r\n|\r|\n/ : /\r\n|\r(?!$)|\n/);
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line !== '') {
          const colon = line.indexOf(':');
          if ((colon === -1 ? line : line.slice(0, colon)) === 'data')
            data.push(colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, ''));
          continue;
        }
        // A blank line ends an event; one without data lines (a comment, a bare event:) yields nothing.
        const payload = data.join('\n');
        data = [];
        if (payload === '') continue;
        if (payload === '[DONE]') return;
        yield JSON.parse(payload) as StreamEvents[P];
      }
      // An event the stream ended without closing (by a blank line) is dropped, as the SSE format says.
      if (done) return;
    }
  } finally {
    await reader.cancel();
  }
}

async function successBody(response: Response): Promise<ReadableStream<Uint8Array> | null> {
  if (response.ok) return response.body;
  const text = response.bodyUsed ? '' : await response.text();
  let message = text;
  try {
    message = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? text;
  } catch {
    // not the error envelope: the text as it came
  }
  throw new Error(`the gateway answered ${response.status}${message ? `: ${message}` : ''}`);
}
