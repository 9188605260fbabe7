/**
 * The Conversations API without HTTP: a conversation and its items, per tenant. Items sent here are
 * normalized as a response's input items are (ids, statuses, content parts, item_reference resolved,
 * file_id checked), so a conversation holds the same item model the Responses engine stores and
 * reads back as context. Reads show items through `include` (include.ts).
 */
import type { ConversationResource, CreateResponseBody, ItemField } from '../../api-types.js';
import { badRequest, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import type { ConversationsRepository } from '../../store/conversations.js';
import type { FileStore } from '../../store/files.js';
import type { Page, PageQuery } from '../../store/pagination.js';
import type { ResponsesRepository } from '../../store/responses.js';
import { normalizeInput, storedLookups } from '../input.js';
import { itemView, type IncludeValue } from './include.js';

/** OpenAI's limit on the items of one create call (of a conversation, or of items). */
export const MAX_ITEMS_PER_CALL = 20;

/** Items as a client sends them (OpenAI's InputItem list). */
export type ItemParams = Exclude<CreateResponseBody['input'], string>;
export type Metadata = ConversationResource['metadata'];
type Include = readonly IncludeValue[] | undefined;

export interface ConversationSources {
  conversations: ConversationsRepository;
  /** For item_reference: an item of any response or conversation of the tenant. */
  items: Pick<ResponsesRepository, 'findItem'>;
  /** For file_id parts: the tenant's uploaded files. */
  files: Pick<FileStore, 'get'>;
}

export interface DeletedConversation {
  id: string;
  object: 'conversation.deleted';
  deleted: true;
}

export const conversationNotFound = (id: string) =>
  notFound(`Conversation with id '${id}' not found.`, 'conversation_id');

const itemNotFound = (conversationId: string, itemId: string) =>
  notFound(`Item with id '${itemId}' not found in conversation '${conversationId}'.`, 'item_id');

export class ConversationsService {
  constructor(private readonly sources: ConversationSources) {}

  private get repo(): ConversationsRepository {
    return this.sources.conversations;
  }

  /** A new conversation with its first items (at most 20), all checked before anything is stored. */
  async create(
    tenant: string,
    body: { items?: ItemParams; metadata?: Metadata | null | undefined },
  ): Promise<ConversationResource> {
    const items = await this.normalize(tenant, body.items);
    await this.refuseDuplicates(tenant, undefined, items);
    const conversation: ConversationResource = {
      id: newId('conv'),
      object: 'conversation',
      created_at: Math.floor(Date.now() / 1000),
      metadata: body.metadata ?? {},
    };
    await this.repo.create(tenant, conversation, items);
    return conversation;
  }

  async get(tenant: string, id: string): Promise<ConversationResource> {
    const conversation = await this.repo.get(tenant, id);
    if (!conversation) throw conversationNotFound(id);
    return conversation;
  }

  /** Replaces the metadata (null clears it). */
  async update(tenant: string, id: string, metadata: Metadata | null): Promise<ConversationResource> {
    const conversation = await this.repo.update(tenant, id, metadata ?? {});
    if (!conversation) throw conversationNotFound(id);
    return conversation;
  }

  /** Deletes the conversation and its items (those a stored response also holds stay that response's). */
  async delete(tenant: string, id: string): Promise<DeletedConversation> {
    if (!(await this.repo.delete(tenant, id))) throw conversationNotFound(id);
    return { id, object: 'conversation.deleted', deleted: true };
  }

  list(tenant: string, page: PageQuery): Promise<Page<ConversationResource>> {
    return this.repo.list(tenant, page);
  }

  /** Appends the items (at most 20) at the end, in order; answers them as stored, through `include`. */
  async addItems(tenant: string, id: string, items: ItemParams, include: Include): Promise<ItemField[]> {
    // An unknown conversation is a 404 before its items are looked at.
    await this.get(tenant, id);
    const normalized = await this.normalize(tenant, items);
    await this.refuseDuplicates(tenant, id, normalized);
    const added = await this.repo.append(tenant, id, normalized);
    // Deleted while the items were checked.
    if (!added) throw conversationNotFound(id);
    return added.map(itemView(include));
  }

  async listItems(tenant: string, id: string, page: PageQuery, include: Include): Promise<Page<ItemField>> {
    await this.get(tenant, id);
    const found = await this.repo.listItems(tenant, id, page);
    return { ...found, data: found.data.map(itemView(include)) };
  }

  async getItem(tenant: string, id: string, itemId: string, include: Include): Promise<ItemField> {
    await this.get(tenant, id);
    const item = await this.repo.getItem(tenant, id, itemId);
    if (!item) throw itemNotFound(id, itemId);
    return itemView(include)(item);
  }

  /** Removes the item from the conversation; answers the conversation, as OpenAI does. */
  async deleteItem(tenant: string, id: string, itemId: string): Promise<ConversationResource> {
    const conversation = await this.get(tenant, id);
    if (!(await this.repo.deleteItem(tenant, id, itemId))) throw itemNotFound(id, itemId);
    return conversation;
  }

  /**
   * An item id names one item of a conversation (retrieve, delete, the `after` cursor), so an id
   * twice among the items, or one the conversation already holds, is refused, as OpenAI does.
   */
  private async refuseDuplicates(tenant: string, id: string | undefined, items: ItemField[]): Promise<void> {
    const seen = new Set<string>();
    for (const [i, item] of items.entries()) {
      if (seen.has(item.id) || (id && (await this.repo.getItem(tenant, id, item.id))))
        throw badRequest(
          `Duplicate item found with id ${item.id}. Remove duplicate items from your input and try again.`,
          `items[${i}].id`,
        );
      seen.add(item.id);
    }
  }

  private async normalize(tenant: string, items: ItemParams): Promise<ItemField[]> {
    // The contract says so too (maxItems); this holds for callers that do not pass through it.
    if (items && items.length > MAX_ITEMS_PER_CALL)
      throw badRequest(
        `Invalid 'items': array too long. Expected an array with maximum length ${MAX_ITEMS_PER_CALL}, but got an array with length ${items.length} instead.`,
        'items',
        'array_above_max_length',
      );
    const { items: stored, files } = this.sources;
    return normalizeInput(items, storedLookups(tenant, stored, files), 'items');
  }
}
