/**
 * A streaming zstd decoder for request bodies (Node 20's zlib has none): fzstd, pure JS, behind two
 * guards. fzstd allocates each frame's window as it reads the frame's header, up to 2 GB, so the
 * frames are scanned first and one that needs more than RFC 9659's 8 MiB (the most a zstd HTTP
 * content coding may use) is refused before fzstd sees it. And fzstd decodes all of a chunk's
 * blocks at once, so the output is counted as it comes and decoding stops past the limit.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { Decompress } from 'fzstd';

/** RFC 9659 §3: a zstd content coding's window is at most 8 MiB. */
export const ZSTD_MAX_WINDOW = 8 * 1024 * 1024;

const ZSTD_MAGIC = 0xfd2fb528;
const isSkippableMagic = (magic: number) => (magic & 0xfffffff0) === 0x184d2a50;

/** The decoded body passed the limit it was given. */
export class DecodedTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`the decoded body is larger than ${limit} bytes`);
  }
}

/**
 * Follows frame and block boundaries through a zstd stream, chunk by chunk, without decoding: each
 * frame header is checked for its window size, each block header says how many bytes to pass.
 */
class FrameScanner {
  /** Bytes to pass unread: the rest of a block, a checksum, a skippable frame. */
  private skip = 0;
  private head: Buffer = Buffer.alloc(0);
  private inFrame = false;
  private checksum = false;

  scan(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.skip) {
        const n = Math.min(this.skip, chunk.length - at);
        this.skip -= n;
        at += n;
        continue;
      }
      const need = this.inFrame ? 3 : this.frameHeaderLength();
      const take = Math.min(need - this.head.length, chunk.length - at);
      this.head = Buffer.concat([this.head, chunk.subarray(at, at + take)]);
      at += take;
      if (this.head.length < need) continue;
      // A frame header's length is known only once its first five bytes are in.
      if (!this.inFrame && this.frameHeaderLength() > this.head.length) continue;
      if (this.inFrame) this.block(this.head);
      else this.frame(this.head);
      this.head = Buffer.alloc(0);
    }
  }

  /** How many bytes the frame header being read has (at least what is needed to tell). */
  private frameHeaderLength(): number {
    if (this.head.length < 4) return 4;
    const magic = this.head.readUInt32LE(0);
    if (isSkippableMagic(magic)) return 8;
    if (magic !== ZSTD_MAGIC) throw new Error('not zstd data (bad frame magic number)');
    if (this.head.length < 5) return 5;
    const descriptor = this.head[4]!;
    const singleSegment = (descriptor >> 5) & 1;
    const dictionaryBytes = [0, 1, 2, 4][descriptor & 3]!;
    const contentSizeFlag = descriptor >> 6;
    const contentSizeBytes = contentSizeFlag ? 1 << contentSizeFlag : singleSegment;
    return 5 + (singleSegment ? 0 : 1) + dictionaryBytes + contentSizeBytes;
  }

  private frame(head: Buffer): void {
    if (isSkippableMagic(head.readUInt32LE(0))) {
      this.skip = head.readUInt32LE(4);
      return;
    }
    const descriptor = head[4]!;
    const singleSegment = (descriptor >> 5) & 1;
    let window: number;
    if (singleSegment) {
      // The window is the frame's content size, the header's last field.
      const bytes = descriptor >> 6 ? 1 << (descriptor >> 6) : 1;
      const field = head.subarray(head.length - bytes);
      window =
        bytes === 8 ? Number(field.readBigUInt64LE()) : field.readUIntLE(0, bytes) + (bytes === 2 ? 256 : 0);
    } else {
      const wd = head[5]!;
      const base = 2 ** (10 + (wd >> 3));
      window = base + (base / 8) * (wd & 7);
    }
    if (window > ZSTD_MAX_WINDOW)
      throw new Error(`a zstd frame needs a ${window}-byte window; at most ${ZSTD_MAX_WINDOW} is allowed`);
    this.checksum = ((descriptor >> 2) & 1) === 1;
    this.inFrame = true;
  }

  private block(head: Buffer): void {
    const header = head.readUIntLE(0, 3);
    const last = header & 1;
    const type = (header >> 1) & 3;
    const size = header >>> 3;
    if (type === 3) throw new Error('corrupt zstd data (reserved block type)');
    // An RLE block is one byte in the stream, repeated `size` times when decoded.
    this.skip = (type === 1 ? 1 : size) + (last && this.checksum ? 4 : 0);
    if (last) this.inFrame = false;
  }
}

export class ZstdDecompress extends Transform {
  private readonly scanner = new FrameScanner();
  private readonly decoder: Decompress;
  private produced = 0;

  constructor(limit: number) {
    super();
    this.decoder = new Decompress((data) => {
      this.produced += data.length;
      if (this.produced > limit) throw new DecodedTooLarge(limit);
      if (data.length) this.push(Buffer.from(data));
    });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.scanner.scan(chunk);
      this.decoder.push(chunk);
      done();
    } catch (error) {
      done(asError(error));
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      this.decoder.push(new Uint8Array(0), true);
      done();
    } catch (error) {
      done(asError(error));
    }
  }
}

/** fzstd throws Errors with a numeric code; anything else thrown is wrapped. */
function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
