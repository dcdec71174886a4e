import { randomBytes } from 'node:crypto';
import { startSession } from '../../src/identity/sessions.ts';
import type { StaffRole } from '../../src/platform/http/auth.ts';
import type { CataloguedRoute } from '../../src/platform/http/route-catalogue.ts';
import type { Clock } from '../../src/platform/time/riga.ts';
import { makePerson } from './factories.ts';
import type { ListeningApp } from './listening-app.ts';
import { makeOrganisation, orgUserSession } from './organisations.ts';
import { residentSession } from './resident.ts';
import { staffSession } from './staff.ts';
import { connectedSystem } from './system-client.ts';

/**
 * Callers of every kind a route may declare, so a request reaches the route's validation and
 * handler rather than stopping at the door: the headers that name the caller, and the form
 * token its forms must carry.
 */
export interface Caller {
  /** 'anonymous', or the access value it stands for (with the staff role tried, if any). */
  readonly label: string;
  /** A fresh set of headers: sessions are new for each call, so a route that ends one (signing
   * out) or a refusal that locks one leaves the next route a working caller. */
  headers(): Promise<{ headers: Record<string, string>; csrf: string | null }>;
}

/** Every staff role, checked against the type: a new role fails to compile until added here. */
const STAFF_ROLES = Object.keys({
  ic_agent: true,
  pmlp_officer: true,
} satisfies Record<StaffRole, true>) as StaffRole[];

function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as string[]).includes(value);
}

export interface Callers {
  anonymous: Caller;
  /** The callers a route's `config.access` admits; throws for a kind this file does not know. */
  admittedBy(route: CataloguedRoute): Caller[];
}

/** The app under test, with an operator token of the register authority. */
type AppUnderTest = Pick<ListeningApp, 'app' | 'db' | 'config'> & { operatorToken: string };

export async function makeCallers(ctx: AppUnderTest, clock: Clock): Promise<Callers> {
  const person = await makePerson(ctx.db);
  const organisation = await makeOrganisation(ctx.db);
  const representative = await orgUserSession(ctx.db, clock, {
    organisationId: organisation.id,
    responsible: true,
  });
  const staff = new Map<StaffRole, { staffId: number; name: string }>();
  for (const role of STAFF_ROLES) staff.set(role, await staffSession(ctx.db, clock, role));
  const system = await connectedSystem(ctx, clock);
  const systemToken = await system.token();

  // Visitors without a session carry the form token in a cookie signed by the app.
  const anonymousToken = randomBytes(16).toString('base64url');
  const anonymous: Caller = {
    label: 'anonymous',
    headers: () =>
      Promise.resolve({
        headers: { cookie: `rg_csrf=${ctx.app.signCookie(anonymousToken)}` },
        csrf: anonymousToken,
      }),
  };
  const session = async (subject: Parameters<typeof startSession>[2]) => {
    const { token, session: started } = await startSession(ctx.db, clock, subject);
    return { headers: { cookie: `rg_session=${token}` }, csrf: started.csrfToken };
  };

  const byKind: Record<string, Caller[]> = {
    operator: [
      {
        label: 'operator',
        headers: () =>
          Promise.resolve({
            headers: { authorization: `Bearer ${ctx.operatorToken}` },
            csrf: null,
          }),
      },
    ],
    system_client: [
      {
        label: 'system_client',
        headers: () =>
          Promise.resolve({ headers: { authorization: `Bearer ${systemToken}` }, csrf: null }),
      },
    ],
    resident: [
      {
        label: 'resident',
        headers: async () => {
          const { cookie, csrf } = await residentSession(ctx.db, clock, person);
          return { headers: { cookie }, csrf };
        },
      },
    ],
    org_user: [
      {
        label: 'org_user',
        headers: () =>
          session({
            kind: 'org_user',
            orgUserId: representative.orgUserId,
            organisationId: organisation.id,
            name: 'Pārstāvis',
            role: 'representative',
            responsible: true,
          }),
      },
    ],
  };
  const staffCaller = (role: StaffRole): Caller => ({
    label: `staff:${role}`,
    headers: () => {
      const member = staff.get(role);
      if (member === undefined) throw new Error(`no staff member with the role ${role}`);
      return session({ kind: 'staff', staffId: member.staffId, name: member.name, role });
    },
  });

  return {
    anonymous,
    admittedBy(route) {
      if (route.access === undefined || route.access === 'public') return [];
      return route.access.flatMap((value: string) => {
        // 'staff' admits every role; 'staff:<role>' (where roles are declared) just that one.
        if (value.startsWith('staff')) {
          const role = value.split(':')[1];
          if (role === undefined) return STAFF_ROLES.map(staffCaller);
          if (isStaffRole(role)) return [staffCaller(role)];
        }
        const callers = byKind[value];
        if (callers === undefined) {
          throw new Error(`${route.method} ${route.url}: no test caller for the access '${value}'`);
        }
        return callers;
      });
    },
  };
}
