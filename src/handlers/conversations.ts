/** The Conversations API (OpenAI's, plus a list of conversations): thin over ConversationsService. */
import { ConversationsService } from '../engine/conversations/service.js';
import type { Handlers } from '../generated/router.js';
import type { HandlerDeps } from './deps.js';
import { listPage, pageQuery } from './pagination.js';

type ConversationsHandlers = Pick<
  Handlers,
  | 'createConversation'
  | 'listConversations'
  | 'getConversation'
  | 'updateConversation'
  | 'deleteConversation'
  | 'createConversationItems'
  | 'listConversationItems'
  | 'getConversationItem'
  | 'deleteConversationItem'
>;

export function conversationsHandlers({ store, files }: HandlerDeps): ConversationsHandlers {
  const conversations = new ConversationsService({
    conversations: store.conversations,
    items: store.responses,
    files,
  });
  return {
    async createConversation({ body }, ctx) {
      return conversations.create(ctx.tenant, body ?? {});
    },
    async listConversations({ query }, ctx) {
      return listPage(() => conversations.list(ctx.tenant, pageQuery(query)));
    },
    async getConversation({ params }, ctx) {
      return conversations.get(ctx.tenant, params.conversation_id);
    },
    async updateConversation({ params, body }, ctx) {
      return conversations.update(ctx.tenant, params.conversation_id, body.metadata);
    },
    async deleteConversation({ params }, ctx) {
      return conversations.delete(ctx.tenant, params.conversation_id);
    },
    async createConversationItems({ params, query, body }, ctx) {
      // One page holding every added item: OpenAI's ConversationItemList.
      return listPage(async () => ({
        data: await conversations.addItems(ctx.tenant, params.conversation_id, body.items, query.include),
        hasMore: false,
      }));
    },
    async listConversationItems({ params, query }, ctx) {
      return listPage(() =>
        conversations.listItems(ctx.tenant, params.conversation_id, pageQuery(query), query.include),
      );
    },
    async getConversationItem({ params, query }, ctx) {
      return conversations.getItem(ctx.tenant, params.conversation_id, params.item_id, query.include);
    },
    async deleteConversationItem({ params }, ctx) {
      return conversations.deleteItem(ctx.tenant, params.conversation_id, params.item_id);
    },
  };
}
