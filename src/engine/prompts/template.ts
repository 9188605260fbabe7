/**
 * Prompt templates: text, or a list of input messages, with `{{name}}` placeholders in their text.
 * A placeholder is found as Llama Stack finds it (`{{\s*(\w+)\s*}}`): whitespace inside the braces
 * is allowed (`{{ name }}` is `{{name}}`), and the name is an identifier, as the contract's variable
 * names are. Anything else is literal text: `{{`, `{{ two words }}` or `{{1}}` stay as written, and
 * there is no escape, since a template has no other syntax that would need one.
 */
import type { PromptTemplate } from '../../api-types.js';
import { badRequest } from '../../errors.js';

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** A piece of template text: literal text, or the placeholder of a variable. */
export type Segment = { text: string } | { variable: string };

/** The text cut at its placeholders, in order; literal pieces are never empty. */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > at) out.push({ text: text.slice(at, match.index) });
    out.push({ variable: match[1]! });
    at = match.index + match[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/**
 * Every text of a template that placeholders may be in: the template itself, or each message's
 * string content and text parts (input_text, output_text). Refusals and files are taken as written.
 */
export function textsOf(template: PromptTemplate): string[] {
  if (typeof template === 'string') return [template];
  return template.flatMap((message) => {
    if (typeof message.content === 'string') return [message.content];
    return message.content.flatMap((part) => ('text' in part ? [part.text] : []));
  });
}

/** The variables a template's placeholders name, each once, in the order they first appear. */
export function placeholdersOf(template: PromptTemplate): string[] {
  const names = new Set<string>();
  for (const text of textsOf(template))
    for (const segment of segments(text)) if ('variable' in segment) names.add(segment.variable);
  return [...names];
}

/**
 * At create and update: every placeholder must be a declared variable (400 naming the first that is
 * not, param `prompt`). A declared variable the template does not use is fine, as in Llama Stack.
 */
export function checkDeclared(template: PromptTemplate, variables: readonly string[]): void {
  const declared = new Set(variables);
  const undeclared = placeholdersOf(template).filter((name) => !declared.has(name));
  if (undeclared.length)
    throw badRequest(
      `The template uses ${undeclared.map((n) => `{{${n}}}`).join(', ')}, not declared in variables` +
        ` (declared: ${variables.length ? variables.join(', ') : 'none'}).`,
      'prompt',
      'invalid_value',
    );
}
