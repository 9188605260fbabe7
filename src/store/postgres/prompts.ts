/**
 * Prompts on PostgreSQL, as on SQLite (sqlite/prompts.ts). Of two updates from one version, the
 * second's UPDATE waits for the first's row lock and then, read committed, evaluates its
 * `latest_version = replaces` on the committed row again: it finds none, and is stale.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { PromptResource } from '../../api-types.js';
import { pageBounds, type PageQuery } from '../pagination.js';
import { StaleVersionError, type PromptsRepository, type PromptVersion } from '../prompts.js';
import type { PostgresDb } from './database.js';
import { prompts, promptVersions } from './schema.js';

/** The database, or a transaction on it. */
type Queries = Pick<PostgresDb, 'select' | 'insert'>;

/**
 * Versions are int4 here; a number past it (the API allows any integer) would fail the statement.
 * It is no version there is, so it becomes one that never exists (and never equals latest_version).
 */
const int4 = (version: number): number => (version > 2_147_483_647 ? -1 : version);

const asResource = (version: PromptVersion, defaultVersion: number): PromptResource => ({
  ...version,
  is_default: version.version === defaultVersion,
});

export class PostgresPromptsRepository implements PromptsRepository {
  constructor(private readonly db: PostgresDb) {}

  private readonly byId = (tenant: string, promptId: string) =>
    and(eq(prompts.promptId, promptId), eq(prompts.tenant, tenant));

  /** The prompt's versions (or one: a number, or the default column) joined to it, for its tenant. */
  private versionRows(
    db: Queries,
    tenant: string,
    promptId: string,
    version?: number | typeof prompts.defaultVersion,
  ) {
    return db
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

  private async insertVersion(db: Queries, tenant: string, version: PromptVersion) {
    await db.insert(promptVersions).values({
      promptId: version.prompt_id,
      tenant,
      version: version.version,
      createdAt: version.created_at,
      prompt: version,
    });
  }

  async create(tenant: string, prompt: PromptVersion) {
    const first = { ...prompt, version: 1 };
    await this.db.transaction(async (tx) => {
      await tx.insert(prompts).values({
        promptId: first.prompt_id,
        tenant,
        createdAt: first.created_at,
        defaultVersion: 1,
        latestVersion: 1,
      });
      await this.insertVersion(tx, tenant, first);
    });
    return asResource(first, 1);
  }

  async get(tenant: string, promptId: string, version?: number) {
    const wanted = version === undefined ? prompts.defaultVersion : int4(version);
    const [row] = await this.versionRows(this.db, tenant, promptId, wanted);
    return row && asResource(row.prompt, row.defaultVersion);
  }

  async update(tenant: string, prompt: PromptVersion, replaces: number, setDefault: boolean) {
    return this.db.transaction(async (tx) => {
      const next = sql`${prompts.latestVersion} + 1`;
      const [bumped] = await tx
        .update(prompts)
        .set({ latestVersion: next, ...(setDefault ? { defaultVersion: next } : {}) })
        .where(and(this.byId(tenant, prompt.prompt_id), eq(prompts.latestVersion, int4(replaces))))
        .returning({ latest: prompts.latestVersion, defaultVersion: prompts.defaultVersion });
      if (!bumped) {
        const [found] = await tx
          .select({ latest: prompts.latestVersion })
          .from(prompts)
          .where(this.byId(tenant, prompt.prompt_id));
        if (!found) return undefined;
        throw new StaleVersionError(found.latest);
      }
      const stored = { ...prompt, version: bumped.latest };
      await this.insertVersion(tx, tenant, stored);
      return asResource(stored, bumped.defaultVersion);
    });
  }

  async setDefault(tenant: string, promptId: string, version: number) {
    return this.db.transaction(async (tx) => {
      const [row] = await this.versionRows(tx, tenant, promptId, int4(version));
      if (!row) return undefined;
      await tx.update(prompts).set({ defaultVersion: version }).where(this.byId(tenant, promptId));
      return asResource(row.prompt, version);
    });
  }

  async delete(tenant: string, promptId: string) {
    // prompt_versions go with their prompt (ON DELETE CASCADE).
    const result = await this.db.delete(prompts).where(this.byId(tenant, promptId));
    return (result.rowCount ?? 0) > 0;
  }

  async list(tenant: string, page: PageQuery) {
    const bounds = await pageBounds(prompts.seq, page, async (id) => {
      const [row] = await this.db.select({ seq: prompts.seq }).from(prompts).where(this.byId(tenant, id));
      return row?.seq;
    });
    const rows = await this.db
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
      .limit(bounds.limit);
    return bounds.page(rows.map((row) => asResource(row.prompt, row.defaultVersion)));
  }

  async versions(tenant: string, promptId: string) {
    const rows = await this.versionRows(this.db, tenant, promptId).orderBy(asc(promptVersions.version));
    return rows.length ? rows.map((row) => asResource(row.prompt, row.defaultVersion)) : undefined;
  }
}
