/**
 * The Prompts API (Llama Stack's): versioned templates over the PromptsRepository. Checks every
 * template's placeholders against its variables, decides ids and version numbers, and turns the
 * store's answers into the API's errors (unknown → 404, a stale update → 409).
 */
import type { CreatePromptBody, PromptResource, UpdatePromptBody } from '../../api-types.js';
import { conflict, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { toPage, UnknownCursorError, type Page, type PageQuery } from '../../store/pagination.js';
import { StaleVersionError, type PromptsRepository, type PromptVersion } from '../../store/prompts.js';
import { checkDeclared } from './template.js';

/** A page of one prompt's versions: `after` is a version number. */
export interface VersionsQuery {
  limit: number;
  order: 'asc' | 'desc';
  after?: number | undefined;
}

export const promptNotFound = (id: string) => notFound(`Prompt with id '${id}' not found.`, 'prompt_id');

const versionNotFound = (id: string, version: number) =>
  notFound(`Prompt '${id}' has no version ${version}.`, 'version');

export class PromptsService {
  constructor(private readonly repository: PromptsRepository) {}

  /** A version as stored, its template checked first (400 for an undeclared placeholder). */
  private version(promptId: string, version: number, body: CreatePromptBody): PromptVersion {
    const variables = body.variables ?? [];
    checkDeclared(body.prompt, variables);
    return {
      object: 'prompt',
      prompt_id: promptId,
      version,
      prompt: body.prompt,
      variables,
      metadata: body.metadata ?? {},
      created_at: Math.floor(Date.now() / 1000),
    };
  }

  create(tenant: string, body: CreatePromptBody): Promise<PromptResource> {
    return this.repository.create(tenant, this.version(newId('pmpt'), 1, body));
  }

  /** A version, or the default one; unknown prompt → 404 param prompt_id, unknown version → param version. */
  async get(tenant: string, promptId: string, version?: number): Promise<PromptResource> {
    const found = await this.repository.get(tenant, promptId, version);
    if (found) return found;
    if (version !== undefined && (await this.repository.get(tenant, promptId)))
      throw versionNotFound(promptId, version);
    throw promptNotFound(promptId);
  }

  /** The next version; `body.version` must be the latest (else 409, even when two updates race). */
  async update(tenant: string, promptId: string, body: UpdatePromptBody): Promise<PromptResource> {
    const next = this.version(promptId, body.version + 1, body);
    try {
      const updated = await this.repository.update(tenant, next, body.version, body.set_as_default ?? true);
      if (!updated) throw promptNotFound(promptId);
      return updated;
    } catch (error) {
      if (!(error instanceof StaleVersionError)) throw error;
      throw conflict(
        `Version ${body.version} is not the latest version of prompt '${promptId}': the latest is ${error.latest}. Update from version ${error.latest}.`,
        'version',
        'stale_version',
      );
    }
  }

  async setDefault(tenant: string, promptId: string, version: number): Promise<PromptResource> {
    const updated = await this.repository.setDefault(tenant, promptId, version);
    if (updated) return updated;
    if (await this.repository.get(tenant, promptId)) throw versionNotFound(promptId, version);
    throw promptNotFound(promptId);
  }

  async delete(tenant: string, promptId: string): Promise<void> {
    if (!(await this.repository.delete(tenant, promptId))) throw promptNotFound(promptId);
  }

  list(tenant: string, page: PageQuery): Promise<Page<PromptResource>> {
    return this.repository.list(tenant, page);
  }

  /**
   * A page of a prompt's versions. A prompt has few versions, so the page is cut from all of them;
   * `after` must be one of them (else UnknownCursorError, as every list's unknown cursor).
   */
  async versions(tenant: string, promptId: string, page: VersionsQuery): Promise<Page<PromptResource>> {
    const all = await this.repository.versions(tenant, promptId);
    if (!all) throw promptNotFound(promptId);
    const ordered = page.order === 'asc' ? all : [...all].reverse();
    let from = 0;
    if (page.after !== undefined) {
      from = ordered.findIndex((v) => v.version === page.after) + 1;
      if (from === 0) throw new UnknownCursorError('after');
    }
    const rows = ordered.slice(from, from + page.limit + 1);
    return toPage(rows, page.limit);
  }
}
