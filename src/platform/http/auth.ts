import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, platformErrors } from '../errors.ts';

/**
 * Who is calling. Each kind is resolved by the capability that owns it (identity) and handed to
 * the app as a resolver; the platform only enforces what each route declares.
 */
export type Principal = {
  kind: 'operator';
  tokenId: string;
  name: string;
  authority: string;
};

export type PrincipalKind = Principal['kind'];

/** Declared beside every route: 'public', or the principal kinds allowed. */
export type Access = 'public' | readonly PrincipalKind[];

export type PrincipalResolver = (request: FastifyRequest) => Promise<Principal | null>;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/**
 * A route without an `access` declaration is refused: forgetting to declare who may call is a
 * bug that should show in the first test, not in production.
 */
export function authorisationHook(resolvers: readonly PrincipalResolver[]) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const access = request.routeOptions.config.access;
    request.principal = null;
    if (request.routeOptions.url === undefined) return; // 404 handler
    if (access === undefined) throw new AppError(platformErrors.forbidden);
    for (const resolve of resolvers) {
      const principal = await resolve(request);
      if (principal !== null) {
        request.principal = principal;
        break;
      }
    }
    if (access === 'public') return;
    if (request.principal === null) throw new AppError(platformErrors.unauthenticated);
    if (!access.includes(request.principal.kind)) throw new AppError(platformErrors.forbidden);
  };
}

/** The principal of a route that declared one kind; the hook has already enforced it. */
export function principalOf<K extends PrincipalKind>(
  request: FastifyRequest,
  kind: K,
): Extract<Principal, { kind: K }> {
  const principal = request.principal;
  if (principal?.kind !== kind) throw new AppError(platformErrors.forbidden);
  return principal as Extract<Principal, { kind: K }>;
}
