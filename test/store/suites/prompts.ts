/**
 * The shared suite of PromptsRepository: versions and the default, stale updates (also racing, from
 * two connections), tenant scoping and pagination. Registered once per dialect
 * (test/store/prompts.test.ts), on a new empty database for each test.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PromptResource } from '../../../src/api-types.js';
import { openStore } from '../../../src/store/index.js';
import { UnknownCursorError, type PageQuery } from '../../../src/store/pagination.js';
import { StaleVersionError, type PromptsRepository, type PromptVersion } from '../../../src/store/prompts.js';
import type { Store } from '../../../src/store/store.js';

const T = 'default';
const OTHER = 'other';

let made = 0;
/** A version to store; each new prompt gets its own id and a later created_at. */
export function promptVersion(fields: Partial<PromptVersion> = {}): PromptVersion {
  made += 1;
  return {
    object: 'prompt',
    prompt_id: `pmpt_${made.toString(16).padStart(48, '0')}`,
    version: 1,
    prompt: `Template ${made} for {{name}}`,
    variables: ['name'],
    metadata: {},
    created_at: 1_700_000_000 + made,
    ...fields,
  };
}

const page = (fields: Partial<PageQuery> = {}): PageQuery => ({ limit: 100, order: 'desc', ...fields });
const idsOf = (p: { data: PromptResource[] }) => p.data.map((v) => v.prompt_id);
const numbers = (versions: PromptResource[] | undefined) => versions?.map((v) => [v.version, v.is_default]);

