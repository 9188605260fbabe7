/**
 * What handlers return. A handler returns its typed JSON body, or one of these when the bytes come
 * from elsewhere. Nothing here knows express, so handlers stay free of HTTP.
 */
import type { Readable } from 'node:stream';
import type { Logger } from 'pino';

/** A file received in a multipart body, on disk until a handler adopts it (or the reply ends). */
export interface UploadedFile {
  field: string;
  path: string;
  filename: string;
  size: number;
  /** As the client labelled the part; application/octet-stream when it did not. */
  contentType: string;
}

export interface HandlerContext {
  requestId: string;
  /** Every stored row is scoped to this; "default" until API keys land. */
  tenant: string;
  log: Logger;
  /** Aborted when the client goes away before its reply is complete. */
  signal: AbortSignal;
  /** The provider a `/{provider}/v1/…` path fixed (routing then takes the model id as that provider's own). */
  provider?: string;
  /** The request body exactly as the client sent it. */
  rawBody?: Uint8Array;
  /** The files of a multipart body. */
  uploads?: UploadedFile[];
  /** Headers the reply carries from the upstream that served it (retry-after, x-ratelimit-*). */
  replyHeaders?: Readonly<Record<string, string>> | undefined;
  /** Fields the request's access line carries besides its own (a tool that was not offered). */
  accessFields?: Record<string, unknown>;
}

/** A reply whose body was produced elsewhere (an upstream) and is sent byte for byte. */
export class RawReply {
  constructor(
    readonly status: number,
    readonly contentType: string,
    readonly body: Uint8Array,
  ) {}
}

/**
 * A text/event-stream reply. Each chunk is written as it arrives, one write per chunk; a chunk is a
 * whole SSE event (or, when passing an upstream through, whatever bytes the upstream sent).
 * `onError` renders a failure that happens after the headers went out as a final chunk.
 */
export class StreamReply {
  constructor(
    readonly chunks: AsyncIterable<Uint8Array | string>,
    readonly onError: (error: unknown) => string,
  ) {}
}

/** A download: bytes streamed from storage, with their length and a name to save them under. */
export class FileReply {
  constructor(
    readonly body: Readable,
    readonly size: number,
    readonly contentType: string,
    readonly filename: string,
  ) {}
}

export type Reply<T> = T | RawReply | StreamReply | FileReply;
