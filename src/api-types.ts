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
export type VectorStoreObject = Schemas['VectorStoreObject'];
export type CreateVectorStoreRequest = Schemas['CreateVectorStoreRequest'];
export type UpdateVectorStoreRequest = Schemas['UpdateVectorStoreRequest'];
export type ListVectorStoresResponse = Schemas['ListVectorStoresResponse'];
export type DeleteVectorStoreResponse = Schemas['DeleteVectorStoreResponse'];
export type VectorStoreExpirationAfter = Schemas['VectorStoreExpirationAfter'];
export type VectorStoreFileCounts = Schemas['VectorStoreFileCounts'];
/** The gateway's extension: keyword (BM25), vector (cosine) or hybrid (reciprocal rank fusion). */
export type VectorStoreSearchMode = Schemas['VectorStoreSearchMode'];
export type VectorStoreFileObject = Schemas['VectorStoreFileObject'];
export type VectorStoreFileStatus = VectorStoreFileObject['status'];
export type VectorStoreFileError = NonNullable<VectorStoreFileObject['last_error']>;
export type CreateVectorStoreFileRequest = Schemas['CreateVectorStoreFileRequest'];
export type UpdateVectorStoreFileAttributesRequest = Schemas['UpdateVectorStoreFileAttributesRequest'];
export type ListVectorStoreFilesResponse = Schemas['ListVectorStoreFilesResponse'];
export type DeleteVectorStoreFileResponse = Schemas['DeleteVectorStoreFileResponse'];
/** Up to 16 keys → string, number or boolean; null when the file has none. */
export type VectorStoreFileAttributes = Schemas['VectorStoreFileAttributes'];
export type VectorStoreFileContentResponse = Schemas['VectorStoreFileContentResponse'];
export type VectorStoreFileBatchObject = Schemas['VectorStoreFileBatchObject'];
export type CreateVectorStoreFileBatchRequest = Schemas['CreateVectorStoreFileBatchRequest'];
/** A request's chunking_strategy: auto, or static sizes. */
export type ChunkingStrategyRequest = Schemas['ChunkingStrategyRequestParam'];
/** A vector store file's chunking_strategy as answered. */
export type ChunkingStrategyResponse = Schemas['ChunkingStrategyResponseParam'];
export type StaticChunkingStrategy = Schemas['StaticChunkingStrategy'];
export type VectorStoreSearchRequest = Schemas['VectorStoreSearchRequest'];
export type VectorStoreSearchResultsPage = Schemas['VectorStoreSearchResultsPage'];
export type VectorStoreSearchResultItem = Schemas['VectorStoreSearchResultItem'];
export type ComparisonFilter = Schemas['ComparisonFilter'];
export type CompoundFilter = Schemas['CompoundFilter'];
/** A search filter: a comparison, or a compound of filters (nested). */
export type SearchFilter = Schemas['Filters'];
export type FileSearchTool = Schemas['FileSearchTool'];
export type FileSearchRankingOptions = Schemas['RankingOptions'];
export type FileSearchCallItem = Schemas['FileSearchToolCall'];
/** One entry of a file_search_call's results (shown with include file_search_call.results). */
export type FileSearchCallResult = NonNullable<FileSearchCallItem['results']>[number];
export type FileCitation = Schemas['FileCitationBody'];
