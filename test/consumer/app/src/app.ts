/** What a TypeScript app does with the installed client; the consumer test runs it against a gateway. */
import { createClient, readEvents } from '@open-responses-gateway/client';

export async function run(baseUrl: string) {
  const gw = createClient({ baseUrl });

  const { data: response, error } = await gw.POST('/v1/responses', {
    body: { model: 'fake-model', input: 'from the consumer app' },
  });
  if (error) throw new Error(error.error.message);
  // A non-streaming call is typed as the Response: no narrowing needed.
  const message = response.output.find((item) => item.type === 'message');
  const text = message?.type === 'message' ? message.content.map((c) => ('text' in c ? c.text : '')) : [];

  const chat = await gw.POST('/v1/chat/completions', {
    body: { model: 'fake-model', messages: [{ role: 'user', content: 'chat from the app' }] },
  });

  const streamed = await gw.POST('/v1/responses', {
    body: { model: 'fake-model', input: 'streamed', stream: true },
    parseAs: 'stream',
  });
  if (!streamed.data) throw new Error(`stream failed: ${streamed.response.status}`);
  const types: string[] = [];
  let deltas = '';
  for await (const event of readEvents('/v1/responses', streamed.data)) {
    types.push(event.type);
    if (event.type === 'response.output_text.delta') deltas += event.delta;
  }

  return {
    id: response.id,
    status: response.status,
    text: text.join(''),
    chat: chat.data?.choices[0]?.message.content,
    first: types[0],
    last: types.at(-1),
    deltas,
  };
}
