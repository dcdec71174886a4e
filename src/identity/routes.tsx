import type {} from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError, platformErrors } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import { errorResponses, IsoDateTime } from '../platform/http/schemas.ts';
import { resolveLocale } from '../platform/i18n/locale.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import { identityErrors } from './errors.ts';
import { startResidentSession } from './resident-sessions.ts';
import {
  createResidentSignIn,
  type PendingSignIn,
  type ResidentSignIn,
} from './resident-sign-in.ts';
import { safeReturnPath } from './return-path.ts';
import { clearSessionCookie, endSessionOf, setSessionCookie } from './sessions.ts';
import { installDevIdp } from './dev-idp/mount.tsx';
import type { IdentityRouteDeps } from './route-deps.ts';
import { registerStaffRoutes } from './staff-routes.tsx';
import { SignedInPage } from './views/signed-in-page.tsx';

export type { IdentityRouteDeps };

/** Sign-in attempts per address and route, against guessing and floods. */
export const SIGN_IN_RATE_LIMIT = { max: 30, timeWindow: '1 minute' } as const;

/** The round trip to the provider: state, nonce, PKCE verifier and return path, signed. */
const PENDING_COOKIE = 'rg_oidc';
const PENDING_PATH = '/pieteikties';
const PENDING_MAX_AGE_S = 10 * 60;

function readPending(request: FastifyRequest): PendingSignIn | null {
  const raw = request.cookies[PENDING_COOKIE];
  if (raw === undefined) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || unsigned.value === null) return null;
  try {
    const value = JSON.parse(unsigned.value) as Partial<PendingSignIn>;
    const { state, nonce, codeVerifier, returnTo } = value;
    if (
      typeof state !== 'string' ||
      typeof nonce !== 'string' ||
      typeof codeVerifier !== 'string' ||
      typeof returnTo !== 'string'
    ) {
      return null;
    }
    return { state, nonce, codeVerifier, returnTo: safeReturnPath(returnTo) };
  } catch {
    return null;
  }
}

/**
 * Sign-in and sign-out of residents and staff, and, in development and tests without a configured
 * provider, the development identity provider at /dev-idp.
 */
export async function registerIdentityRoutes(app: App, deps: IdentityRouteDeps): Promise<void> {
  if (deps.config.oidc.developmentProvider) {
    await installDevIdp(app, { config: deps.config, testPersons: deps.testPersons });
  }
  const signIn = createResidentSignIn(deps.config.oidc, deps.config.publicUrl, app.log);
  registerResidentRoutes(app, { ...deps, signIn });
  registerStaffRoutes(app, deps);
}

/** Residents' sign-in at the provider, the sign-in result, and everyone's sign-out. */
function registerResidentRoutes(
  app: App,
  deps: IdentityRouteDeps & { signIn: ResidentSignIn },
): void {
  const secure = deps.config.publicUrl.startsWith('https://');
  const pendingCookie = { httpOnly: true, sameSite: 'lax', path: PENDING_PATH, secure } as const;

  app.get(
    '/pieteikties',
    {
      config: { access: 'public', rateLimit: SIGN_IN_RATE_LIMIT },
      schema: {
        hide: true,
        querystring: Type.Object({ atpakal: Type.Optional(Type.String({ maxLength: 2000 })) }),
      },
    },
    async (request, reply) => {
      const returnTo = safeReturnPath(request.query.atpakal);
      const { url, pending } = await deps.signIn.begin(returnTo, resolveLocale(request));
      reply.setCookie(PENDING_COOKIE, JSON.stringify(pending), {
        ...pendingCookie,
        signed: true,
        maxAge: PENDING_MAX_AGE_S,
      });
      return reply.redirect(url.href, 303);
    },
  );

  app.get(
    '/pieteikties/atbilde',
    { config: { access: 'public', rateLimit: SIGN_IN_RATE_LIMIT }, schema: { hide: true } },
    async (request, reply) => {
      const pending = readPending(request);
      // One answer per round trip: a replayed or tampered answer finds nothing to match.
      reply.clearCookie(PENDING_COOKIE, pendingCookie);
      if (pending === null) throw new AppError(identityErrors.sign_in_interaction_expired);
      const callbackUrl = new URL(request.url, new URL(deps.config.publicUrl).origin);
      const identity = await deps.signIn.complete(callbackUrl, pending);
      // Whoever was signed in in this browser before is signed out: no session is reused.
      await endSessionOf(deps.db, request);
      const { token } = await startResidentSession(deps.db, deps.clock, identity);
      setSessionCookie(request, reply, token, secure);
      return reply.redirect(pending.returnTo, 303);
    },
  );

  app.post(
    '/iziet',
    {
      config: { access: ['resident', 'staff', 'org_user'] },
      schema: { hide: true, body: Type.Object({ _csrf: Type.Optional(Type.String()) }) },
    },
    async (request, reply) => {
      const wasResident = request.principal?.kind === 'resident';
      const { idToken } = await endSessionOf(deps.db, request);
      clearSessionCookie(reply, secure);
      if (wasResident) {
        // Ends the session at the provider too, which then sends the browser home.
        const url = await deps.signIn.endSessionUrl(idToken, resolveLocale(request));
        if (url !== null) return reply.redirect(url.href, 303);
      }
      return reply.redirect('/', 303);
    },
  );

  app.get(
    '/sesija',
    {
      config: { access: ['resident', 'staff', 'org_user'] },
      schema: {
        summary: 'The current browser session: when it ends if left idle (using it extends it)',
        hide: true,
        response: {
          200: Type.Object({ expiresAt: IsoDateTime, secondsLeft: Type.Integer() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const session = request.session;
      if (session === null) throw new AppError(platformErrors.unauthenticated);
      const secondsLeft = Math.max(
        0,
        Math.floor((session.expiresAt.getTime() - deps.clock.now().getTime()) / 1000),
      );
      return { expiresAt: session.expiresAt.toISOString(), secondsLeft };
    },
  );

  app.get(
    '/mana-pieteiksanas',
    { config: { access: ['resident'] }, schema: { hide: true } },
    async (request, reply) => {
      const resident = principalOf(request, 'resident');
      const ctx = pageContext(request, reply);
      return sendPage(
        reply,
        <SignedInPage
          ctx={ctx}
          name={resident.name}
          personalCode={resident.personalCode}
          method={resident.method}
          expiresAt={request.session?.expiresAt ?? deps.clock.now()}
        />,
      );
    },
  );
}
