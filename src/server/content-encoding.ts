/**
 * Compressed request bodies (Content-Encoding gzip, deflate, br, zstd), decoded in front of every
 * route, JSON and multipart alike, before either transport reads them: the request goes on as a
 * stand-in whose body is the decoded stream. Decoding is a stream with backpressure and stops at the
 * limit, so a small body that decodes to gigabytes (a zip bomb) is a 413 after `limit` bytes, never
 * a process out of memory. What does not decode is a 400, an encoding not listed a 415; both
 * reach the reader of the body (express.json, multer) as its stream's error, and so the one error
 * mapping.
 */
import { IncomingMessage, type RequestListener } from 'node:http';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { ApiError, badRequest } from '../errors.js';
import { bodyTooLarge } from './errors.js';
import { standIn } from './stand-in.js';
import { DecodedTooLarge, ZstdDecompress } from './zstd.js';

const DECODERS: Record<string, (limit: number) => Transform> = {
  gzip: () => createGunzip(),
  'x-gzip': () => createGunzip(),
  deflate: () => createInflate(),
  br: () => createBrotliDecompress(),
  zstd: (limit) => new ZstdDecompress(limit),
};

export const SUPPORTED_ENCODINGS = Object.keys(DECODERS).filter((e) => !e.startsWith('x-'));

export interface DecodeLimits {
  /** The most a decoded body may have; a multipart upload's is the larger. */
  bodyBytes: number;
  multipartBytes: number;
}

const unsupported = (encoding: string) =>
  new ApiError(
    415,
    `The request's Content-Encoding is not supported (${encoding}); ${SUPPORTED_ENCODINGS.join(', ')} are.`,
    'invalid_request_error',
    null,
    'unsupported_encoding',
  );

const undecodable = (error: Error) =>
  badRequest(`The request body could not be read: ${error.message}.`, null, 'invalid_body');

/** The request with its body decoded, for `next` to read as if it had come so. */
export function decodingBodies(limits: DecodeLimits, next: RequestListener): RequestListener {
  return (req, res) => {
    const encoding = req.headers['content-encoding']?.trim().toLowerCase();
    if (!encoding || encoding === 'identity') return next(req, res);
    const multipart = /^multipart\//i.test(req.headers['content-type'] ?? '');
    next(decoded(req, encoding, multipart ? limits.multipartBytes : limits.bodyBytes), res);
  };
}

function decoded(req: IncomingMessage, encoding: string, limit: number): IncomingMessage {
  const {
    'content-encoding': _encoding,
    'content-length': _length,
    ...headers
  } = req.headers as Record<string, string>;
  // No length is known: a chunked body is what the body readers expect then (and the fast lane
  // hands such a request to express).
  const body = standIn(req, { ...headers, 'transfer-encoding': 'chunked' });
  // The stand-in shares the client's socket, which destroying it must not close: the error reply
  // still has to go out on it.
  body._destroy = (error, callback) => callback(error);
  // A route that reads no body never listens for its stream's error; that must not end the process.
  body.on('error', () => undefined);
  let failed = false;
  const fail = (error: ApiError) => {
    if (failed) return;
    failed = true;
    req.unpipe();
    decoder?.destroy();
    req.resume();
    // Marked complete, so a reader that drains the rest of its body on an error does not wait.
    body.complete = true;
    body.destroy(error);
  };
  const make = DECODERS[encoding];
  const decoder = make?.(limit);
  if (!decoder) {
    process.nextTick(() => fail(unsupported(encoding)));
    return body;
  }
  let produced = 0;
  decoder.on('data', (chunk: Buffer) => {
    produced += chunk.length;
    if (produced > limit) return fail(bodyTooLarge());
    if (!body.push(chunk)) decoder.pause();
  });
  body._read = () => decoder.resume();
  decoder.on('end', () => {
    if (failed) return;
    body.complete = true;
    body.push(null);
  });
  decoder.on('error', (error) =>
    fail(error instanceof DecodedTooLarge ? bodyTooLarge() : undecodable(error)),
  );
  req.on('close', () => {
    if (!req.complete)
      fail(badRequest('The client closed the request before its body ended.', null, 'invalid_body'));
  });
  req.pipe(decoder);
  return body;
}
