/**
 * Prompts: versioned templates, scoped to a tenant. A prompt is a list of versions (1, 2, …), one of
 * which is the default. Implemented per dialect (sqlite/, postgres/).
 */
import type { PromptResource } from '../api-types.js';
import type { Page, PageQuery } from './pagination.js';

/** A version to store: everything of the API object but is_default, which the store decides. */
export type PromptVersion = Omit<PromptResource, 'is_default'>;

export class StaleVersionError extends Error {
  constructor(readonly latest: number) {
    super(`the latest version is ${latest}`);
  }
}

export interface PromptsRepository {
  /** Stores version 1 of a new prompt, as its default. */
  create(tenant: string, prompt: PromptVersion): Promise<PromptResource>;
  /** A version, or (no version) the default one; undefined when the prompt or version is unknown. */
  get(tenant: string, promptId: string, version?: number): Promise<PromptResource | undefined>;
  /**
   * Stores the next version, replacing `replaces`, which must be the latest (else
   * StaleVersionError, even when two updates race across processes); the new version becomes the
   * default when `setDefault`. Undefined when the prompt is unknown.
   */
  update(
    tenant: string,
    prompt: PromptVersion,
    replaces: number,
    setDefault: boolean,
  ): Promise<PromptResource | undefined>;
  /** Makes a version the default; undefined when the prompt or version is unknown. */
  setDefault(tenant: string, promptId: string, version: number): Promise<PromptResource | undefined>;
  /** Deletes every version; false when unknown. */
  delete(tenant: string, promptId: string): Promise<boolean>;
  /** Each prompt at its default version, in creation order of the prompts (or its reverse). */
  list(tenant: string, page: PageQuery): Promise<Page<PromptResource>>;
  /** Every version of a prompt, oldest first; undefined when the prompt is unknown. */
  versions(tenant: string, promptId: string): Promise<PromptResource[] | undefined>;
}
