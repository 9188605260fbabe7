/**
 * A request's `prompt` ({id, version, variables}) resolved and rendered into the request itself: a
 * text template into its instructions, a message-list template into the messages that lead its
 * input. What admission hands on is an ordinary request (stored as such, and run as such by the
 * background runner), with `prompt.version` set to the version it was rendered from.
 */
import type { CreateResponseBody } from '../../api-types.js';
import { badRequest, notFound } from '../../errors.js';
import type { PromptsRepository } from '../../store/prompts.js';
import { render } from '../prompts/render.js';

export type PromptSource = Pick<PromptsRepository, 'get'>;

type Input = NonNullable<CreateResponseBody['input']>;

/** `prompt.version` as sent (a string, as OpenAI types it): a version number, or the default. */
function versionOf(version: string | null | undefined): number | undefined {
  if (version === undefined || version === null) return undefined;
  if (!/^[1-9][0-9]{0,8}$/.test(version))
    throw badRequest(
      `Invalid 'prompt.version': '${version}' is not a version number (1, 2, …).`,
      'prompt.version',
      'invalid_value',
    );
  return Number(version);
}

/**
 * The request with its prompt rendered in (unchanged without one). Unknown prompt → 404 param
 * `prompt`, unknown version → 404 param `prompt.version`. The template's text comes before the
 * request's own instructions, which add to it (OpenAI: a request's instructions take priority over
 * prompting in its input; here both reach the model as one system message, the request's last).
 */
export async function withPrompt(
  prompts: PromptSource,
  tenant: string,
  request: CreateResponseBody,
): Promise<CreateResponseBody> {
  const prompt = request.prompt;
  if (!prompt) return request;
  const version = versionOf(prompt.version);
  const found = await prompts.get(tenant, prompt.id, version);
  if (!found) {
    if (version !== undefined && (await prompts.get(tenant, prompt.id)))
      throw notFound(`Prompt '${prompt.id}' has no version ${version}.`, 'prompt.version');
    throw notFound(`Prompt with id '${prompt.id}' not found.`, 'prompt');
  }
  const rendered = render(found.prompt, found.variables, prompt.variables);
  const pinned = { ...prompt, version: String(found.version) };
  if ('instructions' in rendered) {
    const instructions = [rendered.instructions, request.instructions].filter(Boolean).join('\n\n');
    return { ...request, prompt: pinned, instructions };
  }
  const input: Input =
    typeof request.input === 'string'
      ? [{ type: 'message', role: 'user', content: request.input }]
      : (request.input ?? []);
  return { ...request, prompt: pinned, input: [...rendered.messages, ...input] };
}
