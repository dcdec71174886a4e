import { createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto';

/** PKCS#8 header of an Ed25519 private key; the 32-byte seed follows it (RFC 8410). */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export interface SealKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/**
 * The Ed25519 key that signs audit seals, derived from the service's signing secret for this one
 * purpose: the public half lets anyone check a seal without being able to make one.
 */
export function sealKeysFrom(signingKey: Buffer): SealKeys {
  const seed = Buffer.from(
    hkdfSync('sha256', signingKey, Buffer.alloc(0), 'register-gateway audit seal v1', 32),
  );
  const privateKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  return { privateKey, publicKey: createPublicKey(privateKey) };
}
