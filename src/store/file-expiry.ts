/** Which files rows are live (the tenant's, not expired): one condition for both dialects' tables. */
import { eq, gt, isNull, or, type Column, type GetColumnData, type SQL } from 'drizzle-orm';

export function liveFiles<Tenant extends Column, ExpiresAt extends Column>(
  table: { tenant: Tenant; expiresAt: ExpiresAt },
  tenant: GetColumnData<Tenant, 'raw'>,
  now: GetColumnData<ExpiresAt, 'raw'>,
): SQL[] {
  return [eq(table.tenant, tenant), or(isNull(table.expiresAt), gt(table.expiresAt, now))!];
}
