import type { ResponsesEngine } from '../engine/responses/engine.js';
import type { VectorStoresService } from '../engine/vector-stores/service.js';
import type { ProviderRegistry } from '../providers/registry.js';
import type { FileStore } from '../store/files.js';
import type { Store } from '../store/store.js';

/** What handlers are built from; passed in explicitly, never imported as singletons. */
export interface HandlerDeps {
  providers: ProviderRegistry;
  store: Store;
  responses: ResponsesEngine;
  files: FileStore;
  vectorStores: VectorStoresService;
  version: string;
}
