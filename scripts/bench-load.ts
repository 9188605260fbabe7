/** What both bench scripts measure with: the request headers, percentiles, and the c64 autocannon run. */
import autocannon from 'autocannon';

export const HEADERS = { 'content-type': 'application/json', authorization: 'Bearer bench' };

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/** 64 connections POSTing `body` to `url` for `seconds`, after a 2 s warm-up. */
export async function concurrent(
  url: string,
  body: string,
  seconds: number,
): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const run = (duration: number) =>
    autocannon({ url, method: 'POST', headers: HEADERS, body, connections: 64, duration });
  await run(2);
  const r = await run(seconds);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}
