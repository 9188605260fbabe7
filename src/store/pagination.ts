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

/**
 * The one cursor resolver: the conditions and order of a page over an ordering column, its
 * after/before ids looked up by `valueOf` (undefined for an id not in the list: UnknownCursorError).
 * `valueOf` may answer synchronously (SQLite's prepared statements) or not (PostgreSQL).
 */
export async function pageBounds(
  column: SQLWrapper,
  page: PageQuery,
  valueOf: (id: string) => number | undefined | Promise<number | undefined>,
): Promise<{ where: SQL[]; orderBy: SQL }> {
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
  return { where, orderBy: forward ? asc(column) : desc(column) };
}

export function toPage<T>(rows: T[], limit: number): Page<T> {
  return { data: rows.slice(0, limit), hasMore: rows.length > limit };
}
