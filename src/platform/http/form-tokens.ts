import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * One-time form tokens (`_form`): each form that charges, creates or changes carries one, and the
 * first post with it acts while every repeat only shows where the first led
 * (docs/decisions/0018). A token is `<issued>.<nonce>.<mac>`: the issue time in seconds (base 36),
 * 16 random bytes, and an HMAC of both keyed by the session's CSRF token, so a token is good only
 * in the session whose page issued it and only until it expires. Nothing is stored at issue: a
 * page may hold many forms, and most are never sent.
 */
export const FORM_TOKEN_FIELD = '_form';

/** How long a form stays sendable: a working day with the page left open. */
export const FORM_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * Issue and check use the process's own time, not the application clock: the token's age is a
 * technical limit, like a cookie's, and tests run the application clock at fixed dates.
 */
const now = () => Date.now();

function mac(binding: string, body: string): string {
  return createHmac('sha256', binding)
    .update(body, 'utf8')
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

export function issueFormToken(binding: string): string {
  const issued = Math.floor(now() / 1000).toString(36);
  const body = `${issued}.${randomBytes(16).toString('base64url')}`;
  return `${body}.${mac(binding, body)}`;
}

/** A token this session issued and not yet expired: its nonce and when it stops being good. */
export interface CheckedFormToken {
  nonce: string;
  expiresAt: Date;
}

export function checkFormToken(token: unknown, binding: string | null): CheckedFormToken | null {
  if (typeof token !== 'string' || binding === null) return null;
  const match = /^([0-9a-z]{1,10})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (match === null) return null;
  const [, issued = '', nonce = '', sent = ''] = match;
  const expected = Buffer.from(mac(binding, `${issued}.${nonce}`), 'utf8');
  if (!timingSafeEqual(Buffer.from(sent, 'utf8'), expected)) return null;
  const issuedAt = parseInt(issued, 36) * 1000;
  const expiresAt = issuedAt + FORM_TOKEN_LIFETIME_MS;
  // A token from the future was not issued here; one past its lifetime is refused.
  if (issuedAt > now() + 60_000 || expiresAt <= now()) return null;
  return { nonce, expiresAt: new Date(expiresAt) };
}