export function describePromptsRepository(name: string, url: () => Promise<string>): void {
  describe(`${name}: prompts`, () => {
    let database: string;
    let store: Store;
    let repo: PromptsRepository;
    const others: Store[] = [];

    beforeEach(async () => {
      database = await url();
      store = await openStore(database, { poolSize: 2 });
      repo = store.prompts;
    });

    afterEach(async () => {
      await Promise.all([store, ...others.splice(0)].map((s) => s.close()));
    });

    /** A prompt with versions 1..n (each replacing the one before, each becoming the default). */
    async function withVersions(n: number, tenant = T): Promise<PromptVersion> {
      const first = promptVersion();
      await repo.create(tenant, first);
      for (let v = 2; v <= n; v++)
        await repo.update(tenant, { ...first, version: v, prompt: `v${v}` }, v - 1, true);
      return first;
    }

    it('creates version 1 as the default, and reads it back as stored', async () => {
      const version = promptVersion({
        prompt: [
          { role: 'developer', content: 'You help {{company}}.' },
          { role: 'user', content: [{ type: 'input_text', text: 'Hi, I am {{name}} — naïve 🙂' }] },
        ],
        variables: ['company', 'name'],
        metadata: { team: 'support' },
      });
      const created = await repo.create(T, version);
      expect(created).toEqual({ ...version, is_default: true });
      expect(await repo.get(T, version.prompt_id)).toEqual(created);
      expect(await repo.get(T, version.prompt_id, 1)).toEqual(created);
    });

    it('is undefined for an unknown prompt or version', async () => {
      const version = await withVersions(1);
      expect(await repo.get(T, 'pmpt_unknown')).toBeUndefined();
      expect(await repo.get(T, version.prompt_id, 2)).toBeUndefined();
      expect(await repo.versions(T, 'pmpt_unknown')).toBeUndefined();
      expect(await repo.setDefault(T, version.prompt_id, 2)).toBeUndefined();
      expect(await repo.setDefault(T, 'pmpt_unknown', 1)).toBeUndefined();
      expect(await repo.update(T, promptVersion({ version: 2 }), 1, true)).toBeUndefined();
      // Past any column's integer: still just a version there is not.
      expect(await repo.get(T, version.prompt_id, 2 ** 40)).toBeUndefined();
      expect(await repo.setDefault(T, version.prompt_id, 2 ** 40)).toBeUndefined();
      await expect(repo.update(T, { ...version, version: 2 }, 2 ** 40, true)).rejects.toMatchObject({
        latest: 1,
      });
    });

    it('stores the next version on update; it becomes the default only when asked', async () => {
      const first = await withVersions(1);
      const id = first.prompt_id;
      const second = await repo.update(T, { ...first, version: 2, prompt: 'second', variables: [] }, 1, true);
      expect(second).toMatchObject({
        prompt_id: id,
        version: 2,
        is_default: true,
        prompt: 'second',
        variables: [],
      });
      const third = await repo.update(T, { ...first, version: 3, prompt: 'third' }, 2, false);
      expect(third).toMatchObject({ version: 3, is_default: false, prompt: 'third' });
      expect(await repo.get(T, id)).toMatchObject({ version: 2, is_default: true });
      expect(await repo.get(T, id, 1)).toMatchObject({ version: 1, is_default: false, prompt: first.prompt });
      expect(numbers(await repo.versions(T, id))).toEqual([
        [1, false],
        [2, true],
        [3, false],
      ]);
    });

    it('refuses an update that does not replace the latest version', async () => {
      const first = await withVersions(3);
      for (const replaces of [1, 2, 4]) {
        const error = await repo
          .update(T, { ...first, version: replaces + 1 }, replaces, true)
          .catch((e) => e);
        expect(error).toBeInstanceOf(StaleVersionError);
        expect(error).toMatchObject({ latest: 3 });
      }
      expect(numbers(await repo.versions(T, first.prompt_id))?.map(([v]) => v)).toEqual([1, 2, 3]);
    });

    it('lets exactly one of several racing updates from one version win, on two connections', async () => {
      const first = await withVersions(1);
      const second = await openStore(database, { poolSize: 2 });
      others.push(second);
      const updates = Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? second.prompts : repo).update(T, { ...first, version: 2, prompt: `attempt ${i}` }, 1, true),
      );
      const results = await Promise.allSettled(updates);
      const won = results.filter((r) => r.status === 'fulfilled');
      expect(won).toHaveLength(1);
      for (const r of results)
        if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(StaleVersionError);
      const versions = await repo.versions(T, first.prompt_id);
      expect(numbers(versions)).toEqual([
        [1, false],
        [2, true],
      ]);
      expect(versions?.[1]?.prompt).toBe((won[0] as PromiseFulfilledResult<PromptResource>).value.prompt);
    });

    it('moves the default to any version', async () => {
      const first = await withVersions(3);
      const id = first.prompt_id;
      expect(await repo.setDefault(T, id, 1)).toMatchObject({
        version: 1,
        is_default: true,
        prompt: first.prompt,
      });
      expect(await repo.get(T, id)).toMatchObject({ version: 1, is_default: true });
      expect(numbers(await repo.versions(T, id))).toEqual([
        [1, true],
        [2, false],
        [3, false],
      ]);
      // Updating still replaces the latest version, whichever is the default.
      expect(await repo.update(T, { ...first, version: 4 }, 3, false)).toMatchObject({ version: 4 });
      expect(await repo.get(T, id)).toMatchObject({ version: 1 });
    });

    it('deletes every version', async () => {
      const first = await withVersions(2);
      const kept = await withVersions(1);
      expect(await repo.delete(T, first.prompt_id)).toBe(true);
      expect(await repo.get(T, first.prompt_id)).toBeUndefined();
      expect(await repo.get(T, first.prompt_id, 1)).toBeUndefined();
      expect(await repo.versions(T, first.prompt_id)).toBeUndefined();
      expect(await repo.delete(T, first.prompt_id)).toBe(false);
      expect(await repo.get(T, kept.prompt_id)).toBeDefined();
      // The id is free again: nothing of the old prompt is left behind.
      expect(await repo.create(T, { ...first, prompt: 'new' })).toMatchObject({ version: 1, prompt: 'new' });
      expect(numbers(await repo.versions(T, first.prompt_id))).toEqual([[1, true]]);
    });

    it("keeps tenants apart: another tenant's prompt is unknown to every operation", async () => {
      const first = await withVersions(2);
      const id = first.prompt_id;
      expect(await repo.get(OTHER, id)).toBeUndefined();
      expect(await repo.get(OTHER, id, 1)).toBeUndefined();
      expect(await repo.versions(OTHER, id)).toBeUndefined();
      expect(await repo.update(OTHER, { ...first, version: 3 }, 2, true)).toBeUndefined();
      expect(await repo.setDefault(OTHER, id, 1)).toBeUndefined();
      expect(await repo.delete(OTHER, id)).toBe(false);
      expect((await repo.list(OTHER, page())).data).toEqual([]);
      expect(numbers(await repo.versions(T, id))).toEqual([
        [1, false],
        [2, true],
      ]);
    });

    it('lists each prompt at its default version, newest prompt first or oldest first', async () => {
      const a = await withVersions(1);
      const b = await withVersions(2);
      const c = await withVersions(1);
      await repo.setDefault(T, b.prompt_id, 1);
      // A new version of the oldest prompt does not move it in the list.
      await repo.update(T, { ...a, version: 2, prompt: 'a2' }, 1, true);
      const listed = await repo.list(T, page());
      expect(idsOf(listed)).toEqual([c.prompt_id, b.prompt_id, a.prompt_id]);
      expect(listed.data.map((v) => [v.version, v.is_default])).toEqual([
        [1, true],
        [1, true],
        [2, true],
      ]);
      expect(listed.data[2]!.prompt).toBe('a2');
      expect(listed.hasMore).toBe(false);
      expect(idsOf(await repo.list(T, page({ order: 'asc' })))).toEqual([
        a.prompt_id,
        b.prompt_id,
        c.prompt_id,
      ]);
    });

    it('pages with after and before, and has_more', async () => {
      const made: string[] = [];
      for (let i = 0; i < 5; i++) made.push((await withVersions(1)).prompt_id);
      const first = await repo.list(T, page({ limit: 2, order: 'asc' }));
      expect(idsOf(first)).toEqual(made.slice(0, 2));
      expect(first.hasMore).toBe(true);
      const next = await repo.list(T, page({ limit: 2, order: 'asc', after: made[1] }));
      expect(idsOf(next)).toEqual(made.slice(2, 4));
      const last = await repo.list(T, page({ limit: 2, order: 'asc', after: made[3] }));
      expect(idsOf(last)).toEqual([made[4]]);
      expect(last.hasMore).toBe(false);
      expect(idsOf(await repo.list(T, page({ limit: 2, after: made[3] })))).toEqual([made[2], made[1]]);
      expect(idsOf(await repo.list(T, page({ before: made[3], order: 'asc' })))).toEqual(made.slice(0, 3));
      // A page after a prompt is the same when prompts are created meanwhile.
      await withVersions(1);
      expect(idsOf(await repo.list(T, page({ limit: 2, order: 'asc', after: made[1] })))).toEqual(
        made.slice(2, 4),
      );
    });

    it('pages with limit and before: the prompts just before the cursor, in the list’s order', async () => {
      const made: string[] = [];
      for (let i = 0; i < 5; i++) made.push((await withVersions(1)).prompt_id);
      const asc = await repo.list(T, page({ limit: 2, order: 'asc', before: made[4] }));
      expect([idsOf(asc), asc.hasMore]).toEqual([made.slice(2, 4), true]);
      const desc = await repo.list(T, page({ limit: 2, order: 'desc', before: made[0] }));
      expect([idsOf(desc), desc.hasMore]).toEqual([[made[2], made[1]], true]);
      const start = await repo.list(T, page({ limit: 2, order: 'asc', before: made[2] }));
      expect([idsOf(start), start.hasMore]).toEqual([made.slice(0, 2), false]);
    });

    it('refuses a cursor that is no prompt of this tenant', async () => {
      const mine = await withVersions(1);
      const theirs = await withVersions(1, OTHER);
      await expect(repo.list(T, page({ after: 'pmpt_unknown' }))).rejects.toBeInstanceOf(UnknownCursorError);
      await expect(repo.list(T, page({ after: theirs.prompt_id }))).rejects.toBeInstanceOf(
        UnknownCursorError,
      );
      await expect(repo.list(T, page({ before: 'pmpt_unknown' }))).rejects.toMatchObject({ param: 'before' });
      expect(idsOf(await repo.list(T, page({ after: mine.prompt_id })))).toEqual([]);
    });
  });
}
