/**
 * What the model sees of a conversation: the earlier turns (previous_response_id), this request's
 * input normalized, uploaded files inlined, and the oldest turns dropped to fit the context window.
 */
import type { CreateResponseBody, ItemField } from '../../api-types.js';
import { badRequest, notFound } from '../../errors.js';
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
  files: UploadedFiles;
}

export interface Conversation {
  /** Earlier turns, oldest first (previous_response_id). */
  history: Turn[];
  /** This turn's input items, normalized. */
  input: ItemField[];
}

/** The earlier turns (previous_response_id; unknown → 404) and this request's input, normalized. */
export async function conversation(
  sources: HistorySources,
  tenant: string,
  request: Pick<CreateResponseBody, 'previous_response_id' | 'input'>,
  previous?: PreviousTurns,
): Promise<Conversation> {
  const previousId = request.previous_response_id;
  let history: Turn[] = [];
  if (previousId) {
    history = previous?.(previousId) ?? (await sources.store.chain(tenant, previousId));
    if (!history.length)
      throw notFound(`Previous response with id '${previousId}' not found.`, 'previous_response_id');
  }
  const input = await normalizeInput(request.input, {
    item: (id) => sources.store.findItem(tenant, id),
    file: async (id) => {
      const found = await sources.files.get(tenant, id);
      return found && { filename: found.file.filename, mimeType: found.mimeType, size: found.file.bytes };
    },
  });
  return { history, input };
}

/** The turns and input as an upstream must see them: uploaded files inlined (engine/files.ts). */
export async function withFiles(
  files: UploadedFiles,
  tenant: string,
  { history, input }: Conversation,
): Promise<Conversation> {
  const inliner = new FileInliner((id) => files.readContent(tenant, id));
  const [turns, items] = await Promise.all([
    Promise.all(
      history.map(async (turn) => ({
        ...turn,
        input: await inliner.inline(turn.input, 'previous_response_id'),
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
