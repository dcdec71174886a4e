import { createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto';

/** PKCS#8 header of an Ed25519 private key; the 32-byte seed follows it (RFC 8410). */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export interface SealKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The log's origin, which its checkpoints name and sign under (`auditLogOrigin`). */
  origin: string;
}

/** The origin of a log whose service's address is not given (tests, local runs). */
export const LOCAL_LOG_ORIGIN = 'localhost/audit';

/**
 * The Ed25519 key that signs audit seals, derived from the service's signing secret for this one
 * purpose: the public half lets anyone check a seal without being able to make one.
 */
export function sealKeysFrom(signingKey: Buffer, origin = LOCAL_LOG_ORIGIN): SealKeys {
  const seed = Buffer.from(
    hkdfSync('sha256', signingKey, Buffer.alloc(0), 'register-gateway audit seal v1', 32),
  );
  const privateKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  return { privateKey, publicKey: createPublicKey(privateKey), origin };
}
