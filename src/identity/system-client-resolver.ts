import type { FastifyRequest } from 'fastify';
import type { Principal } from '../platform/http/auth.ts';
import { verifyAccessToken, type AccessTokenDeps } from './access-tokens.ts';

/** Three base64url parts: a JWT, as our access tokens are (operator tokens have a prefix). */
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * For the authorisation hook: the system client whose access token the request carries. A bad
 * token is refused with its own code (access_token_invalid) on routes for system clients, and
 * simply ignored elsewhere.
 */
export function systemClientResolver(deps: AccessTokenDeps) {
  return async (request: FastifyRequest): Promise<Principal | null> => {
    const header = request.headers.authorization;
    if (header === undefined || !header.startsWith('Bearer ')) return null;
    const token = header.slice('Bearer '.length).trim();
    if (!JWT_SHAPE.test(token)) return null;
    const access = request.routeOptions.config.access;
    const wanted = access !== undefined && access !== 'public' && access.includes('system_client');
    try {
      const claims = await verifyAccessToken(token, deps);
      return { kind: 'system_client', ...claims };
    } catch (error) {
      if (wanted) throw error;
      return null;
    }
  };
}
