import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../database.ts';
import { hashToken } from '../platform/crypto/token-hash.ts';
import type {
  BrowserSession,
  OrgUserRole,
  Principal,
  PrincipalResolver,
  SignInMethod,
  StaffRole,
} from '../platform/http/auth.ts';
import type { Clock } from '../platform/time/riga.ts';
import * as store from './session-store.ts';
import { isSignInMethod } from './sign-in-methods.ts';

/**
 * Browser sessions of residents and staff: a random id in an HttpOnly cookie, its SHA-256 in the
 * database. A session ends after 15 minutes without use, and 8 hours after sign-in whatever
 * happens, as the state portal's own sessions do.
 */
export const SESSION_COOKIE = 'rg_session';
export const IDLE_TIMEOUT_MS = 15 * 60_000;
export const ABSOLUTE_LIMIT_MS = 8 * 60 * 60_000;
/** Moving the idle deadline costs a write; doing it at most once a minute is precise enough. */
export const REFRESH_AFTER_MS = 60_000;

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type NewSession =
  | {
      kind: 'resident';
      personId: number;
      personalCode: string;
      name: string;
      method: SignInMethod;
      /** Assurance level the provider stated, kept for the record. */
      acr: string | null;
      /** For `id_token_hint` when the person signs out at the provider too. */
      idToken: string | null;
    }
  | { kind: 'staff'; staffId: number; name: string; role: StaffRole }
  | {
      kind: 'org_user';
      orgUserId: number;
      organisationId: number;
      name: string;
      role: OrgUserRole;
      responsible: boolean;
    };

function idleDeadline(createdAt: Date, now: Date): Date {
  return new Date(
    Math.min(now.getTime() + IDLE_TIMEOUT_MS, createdAt.getTime() + ABSOLUTE_LIMIT_MS),
  );
}

/** Starts a session; the caller sets the cookie with the token it returns. */
export async function startSession(
  db: Db,
  clock: Clock,
  subject: NewSession,
): Promise<{ token: string; session: BrowserSession }> {
  const now = clock.now();
  // Sessions nobody ended are swept here: cheap with the index, and no job needed.
  await store.deleteExpiredSessions(db, now);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = idleDeadline(now, now);
  const { data, subjectId } = sessionData(subject);
  const id = await store.insertSession(db, {
    tokenHash: hashToken(token),
    kind: subject.kind,
    subjectId,
    data: JSON.stringify(data),
    csrfToken,
    now,
    expiresAt,
  });
  return { token, session: { id: String(id), csrfToken, expiresAt } };
}

/** What the session row keeps of its subject, besides the subject's id. */
function sessionData(subject: NewSession): { data: Record<string, unknown>; subjectId: number } {
  switch (subject.kind) {
    case 'resident':
      return {
        subjectId: subject.personId,
        data: {
          personalCode: subject.personalCode,
          name: subject.name,
          method: subject.method,
          acr: subject.acr,
          idToken: subject.idToken,
        },
      };
    case 'staff':
      return { subjectId: subject.staffId, data: { name: subject.name, role: subject.role } };
    case 'org_user':
      return {
        subjectId: subject.orgUserId,
        data: {
          name: subject.name,
          organisationId: subject.organisationId,
          role: subject.role,
          responsible: subject.responsible,
        },
      };
  }
}

/** Ends the session the request's cookie names, valid or not; answers its ID token, if any. */
export async function endSessionOf(
  db: Db,
  request: FastifyRequest,
): Promise<{ idToken: string | null }> {
  const token = request.cookies[SESSION_COOKIE];
  if (token === undefined || !TOKEN_PATTERN.test(token)) return { idToken: null };
  const row = await store.deleteSessionByTokenHash(db, hashToken(token));
  const data = row === undefined ? null : readData(row.data);
  const idToken = data?.idToken;
  return { idToken: typeof idToken === 'string' ? idToken : null };
}

function readData(value: unknown): Record<string, unknown> | null {
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return null;
    }
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : null;
}

function principalFrom(row: store.SessionRow): Principal | null {
  const data = readData(row.data);
  if (data === null || typeof data.name !== 'string') return null;
  const sessionId = String(row.id);
  if (row.kind === 'resident') {
    if (typeof data.personalCode !== 'string' || !isSignInMethod(data.method)) return null;
    return {
      kind: 'resident',
      personId: row.subject_id,
      personalCode: data.personalCode,
      name: data.name,
      method: data.method,
      sessionId,
    };
  }
  if (row.kind === 'org_user') {
    if (data.role !== 'representative' && data.role !== 'pdp_user') return null;
    if (typeof data.organisationId !== 'number' || typeof data.responsible !== 'boolean')
      return null;
    return {
      kind: 'org_user',
      orgUserId: row.subject_id,
      organisationId: data.organisationId,
      name: data.name,
      role: data.role,
      responsible: data.responsible,
      sessionId,
    };
  }
  if (data.role !== 'ic_agent' && data.role !== 'pmlp_officer') return null;
  return { kind: 'staff', staffId: row.subject_id, name: data.name, role: data.role, sessionId };
}

/** Requests that came with a session cookie that no longer works: the answer clears it. */
const staleCookies = new WeakSet<FastifyRequest>();

/**
 * For the authorisation hook: the resident or staff member whose live session the cookie names.
 * Sets `request.session`; a session used again after more than a minute moves its idle deadline.
 */
export function sessionResolver(db: Db, clock: Clock): PrincipalResolver {
  return async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token === undefined || token === '') return null;
    const row = TOKEN_PATTERN.test(token)
      ? await store.findSessionByTokenHash(db, hashToken(token))
      : undefined;
    const now = clock.now();
    const principal = row === undefined || row.expires_at <= now ? null : principalFrom(row);
    if (row === undefined || principal === null) {
      staleCookies.add(request);
      return null;
    }
    let expiresAt = row.expires_at;
    if (now.getTime() - row.last_seen_at.getTime() >= REFRESH_AFTER_MS) {
      expiresAt = idleDeadline(row.created_at, now);
      await store.touchSession(db, row.id, now, expiresAt);
    }
    request.session = { id: String(row.id), csrfToken: row.csrf_token, expiresAt };
    return principal;
  };
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  secure: boolean,
): void {
  staleCookies.delete(request);
  // No Max-Age: the cookie goes with the browser; the server enforces both time limits.
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', secure });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/', secure });
}

/**
 * `request.session` for every request, and clearing of cookies whose session has ended. Installed
 * after the security headers: the sign-out form on every page ends in a redirect to the identity
 * provider, which browsers check against the page's form-action, so its origin is added there.
 */
export function installSessions(
  app: FastifyInstance,
  opts: { publicUrl: string; providerIssuer: string },
): void {
  const secure = opts.publicUrl.startsWith('https://');
  app.decorateRequest('session', null);
  app.addHook('onSend', async (request, reply, payload) => {
    if (staleCookies.has(request)) {
      staleCookies.delete(request);
      clearSessionCookie(reply, secure);
    }
    return payload;
  });
  const providerOrigin = new URL(opts.providerIssuer).origin;
  if (providerOrigin === new URL(opts.publicUrl).origin) return;
  app.addHook('onSend', async (_request, reply, payload) => {
    const csp = reply.getHeader('Content-Security-Policy');
    if (typeof csp === 'string' && csp.includes("form-action 'self'")) {
      reply.header(
        'Content-Security-Policy',
        csp.replace("form-action 'self'", `form-action 'self' ${providerOrigin}`),
      );
    }
    return payload;
  });
}
