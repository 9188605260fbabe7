/**
 * A WebSocket connection's own memory of its responses: the latest finished response of each lane,
 * with its whole chain, so the next turn can send `previous_response_id` and only new input — also
 * for `store: false`, which nothing else keeps. Older responses of a lane are forgotten as newer
 * ones finish (a stored one is still found in the store); a continuation that fails forgets the
 * response it continued from. It holds as many lanes as may run at once, the least recently
 * finished one forgotten first, so a client that opens a new stream_id per turn cannot grow it.
 */
import type { PreviousTurns, TurnChain } from '../handlers/responses.js';

export class ConnectionMemory {
  private readonly chains = new Map<string, TurnChain>();
  /** The response each lane would continue from, by lane, the most recently finished last. */
  private readonly latest = new Map<string, string>();

  constructor(private readonly maxLanes: number) {}

  /** The chain up to and including response `id`, when this connection holds it. */
  readonly previous: PreviousTurns = (id) => this.chains.get(id);

  /**
   * A response of `lane` finished (completed or incomplete): it is the one the lane continues from.
   * Its chain is held only when nothing else keeps it (`store: false`); a stored one is read from the
   * store, so a deleted response cannot be continued.
   */
  remember(lane: string, id: string, chain: TurnChain | undefined): void {
    const before = this.latest.get(lane);
    this.latest.delete(lane);
    this.latest.set(lane, id);
    if (chain) this.chains.set(id, chain);
    if (before !== undefined && before !== id) this.release(before);
    for (const [oldest, held] of this.latest) {
      if (this.latest.size <= this.maxLanes) break;
      this.latest.delete(oldest);
      this.release(held);
    }
  }

  /** Drops a response's chain unless a lane still continues from it. */
  private release(id: string): void {
    if (!this.isLatest(id)) this.chains.delete(id);
  }

  forget(id: string): void {
    this.chains.delete(id);
    for (const [lane, latest] of this.latest) if (latest === id) this.latest.delete(lane);
  }

  private isLatest(id: string): boolean {
    for (const latest of this.latest.values()) if (latest === id) return true;
    return false;
  }
}
