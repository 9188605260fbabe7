/**
 * Type tests: compiled with the app (tsc --strict) and never run. Each @ts-expect-error must be an
 * error, or the compile fails; the lines without one must compile.
 */
import { createClient, readEvents, type components } from '@open-responses-gateway/client';

const gw = createClient({ baseUrl: 'http://localhost:8080' });

export async function nonStreaming(): Promise<void> {
  const { data } = await gw.POST('/v1/responses', { body: { model: 'm', input: 'hi' } });
  if (!data) return;
  const id: string = data.id;
  const output: components['schemas']['ItemField'][] = data.output;
  const status: 'completed' | 'failed' | 'in_progress' | 'cancelled' | 'queued' | 'incomplete' = data.status;
  void [id, output, status];
  // @ts-expect-error sequence_number belongs to stream events, not to the Response
  void data.sequence_number;
  // @ts-expect-error a Response is not a stream event: it has no event type
  const type: components['schemas']['ResponseStreamEvent']['type'] = data.type;
  void type;

  const chat = await gw.POST('/v1/chat/completions', {
    body: { model: 'm', messages: [{ role: 'user', content: 'hi' }] },
  });
  const content: string | null | undefined = chat.data?.choices[0]?.message.content;
  void content;
  // @ts-expect-error delta is a stream chunk's field; a chat completion has message
  void chat.data?.choices[0]?.delta;
}

export async function wrongBodies(): Promise<void> {
  // @ts-expect-error a field of the wrong type
  await gw.POST('/v1/responses', { body: { model: 'm', input: 'hi', temperature: 'hot' } });
  // openapi-fetch infers the options generically, so an unknown field needs `satisfies` to be caught.
  const body = {
    model: 'm',
    input: 'hi',
    // @ts-expect-error a misspelt field is not a field of the request body
    temprature: 1,
  } satisfies components['schemas']['CreateResponseBody'];
  await gw.POST('/v1/responses', { body });
  // @ts-expect-error model is required
  await gw.POST('/v1/chat/completions', { body: { messages: [{ role: 'user', content: 'hi' }] } });
  // @ts-expect-error a path the gateway does not have
  await gw.GET('/v1/nothing-here', {});
}

export async function streaming(): Promise<void> {
  const { data } = await gw.POST('/v1/responses', {
    body: { model: 'm', input: 'hi', stream: true },
    parseAs: 'stream',
  });
  if (!data) return;
  for await (const event of readEvents('/v1/responses', data)) {
    const sequence: number = event.sequence_number;
    void sequence;
    if (event.type === 'response.output_text.delta') {
      const delta: string = event.delta;
      void delta;
    }
    // @ts-expect-error only a delta event has delta; the union does not
    void event.delta;
  }
  const chat = await gw.POST('/v1/chat/completions', {
    body: { model: 'm', messages: [{ role: 'user', content: 'hi' }], stream: true },
    parseAs: 'stream',
  });
  // The response works where openapi-fetch cannot infer parseAs (here, through the messages union).
  for await (const chunk of readEvents('/v1/chat/completions', chat.response)) {
    const delta: string | null | undefined = chunk.choices[0]?.delta.content;
    void delta;
    // @ts-expect-error a chunk carries delta, not message
    void chunk.choices[0]?.message;
  }
  // @ts-expect-error GET /v1/models does not stream
  readEvents('/v1/models', data);
}
