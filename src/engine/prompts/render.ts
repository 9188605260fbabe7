/**
 * Rendering a prompt template with a request's variables (`prompt.variables`). A value is a string,
 * or an input content part: input_text is its text; input_image and input_file are spliced into
 * the message as content parts where the placeholder was. Only a user message can take those: a
 * text template becomes the request's instructions, and system, developer and assistant messages
 * carry text only (in the contract, and on a chat backend), so a media value there is a 400 rather
 * than an image the model would silently never see.
 */
import type { PromptMessage, PromptTemplate, PromptVariables as Variables } from '../../api-types.js';
import { badRequest } from '../../errors.js';
import { segments } from './template.js';

export type PromptVariables = NonNullable<Variables>;
type VariableValue = PromptVariables[string];
type UserMessage = Extract<PromptMessage, { role: 'user' }>;
type UserPart = Exclude<UserMessage['content'], string>[number];
type MediaPart = Exclude<VariableValue, string | { type: 'input_text' }>;

/** A template rendered: text for the instructions, or the messages that lead the input. */
export type Rendered = { instructions: string } | { messages: PromptMessage[] };

const PARAM = 'prompt.variables';

/** The text a value stands for, or the media part it is. */
function valueOf(values: PromptVariables, name: string): string | MediaPart {
  // Own keys only: a variable named like an Object.prototype member (constructor) is no value.
  const value = Object.hasOwn(values, name) ? values[name] : undefined;
  if (value === undefined)
    throw badRequest(
      `Missing value for prompt variable '${name}': the template uses it.`,
      PARAM,
      'missing_required_parameter',
    );
  if (typeof value === 'string') return value;
  return value.type === 'input_text' ? value.text : value;
}

function mediaRefused(name: string, value: MediaPart, where: string): never {
  throw badRequest(
    `Prompt variable '${name}' is an ${value.type}, which ${where} cannot take: only a user message` +
      ' of a message-list template can (a text template is the request\u2019s instructions, text only).',
    PARAM,
    'invalid_value',
  );
}

/** Text with its placeholders filled by text values; a media value is refused there. */
function renderText(text: string, values: PromptVariables, where: string): string {
  return segments(text)
    .map((s) => {
      if ('text' in s) return s.text;
      const value = valueOf(values, s.variable);
      return typeof value === 'string' ? value : mediaRefused(s.variable, value, where);
    })
    .join('');
}

/** A user message's text as parts: text values joined into the text, media values as their own parts. */
function renderUserText(text: string, values: PromptVariables): UserPart[] {
  const parts: UserPart[] = [];
  let pending = '';
  for (const s of segments(text)) {
    const value = 'text' in s ? s.text : valueOf(values, s.variable);
    if (typeof value === 'string') {
      pending += value;
      continue;
    }
    if (pending) parts.push({ type: 'input_text', text: pending });
    pending = '';
    parts.push(structuredClone(value));
  }
  if (pending || !parts.length) parts.push({ type: 'input_text', text: pending });
  return parts;
}

function renderUser(message: UserMessage, values: PromptVariables): UserMessage['content'] {
  if (typeof message.content === 'string') {
    const parts = renderUserText(message.content, values);
    // A string stays a string when nothing but text went into it.
    const only = parts.length === 1 ? parts[0] : undefined;
    return only?.type === 'input_text' ? only.text : parts;
  }
  return message.content.flatMap((part) =>
    part.type === 'input_text' ? renderUserText(part.text, values) : [structuredClone(part)],
  );
}

/** A message rendered, as new input: without the template's id and status, with every other field. */
function renderMessage(message: PromptMessage, values: PromptVariables): PromptMessage {
  const { id: _id, status: _status, ...rest } = message;
  const where = `a ${message.role} message`;
  switch (rest.role) {
    case 'user':
      return { ...rest, type: 'message', content: renderUser(rest, values) };
    case 'assistant': {
      const content =
        typeof rest.content === 'string'
          ? renderText(rest.content, values, where)
          : rest.content.map((p) =>
              p.type === 'output_text' ? { ...p, text: renderText(p.text, values, where) } : { ...p },
            );
      return { ...rest, type: 'message', content };
    }
    default: {
      const content =
        typeof rest.content === 'string'
          ? renderText(rest.content, values, where)
          : rest.content.map((p) => ({ ...p, text: renderText(p.text, values, where) }));
      return { ...rest, type: 'message', content };
    }
  }
}

/**
 * The template with the request's values: every value must name a declared variable (else 400
 * naming it), and every placeholder must have a value (else 400 naming it), both param
 * `prompt.variables`. The template's own message ids and statuses are dropped: each use is new input.
 */
export function render(
  template: PromptTemplate,
  declared: readonly string[],
  given: PromptVariables | null | undefined,
): Rendered {
  const values = given ?? {};
  const known = new Set(declared);
  const unknown = Object.keys(values).filter((name) => !known.has(name));
  if (unknown.length)
    throw badRequest(
      `Unknown prompt variable${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `'${n}'`).join(', ')}:` +
        ` the prompt declares ${declared.length ? declared.join(', ') : 'none'}.`,
      PARAM,
      'invalid_value',
    );
  if (typeof template === 'string') return { instructions: renderText(template, values, 'a text template') };
  return { messages: template.map((message) => renderMessage(message, values)) };
}
