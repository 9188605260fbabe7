/**
 * The one lease-renewal loop: a run in progress renews its lease a few times per lease period, so
 * that if its process dies the lease runs out and a sweep fails the run (engine/background.ts).
 */
import type { ResponseStatus } from '../../api-types.js';
import type { Lease, ResponseQueue } from '../../store/responses.js';

export interface LeaseEvents {
  /** The stored response is no longer in progress (cancelled, from any process) or is gone. */
  lost?: () => void;
  /** A renewal failed (the database closed at shutdown while the run went on). */
  failed?: (error: unknown) => void;
}

/** Renews `id`'s lease until the returned function is called. */
export function holdLease(
  store: Pick<ResponseQueue, 'renew'>,
  id: string,
  lease: Lease,
  on: LeaseEvents = {},
): () => void {
  // A renewal that fails only lets the lease run out, which is what a stopped process should leave
  // behind: not an unhandled rejection.
  const renew = () =>
    store.renew(id, lease.owner, lease.ms).then(
      (status: ResponseStatus | undefined) => {
        if (status !== 'in_progress') on.lost?.();
      },
      (error: unknown) => on.failed?.(error),
    );
  const timer = setInterval(() => void renew(), lease.ms / 3);
  timer.unref();
  return () => clearInterval(timer);
}
