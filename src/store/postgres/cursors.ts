/** pageBounds() over PostgreSQL: its cursors are looked up (asynchronously) before the bounds are built. */
import type { SQLWrapper } from 'drizzle-orm';
import { pageBounds, UnknownCursorError, type PageQuery } from '../pagination.js';

/** `valueOf` returns the ordering value of an object in the list, or undefined when it is not there. */
export async function resolvedPageBounds(
  column: SQLWrapper,
  page: PageQuery,
  valueOf: (id: string) => Promise<number | undefined>,
) {
  const values = new Map<string, number>();
  for (const param of ['after', 'before'] as const) {
    const id = page[param];
    if (!id) continue;
    const value = await valueOf(id);
    if (value === undefined) throw new UnknownCursorError(param);
    values.set(param, value);
  }
  return pageBounds(column, page, (_id, param) => values.get(param)!);
}
