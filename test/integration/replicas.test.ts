/**
 * Two gateway processes on one database, the official openai SDK talking to both: a background job
 * is run by exactly one of them, a response running on one streams from the other, a chain continues
 * on either, and a replica killed with -9 leaves nothing behind that the other does not settle.
 *
 * Each replica has a fake upstream of its own, so that the model calls a test sees say which replica
 * made them. Both run one background job at a time (BACKGROUND_CONCURRENCY=1), which lets a test
 * know who will claim what: a job queued while both are busy waits for the first one free.
 */
import { toFile, type default as OpenAI } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from '../../scripts/fake-upstream.js';
import { freshDatabaseUrl, postgresUrl, testDialect } from '../support/database.js';
import { killReplicas, startReplica, type Replica } from './replica.js';

type Event = OpenAI.Responses.ResponseStreamEvent;

// A lease long enough that a replica on a busy machine renews it in time; the sweep looks often.
const LEASE_SECONDS = 2;
const SETTLED = { timeout: 30_000, interval: 200 };

interface Node {
  replica: Replica;
  upstream: FakeUpstream;
}

interface Message {
  role: string;
  content: unknown;
}

/** The model calls whose last user message carries `marker`, by replica. */
function callsWith(nodes: Node[], marker: string): Array<{ replica: string; messages: Message[] }> {
  return nodes.flatMap(({ replica, upstream }) =>
    upstream.requests
      .filter((r) => r.path === '/v1/chat/completions')
      .map((r) => (r.body as { messages: Message[] }).messages)
      .filter((messages) => messages.findLast((m) => m.role === 'user')?.content === marker)
      .map((messages) => ({ replica: replica.name, messages })),
  );
}

/** The replica whose upstream got the model call for `marker`, once it has. */
async function runnerOf(nodes: Node[], marker: string): Promise<Node> {
  await expect.poll(() => callsWith(nodes, marker).length, SETTLED).toBe(1);
  const { replica } = callsWith(nodes, marker)[0]!;
  return nodes.find((n) => n.replica.name === replica)!;
}

async function collect(stream: AsyncIterable<Event>, until?: (events: Event[]) => boolean): Promise<Event[]> {
  const events: Event[] = [];
  for await (const event of stream) {
    events.push(event);
    if (until?.(events)) break;
  }
  return events;
}

/** Every event until the stream ends or fails (the SDK raises an `error` event as an APIError). */
async function collectUntilError(stream: AsyncIterable<Event>): Promise<{ events: Event[]; error: unknown }> {
  const events: Event[] = [];
  try {
    for await (const event of stream) events.push(event);
    return { events, error: undefined };
  } catch (error) {
    return { events, error };
  }
}

const numbers = (events: Event[]) => events.map((e) => e.sequence_number);
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

