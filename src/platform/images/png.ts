import { crc32, deflateSync } from 'node:zlib';

/**
 * A minimal PNG encoder for 8-bit RGBA images: signature, IHDR, one IDAT, IEND. Enough for images
 * the program draws itself; it needs no image library. zlib.crc32 exists from Node 22.2, below
 * the project's minimum of 22.12.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const BYTES_PER_PIXEL = 4;
const COLOUR_TYPE_RGBA = 6;
const FILTER_NONE = 0;
// Level 3 deflates a drawn 240×320 image several times faster than 6 for a file ~15 % larger.
const DEFLATE_LEVEL = 3;

export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`image size must be positive integers, got ${width}×${height}`);
  }
  const stride = width * BYTES_PER_PIXEL;
  if (rgba.length !== stride * height) {
    throw new RangeError(`expected ${stride * height} bytes of RGBA, got ${rgba.length}`);
  }

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = COLOUR_TYPE_RGBA;
  // Bytes 10–12: deflate compression, adaptive filtering, no interlace — all zero.

  // Each scanline starts with its filter type. Filter "none" keeps encoding fast; drawn images
  // have long runs of one colour, which deflate compresses well without filtering.
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const rowStart = y * (stride + 1);
    raw[rowStart] = FILTER_NONE;
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), rowStart + 1);
  }

  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: DEFLATE_LEVEL })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Length, type, data, and a CRC-32 over type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
