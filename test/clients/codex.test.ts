/**
 * Stock Codex CLI (`codex exec`, @openai/codex 0.171.0, the current release; its native binary
 * comes from the registry as the platform's optional dependency) against the gateway in front of the
 * fake chat-only upstream, with the custom-provider config.toml in ./codex.ts. Codex exits 0 with the
 * model's reply, and runs the shell commands the model asks for and sends their output back.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCodex, type Codex } from './codex.js';
import { chatRequests, startClientStack, type ClientStack } from './stack.js';

let stack: ClientStack;
let codex: Codex;

beforeAll(async () => {
  stack = await startClientStack();
  codex = startCodex(stack.base);
});
afterAll(async () => {
  codex?.close();
  await stack?.close();
});

describe('Codex CLI over HTTP', { timeout: 60_000 }, () => {
  it('completes a turn with the model reply', async () => {
    const run = await codex.exec('REPLY hello from the gateway');
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.reply).toBe('hello from the gateway');
  });

  it('runs the shell command the model calls and sends its output back', async () => {
    const run = await codex.exec('CALL exec_command {"cmd":"echo $((6*7))","login":false}');
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.items.find((i) => i.type === 'command_execution')).toMatchObject({
      command: expect.stringContaining('echo $((6*7))'),
      exit_code: 0,
    });
    expect(run.reply).toMatch(/^Tools said: [\s\S]*Output:\n42\n$/);
    const last = chatRequests(stack).at(-1)!;
    expect(last.messages.at(-1)).toMatchObject({ role: 'tool', tool_call_id: 'call_fake_1' });
  });

  it("keeps a reasoning model's thinking through a shell round trip", async () => {
    const run = await codex.exec('CALL exec_command {"cmd":"echo $((6*7))","login":false}', [
      '-m',
      'fake-reasoner',
    ]);
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.items.map((i) => i.type)).toEqual([
      'reasoning',
      'command_execution',
      'reasoning',
      'agent_message',
    ]);
    expect(run.items[0]!.text).toBe(
      'Thinking about CALL exec_command {"cmd":"echo $((6*7))","login":false}.',
    );
    expect(run.reply).toMatch(/Output:\n42\n$/);
  });

  it('applies the patch the model writes with the custom apply_patch tool', async () => {
    // Codex offers apply_patch as a custom (free-form, lark grammar) tool to models it knows.
    const patch = '*** Begin Patch\n*** Add File: hello.txt\n+hi from the model\n*** End Patch\n';
    const run = await codex.exec(`CALL apply_patch ${patch}`, ['-m', 'gpt-5.5']);
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(readFileSync(join(codex.workdir, 'hello.txt'), 'utf8')).toBe('hi from the model\n');
    const [call, answer] = chatRequests(stack).slice(-2);
    expect(call!.tools!.map((t) => t.function.name)).toContain('apply_patch');
    expect(answer!.messages.at(-1)).toMatchObject({ role: 'tool', tool_call_id: 'call_fake_1' });
    expect(run.reply).toMatch(/^Tools said: /);
  });

  it('calls a function of its multi_agent_v1 namespace and sends the result back', async () => {
    const run = await codex.exec('CALL close_agent {"target":"no-such-agent"}');
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    const [call, answer] = chatRequests(stack).slice(-2);
    const offered = call!.tools!.map((t) => t.function.name);
    expect(offered.filter((name) => name.endsWith('close_agent'))).toHaveLength(1);
    expect(answer!.messages.at(-1)).toMatchObject({ role: 'tool', tool_call_id: 'call_fake_1' });
    expect(run.reply).toMatch(/^Tools said: /);
  });

  it('answers in the shape --output-schema asks for', async () => {
    const schema = join(codex.workdir, '..', 'schema.json');
    writeFileSync(
      schema,
      JSON.stringify({
        type: 'object',
        properties: {
          status: { enum: ['ok', 'failed'] },
          files: { type: 'array', items: { type: 'string' } },
        },
        required: ['status', 'files'],
        additionalProperties: false,
      }),
    );
    const run = await codex.exec('Report on the build.', ['--output-schema', schema]);
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.reply ?? '')).toEqual({ status: 'ok', files: ['sample'] });
    expect(chatRequests(stack).at(-1)?.response_format).toMatchObject({ type: 'json_schema' });
  });
});
