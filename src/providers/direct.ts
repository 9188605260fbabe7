/**
 * The pass-through's direct call to a provider (Provider.send), without the openai SDK's request
 * machinery but with its semantics: the same headers, the same retries and backoff, and failures
 * turned into the SDK's own error classes, so that Provider.upstreamError maps both paths alike.
 */
import { APIConnectionError, APIError, APIUserAbortError } from 'openai';
import type { UpstreamReply } from './transport.js';

/**
 * The SDK's error for a failed exchange (no reply at all). The transport's own error stays its
 * cause, so upstream-errors.ts can say which limit fired (a timeout) or why no connection was made.
 */
export function connectionError(error: unknown, signal: AbortSignal | undefined): APIError {
  if (signal?.aborted) return new APIUserAbortError();
  return new APIConnectionError({ cause: error instanceof Error ? error : new Error(String(error)) });
}

/** The SDK's error for a reply outside 2xx (its body read, as the SDK reads it). */
export async function statusError(reply: UpstreamReply): Promise<APIError> {
  const text = await reply.body.text().catch(() => '');
  let json: object | undefined;
  try {
    json = JSON.parse(text) as object;
  } catch {
    json = undefined;
  }
  const headers = new Headers();
  for (const [key, value] of Object.entries(reply.headers))
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(key, v);
  return APIError.generate(reply.status, json, json ? undefined : text, headers);
}

/** Whether the SDK would try again after this (maxRetries permitting). */
export function retryable(error: APIError): boolean {
  if (error instanceof APIUserAbortError) return false;
  if (error.status === undefined) return true;
  const hint = error.headers?.get('x-should-retry');
  if (hint === 'true') return true;
  if (hint === 'false') return false;
  return error.status === 408 || error.status === 409 || error.status === 429 || error.status >= 500;
}

/** The SDK's wait before retry `attempt` (0-based): the upstream's retry-after, else 0.5 s doubling to 8 s with jitter. */
export function retryDelayMs(error: APIError, attempt: number): number {
  const headers = error.headers;
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  let wait = Number.isNaN(ms) ? undefined : ms;
  const after = headers?.get('retry-after');
  if (wait === undefined && after) {
    const seconds = Number.parseFloat(after);
    wait = Number.isNaN(seconds) ? Date.parse(after) - Date.now() : seconds * 1000;
  }
  // As the SDK does: whatever the upstream asks for; the client leaving ends the wait (Provider.send).
  if (wait !== undefined && Number.isFinite(wait) && wait >= 0) return wait;
  return Math.min(0.5 * 2 ** attempt, 8) * (1 - Math.random() * 0.25) * 1000;
}
