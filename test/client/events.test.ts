/** readEvents: the SSE format as it arrives in arbitrary chunks. */
import { expect, it } from 'vitest';
import { readEvents } from '../../packages/client/src/events.js';

function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function all(body: ReadableStream<Uint8Array>): Promise<unknown[]> {
  const events: unknown[] = [];
  for await (const event of readEvents('/v1/responses', body)) events.push(event);
  return events;
}

it('parses events split anywhere, with \\n, \\r\\n or \\r line ends', async () => {
  const text = 'event: a\ndata: {"n":1}\n\nevent: b\r\ndata: {"n":2}\r\n\r\ndata: {"n":3}\r\r';
  for (let cut = 0; cut <= text.length; cut++) {
    expect(await all(streamOf(text.slice(0, cut), text.slice(cut)))).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  }
});

it('joins multi-line data, skips comments and data-less events, and decodes UTF-8 split across chunks', async () => {
  const bytes = new TextEncoder().encode('data: {"s":\ndata: "é"}\n\n');
  const split = bytes.indexOf(0xc3) + 1;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(': keep-alive\n\nevent: ping\n\n'));
      controller.enqueue(bytes.slice(0, split));
      controller.enqueue(bytes.slice(split));
      controller.close();
    },
  });
  expect(await all(body)).toEqual([{ s: 'é' }]);
});

it("ends at chat's [DONE] and drops an event the stream did not finish", async () => {
  expect(await all(streamOf('data: {"n":1}\n\ndata: [DONE]\n\ndata: {"n":2}\n\n'))).toEqual([{ n: 1 }]);
  expect(await all(streamOf('data: {"n":1}\n\ndata: {"n":2}'))).toEqual([{ n: 1 }]);
});

it('cancels the stream when the reader stops early', async () => {
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('data: {"n":1}\n\n'));
    },
    cancel() {
      cancelled = true;
    },
  });
  for await (const event of readEvents('/v1/responses', body)) {
    expect(event).toEqual({ n: 1 });
    break;
  }
  expect(cancelled).toBe(true);
});
