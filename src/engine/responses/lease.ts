/**
 * The one lease-renewal loop: a job in progress (a background response, an ingestion job) renews
 * its lease a few times per lease period, so that if its process dies the lease runs out and
 * another process takes the job over (engine/background.ts).
 */
import type { ResponseStatus } from '../../api-types.js';
import type { Lease, ResponseQueue } from '../../store/responses.js';

export interface LeaseEvents {
  /** The job is no longer in progress (cancelled, from any process) or is gone. */
  lost?: () => void;
  /** A renewal failed (the database closed at shutdown while the run went on). */
  failed?: (error: unknown) => void;
}

/**
 * Calls `renew` every third of `leaseMs` until the returned function is called; `renew` answers
 * whether the job is still this process's and in progress.
 */
export function keepLease(renew: () => Promise<boolean>, leaseMs: number, on: LeaseEvents = {}): () => void {
  // A renewal that fails only lets the lease run out, which is what a stopped process should leave
  // behind: not an unhandled rejection.
  const tick = () =>
    renew().then(
      (held) => {
        if (!held) on.lost?.();
      },
      (error: unknown) => on.failed?.(error),
    );
  const timer = setInterval(() => void tick(), leaseMs / 3);
  timer.unref();
  return () => clearInterval(timer);
}

/** Renews response `id`'s lease until the returned function is called. */
export function holdLease(
  store: Pick<ResponseQueue, 'renew'>,
  id: string,
  lease: Lease,
  on: LeaseEvents = {},
): () => void {
  return keepLease(
    () =>
      store
        .renew(id, lease.owner, lease.ms)
        .then((status: ResponseStatus | undefined) => status === 'in_progress'),
    lease.ms,
    on,
  );
}
