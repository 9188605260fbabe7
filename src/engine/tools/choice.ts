/**
 * tool_choice on a chat backend. Each form OpenAI's API allows names one tool of the request — a
 * function (also one inside a namespace: OpenAI's ToolChoiceFunction has only `name`, so the name
 * is the inner one, as the function_call items carry it), a custom tool, shell, apply_patch, a
 * hosted tool — and forces (or, in allowed_tools, allows) the chat function that tool is offered
 * as. A form naming no tool of the request, or a hosted tool the gateway does not run, is a 400
 * naming the field.
 */
import type { ChatCompletionToolChoiceOption } from 'openai/resources/chat/completions';
import type { CreateResponseBody } from '../../api-types.js';
import { badRequest } from '../../errors.js';
import type { components } from '../../generated/types.js';
import { toolType, type Offered } from './hosted.js';
import type { ToolSet } from './registry.js';
import { FILE_SEARCH_FUNCTION } from './file-results.js';
import { WEB_SEARCH_TYPES } from './web-search.js';

type Choice = CreateResponseBody['tool_choice'];
type Target = components['schemas']['SpecificToolChoiceParam'];

/** The hosted tool a type names, of those the gateway runs (web search has several types); else undefined. */
function hostedKind(type: string): string | undefined {
  if ((WEB_SEARCH_TYPES as readonly string[]).includes(type)) return 'web_search';
  return type === FILE_SEARCH_FUNCTION ? 'file_search' : undefined;
}

/** Each tool a choice names, with the field that names it. */
function targets(choice: Choice): Array<[param: string, target: Target]> {
  if (!choice || typeof choice === 'string') return [];
  if (choice.type === 'allowed_tools') return choice.tools.map((t, i) => [`tool_choice.tools[${i}]`, t]);
  return [['tool_choice', choice]];
}

/** The chat function of a client tool a target names (a 400 when it names none); undefined for a hosted one. */
function clientTarget(target: Target, param: string, tools: ToolSet): string | undefined {
  switch (target.type) {
    case 'function':
    case 'custom': {
      const names = tools.chatNamesOf(target.type, target.name);
      if (names.length === 1) return names[0];
      throw badRequest(
        names.length
          ? `tool_choice names '${target.name}', which more than one namespace in tools has.`
          : `tool_choice names '${target.name}', which is not in tools.`,
        `${param}.name`,
        'invalid_value',
      );
    }
    case 'shell':
    case 'apply_patch': {
      const [name] = tools.chatNamesOf(target.type);
      if (name) return name;
      throw badRequest(
        `tool_choice forces the ${target.type} tool, which is not in tools.`,
        `${param}.type`,
        'invalid_value',
      );
    }
    default:
      return undefined;
  }
}

/** The function a hosted target's tool is offered as in this call, if it is. */
function hostedTarget(target: Target, offered: readonly Offered[]): string | undefined {
  return offered.find((o) => o.hosted.types.includes(target.type))?.fn.function.name;
}

/** Checks that every tool a choice names is in `tools` and is one the gateway can run. */
export function checkToolChoice(request: CreateResponseBody, tools: ToolSet): void {
  for (const [param, target] of targets(request.tool_choice)) {
    if (clientTarget(target, param, tools) !== undefined) continue;
    const kind = hostedKind(target.type);
    if (!kind)
      throw badRequest(
        `tool_choice forces the hosted ${target.type} tool, which this gateway does not run.`,
        `${param}.type`,
        'unsupported_value',
      );
    if (!(request.tools ?? []).some((t) => hostedKind(toolType(t)) === kind))
      throw badRequest(
        `tool_choice forces the ${target.type} tool, which is not in tools.`,
        `${param}.type`,
        'invalid_value',
      );
  }
}

/**
 * A forced hosted tool that cannot run (not offered: no backend) cannot be forced — OpenAI would
 * fail to; a 400 rather than a response that silently ignores the choice.
 */
export function checkHostedChoice(
  choice: Choice,
  offered: readonly Offered[],
  notOffered: readonly string[],
): void {
  for (const [param, target] of targets(choice))
    if (hostedKind(target.type) && !hostedTarget(target, offered))
      throw badRequest(
        `tool_choice forces the ${target.type} tool, which cannot run here: ${notOffered.join(', ') || 'not offered'}.`,
        `${param}.type`,
        'invalid_value',
      );
}

/**
 * The chat tool_choice for a request's: named tools become the chat functions they are offered
 * as. A hosted tool not offered in this call (past max_tool_calls) is left to the model's choice,
 * and an allowed set left empty by that allows nothing.
 */
export function toChatToolChoice(
  choice: Choice,
  tools: ToolSet,
  offered: readonly Offered[],
): ChatCompletionToolChoiceOption | undefined {
  if (choice === undefined || choice === null) return undefined;
  if (typeof choice === 'string') return choice;
  const chatName = (target: Target, param: string) =>
    clientTarget(target, param, tools) ?? hostedTarget(target, offered);
  if (choice.type === 'allowed_tools') {
    const names = choice.tools.flatMap((t, i) => chatName(t, `tool_choice.tools[${i}]`) ?? []);
    if (!names.length) return 'none';
    return {
      type: 'allowed_tools',
      allowed_tools: {
        mode: choice.mode === 'required' ? 'required' : 'auto',
        tools: names.map((name) => ({ type: 'function', function: { name } })),
      },
    };
  }
  const name = chatName(choice, 'tool_choice');
  return name ? { type: 'function', function: { name } } : undefined;
}

/**
 * The choice for a model call after hosted tools ran: a tool the choice required (or forced) has
 * been called, so the model may now answer with what it returned instead of calling it forever.
 */
export function afterHostedCalls(choice: Choice): Choice {
  if (choice === 'required') return 'auto';
  if (!choice || typeof choice === 'string') return choice;
  if (choice.type === 'allowed_tools')
    return choice.mode === 'required' ? { ...choice, mode: 'auto' } : choice;
  return hostedKind(choice.type) ? 'auto' : choice;
}
