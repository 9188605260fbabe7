/** The list shape and page query every list endpoint shares. */
import { badRequest } from '../errors.js';
import { UnknownCursorError, type Page, type PageQuery } from '../store/pagination.js';

export function pageQuery(
  query: { limit?: number; order?: 'asc' | 'desc'; after?: string; before?: string },
  defaultLimit = 20,
): PageQuery {
  return {
    limit: query.limit ?? defaultLimit,
    order: query.order ?? 'desc',
    after: query.after,
    before: query.before,
  };
}

/**
 * One list shape for every page: object, data, first_id, last_id, has_more. The cursors are the
 * objects' ids (listPage), or what `idOf` says is their cursor (listPageBy: a prompt's prompt_id, a
 * version's number).
 */
export function listPage<T extends { id: string }>(load: () => Promise<Page<T>>): Promise<List<T>> {
  return listPageBy(load, (item) => item.id);
}

export async function listPageBy<T>(
  load: () => Promise<Page<T>>,
  idOf: (item: T) => string,
): Promise<List<T>> {
  try {
    const page = await load();
    const first = page.data[0];
    const last = page.data.at(-1);
    return {
      object: 'list' as const,
      data: page.data,
      first_id: first === undefined ? null : idOf(first),
      last_id: last === undefined ? null : idOf(last),
      has_more: page.hasMore,
    };
  } catch (error) {
    if (error instanceof UnknownCursorError)
      throw badRequest(
        `Invalid '${error.param}': no object with that id in this list.`,
        error.param,
        'invalid_value',
      );
    throw error;
  }
}

interface List<T> {
  object: 'list';
  data: T[];
  first_id: string | null;
  last_id: string | null;
  has_more: boolean;
}
