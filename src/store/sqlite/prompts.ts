/**
 * Prompts on SQLite: `prompts` says which versions exist (1 … latest_version) and which is the
 * default, `prompt_versions` holds each version's object. An update bumps latest_version only from
 * the version it replaces, in the UPDATE itself, so of two updates from one version (in any number
 * of processes: SQLite runs one writer at a time) exactly one finds its row.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { PromptResource } from '../../api-types.js';
import { pageBounds, type PageQuery } from '../pagination.js';
import { StaleVersionError, type PromptsRepository, type PromptVersion } from '../prompts.js';
import type { SqliteDb } from './database.js';
import { prompts, promptVersions } from './schema.js';
import { nextSeq } from './statements.js';
import { writeTransaction } from './write-transaction.js';

const asResource = (stored: unknown, defaultVersion: number): PromptResource => {
  const version = stored as PromptVersion;
  return { ...version, is_default: version.version === defaultVersion };
};

export class SqlitePromptsRepository implements PromptsRepository {
  constructor(private readonly db: SqliteDb) {}

  private readonly byId = (tenant: string, promptId: string) =>
    and(eq(prompts.promptId, promptId), eq(prompts.tenant, tenant));

  /** The prompt's versions (or one: a number, or the default column) joined to it, for its tenant. */
  private versionRows(tenant: string, promptId: string, version?: number | typeof prompts.defaultVersion) {
    return this.db
      .select({ prompt: promptVersions.prompt, defaultVersion: prompts.defaultVersion })
      .from(promptVersions)
      .innerJoin(prompts, eq(prompts.promptId, promptVersions.promptId))
      .where(
        and(
          this.byId(tenant, promptId),
          version === undefined ? undefined : eq(promptVersions.version, version),
        ),
      );
  }

  private insertVersion(tenant: string, version: PromptVersion) {
    this.db
      .insert(promptVersions)
      .values({
        promptId: version.prompt_id,
        tenant,
        version: version.version,
        createdAt: version.created_at,
        prompt: version,
      })
      .run();
  }

  async create(tenant: string, prompt: PromptVersion) {
    const first = { ...prompt, version: 1 };
    writeTransaction(this.db, () => {
      this.db
        .insert(prompts)
        .values({
          promptId: first.prompt_id,
          seq: nextSeq(prompts),
          tenant,
          createdAt: first.created_at,
          defaultVersion: 1,
          latestVersion: 1,
        })
        .run();
      this.insertVersion(tenant, first);
    });
    return asResource(first, 1);
  }

  async get(tenant: string, promptId: string, version?: number) {
    const row = this.versionRows(tenant, promptId, version ?? prompts.defaultVersion).get();
    return row && asResource(row.prompt, row.defaultVersion);
  }

  async update(tenant: string, prompt: PromptVersion, replaces: number, setDefault: boolean) {
    return writeTransaction(this.db, () => {
      const next = sql`${prompts.latestVersion} + 1`;
      const bumped = this.db
        .update(prompts)
        .set({ latestVersion: next, ...(setDefault ? { defaultVersion: next } : {}) })
        .where(and(this.byId(tenant, prompt.prompt_id), eq(prompts.latestVersion, replaces)))
        .returning({ latest: prompts.latestVersion, defaultVersion: prompts.defaultVersion })
        .get();
      if (!bumped) {
        const found = this.db
          .select({ latest: prompts.latestVersion })
          .from(prompts)
          .where(this.byId(tenant, prompt.prompt_id))
          .get();
        if (!found) return undefined;
        throw new StaleVersionError(found.latest);
      }
      const stored = { ...prompt, version: bumped.latest };
      this.insertVersion(tenant, stored);
      return asResource(stored, bumped.defaultVersion);
    });
  }

  async setDefault(tenant: string, promptId: string, version: number) {
    return writeTransaction(this.db, () => {
      const row = this.versionRows(tenant, promptId, version).get();
      if (!row) return undefined;
      this.db.update(prompts).set({ defaultVersion: version }).where(this.byId(tenant, promptId)).run();
      return asResource(row.prompt, version);
    });
  }

  async delete(tenant: string, promptId: string) {
    // prompt_versions go with their prompt (ON DELETE CASCADE).
    return this.db.delete(prompts).where(this.byId(tenant, promptId)).run().changes > 0;
  }

  async list(tenant: string, page: PageQuery) {
    const bounds = await pageBounds(prompts.seq, page, (id) => {
      const row = this.db.select({ seq: prompts.seq }).from(prompts).where(this.byId(tenant, id)).get();
      return row?.seq;
    });
    const rows = this.db
      .select({ prompt: promptVersions.prompt, defaultVersion: prompts.defaultVersion })
      .from(prompts)
      .innerJoin(
        promptVersions,
        and(
          eq(promptVersions.promptId, prompts.promptId),
          eq(promptVersions.version, prompts.defaultVersion),
        ),
      )
      .where(and(eq(prompts.tenant, tenant), ...bounds.where))
      .orderBy(bounds.orderBy)
      .limit(bounds.limit)
      .all();
    return bounds.page(rows.map((row) => asResource(row.prompt, row.defaultVersion)));
  }

  async versions(tenant: string, promptId: string) {
    const rows = this.versionRows(tenant, promptId).orderBy(asc(promptVersions.version)).all();
    return rows.length ? rows.map((row) => asResource(row.prompt, row.defaultVersion)) : undefined;
  }
}
