/**
 * What the model sees of a conversation: the earlier turns (a stored conversation's, or
 * previous_response_id's chain), this request's input normalized, uploaded files inlined, and the
 * oldest turns dropped to fit the context window.
 */
import type { CreateResponseBody, ItemField } from '../../api-types.js';
import { badRequest, notFound } from '../../errors.js';
import type { ConversationsRepository } from '../../store/conversations.js';
import type { FileStore } from '../../store/files.js';
import type { ResponsesRepository, Turn } from '../../store/responses.js';
import { FileInliner } from '../files.js';
import { normalizeInput } from '../input.js';
import { countMessageTokens } from '../tokens.js';
import type { ChatParams } from '../translate.js';

/** What the engine reads of uploaded files (file_id inputs). */
export type UploadedFiles = Pick<FileStore, 'get' | 'readContent'>;

/**
 * The turns of a chain the caller holds itself (a WebSocket connection's responses that were not
 * stored), by the id of its last response; undefined sends the lookup to the store.
 */
export type PreviousTurns = (id: string) => Turn[] | undefined;

export interface HistorySources {
  store: Pick<ResponsesRepository, 'chain' | 'findItem'>;
  conversations: Pick<ConversationsRepository, 'turns'>;
  files: UploadedFiles;
}

export interface Conversation {
  /** Earlier turns, oldest first (the conversation's, or previous_response_id's chain). */
  history: Turn[];
  /** This turn's input items, normalized. */
  input: ItemField[];
}

/** What a request says of where its earlier turns are. */
export type HistoryFields = Pick<CreateResponseBody, 'previous_response_id' | 'conversation' | 'store'>;

/** The id of the conversation a request belongs to (sent as the id, or as `{id}`). */
export function conversationId(field: CreateResponseBody['conversation']): string | undefined {
  if (!field) return undefined;
  return typeof field === 'string' ? field : field.id;
}

/**
 * Refuses what cannot go with a conversation, before anything is read or stored: previous_response_id
 * (OpenAI's message and code), and store: false, since the response's items are appended to it.
 */
export function checkConversation(request: HistoryFields): void {
  if (!conversationId(request.conversation)) return;
  if (request.previous_response_id)
    throw badRequest(
      "Mutually exclusive parameters. Ensure you are only providing one of: 'previous_response_id' or 'conversation'.",
      'conversation',
      'mutually_exclusive_parameters',
    );
  if (request.store === false)
    throw badRequest(
      'A response in a conversation is stored with it: store cannot be false with conversation.',
      'store',
      'invalid_value',
    );
}

export const conversationNotFound = (id: string) =>
  notFound(`Conversation with id '${id}' not found.`, 'conversation');

/**
 * The earlier turns of a request, oldest first: its conversation's as they are now (unknown → 404),
 * or previous_response_id's chain (the caller's own, else the store's; unknown → 404), else none.
 * Only a request that names one costs a query.
 */
export async function earlierTurns(
  sources: Pick<HistorySources, 'store' | 'conversations'>,
  tenant: string,
  request: HistoryFields,
  previous?: PreviousTurns,
): Promise<Turn[]> {
  checkConversation(request);
  const inConversation = conversationId(request.conversation);
  if (inConversation) {
    const turns = await sources.conversations.turns(tenant, inConversation);
    if (!turns) throw conversationNotFound(inConversation);
    return turns;
  }
  const previousId = request.previous_response_id;
  if (!previousId) return [];
  const chain = previous?.(previousId) ?? (await sources.store.chain(tenant, previousId));
  if (!chain.length)
    throw notFound(`Previous response with id '${previousId}' not found.`, 'previous_response_id');
  return chain;
}

/** The earlier turns (earlierTurns) and this request's input, normalized. */
export async function conversation(
  sources: HistorySources,
  tenant: string,
  request: HistoryFields & Pick<CreateResponseBody, 'input'>,
  previous?: PreviousTurns,
): Promise<Conversation> {
  const history = await earlierTurns(sources, tenant, request, previous);
  const input = await normalizeInput(request.input, {
    item: (id) => sources.store.findItem(tenant, id),
    file: async (id) => {
      const found = await sources.files.get(tenant, id);
      return found && { filename: found.file.filename, mimeType: found.mimeType, size: found.file.bytes };
    },
  });
  return { history, input };
}

/**
 * The turns and input as an upstream must see them: uploaded files inlined (engine/files.ts). A
 * file that is gone is named by the field the earlier turns came from.
 */
export async function withFiles(
  files: UploadedFiles,
  tenant: string,
  { history, input }: Conversation,
  request: HistoryFields,
): Promise<Conversation> {
  const inliner = new FileInliner((id) => files.readContent(tenant, id));
  const from = conversationId(request.conversation) ? 'conversation' : 'previous_response_id';
  const [turns, items] = await Promise.all([
    Promise.all(
      history.map(async (turn) => ({
        ...turn,
        input: await inliner.inline(turn.input, from),
      })),
    ),
    inliner.inline(input, 'input'),
  ]);
  return { history: turns, input: items };
}

/** Every earlier turn's input and output, in order, then this turn's input. */
export function itemsOf({ history, input }: Conversation): ItemField[] {
  return [...history.flatMap((t) => [...t.input, ...t.output]), ...input];
}

export interface Window {
  /** The model's context window in tokens, if configured. */
  tokens: number | undefined;
  request: Pick<CreateResponseBody, 'model' | 'max_output_tokens' | 'truncation'>;
  /** The chat request these items make (to count its tokens). */
  params: (items: ItemField[]) => ChatParams;
}

/**
 * What the model sees this turn: earlier turns then this input, the oldest turns dropped
 * (truncation: auto) to fit the model's context window when one is configured. This turn's items
 * are never dropped: when they alone do not fit, it is a 400 (context_length_exceeded).
 */
export async function fitWindow(conversation: Conversation, window: Window): Promise<Conversation> {
  const { request } = window;
  let turns = conversation.history;
  for (;;) {
    const fitted = { history: turns, input: conversation.input };
    if (!window.tokens) return fitted;
    const params = window.params(itemsOf(fitted));
    const budget = window.tokens - (request.max_output_tokens ?? 0);
    const tokens = await countMessageTokens(params.messages, params.tools);
    if (tokens <= budget) return fitted;
    if (request.truncation !== 'auto' || !turns.length) {
      throw badRequest(
        `The input (${tokens} tokens${request.max_output_tokens ? ` plus max_output_tokens` : ''}) exceeds the context window of ${request.model} (${window.tokens} tokens).` +
          (request.truncation === 'auto' ? '' : ' Set truncation to "auto" to drop the oldest turns.'),
        'input',
        'context_length_exceeded',
      );
    }
    turns = turns.slice(1);
  }
}
