import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, platformErrors } from '../errors.ts';

/**
 * Who is calling. Each kind is resolved by the capability that owns it (identity) and handed to
 * the app as a resolver; the platform only enforces what each route declares.
 */
export type Principal =
  | { kind: 'operator'; tokenId: string; name: string; authority: string }
  | {
      kind: 'resident';
      personId: number;
      personalCode: string;
      /** Display name from the identity provider. */
      name: string;
      /** How the person signed in, from the ID token's amr/acr. */
      method: SignInMethod;
      sessionId: string;
    }
  | {
      kind: 'staff';
      staffId: number;
      name: string;
      role: StaffRole;
      sessionId: string;
    }
  | {
      kind: 'org_user';
      orgUserId: number;
      organisationId: number;
      name: string;
      role: OrgUserRole;
      /** Manages the organisation's users (named by a representative). */
      responsible: boolean;
      sessionId: string;
    }
  | {
      /** An organisation's system, by an access token from the client credentials grant. */
      kind: 'system_client';
      clientId: string;
      connectionId: number;
      organisationId: number;
      environment: 'test' | 'production';
      agreementId: number;
    };

/** eID card, e-signature smart card, or an internet bank (by bank). */
export type SignInMethod =
  'eid' | 'smart_card' | 'bank_swedbank' | 'bank_seb' | 'bank_citadele' | 'bank_luminor';

/** Information Centre agents work reports; register officers work organisations' requests. */
export type StaffRole = 'ic_agent' | 'pmlp_officer';

/** Representatives ask, negotiate and manage; browser users search the register. */
export type OrgUserRole = 'representative' | 'pdp_user';

export type PrincipalKind = Principal['kind'];

export interface BrowserSession {
  id: string;
  /** Synchroniser token every form of the session must send back as `_csrf`. */
  csrfToken: string;
  /** When the session ends unless used again (idle timeout). */
  expiresAt: Date;
}

/** A staff route that is one role's work names it: `'staff:pmlp_officer'`; `'staff'` is any staff. */
export type StaffRoleAccess = `staff:${StaffRole}`;

/** Declared beside every route: 'public', or the principal kinds (and staff roles) allowed. */
export type Access = 'public' | readonly (PrincipalKind | StaffRoleAccess)[];

/** Whose work a role-bound staff page is, named in the refusal of other staff. */
const STAFF_ROLE_UNITS: Record<StaffRole, string> = {
  pmlp_officer:
    'Pilsonības un migrācijas lietu pārvaldes / Office of Citizenship and Migration Affairs',
  ic_agent: 'Informācijas centra / Information Centre',
};

export type PrincipalResolver = (request: FastifyRequest) => Promise<Principal | null>;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** The browser session, when the request carries a valid session cookie. */
    session: BrowserSession | null;
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
    refuseUnlessAllowed(access, request.principal);
  };
}

/**
 * Staff of another role are told whose work the page is (`role_required`); any other caller not
 * declared is simply `forbidden`.
 */
function refuseUnlessAllowed(access: Exclude<Access, 'public'>, principal: Principal): void {
  if (access.includes(principal.kind)) return;
  if (principal.kind !== 'staff') throw new AppError(platformErrors.forbidden);
  if (access.includes(`staff:${principal.role}`)) return;
  const wanted = access.find((entry): entry is StaffRoleAccess => entry.startsWith('staff:'));
  if (wanted === undefined) throw new AppError(platformErrors.forbidden);
  const role = wanted.slice('staff:'.length) as StaffRole;
  throw new AppError(platformErrors.role_required, { role: STAFF_ROLE_UNITS[role] });
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
