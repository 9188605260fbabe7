/**
 * Conversations: the conversation object and its items, scoped to a tenant. An item is stored once:
 * the `items` table holds every response's input and output items and every conversation's items,
 * and a row may belong to a response, a conversation or both (a finished response's items are
 * appended to its conversation by ResponsesRepository.save, in the same transaction, by setting
 * the rows' conversation and position). A row that belongs to neither is deleted. Implemented per
 * dialect (sqlite/, postgres/).
 */
import type { ConversationResource, ItemField } from '../api-types.js';
import type { Page, PageQuery } from './pagination.js';
import type { Turn } from './turns.js';

export interface ConversationsRepository {
  /** Stores a new conversation with its first items (in order), atomically. */
  create(tenant: string, conversation: ConversationResource, items: ItemField[]): Promise<void>;
  get(tenant: string, id: string): Promise<ConversationResource | undefined>;
  /** Replaces the metadata; undefined when the conversation is unknown. */
  update(
    tenant: string,
    id: string,
    metadata: ConversationResource['metadata'],
  ): Promise<ConversationResource | undefined>;
  /**
   * Deletes the conversation and the items that belong to it alone; items that are also a stored
   * response's input or output stay that response's. False when unknown.
   */
  delete(tenant: string, id: string): Promise<boolean>;
  /** In creation order (or its reverse), a total order even when created_at ties. */
  list(tenant: string, page: PageQuery): Promise<Page<ConversationResource>>;
  /**
   * Appends items at the end, in order, atomically with respect to every other append (no two
   * appends interleave, across processes too); undefined when the conversation is unknown.
   */
  append(tenant: string, id: string, items: ItemField[]): Promise<ItemField[] | undefined>;
  /** In the conversation's order (or its reverse); `after` is an item id in this conversation. */
  listItems(tenant: string, id: string, page: PageQuery): Promise<Page<ItemField>>;
  getItem(tenant: string, id: string, itemId: string): Promise<ItemField | undefined>;
  /** Removes the item from the conversation (see delete for what stays); false when not in it. */
  deleteItem(tenant: string, id: string, itemId: string): Promise<boolean>;
  /**
   * The conversation as context for a response, oldest first: each appended response is one turn
   * (its input, its output); items added through the API form turns of their own, one per append
   * call (as input). Undefined when the conversation is unknown.
   */
  turns(tenant: string, id: string): Promise<Turn[] | undefined>;
}
