/** Short names for the contract's shapes (src/generated/types.ts), shared by every layer. */
import type { components } from './generated/types.js';

type Schemas = components['schemas'];

export type CreateResponseBody = Schemas['CreateResponseBody'];
export type ResponseResource = Schemas['ResponseResource'];
export type ResponseStatus = 'queued' | 'in_progress' | 'completed' | 'failed' | 'incomplete' | 'cancelled';
export type ItemParam = Schemas['ItemParam'];
export type ItemField = Schemas['ItemField'];
export type MessageItem = Schemas['Message'];
export type FunctionCallItem = Schemas['FunctionCall'];
export type FunctionCallOutputItem = Schemas['FunctionCallOutput'];
export type ReasoningItem = Schemas['ReasoningBody'];
export type CompactionItem = Schemas['CompactionBody'];
export type ResponseUsage = Schemas['Usage'];
export type ResponseStreamEvent = Schemas['ResponseStreamEvent'];
export type FunctionTool = Schemas['FunctionTool'];
export type TokenCountsBody = Schemas['TokenCountsBody'];
export type CompactRequest = Schemas['CompactResponseMethodPublicBody'];
export type CompactResource = Schemas['CompactResource'];
