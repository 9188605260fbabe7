/**
 * What create() returns: one Run, whether the caller wants the finished Response or its events.
 * Iterate it for the events (once), or call result() for the Response once the run is over.
 */
import type { ItemField, ResponseResource, ResponseStreamEvent } from '../../api-types.js';
import type { Turn } from '../../store/responses.js';

export class Run implements AsyncIterable<ResponseStreamEvent> {
  private iterated = false;

  constructor(
    /** The Response as it is built: its output fills in as the run goes. */
    readonly response: ResponseResource,
    /** This turn's input items, normalized. */
    readonly input: ItemField[],
    private readonly events: AsyncGenerator<ResponseStreamEvent>,
    /** The earlier turns it continues (previous_response_id), oldest first. */
    private readonly history: readonly Turn[] = [],
  ) {}

  [Symbol.asyncIterator](): AsyncGenerator<ResponseStreamEvent> {
    if (this.iterated) throw new Error('A Run can be iterated once.');
    this.iterated = true;
    return this.events;
  }

  /**
   * Runs to the end without a consumer of the events and resolves to the Response (a background
   * one as it was queued). Not a `then`: a thenable Run would be swallowed by any async function
   * that returned it.
   */
  async result(): Promise<ResponseResource> {
    for await (const _ of this);
    return this.response;
  }

  /** This turn as a later one continues it: its input and (so far) its output. */
  get turn(): Turn {
    return { input: this.input, output: this.response.output };
  }

  /** The whole chain a later turn continues from this one: the earlier turns, then this one. */
  get chain(): Turn[] {
    return [...this.history, this.turn];
  }
}

/** A run that has no events of its own to produce (a queued background response, not streamed). */
export async function* noEvents(): AsyncGenerator<ResponseStreamEvent> {}
