import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Envelope encryption with AES-256-GCM: each item gets its own data key, and only the data key is
 * encrypted ("wrapped") with the key-encryption key from config. Rotating the master key then
 * means re-wrapping small keys, not re-encrypting every image.
 */
export interface Sealed {
  keyId: string;
  wrappedKey: Buffer;
  iv: Buffer;
  authTag: Buffer;
  ciphertext: Buffer;
}

export interface Envelope {
  keyId: string;
  seal(plaintext: Buffer, associatedData: string): Sealed;
  open(sealed: Sealed, associatedData: string): Buffer;
}

const ALGORITHM = 'aes-256-gcm';

/** A short fingerprint of the master key: it names the key without revealing it. */
export function keyIdOf(masterKey: Buffer): string {
  return createHash('sha256').update('key-id').update(masterKey).digest('hex').slice(0, 16);
}

export function createEnvelope(masterKey: Buffer): Envelope {
  if (masterKey.length !== 32) throw new RangeError('The master key must be 32 bytes');
  const keyId = keyIdOf(masterKey);

  const encrypt = (key: Buffer, plaintext: Buffer, aad: string) => {
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, key, iv);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return { iv, ciphertext, authTag: cipher.getAuthTag() };
  };
  const decrypt = (key: Buffer, iv: Buffer, tag: Buffer, ciphertext: Buffer, aad: string) => {
    const decipher = createDecipheriv(ALGORITHM, key, iv);
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  };

  return {
    keyId,
    seal(plaintext, associatedData) {
      const dataKey = randomBytes(32);
      const body = encrypt(dataKey, plaintext, associatedData);
      // The wrapped key is iv (12) + tag (16) + encrypted key (32).
      const wrap = encrypt(masterKey, dataKey, `${keyId}:${associatedData}`);
      return {
        keyId,
        wrappedKey: Buffer.concat([wrap.iv, wrap.authTag, wrap.ciphertext]),
        iv: body.iv,
        authTag: body.authTag,
        ciphertext: body.ciphertext,
      };
    },
    open(sealed, associatedData) {
      if (sealed.keyId !== keyId) throw new Error(`Sealed with another key (${sealed.keyId})`);
      const w = sealed.wrappedKey;
      const dataKey = decrypt(
        masterKey,
        w.subarray(0, 12),
        w.subarray(12, 28),
        w.subarray(28),
        `${keyId}:${associatedData}`,
      );
      return decrypt(dataKey, sealed.iv, sealed.authTag, sealed.ciphertext, associatedData);
    },
  };
}
