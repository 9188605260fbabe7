/** Rendering a template with a request's variables: text, input_text, and media spliced as parts. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/errors.js';
import { render, type PromptVariables } from '../../../src/engine/prompts/render.js';
import type { PromptTemplate } from '../../../src/api-types.js';

const image = {
  type: 'input_image' as const,
  image_url: 'data:image/png;base64,AAAA',
  detail: 'low' as const,
};
const file = { type: 'input_file' as const, file_id: 'file-abc' };

function refusal(template: PromptTemplate, declared: string[], values: PromptVariables | null) {
  try {
    render(template, declared, values);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('rendered');
}

describe('a text template', () => {
  it('renders into instructions: strings and input_text values as text, whitespace in braces allowed', () => {
    expect(
      render('Hi {{name}}, from {{ city }}; hi {{name}}.', ['name', 'city'], {
        name: 'Ada',
        city: { type: 'input_text', text: 'London' },
      }),
    ).toEqual({ instructions: 'Hi Ada, from London; hi Ada.' });
  });

  it('needs no values when it has no placeholders, and keeps literal braces', () => {
    expect(render('Use {{ two words }} and {{', [], null)).toEqual({
      instructions: 'Use {{ two words }} and {{',
    });
  });

  it('does not need a value for a declared variable it does not use', () => {
    expect(render('Hello', ['unused'], undefined)).toEqual({ instructions: 'Hello' });
  });

  it('inserts values literally: a value with braces is not rendered again', () => {
    expect(render('{{a}}', ['a', 'b'], { a: '{{b}}', b: 'x' })).toEqual({ instructions: '{{b}}' });
  });

  it('refuses a missing value naming it, param prompt.variables', () => {
    const error = refusal('Hi {{name}} in {{city}}', ['name', 'city'], { name: 'Ada' });
    expect(error).toMatchObject({
      status: 400,
      param: 'prompt.variables',
      code: 'missing_required_parameter',
    });
    expect(error.message).toContain("'city'");
  });

  it('refuses an unknown variable naming it and the declared ones', () => {
    const error = refusal('Hi {{name}}', ['name'], { name: 'Ada', nmae: 'typo', extra: 'x' });
    expect(error).toMatchObject({ status: 400, param: 'prompt.variables', code: 'invalid_value' });
    expect(error.message).toContain("'nmae', 'extra'");
    expect(error.message).toContain('declares name');
  });

  it('takes only own keys as values: a variable named like an Object member is missing, not a function', () => {
    const error = refusal('{{constructor}} {{toString}}', ['constructor', 'toString'], {});
    expect(error).toMatchObject({ status: 400, code: 'missing_required_parameter' });
    expect(error.message).toContain("'constructor'");
    expect(render('{{constructor}}', ['constructor'], { constructor: 'ok' })).toEqual({ instructions: 'ok' });
  });

  it('refuses an image or a file value: instructions are text', () => {
    for (const value of [image, file]) {
      const error = refusal('Look: {{photo}}', ['photo'], { photo: value });
      expect(error).toMatchObject({ status: 400, param: 'prompt.variables', code: 'invalid_value' });
      expect(error.message).toContain(`'photo' is an ${value.type}`);
      expect(error.message).toContain('user message');
    }
  });
});

describe('a message-list template', () => {
  it('renders every message, as input messages without the template ids and statuses', () => {
    const template: PromptTemplate = [
      { type: 'message', id: 'msg_template', role: 'developer', content: 'You work for {{company}}.' },
      { role: 'system', content: [{ type: 'input_text', text: 'Be {{tone}}.' }] },
      { role: 'user', content: 'My name is {{name}}.' },
      {
        role: 'assistant',
        content: [
          { type: 'output_text', text: 'Hello {{name}}.' },
          { type: 'refusal', refusal: 'no {{name}}' },
        ],
        phase: 'commentary',
        status: 'completed',
      },
    ];
    expect(
      render(template, ['company', 'tone', 'name'], { company: 'Acme', tone: 'brief', name: 'Ada' }),
    ).toEqual({
      messages: [
        { type: 'message', role: 'developer', content: 'You work for Acme.' },
        { type: 'message', role: 'system', content: [{ type: 'input_text', text: 'Be brief.' }] },
        { type: 'message', role: 'user', content: 'My name is Ada.' },
        {
          type: 'message',
          role: 'assistant',
          content: [
            { type: 'output_text', text: 'Hello Ada.' },
            { type: 'refusal', refusal: 'no {{name}}' },
          ],
          phase: 'commentary',
        },
      ],
    });
  });

  it('splices image and file values into a user message as content parts where the placeholder was', () => {
    const rendered = render(
      [{ role: 'user', content: 'Compare {{photo}} with {{doc}} for {{name}}' }],
      ['photo', 'doc', 'name'],
      { photo: image, doc: file, name: 'Ada' },
    );
    expect(rendered).toEqual({
      messages: [
        {
          type: 'message',
          role: 'user',
          content: [
            { type: 'input_text', text: 'Compare ' },
            image,
            { type: 'input_text', text: ' with ' },
            file,
            { type: 'input_text', text: ' for Ada' },
          ],
        },
      ],
    });
  });

  it('keeps the template parts that are no text, and a placeholder alone becomes just the part', () => {
    const templateImage = { type: 'input_image' as const, image_url: 'https://example.com/logo.png' };
    expect(
      render(
        [{ role: 'user', content: [templateImage, { type: 'input_text', text: '{{photo}}' }] }],
        ['photo'],
        {
          photo: image,
        },
      ),
    ).toEqual({ messages: [{ type: 'message', role: 'user', content: [templateImage, image] }] });
  });

  it('refuses a media value in a message that is not a user message', () => {
    for (const role of ['system', 'developer', 'assistant'] as const) {
      const error = refusal([{ role, content: 'See {{photo}}' }], ['photo'], { photo: image });
      expect(error).toMatchObject({ status: 400, param: 'prompt.variables', code: 'invalid_value' });
      expect(error.message).toContain(`a ${role} message`);
    }
  });

  it('refuses a value missing from any message', () => {
    const error = refusal(
      [
        { role: 'developer', content: 'Hi' },
        { role: 'user', content: [{ type: 'input_text', text: '{{question}}' }] },
      ],
      ['question'],
      {},
    );
    expect(error).toMatchObject({ param: 'prompt.variables', code: 'missing_required_parameter' });
    expect(error.message).toContain("'question'");
  });

  it('does not change the stored template', () => {
    const template: PromptTemplate = [{ role: 'user', content: [{ type: 'input_text', text: '{{photo}}' }] }];
    const copy = structuredClone(template);
    const rendered = render(template, ['photo'], { photo: image });
    expect(template).toEqual(copy);
    if ('messages' in rendered) {
      const content = rendered.messages[0]!.content as Array<{ type: string; detail?: string }>;
      content[0]!.detail = 'high';
    }
    expect(image.detail).toBe('low');
  });
});
