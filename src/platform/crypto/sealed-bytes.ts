import type { Sealed } from './envelope.ts';

/**
 * One sealed value in one bytea column:
 *   1 byte        format version (1)
 *   1 byte        length K of the key id, then K bytes
 *   2 bytes       length W of the wrapped data key (big-endian), then W bytes
 *   1 byte        length I of the IV, then I bytes
 *   1 byte        length T of the GCM tag, then T bytes
 *   the rest      the ciphertext
 */
const FORMAT_VERSION = 1;

export function serialiseSealed(sealed: Sealed): Buffer {
  const keyId = Buffer.from(sealed.keyId, 'utf8');
  if (keyId.length > 255 || sealed.iv.length > 255 || sealed.authTag.length > 255) {
    throw new RangeError('Sealed part too long for the format');
  }
  const wrappedLength = Buffer.alloc(2);
  wrappedLength.writeUInt16BE(sealed.wrappedKey.length);
  return Buffer.concat([
    Buffer.from([FORMAT_VERSION, keyId.length]),
    keyId,
    wrappedLength,
    sealed.wrappedKey,
    Buffer.from([sealed.iv.length]),
    sealed.iv,
    Buffer.from([sealed.authTag.length]),
    sealed.authTag,
    sealed.ciphertext,
  ]);
}

export function parseSealed(stored: Uint8Array): Sealed {
  // Drivers hand bytea back as a Buffer (pg) or a plain Uint8Array (PGlite).
  const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  let at = 0;
  const take = (n: number): Buffer => {
    if (at + n > bytes.length) throw new RangeError('Sealed value is cut short');
    const part = bytes.subarray(at, at + n);
    at += n;
    return part;
  };
  if (take(1)[0] !== FORMAT_VERSION) throw new RangeError('Unknown sealed value format');
  const keyId = take(take(1)[0] ?? 0).toString('utf8');
  const wrappedKey = take(take(2).readUInt16BE(0));
  const iv = take(take(1)[0] ?? 0);
  const authTag = take(take(1)[0] ?? 0);
  return { keyId, wrappedKey, iv, authTag, ciphertext: bytes.subarray(at) };
}
