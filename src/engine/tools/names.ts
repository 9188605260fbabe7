/**
 * The names a chat backend sees. Chat functions are named by ^[a-zA-Z0-9_-]{1,64}$, in one flat
 * list, while Responses tools may be namespaced, and custom and built-in tools have names of their
 * own; each gets a name of that form, unique in the request, the same for the same tool every turn.
 */
import { createHash } from 'node:crypto';

const MAX = 64;
const VALID = /^[a-zA-Z0-9_-]{1,64}$/;

/** Codex's own convention for a namespaced function flattened into one name (`crm__lookup`). */
export function qualified(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}__${name}` : name;
}

/** The wanted name made valid: other characters become `_`, and a long one is cut with a hash. */
export function validName(wanted: string): string {
  if (VALID.test(wanted)) return wanted;
  const cleaned = wanted.replace(/[^a-zA-Z0-9_-]/g, '_') || '_';
  return cleaned.length <= MAX ? cleaned : hashed(cleaned, wanted);
}

function hashed(base: string, key: string): string {
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 8);
  return `${base.slice(0, MAX - hash.length - 1)}_${hash}`;
}

/** Hands out unique chat names: the wanted one when free, else a hashed variant. */
export class NameTable {
  private readonly taken = new Set<string>();

  claim(wanted: string): string {
    let name = validName(wanted);
    for (let n = 0; this.taken.has(name); n++) name = hashed(validName(wanted), `${wanted}#${n}`);
    this.taken.add(name);
    return name;
  }
}
