/** One Responses turn over the openai SDK's WebSocket client, for the tests that hold such connections. */
import type { ResponsesServerEvent } from 'openai/resources/responses/responses';
import type { ResponsesWS } from 'openai/resources/responses/ws';

/** Sends one response.create and collects the events up to its final one. */
export function turn(ws: ResponsesWS, body: Record<string, unknown>): Promise<ResponsesServerEvent[]> {
  return new Promise((resolve, reject) => {
    const events: ResponsesServerEvent[] = [];
    const onEvent = (event: ResponsesServerEvent) => {
      events.push(event);
      if (event.type === 'response.completed' || event.type === 'response.failed' || event.type === 'error') {
        ws.off('event', onEvent);
        resolve(events);
      }
    };
    ws.on('event', onEvent);
    ws.on('error', (error) => (error.error ? undefined : reject(error)));
    ws.send({ type: 'response.create', ...body } as never);
  });
}
