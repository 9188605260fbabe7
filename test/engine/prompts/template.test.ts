/** Placeholders in prompt templates, and the check every template passes at create and update. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/errors.js';
import { checkDeclared, placeholdersOf, segments } from '../../../src/engine/prompts/template.js';

describe('segments', () => {
  it('cuts text at its placeholders', () => {
    expect(segments('Hello {{name}}, from {{city}}.')).toEqual([
      { text: 'Hello ' },
      { variable: 'name' },
      { text: ', from ' },
      { variable: 'city' },
      { text: '.' },
    ]);
  });

  it('allows whitespace inside the braces, newlines and tabs too', () => {
    expect(segments('{{ name }}|{{\tcity\n}}')).toEqual([
      { variable: 'name' },
      { text: '|' },
      { variable: 'city' },
    ]);
  });

  it('keeps braces that are no placeholder as literal text', () => {
    for (const text of ['{{', 'a {{ b', '{{two words}}', '{{1st}}', '{{}}', '{ {x} }', 'x}}'])
      expect(segments(text)).toEqual([{ text }]);
  });

  it('finds the placeholder inside extra braces, keeping the extra ones', () => {
    expect(segments('{{{name}}}')).toEqual([{ text: '{' }, { variable: 'name' }, { text: '}' }]);
  });

  it('is empty for empty text', () => {
    expect(segments('')).toEqual([]);
  });
});

describe('placeholdersOf', () => {
  it('names each variable once, in order of first use', () => {
    expect(placeholdersOf('{{b}} {{a}} {{b}}')).toEqual(['b', 'a']);
  });

  it('reads every text of a message-list template: string content and text parts', () => {
    expect(
      placeholdersOf([
        { role: 'developer', content: 'You help {{company}}.' },
        {
          role: 'user',
          content: [
            { type: 'input_text', text: 'About {{topic}}' },
            { type: 'input_image', image_url: 'https://example.com/{{not_a_text}}.png' },
          ],
        },
        {
          role: 'assistant',
          content: [
            { type: 'output_text', text: 'Sure, {{name}}.' },
            { type: 'refusal', refusal: '{{refused}}' },
          ],
        },
      ]),
    ).toEqual(['company', 'topic', 'name']);
  });
});

describe('checkDeclared', () => {
  it('accepts a template whose placeholders are all declared, and unused declarations', () => {
    expect(() => checkDeclared('Hi {{ name }}', ['name', 'unused'])).not.toThrow();
    expect(() => checkDeclared('No variables', [])).not.toThrow();
  });

  it('is a 400 naming every undeclared placeholder, param prompt', () => {
    let error: unknown;
    try {
      checkDeclared('{{name}} in {{city}} on {{day}}', ['name']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, param: 'prompt', code: 'invalid_value' });
    expect((error as ApiError).message).toContain('{{city}}, {{day}}');
    expect((error as ApiError).message).toContain('declared: name');
  });

  it('checks the messages of a message-list template', () => {
    expect(() => checkDeclared([{ role: 'user', content: 'About {{topic}}' }], [])).toThrow(
      /\{\{topic\}\}.*declared: none/,
    );
  });
});
