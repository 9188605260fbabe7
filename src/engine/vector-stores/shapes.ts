/** The Vector Stores API's shapes, from the contract (src/generated/types.ts). */
import type { components } from '../../generated/types.js';

type Schemas = components['schemas'];

export type VectorStoreObject = Schemas['VectorStoreObject'];
export type VectorStoreFileObject = Schemas['VectorStoreFileObject'];
export type VectorStoreFileBatchObject = Schemas['VectorStoreFileBatchObject'];
export type VectorStoreFileContentResponse = Schemas['VectorStoreFileContentResponse'];
export type VectorStoreSearchResultItem = Schemas['VectorStoreSearchResultItem'];
export type VectorStoreSearchResultsPage = Schemas['VectorStoreSearchResultsPage'];
export type CreateVectorStoreRequest = Schemas['CreateVectorStoreRequest'];
export type UpdateVectorStoreRequest = Schemas['UpdateVectorStoreRequest'];
export type CreateVectorStoreFileRequest = Schemas['CreateVectorStoreFileRequest'];
/**
 * The contract's type of this body is `unknown` (openapi-typescript turns its `anyOf: [required …]`
 * into `| unknown`), so its fields are named here from the contract's parts; the validator has
 * checked the body against the schema before a handler sees it.
 */
export interface CreateVectorStoreFileBatchRequest {
  file_ids?: string[];
  files?: CreateVectorStoreFileRequest[];
  chunking_strategy?: ChunkingStrategyParam;
  attributes?: Schemas['VectorStoreFileAttributes'];
}
export type VectorStoreSearchRequest = Schemas['VectorStoreSearchRequest'];
export type DeletedVectorStore = Schemas['DeleteVectorStoreResponse'];
export type DeletedStoreFile = Schemas['DeleteVectorStoreFileResponse'];
/** A request's chunking_strategy (auto or static). */
export type ChunkingStrategyParam = NonNullable<CreateVectorStoreRequest['chunking_strategy']>;
