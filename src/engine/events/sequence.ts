/**
 * Stream events as the contract's union defines them. Every event of a run is made here, numbered
 * in one sequence, so a misspelled or missing field is a compile error.
 */
import type { ResponseStreamEvent } from '../../api-types.js';

export type EventType = ResponseStreamEvent['type'];
export type EventOf<K extends EventType> = Extract<ResponseStreamEvent, { type: K }>;
/** An event's own fields: what is left once its type and sequence number are given. */
export type EventFields<K extends EventType> = Omit<EventOf<K>, 'type' | 'sequence_number'>;

/** Omit over each member of a union (a plain Omit keeps only the members' common fields). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An event made elsewhere (a hosted tool, a native provider) that the run numbers. */
export type UnnumberedEvent = DistributiveOmit<ResponseStreamEvent, 'sequence_number'>;

export class EventSequence {
  /** `next`: where numbering starts (a background run continues after its stored events). */
  constructor(private next = 0) {}

  event<K extends EventType>(type: K, fields: EventFields<K>): EventOf<K> {
    // The spread of a generic Omit is not known to TypeScript to rebuild the member it came from.
    return { type, sequence_number: this.next++, ...fields } as EventOf<K>;
  }

  number(event: UnnumberedEvent): ResponseStreamEvent {
    return { ...event, sequence_number: this.next++ } as ResponseStreamEvent;
  }

  /** The error event; see errorEvent(). */
  error(error: ErrorFields): ResponseStreamEvent {
    return errorEvent(this.next++, error);
  }
}

type ErrorFields = EventOf<'error'>['error'];

/**
 * The `error` event. Open Responses nests the error; OpenAI's ResponseErrorEvent has its fields at
 * the top level. It carries both, so it validates against both specs.
 */
export function errorEvent(sequenceNumber: number, error: ErrorFields): ResponseStreamEvent {
  const event: EventOf<'error'> & Pick<ErrorFields, 'code' | 'message' | 'param'> = {
    type: 'error',
    sequence_number: sequenceNumber,
    error,
    code: error.code,
    message: error.message,
    param: error.param,
  };
  return event;
}
