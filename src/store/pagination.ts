/** The one cursor pagination of every list: a page query, a page, and the SQL bounds of a page. */
import { asc, desc, gt, lt, type SQL, type SQLWrapper } from 'drizzle-orm';

export interface PageQuery {
  limit: number;
  order: 'asc' | 'desc';
  after?: string | undefined;
  before?: string | undefined;
}

export interface Page<T> {
  data: T[];
  hasMore: boolean;
}

/** Thrown when a pagination cursor names an object that is not in the list. */
export class UnknownCursorError extends Error {
  constructor(readonly param: 'after' | 'before') {
    super(`cursor ${param} not found`);
  }
}

/** The SQL of one page, and how its fetched rows (at most `limit` of them) become the page. */
export interface PageBounds {
  where: SQL[];
  orderBy: SQL;
  /** How many rows to fetch: one more than the page, to tell has_more. */
  limit: number;
  page<T>(rows: T[]): Page<T>;
}

/**
 * The one cursor resolver: the conditions and order of a page over an ordering column, its
 * after/before ids looked up by `valueOf` (undefined for an id not in the list: UnknownCursorError).
 * `valueOf` may answer synchronously (SQLite's prepared statements) or not (PostgreSQL).
 *
 * With `before`, the page is the `limit` rows just before the cursor (OpenAI's semantics): the
 * query walks away from the cursor, in the opposite order, and page() turns the rows back into the
 * list's order; has_more then says there are more rows before the page's first.
 */
export async function pageBounds(
  column: SQLWrapper,
  page: PageQuery,
  valueOf: (id: string) => number | undefined | Promise<number | undefined>,
): Promise<PageBounds> {
  const forward = page.order === 'asc';
  const where: SQL[] = [];
  for (const [param, before] of [
    ['after', false],
    ['before', true],
  ] as const) {
    const id = page[param];
    if (!id) continue;
    const value = await valueOf(id);
    if (value === undefined) throw new UnknownCursorError(param);
    where.push((forward !== before ? gt : lt)(column, value));
  }
  const backward = page.before !== undefined && page.before !== '';
  const ascending = forward !== backward;
  return {
    where,
    orderBy: ascending ? asc(column) : desc(column),
    limit: page.limit + 1,
    page: (rows) => {
      const cut = toPage(rows, page.limit);
      return backward ? { ...cut, data: cut.data.reverse() } : cut;
    },
  };
}

/** A page of rows fetched in the list's order, one more than `limit` if there are more. */
export function toPage<T>(rows: T[], limit: number): Page<T> {
  return { data: rows.slice(0, limit), hasMore: rows.length > limit };
}