function replicaSuite(dialect: string, databaseUrl: () => Promise<string>) {
  describe(`two replicas on one ${dialect} database`, { timeout: 60_000 }, () => {
    let a: Node;
    let b: Node;
    let nodes: Node[];

    beforeAll(async () => {
      const url = await databaseUrl();
      const start = async (name: string): Promise<Node> => {
        const upstream = await startFakeUpstream();
        const replica = await startReplica(name, {
          DATABASE_URL: url,
          OPENAI_BASE_URL: upstream.url,
          OPENAI_API_KEY: 'sk-upstream',
          LOG_LEVEL: 'warn',
          BACKGROUND_CONCURRENCY: '1',
          BACKGROUND_LEASE: String(LEASE_SECONDS),
          BACKGROUND_SWEEP: '0.2',
          SHUTDOWN_TIMEOUT: '1',
        });
        return { replica, upstream };
      };
      // Both at once, on a database neither has migrated yet: as replicas of a new deployment start.
      [a, b] = await Promise.all([start('A'), start('B')]);
      nodes = [a, b];
    }, 180_000);

    afterAll(async () => {
      await killReplicas();
      await Promise.all(nodes?.map((n) => n.upstream.close()) ?? []);
    });

    it('runs each background response once, on one replica, wherever it was created', async () => {
      const markers = range(0, 8).map((i) => `job ${i}`);
      const created = await Promise.all(
        markers.map((input, i) =>
          nodes[i % 2]!.replica.client.responses.create({ model: 'fake-model', input, background: true }),
        ),
      );
      for (const [i, { id }] of created.entries()) {
        // Read from the replica that did not take the request: the outcome is in the shared store.
        const other = nodes[(i + 1) % 2]!.replica.client;
        await expect.poll(async () => (await other.responses.retrieve(id)).status, SETTLED).toBe('completed');
        expect((await other.responses.retrieve(id)).output_text).toBe(`You said: ${markers[i]}`);
      }
      for (const marker of markers) expect(callsWith(nodes, marker)).toHaveLength(1);
    });

    it('streams a background response running on one replica from the other, resuming after N', async () => {
      const { id } = await a.replica.client.responses.create({
        model: 'slow-stream',
        input: 'count',
        background: true,
      });
      const runner = await runnerOf(nodes, 'count');
      const other = nodes.find((n) => n !== runner)!;
      // The first few events, from the replica running it; the rest from the other, while it runs.
      const head = await collect(
        await runner.replica.client.responses.retrieve(id, { stream: true }),
        (events) => events.filter((e) => e.type === 'response.output_text.delta').length === 3,
      );
      const after = head.at(-1)!.sequence_number;
      expect((await other.replica.client.responses.retrieve(id)).status).toBe('in_progress');
      const tail = await collect(
        await other.replica.client.responses.retrieve(id, { stream: true, starting_after: after }),
      );

      expect(numbers(head)).toEqual(range(0, head.length));
      expect(numbers(tail)).toEqual(range(after + 1, tail.length));
      expect(tail.at(-1)!.type).toBe('response.completed');
      const text = [...head, ...tail]
        .flatMap((e) => (e.type === 'response.output_text.delta' ? [e.delta] : []))
        .join('');
      expect(text).toBe(range(0, 100).join(' ') + ' ');
      // What the other replica streamed live is what either replays now.
      const replay = await collect(await runner.replica.client.responses.retrieve(id, { stream: true }));
      expect(replay).toEqual([...head, ...tail]);
      expect(callsWith(nodes, 'count')).toHaveLength(1);
    });

    it('continues a chain on whichever replica takes the next turn, with the whole history', async () => {
      const turn = (node: Node, input: string, previous?: string) =>
        node.replica.client.responses.create({ model: 'fake-model', input, previous_response_id: previous });
      const first = await turn(a, 'turn one');
      const second = await turn(b, 'turn two', first.id);
      const third = await turn(a, 'turn three', second.id);

      expect(third.output_text).toBe('You said: turn three');
      const history = (said: string[]) =>
        said.flatMap((text) => [
          { role: 'user', content: text },
          { role: 'assistant', content: `You said: ${text}` },
        ]);
      const sent = (marker: string) =>
        callsWith(nodes, marker).map(({ replica, messages }) => ({
          replica,
          messages: messages.map(({ role, content }) => ({ role, content })),
        }));
      expect(sent('turn two')).toEqual([
        {
          replica: 'B',
          messages: [...history(['turn one']), { role: 'user', content: 'turn two' }],
        },
      ]);
      expect(sent('turn three')).toEqual([
        {
          replica: 'A',
          messages: [...history(['turn one', 'turn two']), { role: 'user', content: 'turn three' }],
        },
      ]);
      const chained = await b.replica.client.responses.retrieve(third.id);
      expect(chained.previous_response_id).toBe(second.id);
    });

    it("serves a file uploaded to one replica from the other, as a download and as a response's input", async () => {
      const bytes = Buffer.from('notes kept by replica A\n'.repeat(4096));
      const file = await a.replica.client.files.create({
        file: await toFile(bytes, 'notes.txt', { type: 'text/plain' }),
        purpose: 'user_data',
      });
      const downloaded = await b.replica.client.files.content(file.id);
      expect(Buffer.from(await downloaded.arrayBuffer()).equals(bytes)).toBe(true);

      await b.replica.client.responses.create({
        model: 'fake-model',
        input: [
          {
            role: 'user',
            content: [
              { type: 'input_file', file_id: file.id },
              { type: 'input_text', text: 'read the notes' },
            ],
          },
        ],
      });
      const [call] = b.upstream.requests.filter((r) => JSON.stringify(r.body).includes('read the notes'));
      expect(JSON.stringify(call?.body)).toContain('notes kept by replica A');
    });

    // Last: it kills a replica.
    it('after a kill -9, the survivor fails the run it left streaming once its lease ran out, and runs the job it left queued', async () => {
      // The survivor is kept busy, so that the job queued next is the doomed replica's to run.
      const busy = await b.replica.client.responses.create({
        model: 'stall-stream',
        input: 'keep busy',
        background: true,
      });
      const survivor = await runnerOf(nodes, 'keep busy');
      const doomed = nodes.find((n) => n !== survivor)!;
      const running = await doomed.replica.client.responses.create({
        model: 'stall-stream',
        input: 'left running',
        background: true,
      });
      expect((await runnerOf(nodes, 'left running')).replica.name).toBe(doomed.replica.name);
      const followed = collectUntilError(
        await survivor.replica.client.responses.retrieve(running.id, { stream: true }),
      );
      // Both replicas run a job each: this one waits in the queue.
      const queued = await doomed.replica.client.responses.create({
        model: 'fake-model',
        input: 'left queued',
        background: true,
      });
      expect((await survivor.replica.client.responses.retrieve(queued.id)).status).toBe('queued');

      // Its output has begun: a run that had streamed nothing yet would be queued again instead.
      for await (const event of await survivor.replica.client.responses.retrieve(running.id, {
        stream: true,
      }))
        if (event.type === 'response.output_text.delta') break;
      await doomed.replica.kill();
      const client = survivor.replica.client;
      await client.responses.cancel(busy.id);

      await expect
        .poll(async () => (await client.responses.retrieve(queued.id)).status, SETTLED)
        .toBe('completed');
      expect(callsWith(nodes, 'left queued')).toMatchObject([{ replica: survivor.replica.name }]);
      await expect
        .poll(async () => (await client.responses.retrieve(running.id)).status, SETTLED)
        .toBe('failed');
      expect((await client.responses.retrieve(running.id)).error?.code).toBe('server_error');
      // The stream that followed it from the survivor ends with the failure, with no gap before it.
      const { events, error } = await followed;
      expect(numbers(events)).toEqual(range(0, events.length));
      expect(events.map((e) => e.type)).toContain('response.in_progress');
      expect(error).toMatchObject({ code: 'server_error' });
      // It is failed, not run again.
      expect(callsWith(nodes, 'left running')).toHaveLength(1);
    });
  });
}

// The dialect under test (SQLite: one file both processes open), and PostgreSQL, what replicas are for, always.
replicaSuite(testDialect === 'postgres' ? 'PostgreSQL' : 'SQLite', () => freshDatabaseUrl({ file: true }));
if (testDialect !== 'postgres') replicaSuite('PostgreSQL', postgresUrl);
