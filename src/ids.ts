/** The one id generator, with the API's prefixes (files use OpenAI's `file-`, the rest `prefix_`). */
import { randomBytes } from 'node:crypto';

export type IdPrefix =
  | 'resp'
  | 'conv'
  | 'msg'
  | 'fc'
  | 'fco'
  | 'rs'
  | 'cmp'
  | 'call'
  | 'file'
  | 'ws'
  | 'pmpt'
  | 'vs'
  | 'vsfb'
  // file_search_call items.
  | 'fs'
  // The items of tool shapes other than functions (engine/tools/).
  | 'ctc'
  | 'ctco'
  | 'lsh'
  | 'lsho'
  | 'sh'
  | 'sho'
  | 'apc'
  | 'apco'
  | 'tsc'
  | 'tso'
  | 'at';

export function newId(prefix: IdPrefix): string {
  const separator = prefix === 'file' ? '-' : '_';
  return `${prefix}${separator}${randomBytes(prefix === 'call' ? 12 : 24).toString('hex')}`;
}
