import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/database.ts';

/** A key pair as a system would hold it: the private key, and the public JWK it registers. */
export async function systemKey(
  alg: 'ES256' | 'ES384' | 'RS256' | 'PS256' | 'EdDSA' = 'ES256',
  options: { kid?: string } = {},
): Promise<{ alg: string; privateKey: CryptoKey; jwk: JWK; privateJwk: JWK }> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = await exportJWK(publicKey);
  if (options.kid !== undefined) jwk.kid = options.kid;
  return { alg, privateKey, jwk, privateJwk: await exportJWK(privateKey) };
}

/** A client assertion (RFC 7523) as a system signs it; every claim can be bent for a test. */
export async function clientAssertion(
  key: { alg: string; privateKey: CryptoKey },
  claims: {
    clientId: string;
    audience: string;
    now: Date;
    kid?: string | null;
    lifetimeSeconds?: number;
    iatOffsetSeconds?: number;
    jti?: string | null;
    sub?: string;
  },
): Promise<string> {
  const iat = Math.floor(claims.now.getTime() / 1000) + (claims.iatOffsetSeconds ?? 0);
  const jwt = new SignJWT({})
    .setProtectedHeader({
      alg: key.alg,
      ...(claims.kid === null || claims.kid === undefined ? {} : { kid: claims.kid }),
    })
    .setIssuer(claims.clientId)
    .setSubject(claims.sub ?? claims.clientId)
    .setAudience(claims.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (claims.lifetimeSeconds ?? 60));
  if (claims.jti !== null) jwt.setJti(claims.jti ?? randomUUID());
  return jwt.sign(key.privateKey);
}

/** The mails queued in the outbox (mail.send jobs), newest last. */
export async function queuedMails(
  db: Db,
): Promise<{ to: string; subject: string; text: string; reference?: string }[]> {
  const rows = await db
    .selectFrom('jobs')
    .select('payload')
    .where('kind', '=', 'mail.send')
    .orderBy('id')
    .execute();
  return rows.map((r) => {
    const payload: unknown = typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload;
    return payload as { to: string; subject: string; text: string; reference?: string };
  });
}
