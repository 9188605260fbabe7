/**
 * Pass-through of an OpenAI-compatible call to the provider that serves the model: the client's
 * bytes go up unchanged (unless the model id must be rewritten), the upstream's bytes come back.
 */
import { ApiError, badGateway } from '../errors.js';
import { relayedHeaders } from '../providers/relayed-headers.js';
import type { ProviderRegistry } from '../providers/registry.js';
import type { SecretScrubber } from '../providers/secrets.js';
import type { UpstreamBody, UpstreamReply } from '../providers/transport.js';
import { expectReply, notAReply, notAStream, REPLY_KIND_OF_PATH } from '../providers/upstream-errors.js';
import { RawReply, StreamReply, type HandlerContext } from '../server/reply.js';
import { formatEvent } from '../server/sse.js';

const encoder = new TextEncoder();

/** The client's body with the upstream's model id, and whatever else `edit` changes. */
async function rewritten(
  raw: Uint8Array,
  model: string,
  edit?: (body: Record<string, unknown>) => Promise<void>,
): Promise<Uint8Array> {
  const body = JSON.parse(Buffer.from(raw).toString('utf8')) as Record<string, unknown>;
  body.model = model;
  await edit?.(body);
  return encoder.encode(JSON.stringify(body));
}

/** Written when the upstream fails after the stream has started: the SDKs raise it as an APIError. */
function streamError(error: unknown): string {
  const apiError =
    error instanceof ApiError
      ? error
      : badGateway(`The upstream stream broke off: ${(error as Error)?.message ?? error}`);
  return formatEvent(JSON.stringify(apiError.toJSON()));
}

async function* chunksOf(body: UpstreamBody, secrets: SecretScrubber): AsyncGenerator<Uint8Array> {
  // Returning early (client gone) destroys the body, which aborts the upstream request. The bytes
  // go out as they came, but for a configured secret an upstream echoed (in an error event).
  for await (const chunk of body) yield secrets.scrubBytes(chunk);
}

const headerOf = (headers: UpstreamReply['headers'], name: string): string => {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
};

export async function passThrough(
  providers: ProviderRegistry,
  path: string,
  request: { model: string; stream?: boolean | null },
  ctx: HandlerContext,
  /** Changes to the client's body (parsed afresh from its bytes, so no validator defaults). */
  edit?: (body: Record<string, unknown>) => Promise<void>,
): Promise<RawReply | StreamReply> {
  const route = await providers.route(request.model);
  const raw = ctx.rawBody ?? encoder.encode(JSON.stringify(request));
  const body =
    route.upstreamModel === request.model && !edit ? raw : await rewritten(raw, route.upstreamModel, edit);
  const provider = route.provider;
  const upstream = await provider.send(path, body, ctx.signal);
  ctx.replyHeaders = relayedHeaders(upstream.headers);
  const contentType = headerOf(upstream.headers, 'content-type');

  if (request.stream) {
    if (!contentType.includes('text/event-stream')) {
      throw notAStream(provider, contentType, await upstream.body.text().catch(() => ''));
    }
    return new StreamReply(chunksOf(upstream.body, provider.secrets), (error) =>
      streamError(provider.upstreamError(error)),
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await upstream.body.bytes();
  } catch (error) {
    throw provider.bodyError(error, ctx.signal);
  }
  const kind = REPLY_KIND_OF_PATH[path]!;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch {
    throw notAReply(provider, kind, undefined);
  }
  expectReply(provider, kind, parsed);
  return new RawReply(upstream.status, 'application/json', bytes);
}
