/** The one id generator, with the API's prefixes. */
import { randomBytes } from 'node:crypto';

export type IdPrefix = 'resp' | 'msg' | 'fc' | 'fco' | 'rs' | 'cmp' | 'call';

export function newId(prefix: IdPrefix): string {
  return `${prefix}_${randomBytes(prefix === 'call' ? 12 : 24).toString('hex')}`;
}
