import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { DecodedTooLarge, ZSTD_MAX_WINDOW, ZstdDecompress } from '../src/server/zstd.js';

/** `zstd -19` of a chat completions request (one compressed block). */
const COMPRESSED = Buffer.from(
  'KLUv/SRZXQIAksUREpDPAUg2MHDfopt1/5WfnXFXTBnlh+VmvGA1pT3liwqI6Fybl1fYFUZ18dnUvrxdnMennDZLlPa7eIPtjUhGlezlrld8xwEAX/z5XA==',
  'base64',
);
const PLAIN = '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello, compressed world!"}]}';

/** A frame (window 128 KiB, no checksum) of `blocks` RLE blocks of 128 KiB of `byte` each. */
function rleBomb(blocks: number, byte = 0x20): Buffer {
  const header = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 7 << 3]);
  const block = (last: boolean) => {
    const b = Buffer.alloc(4);
    b.writeUIntLE(((128 * 1024) << 3) | (1 << 1) | (last ? 1 : 0), 0, 3);
    b[3] = byte;
    return b;
  };
  return Buffer.concat([header, ...Array.from({ length: blocks }, (_, i) => block(i === blocks - 1))]);
}

const decode = (chunks: Buffer[], limit = 1 << 20) =>
  buffer(Readable.from(chunks).pipe(new ZstdDecompress(limit)));

const bytewise = (data: Buffer) => [...data].map((b) => Buffer.from([b]));

describe('the zstd request-body decoder', () => {
  it('decodes a stream however it is cut, a byte at a time included', async () => {
    expect((await decode([COMPRESSED])).toString()).toBe(PLAIN);
    expect((await decode(bytewise(COMPRESSED))).toString()).toBe(PLAIN);
  });

  it('decodes concatenated frames and passes skippable ones', async () => {
    const skippable = Buffer.from([0x50, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 1, 2, 3]);
    const out = await decode(bytewise(Buffer.concat([COMPRESSED, skippable, rleBomb(2)])));
    expect(out.subarray(0, PLAIN.length).toString()).toBe(PLAIN);
    expect(out.length).toBe(PLAIN.length + 2 * 128 * 1024);
  });

  it('stops at the limit, however much a frame would decode to', async () => {
    // 1,000 blocks: 125 MiB from 4 KB.
    await expect(decode([rleBomb(1000)], 1 << 20)).rejects.toBeInstanceOf(DecodedTooLarge);
  });

  it('refuses a frame whose window is over 8 MiB before decoding it', async () => {
    // 1 GiB: fzstd would allocate it.
    const big = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 20 << 3, 0, 0, 0]);
    await expect(decode([big])).rejects.toThrow(`at most ${ZSTD_MAX_WINDOW} is allowed`);
    // Single segment: the window is the content size, here 1 GiB in 8 bytes.
    const single = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0xe0, 0, 0, 0, 64, 0, 0, 0, 0]);
    await expect(decode(bytewise(single))).rejects.toThrow('window');
  });

  it('refuses what is not zstd, a reserved block, and a frame cut short', async () => {
    await expect(decode([Buffer.from('plain text, not zstd')])).rejects.toThrow('bad frame magic');
    const reserved = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 7 << 3, 0b111, 0, 0]);
    await expect(decode([reserved])).rejects.toThrow('reserved block type');
    await expect(decode([COMPRESSED.subarray(0, 20)])).rejects.toThrow();
  });
});
