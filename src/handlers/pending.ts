/**
 * The Conversations operations of the contract (issue 11) until their handlers land:
 * each answers 501 in OpenAI's envelope. They exist so that every operation is mounted and
 * createHandlers still has to name all of them. Each owner removes its group here and its spread in
 * index.ts when its handlers replace it, so tsc holds those handlers to the whole contract.
 */
import { ApiError } from '../errors.js';
import type { Handlers, OperationId } from '../generated/router.js';

const pending = (operationId: OperationId) => async (): Promise<never> => {
  throw new ApiError(
    501,
    `${operationId} is declared in the contract but not served yet.`,
    'server_error',
    null,
    'not_implemented',
  );
};

type ConversationsOperations =
  | 'createConversation'
  | 'listConversations'
  | 'getConversation'
  | 'updateConversation'
  | 'deleteConversation'
  | 'createConversationItems'
  | 'listConversationItems'
  | 'getConversationItem'
  | 'deleteConversationItem';

export function pendingConversationsHandlers(): Pick<Handlers, ConversationsOperations> {
  return {
    createConversation: pending('createConversation'),
    listConversations: pending('listConversations'),
    getConversation: pending('getConversation'),
    updateConversation: pending('updateConversation'),
    deleteConversation: pending('deleteConversation'),
    createConversationItems: pending('createConversationItems'),
    listConversationItems: pending('listConversationItems'),
    getConversationItem: pending('getConversationItem'),
    deleteConversationItem: pending('deleteConversationItem'),
  };
}
