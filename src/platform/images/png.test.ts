import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { imageInfo } from './image-info.ts';
import { encodePng } from './png.ts';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The chunks of a PNG, each with its CRC checked against an independent implementation. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  const found: { type: string; data: Buffer }[] = [];
  let offset = 8;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length)).toBe(
      crc32(png.subarray(offset + 4, offset + 8 + length)),
    );
    found.push({ type, data });
    offset += 12 + length;
  }
  return found;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe('encodePng', () => {
  it('writes signature, IHDR, IDAT and IEND that decode back to the pixels', () => {
    const rgba = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) % 256);
    const png = encodePng(3, 2, rgba);
    expect([...png.subarray(0, 8)]).toEqual(SIGNATURE);
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = parts[0]?.data ?? Buffer.alloc(0);
    expect(header.readUInt32BE(0)).toBe(3);
    expect(header.readUInt32BE(4)).toBe(2);
    expect([...header.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    const raw = inflateSync(parts[1]?.data ?? Buffer.alloc(0));
    expect(raw.length).toBe(2 * (1 + 3 * 4));
    expect([...raw.subarray(1, 13)]).toEqual([...rgba.subarray(0, 12)]);
    expect([...raw.subarray(14, 26)]).toEqual([...rgba.subarray(12, 24)]);
    expect(imageInfo(png)).toEqual({ contentType: 'image/png', width: 3, height: 2 });
  });

  it('refuses a buffer of the wrong size', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(RangeError);
    expect(() => encodePng(0, 2, new Uint8Array(0))).toThrow(RangeError);
  });
});
