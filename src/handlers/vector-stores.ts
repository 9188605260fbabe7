/**
 * The Vector stores operations of the contract (issue 12) until the engine's handlers land: each
 * answers 501 in OpenAI's envelope. They exist so that every operation is mounted and
 * createHandlers still has to name all of them; the engine replaces this file with thin handlers
 * over its service, and tsc then holds those to the whole contract.
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

type VectorStoresOperations =
  | 'createVectorStore'
  | 'listVectorStores'
  | 'getVectorStore'
  | 'modifyVectorStore'
  | 'deleteVectorStore'
  | 'searchVectorStore'
  | 'createVectorStoreFile'
  | 'listVectorStoreFiles'
  | 'getVectorStoreFile'
  | 'updateVectorStoreFileAttributes'
  | 'deleteVectorStoreFile'
  | 'retrieveVectorStoreFileContent'
  | 'createVectorStoreFileBatch'
  | 'getVectorStoreFileBatch'
  | 'cancelVectorStoreFileBatch'
  | 'listFilesInVectorStoreBatch';

export function vectorStoresHandlers(): Pick<Handlers, VectorStoresOperations> {
  return {
    createVectorStore: pending('createVectorStore'),
    listVectorStores: pending('listVectorStores'),
    getVectorStore: pending('getVectorStore'),
    modifyVectorStore: pending('modifyVectorStore'),
    deleteVectorStore: pending('deleteVectorStore'),
    searchVectorStore: pending('searchVectorStore'),
    createVectorStoreFile: pending('createVectorStoreFile'),
    listVectorStoreFiles: pending('listVectorStoreFiles'),
    getVectorStoreFile: pending('getVectorStoreFile'),
    updateVectorStoreFileAttributes: pending('updateVectorStoreFileAttributes'),
    deleteVectorStoreFile: pending('deleteVectorStoreFile'),
    retrieveVectorStoreFileContent: pending('retrieveVectorStoreFileContent'),
    createVectorStoreFileBatch: pending('createVectorStoreFileBatch'),
    getVectorStoreFileBatch: pending('getVectorStoreFileBatch'),
    cancelVectorStoreFileBatch: pending('cancelVectorStoreFileBatch'),
    listFilesInVectorStoreBatch: pending('listFilesInVectorStoreBatch'),
  };
}
