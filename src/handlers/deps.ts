import type { ResponsesEngine } from '../engine/responses/engine.js';
import type { ProviderRegistry } from '../providers/registry.js';
import type { Database } from '../store/database.js';
import type { FileStore } from '../store/files.js';

/** What handlers are built from; passed in explicitly, never imported as singletons. */
export interface HandlerDeps {
  providers: ProviderRegistry;
  database: Database;
  responses: ResponsesEngine;
  files: FileStore;
  version: string;
}
