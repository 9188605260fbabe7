/** Short names for the contract's shapes (src/generated/types.ts), shared by every layer. */
import type { components } from './generated/types.js';

type Schemas = components['schemas'];

export type CreateResponseBody = Schemas['CreateResponseBody'];
export type ResponseResource = Schemas['ResponseResource'];
export type ResponseStatus = ResponseResource['status'];
export type ItemField = Schemas['ItemField'];
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
