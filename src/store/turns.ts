/**
 * The turns of finished responses, kept in memory: a previous_response_id chain is re-read at every
 * turn, and without this a turn at the end of 1,000 parsed 2,000 stored items each time. Only
 * responses that are completed, failed or incomplete are kept: their items are never written
 * again (every later write is guarded by status), so a copy cannot go stale, even when several
 * processes share the database. A deleted response is simply never asked for again: chains are
 * walked in the database. Items are frozen, since every chain that reaches a turn shares them.
 */
import type { ItemField } from '../api-types.js';

/** One earlier turn of a previous_response_id chain: what was sent and what came back. */
export interface Turn {
  input: ItemField[];
  output: ItemField[];
}

/** A bound on a chain's length, so that a cycle (which the API cannot create) could not loop forever. */
export const MAX_CHAIN = 1_000_000;
/** How many items of finished turns are kept in memory (a few hundred bytes each). */
export const TURN_CACHE_ITEMS = 20_000;

export const FINISHED: ReadonlySet<string> = new Set(['completed', 'failed', 'incomplete']);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export class TurnCache {
  private readonly turns = new Map<string, Turn>();
  private items = 0;

  /** `maxItems` bounds the memory: least recently used turns go first. */
  constructor(private readonly maxItems: number) {}

  get(id: string): Turn | undefined {
    const turn = this.turns.get(id);
    if (turn) {
      this.turns.delete(id);
      this.turns.set(id, turn);
    }
    return turn;
  }

  delete(id: string): void {
    const turn = this.turns.get(id);
    if (!turn) return;
    this.turns.delete(id);
    this.items -= turn.input.length + turn.output.length;
  }

  set(id: string, turn: Turn): void {
    const size = turn.input.length + turn.output.length;
    if (size > this.maxItems || this.turns.has(id)) return;
    this.turns.set(id, deepFreeze(turn));
    this.items += size;
    for (const [oldest, old] of this.turns) {
      if (this.items <= this.maxItems) break;
      this.turns.delete(oldest);
      this.items -= old.input.length + old.output.length;
    }
  }
}
