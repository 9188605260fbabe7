/** Short names for the contract's shapes (src/generated/types.ts), shared by every layer. */
import type { components } from './generated/types.js';

type Schemas = components['schemas'];

export type CreateResponseBody = Schemas['CreateResponseBody'];
export type ResponseResource = Schemas['ResponseResource'];
export type ResponseStatus = ResponseResource['status'];
export type ItemField = Schemas['ItemField'];
/** An input item as a request gives it (Responses input, conversation items). */
export type ItemParam = Schemas['ItemParam'];
export type MessageItem = Schemas['Message'];
export type FunctionCallItem = Schemas['FunctionCall'];
export type ReasoningItem = Schemas['ReasoningBody'];
export type ResponseUsage = Schemas['Usage'];
export type Annotation = Schemas['Annotation'];
export type ResponseStreamEvent = Schemas['ResponseStreamEvent'];
export type TokenCountsBody = Schemas['TokenCountsBody'];
export type CompactRequest = Schemas['CompactResponseMethodPublicBody'];
export type CompactResource = Schemas['CompactResource'];
export type FileObject = Schemas['OpenAIFile'];
export type FilePurpose = Schemas['CreateFileRequest']['purpose'];
export type UrlCitation = Schemas['UrlCitationBody'];
export type WebSearchCallItem = Schemas['WebSearchCall'];
export type WebSearchTool = Schemas['WebSearchTool'] | Schemas['WebSearchPreviewTool'];
/** One tool of a request's `tools`, whatever its type. */
export type RequestTool = NonNullable<CreateResponseBody['tools']>[number];
export type NamespaceTool = Schemas['NamespaceToolParam'];
export type CustomTool = Schemas['CustomToolParam'];
export type CustomToolCallItem = Schemas['CustomToolCall'];
export type LocalShellCallItem = Schemas['LocalShellCall'];
export type ShellCallItem = Schemas['FunctionShellCall'];
export type ApplyPatchCallItem = Schemas['ApplyPatchToolCall'];
export type ToolSearchCallItem = Schemas['ToolSearchCall'];
/** The `conversation` of a request: an id, `{id}`, or null. */
export type ConversationParam = CreateResponseBody['conversation'];
export type ConversationResource = Schemas['ConversationResource'];
export type ConversationItem = Schemas['ConversationItem'];
export type ConversationList = Schemas['ConversationList'];
export type ConversationItemList = Schemas['ConversationItemList'];
export type CreateConversationBody = Schemas['CreateConversationBody'];
export type UpdateConversationBody = Schemas['UpdateConversationBody'];
export type CreateConversationItemsBody = Schemas['CreateConversationItemsBody'];
export type DeletedConversationResource = Schemas['DeletedConversationResource'];
export type PromptResource = Schemas['PromptResource'];
export type PromptList = Schemas['PromptList'];
export type CreatePromptBody = Schemas['CreatePromptBody'];
export type UpdatePromptBody = Schemas['UpdatePromptBody'];
export type SetDefaultPromptVersionBody = Schemas['SetDefaultPromptVersionBody'];
export type DeletedPromptResource = Schemas['DeletedPromptResource'];
/** A template: text, or a list of input messages. */
export type PromptTemplate = PromptResource['prompt'];
export type PromptMessage = Schemas['PromptMessage'];
/** The `variables` of a request's `prompt`: name → string or input_text/input_image/input_file part. */
export type PromptVariables = NonNullable<CreateResponseBody['prompt']>['variables'];
