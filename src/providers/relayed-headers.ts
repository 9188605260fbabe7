/**
 * Which upstream reply headers the gateway passes on to its client: the rate-limit advice the SDKs
 * act on (`retry-after`, `retry-after-ms`: how long to wait before retrying) and OpenAI's
 * `x-ratelimit-*` budget headers. Every transport (the express pass-through, the Responses engine's
 * replies, the fast lane) relays exactly these, through this one function.
 */
export type RelayedHeaders = Readonly<Record<string, string>>;

const RELAYED = /^(?:retry-after(?:-ms)?|x-ratelimit-[a-z0-9-]+)$/;

type HeaderSource = Headers | Readonly<Record<string, string | string[] | undefined>>;

/** The relayed subset of an upstream's headers (WHATWG Headers or node's header record); undefined if none. */
export function relayedHeaders(headers: HeaderSource | undefined | null): RelayedHeaders | undefined {
  if (!headers) return undefined;
  let out: Record<string, string> | undefined;
  const take = (name: string, value: string | string[] | undefined) => {
    const lower = name.toLowerCase();
    if (value === undefined || !RELAYED.test(lower)) return;
    (out ??= {})[lower] = Array.isArray(value) ? value.join(', ') : value;
  };
  if (headers instanceof Headers) headers.forEach((value, name) => take(name, value));
  else for (const name in headers) take(name, headers[name]);
  return out;
}
