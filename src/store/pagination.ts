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
 * The one cursor pagination: the conditions and order of a page over an ordering column, the
 * after/before ids resolved to that column's values by `valueOf` (which throws for unknown ids).
 */
export function pageBounds(
  column: SQLWrapper,
  page: PageQuery,
  valueOf: (id: string, param: 'after' | 'before') => number,
): { where: SQL[]; orderBy: SQL } {
  const forward = page.order === 'asc';
  const where: SQL[] = [];
  if (page.after) where.push((forward ? gt : lt)(column, valueOf(page.after, 'after')));
  if (page.before) where.push((forward ? lt : gt)(column, valueOf(page.before, 'before')));
  return { where, orderBy: forward ? asc(column) : desc(column) };
}

export function toPage<T>(rows: T[], limit: number): Page<T> {
  return { data: rows.slice(0, limit), hasMore: rows.length > limit };
}
