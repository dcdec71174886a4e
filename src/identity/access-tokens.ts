import { hkdfSync, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { jwtVerify, SignJWT } from 'jose';
import { agreementsInForce, type Environment } from '../agreements/service.ts';
import type { Config } from '../config.ts';
import type { Db } from '../database.ts';
import { AppError } from '../platform/errors.ts';
import { rigaDate, type Clock } from '../platform/time/riga.ts';
import { connectionErrors } from './connection-errors.ts';
import { connectionState } from './connection-store.ts';

/**
 * Access tokens for system clients: short-lived JWTs (RFC 9068 shape) signed with HS256 under a
 * key derived from the service's signing key for this one purpose, so a token can be checked in
 * memory on every data API call. Only the connection's status is read, and that from a cache.
 */

export const ACCESS_TOKEN_SECONDS = 300;
const PURPOSE = 'register-gateway oauth2 access token v1';
const TOKEN_TYPE = 'at+jwt';

export interface AccessTokenClaims {
  clientId: string;
  connectionId: number;
  organisationId: number;
  environment: Environment;
  agreementId: number;
}

export interface AccessTokenDeps {
  db: Db;
  config: Pick<Config, 'publicUrl' | 'secrets'>;
  clock: Clock;
}

const derived = new WeakMap<Buffer, Promise<CryptoKey>>();

/**
 * HKDF-SHA256 of the signing key with this purpose as info: no other use shares the key. Imported
 * once as a CryptoKey: given raw bytes, jose would import them again on every call, which cost
 * more than the rest of a data API call's own work.
 */
function tokenKey(signingKey: Buffer): Promise<CryptoKey> {
  let key = derived.get(signingKey);
  if (key === undefined) {
    const raw = new Uint8Array(hkdfSync('sha256', signingKey, Buffer.alloc(0), PURPOSE, 32));
    key = crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    derived.set(signingKey, key);
  }
  return key;
}

const audienceOf = (publicUrl: string) => `${publicUrl}/api/v1`;

export async function signAccessToken(
  config: AccessTokenDeps['config'],
  now: Date,
  claims: AccessTokenClaims,
): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({
    org: claims.organisationId,
    cid: claims.connectionId,
    env: claims.environment,
    agr: claims.agreementId,
    client_id: claims.clientId,
  })
    .setProtectedHeader({ alg: 'HS256', typ: TOKEN_TYPE })
    .setIssuer(config.publicUrl)
    .setAudience(audienceOf(config.publicUrl))
    .setSubject(claims.clientId)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setExpirationTime(iat + ACCESS_TOKEN_SECONDS)
    .sign(await tokenKey(config.secrets.signingKey));
}

/**
 * Whether each connection may be used now, by client_id, kept for CACHE_TTL_MS. The bound: a
 * suspension made in any process takes effect at once (forgetConnection, and the database's
 * notification to the other processes); an agreement that ends by its date takes effect here
 * within CACHE_TTL_MS. Tokens
 * themselves live ACCESS_TOKEN_SECONDS, so without this check a suspension would wait for that.
 */
const CACHE_TTL_MS = 5_000;
const CACHE_MAX_ENTRIES = 10_000;
const usable = new Map<string, { until: number; usable: boolean }>();

/** Drops a connection's cached status, so the next check reads the database. */
export function forgetConnection(clientId: string): void {
  usable.delete(clientId);
}

/**
 * Drops every cached status: for changes that concern many connections at once, such as an
 * agreement terminated or amended in this process.
 */
export function forgetAllConnections(): void {
  usable.clear();
}

/**
 * What the database announces when a connection may no longer be usable (migration 0020): a
 * connection's suspension, restoration or key change names its client_id; a change to an
 * organisation's agreements names the organisation, whose connections are not told apart here,
 * so every cached status goes. Heard by every web process, the change takes effect everywhere
 * at once; CACHE_TTL_MS remains the bound if a notification is ever missed.
 */
export const CONNECTION_CHANGE_CHANNELS = [
  'rg_connection_changed',
  'rg_organisation_access_changed',
] as const;

export const connectionChangeHandlers = {
  onMessage(channel: string, payload: string): void {
    if (channel === 'rg_connection_changed') forgetConnection(payload);
    else forgetAllConnections();
  },
  onGap: forgetAllConnections,
};

async function connectionUsable(db: Db, claims: AccessTokenClaims, now: Date): Promise<boolean> {
  const at = performance.now();
  const hit = usable.get(claims.clientId);
  if (hit !== undefined && hit.until > at) return hit.usable;
  const state = await connectionState(db, claims.clientId);
  let ok = state !== null && state.status === 'active';
  if (ok && state !== null) {
    const agreements = await agreementsInForce(db, state.organisationId, rigaDate(now));
    ok =
      state.organisationId === claims.organisationId &&
      agreements.some((a) => a.environments.includes(state.environment));
  }
  if (usable.size >= CACHE_MAX_ENTRIES) usable.clear();
  usable.set(claims.clientId, { until: at + CACHE_TTL_MS, usable: ok });
  return ok;
}

const isId = (value: unknown): value is number => Number.isSafeInteger(value);

/**
 * Tokens whose signature and claims were checked, per signing key, with their expiry: a
 * connection sends the same token for minutes, and checking the HMAC again on every call cost a
 * twentieth of the call's own work. Keyed by the whole token and the audience, so only the very
 * same token for the very same service is taken on trust.
 */
const checked = new WeakMap<
  Buffer,
  Map<string, { claims: AccessTokenClaims; expiresMs: number }>
>();

async function checkedClaims(
  token: string,
  config: AccessTokenDeps['config'],
  now: Date,
): Promise<AccessTokenClaims> {
  let known = checked.get(config.secrets.signingKey);
  if (known === undefined) {
    known = new Map();
    checked.set(config.secrets.signingKey, known);
  }
  const cacheKey = `${config.publicUrl} ${token}`;
  const hit = known.get(cacheKey);
  if (hit !== undefined && hit.expiresMs > now.getTime()) return hit.claims;
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, await tokenKey(config.secrets.signingKey), {
      algorithms: ['HS256'],
      typ: TOKEN_TYPE,
      issuer: config.publicUrl,
      audience: audienceOf(config.publicUrl),
      currentDate: now,
      requiredClaims: ['sub', 'exp', 'iat', 'jti'],
    }));
  } catch {
    throw new AppError(connectionErrors.access_token_invalid);
  }
  const { sub, org, cid, env, agr, exp } = payload;
  if (
    typeof sub !== 'string' ||
    !isId(org) ||
    !isId(cid) ||
    !isId(agr) ||
    !isId(exp) ||
    (env !== 'test' && env !== 'production')
  ) {
    throw new AppError(connectionErrors.access_token_invalid);
  }
  const claims: AccessTokenClaims = {
    clientId: sub,
    connectionId: cid,
    organisationId: org,
    environment: env,
    agreementId: agr,
  };
  if (known.size >= CACHE_MAX_ENTRIES) known.clear();
  known.set(cacheKey, { claims, expiresMs: exp * 1000 });
  return claims;
}

/**
 * The data API's check of a bearer token: signature, issuer, audience and expiry in memory, then
 * the connection's status from the cache. Throws access_token_invalid (401, invalid_token).
 */
export async function verifyAccessToken(
  token: string,
  deps: AccessTokenDeps,
): Promise<AccessTokenClaims> {
  const now = deps.clock.now();
  const claims = await checkedClaims(token, deps.config, now);
  if (!(await connectionUsable(deps.db, claims, now))) {
    throw new AppError(connectionErrors.access_token_invalid);
  }
  return claims;
}
