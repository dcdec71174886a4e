import { calculateJwkThumbprint, importJWK, type CryptoKey, type JWK } from 'jose';
import type { ErrorDefinition } from '../platform/errors.ts';
import { connectionErrors } from './connection-errors.ts';

/**
 * The public keys systems sign their client assertions with (RFC 7523). Only asymmetric public
 * keys of kinds with a current signature algorithm are taken; a key with private parts is refused
 * so it is never stored (and the sender learns it leaked it).
 */

/** Signature algorithms accepted on client assertions; `none` and HMAC never are. */
export const ASSERTION_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'] as const;
export type AssertionAlgorithm = (typeof ASSERTION_ALGORITHMS)[number];

/** The members of a public JWK that are stored; anything else the sender put in is dropped. */
export interface PublicJwk {
  kty: 'RSA' | 'EC' | 'OKP';
  kid: string;
  crv?: string;
  x?: string;
  y?: string;
  n?: string;
  e?: string;
  alg?: string;
}

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;
const MIN_RSA_BITS = 2048;
const KID_PATTERN = /^[\x21-\x7e]{1,200}$/;

export type JwkCheck = { ok: true; jwk: PublicJwk } | { ok: false; error: ErrorDefinition };

const refuse = (error: ErrorDefinition): JwkCheck => ({ ok: false, error });
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The algorithms a key of this kind may sign with. */
export function algorithmsFor(jwk: PublicJwk): AssertionAlgorithm[] {
  if (jwk.kty === 'RSA') return ['RS256', 'PS256'];
  if (jwk.kty === 'EC') return jwk.crv === 'P-384' ? ['ES384'] : ['ES256'];
  return ['EdDSA'];
}

function rsaBits(modulus: string): number {
  const bytes = Buffer.from(modulus, 'base64url');
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start += 1;
  return (bytes.length - start) * 8;
}

/** Reads a public JWK from the text a representative pasted, with its kid fixed. */
export async function parsePublicJwk(text: string): Promise<JwkCheck> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse(connectionErrors.jwk_invalid);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return refuse(connectionErrors.jwk_invalid);
  }
  const raw = parsed as Record<string, unknown>;
  if (!isText(raw.kty)) return refuse(connectionErrors.jwk_invalid);
  if (raw.kty === 'oct' || PRIVATE_MEMBERS.some((m) => m in raw)) {
    return refuse(connectionErrors.jwk_not_public);
  }
  if (raw.use !== undefined && raw.use !== 'sig') return refuse(connectionErrors.jwk_unsupported);
  let jwk: Omit<PublicJwk, 'kid'>;
  if (raw.kty === 'RSA') {
    if (!isText(raw.n) || !isText(raw.e)) return refuse(connectionErrors.jwk_invalid);
    if (rsaBits(raw.n) < MIN_RSA_BITS) return refuse(connectionErrors.jwk_unsupported);
    jwk = { kty: 'RSA', n: raw.n, e: raw.e };
  } else if (raw.kty === 'EC') {
    if (raw.crv !== 'P-256' && raw.crv !== 'P-384') return refuse(connectionErrors.jwk_unsupported);
    if (!isText(raw.x) || !isText(raw.y)) return refuse(connectionErrors.jwk_invalid);
    jwk = { kty: 'EC', crv: raw.crv, x: raw.x, y: raw.y };
  } else if (raw.kty === 'OKP') {
    if (raw.crv !== 'Ed25519') return refuse(connectionErrors.jwk_unsupported);
    if (!isText(raw.x)) return refuse(connectionErrors.jwk_invalid);
    jwk = { kty: 'OKP', crv: 'Ed25519', x: raw.x };
  } else {
    return refuse(connectionErrors.jwk_unsupported);
  }
  const allowed = algorithmsFor({ ...jwk, kid: '' });
  if (raw.alg !== undefined) {
    if (typeof raw.alg !== 'string' || !(allowed as string[]).includes(raw.alg)) {
      return refuse(connectionErrors.jwk_unsupported);
    }
    jwk.alg = raw.alg;
  }
  try {
    // Proves the numbers form a key (a point on the curve, a usable modulus).
    await importJWK({ ...jwk, ext: true }, jwk.alg ?? allowed[0]);
  } catch {
    return refuse(connectionErrors.jwk_invalid);
  }
  let kid: string;
  if (raw.kid === undefined) {
    kid = await calculateJwkThumbprint(jwk, 'sha256');
  } else if (typeof raw.kid === 'string' && KID_PATTERN.test(raw.kid)) {
    kid = raw.kid;
  } else {
    return refuse(connectionErrors.jwk_invalid);
  }
  return { ok: true, jwk: { ...jwk, kid } };
}

/**
 * Imported keys by stored key id and algorithm: importing costs more than verifying, and a key
 * row never changes (rotation adds a row), so a cached key stays right for the process's life.
 */
const imported = new Map<string, CryptoKey | Uint8Array>();
const MAX_IMPORTED = 5000;

export async function verificationKey(
  keyId: number,
  jwk: PublicJwk,
  alg: AssertionAlgorithm,
): Promise<CryptoKey | Uint8Array> {
  const cacheKey = `${keyId}:${alg}`;
  const hit = imported.get(cacheKey);
  if (hit !== undefined) return hit;
  const key = await importJWK(jwk as JWK, alg);
  if (imported.size >= MAX_IMPORTED) imported.clear();
  imported.set(cacheKey, key);
  return key;
}
