import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../platform/errors.ts';
import { identityErrors } from './errors.ts';

/**
 * Cross-site request forgery: every form a browser can send from another site (urlencoded,
 * multipart, text/plain) must carry `_csrf`, the synchroniser token of the session. Visitors
 * without a session (sign-in forms) get a token in a signed cookie instead, so a forged sign-in
 * is refused too. JSON calls with a bearer token are not forms and cannot be forged this way.
 */
export const CSRF_FIELD = '_csrf';
const ANONYMOUS_COOKIE = 'rg_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const FORM_TYPES = new Set([
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  // Browsers send this cross-site without asking first, so it counts as a form too.
  'text/plain',
]);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false only for endpoints other systems post to (the development provider's token endpoint). */
    csrf?: boolean;
  }
}

function isFormRequest(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return FORM_TYPES.has(type);
}

/** Compares digests, so neither the length nor the content leaks through timing. */
function sameToken(sent: string, expected: string): boolean {
  const a = createHash('sha256').update(sent, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

function anonymousToken(request: FastifyRequest): string | null {
  const raw = request.cookies[ANONYMOUS_COOKIE];
  if (raw === undefined) return null;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value !== null && unsigned.value !== '' ? unsigned.value : null;
}

const issuedThisRequest = new WeakMap<FastifyRequest, string>();

/** The token a form on this page sends back: the session's, or the visitor's cookie token. */
export function formCsrfToken(
  request: FastifyRequest,
  reply: FastifyReply,
  secure: boolean,
): string {
  if (request.session !== null) return request.session.csrfToken;
  const existing = anonymousToken(request) ?? issuedThisRequest.get(request);
  if (existing !== undefined && existing !== null) return existing;
  const token = randomBytes(32).toString('base64url');
  issuedThisRequest.set(request, token);
  reply.setCookie(ANONYMOUS_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure,
    signed: true,
  });
  return token;
}

/**
 * Checks forms in preValidation: after the body is parsed (multipart fields included, whose
 * plugin parses in an earlier preValidation hook) and before the schema or the handler runs,
 * so a refused form changes nothing.
 */
export function installCsrf(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (request.routeOptions.url === undefined) return; // no such route: answered 404
    if (request.routeOptions.config.csrf === false) return;
    if (!isFormRequest(request.headers['content-type'])) return;
    if (request.principal?.kind === 'operator') return;
    const expected = request.session?.csrfToken ?? anonymousToken(request);
    const body: unknown = request.body;
    const sent =
      typeof body === 'object' && body !== null
        ? (body as Record<string, unknown>)[CSRF_FIELD]
        : undefined;
    if (expected === null || typeof sent !== 'string' || !sameToken(sent, expected)) {
      throw new AppError(identityErrors.csrf_invalid);
    }
  });
}
