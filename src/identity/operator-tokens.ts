import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../database.ts';
import { hashToken } from '../platform/crypto/token-hash.ts';
import type { Principal } from '../platform/http/auth.ts';
import * as store from './operator-token-store.ts';

/**
 * Operators of the register authority call the operator API with a bearer token. Only its
 * SHA-256 is stored: a stolen database does not yield working tokens.
 */
const PREFIX = 'rgo_';

export async function createOperatorToken(
  db: Db,
  input: { name: string; authority: string; token?: string },
): Promise<{ id: number; token: string }> {
  const token = input.token ?? `${PREFIX}${randomBytes(24).toString('base64url')}`;
  const id = await store.insertOperatorToken(db, {
    name: input.name,
    authority: input.authority,
    tokenHash: hashToken(token),
  });
  return { id: id ?? (await store.operatorTokenIdByHash(db, hashToken(token))), token };
}

export async function revokeOperatorToken(db: Db, id: number): Promise<boolean> {
  return store.markOperatorTokenRevoked(db, id, new Date());
}

/**
 * The demo operator's token in development: derived from the session secret, so it stays the
 * same across restarts and can be printed at start without being stored anywhere in clear.
 */
export function demoOperatorToken(sessionSecret: Buffer): string {
  return `${PREFIX}demo_${createHmac('sha256', sessionSecret).update('demo-operator').digest('base64url').slice(0, 24)}`;
}

export function operatorResolver(db: Db) {
  return async (request: FastifyRequest): Promise<Principal | null> => {
    const header = request.headers.authorization;
    if (header === undefined || !header.startsWith('Bearer ')) return null;
    const token = header.slice('Bearer '.length).trim();
    if (!token.startsWith(PREFIX)) return null;
    const row = await store.activeOperatorToken(db, hashToken(token));
    if (row === undefined) return null;
    return { kind: 'operator', tokenId: String(row.id), name: row.name, authority: row.authority };
  };
}
