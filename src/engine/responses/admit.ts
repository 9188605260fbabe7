/** Admission: a request is checked, routed, and given its history, input and starting Response. */
import type { CreateResponseBody, ItemField, ResponseResource } from '../../api-types.js';
import { badRequest } from '../../errors.js';
import { newId } from '../../ids.js';
import type { ProviderRegistry, Route } from '../../providers/registry.js';
import type { Turn } from '../../store/responses.js';
import { checkHostedChoice } from '../tools/choice.js';
import type { HostedTools, Offered } from '../tools/hosted.js';
import { checkSupported } from '../translate.js';
import { checkConversation, conversation, type HistorySources, type PreviousTurns } from './history.js';
import { withPrompt, type PromptSource } from './prompt.js';
import { baseResponse } from './resource.js';

/** A request that passed validation, with its route and history. */
export interface Admitted {
  tenant: string;
  request: CreateResponseBody;
  route: Route;
  /** Earlier turns, oldest first (the conversation's, or previous_response_id's chain). */
  history: Turn[];
  /** This turn's input items, normalized. */
  input: ItemField[];
  response: ResponseResource;
  /** The hosted tools offered to a chat model, by function name. */
  offered: Map<string, Offered>;
  /** The request's hosted tools that could not be offered, and why (for the access log). */
  notOffered: string[];
}

export interface AdmitSources extends HistorySources {
  providers: ProviderRegistry;
  hosted: HostedTools;
  prompts: PromptSource;
}

/** The contract lets `model` be null (as OpenAI's does); a response still needs one. */
export function requiredModel(model: string | null | undefined): string {
  if (!model) throw badRequest("Missing required parameter: 'model'.", 'model', 'missing_required_parameter');
  return model;
}

export async function admit(
  sources: AdmitSources,
  tenant: string,
  sent: CreateResponseBody,
  previous?: PreviousTurns,
): Promise<Admitted> {
  checkSupported(sent);
  checkConversation(sent);
  const request = await withPrompt(sources.prompts, tenant, sent);
  const route = await sources.providers.route(requiredModel(request.model));
  const { history, input } = await conversation(sources, tenant, request, previous);
  // A prompt alone is a request (OpenAI's examples send no input): its template is what the model hears.
  if (!input.length && !history.length && !request.prompt)
    throw badRequest("Missing required parameter: 'input'.", 'input', 'missing_required_parameter');
  const response = baseResponse(newId('resp'), request);
  // A provider that speaks Responses itself runs its hosted tools itself.
  const native = route.provider.nativeResponses;
  const offered = native ? new Map<string, Offered>() : sources.hosted.offers(request);
  const notOffered = native ? [] : sources.hosted.notOffered(request);
  if (!native) {
    checkHostedChoice(request.tool_choice, [...offered.values()], notOffered);
    // Before anything is stored (a background response too) or the model is called.
    await sources.hosted.check(request, tenant);
  }
  return { tenant, request, route, history, input, response, offered, notOffered };
}
