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

/** One list shape for every page: object, data, first_id, last_id, has_more. */
export async function listPage<T extends { id: string }>(load: () => Promise<Page<T>>) {
  try {
    const page = await load();
    return {
      object: 'list' as const,
      data: page.data,
      first_id: page.data[0]?.id ?? null,
      last_id: page.data.at(-1)?.id ?? null,
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
