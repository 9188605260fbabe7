/**
 * The gateway's own upstream credentials, kept out of anything it relays. A careless upstream may
 * echo the key it was sent ("Incorrect API key provided: sk-…") in an error message or a stream's
 * error event; the client must never see it.
 */
import type { ProviderConfig } from '../config.js';

/** Header names whose configured values are credentials. */
const SECRET_HEADER = /authorization|cookie|api[-_]?key|token|secret|password|credential|session/i;

/**
 * Shorter values are not treated as secrets: they would match ordinary words in messages (and
 * `no-key`, the placeholder sent to servers that take no key, is not one).
 */
export const MIN_SECRET_LENGTH = 8;

export const REDACTED = '[redacted]';

export class SecretScrubber {
  private readonly secrets: string[];
  private readonly bytes: Buffer[];

  constructor(secrets: Iterable<string>) {
    const kept = new Set<string>();
    for (const secret of secrets) if (secret.length >= MIN_SECRET_LENGTH) kept.add(secret);
    // Longest first, so a key is removed whole before a shorter secret inside it could match.
    this.secrets = [...kept].sort((a, b) => b.length - a.length);
    this.bytes = this.secrets.map((s) => Buffer.from(s));
  }

  /** Every provider's api_key, the credential-looking header values and base URL passwords. */
  static fromConfig(providers: readonly ProviderConfig[]): SecretScrubber {
    const secrets: string[] = [];
    for (const p of providers) {
      secrets.push(p.apiKey);
      for (const [name, value] of Object.entries(p.headers)) {
        if (!SECRET_HEADER.test(name)) continue;
        secrets.push(value);
        // "Bearer <token>": the token alone may be echoed too.
        const scheme = /^\s*[A-Za-z][\w-]*\s+(\S+)\s*$/.exec(value);
        if (scheme) secrets.push(scheme[1]!);
      }
      try {
        const url = new URL(p.baseURL);
        if (url.password) secrets.push(decodeURIComponent(url.password));
      } catch {
        // An unparseable base URL fails at the first call, with nothing to hide here.
      }
    }
    return new SecretScrubber(secrets);
  }

  scrub(text: string): string;
  scrub(text: string | null): string | null;
  scrub(text: string | null): string | null {
    if (text === null) return null;
    let out = text;
    for (const secret of this.secrets) if (out.includes(secret)) out = out.replaceAll(secret, REDACTED);
    return out;
  }

  /**
   * For relayed bytes (a pass-through stream): unchanged unless a secret is in this chunk. A secret
   * split across two chunks is not seen; upstreams echo keys in small error events, written whole.
   */
  scrubBytes(chunk: Uint8Array): Uint8Array {
    if (!this.bytes.length) return chunk;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (!this.bytes.some((secret) => buffer.includes(secret))) return chunk;
    return Buffer.from(this.scrub(buffer.toString('utf8')));
  }
}
