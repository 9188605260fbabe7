/**
 * The change feed of this process (a background response's events were stored, its status
 * changed, a job was queued, a response cancelled) and the follower of a background response's
 * events, which reads the store and waits on the feed — or polls, for what another replica wrote.
 */
import { EventEmitter } from 'node:events';
import type { ResponseStreamEvent } from '../../api-types.js';
import type { ResponsesRepository } from '../../store/responses.js';
import { TERMINAL, TERMINAL_EVENTS } from './resource.js';

export class ChangeFeed {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  /** A response's events were stored, or its status changed. */
  changed(id: string): void {
    this.emitter.emit(id);
  }

  queued(): void {
    this.emitter.emit('queued');
  }

  cancelled(id: string): void {
    this.emitter.emit(`cancel:${id}`);
    this.emitter.emit(id);
  }

  /** Calls `listener` on each job queued in this process; returns the unsubscribe. */
  onQueued(listener: () => void): () => void {
    return this.on('queued', listener);
  }

  /** Calls `listener` when `id` is cancelled in this process; returns the unsubscribe. */
  onCancel(id: string, listener: () => void): () => void {
    return this.on(`cancel:${id}`, listener);
  }

  private on(name: string, listener: () => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }

  /** Resolves at `id`'s next change, after `ms`, or when `signal` aborts, whichever comes first. */
  next(id: string, ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        off();
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      const off = this.on(id, done);
      signal.addEventListener('abort', done);
    });
  }
}

export interface Following {
  store: Pick<ResponsesRepository, 'eventsAfter' | 'get'>;
  feed: ChangeFeed;
  /** How often a follower looks for events another replica wrote. */
  pollMs: number;
}

/** Replays the stored events of a background response after `after`, then follows new ones. */
export async function* follow(
  f: Following,
  tenant: string,
  id: string,
  after: number,
  signal: AbortSignal,
): AsyncGenerator<ResponseStreamEvent> {
  let last = after;
  for (;;) {
    let ended = false;
    for (const event of await f.store.eventsAfter(tenant, id, last)) {
      yield event;
      last = event.sequence_number;
      ended ||= TERMINAL_EVENTS.has(event.type);
    }
    if (ended || signal.aborted) return;
    const status = (await f.store.get(tenant, id))?.status;
    // A cancelled response has no final event; anything else ends with one.
    if (status === undefined || status === 'cancelled') return;
    // A finished response was asked for from past its final event (starting_after the last one):
    // there is nothing more to wait for. Its status is saved before its final event is, so the
    // event may also have come just now: then it is read at once.
    if (TERMINAL.has(status)) {
      const final = (await f.store.eventsAfter(tenant, id, -1)).find((e) => TERMINAL_EVENTS.has(e.type));
      if (final && final.sequence_number <= last) return;
      if (final) continue;
    }
    await f.feed.next(id, f.pollMs, signal);
  }
}
