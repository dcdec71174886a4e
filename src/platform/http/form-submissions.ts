import type { FastifyReply, FastifyRequest } from 'fastify';
import { sql, type Kysely, type Transaction } from 'kysely';
import { inTransaction } from '../db/transaction.ts';
import { AppError, platformErrors } from '../errors.ts';
import { checkFormToken, FORM_TOKEN_FIELD, type CheckedFormToken } from './form-tokens.ts';

/**
 * Post/redirect/get with a one-time form token (docs/decisions/0018). The first post of a form
 * claims its token by inserting a row in the same transaction as the form's effect, and records
 * the page it leads to; a repeat of the same form finds the row and is sent to that page, doing
 * nothing. Two posts at once: the second's insert waits on the first's uncommitted row, and reads
 * the first's outcome once it commits (or claims the token itself if the first rolled back).
 * This module is the store of `form_submissions`; its queries are plain SQL, so they run in the
 * transaction of whichever database type the capability's work is typed with.
 */

/** What the form's work is handed: the token's random part doubles as its Idempotency-Key. */
export interface FormClaim {
  key: string;
}

/** Only a local path may be an outcome or a way back: never an address from elsewhere. */
function localPath(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? path : '/';
}

/**
 * The secret a token is bound to: the session's CSRF token, or for a visitor without a session
 * the `_csrf` sent with the form, which the CSRF check has compared with the visitor's cookie.
 */
function formBinding(request: FastifyRequest): string | null {
  if (request.session !== null) return request.session.csrfToken;
  const body: unknown = request.body;
  if (typeof body !== 'object' || body === null) return null;
  const sent = (body as Record<string, unknown>)._csrf;
  return typeof sent === 'string' && sent !== '' ? sent : null;
}

function sentToken(request: FastifyRequest): unknown {
  const body: unknown = request.body;
  if (typeof body !== 'object' || body === null) return undefined;
  const raw = (body as Record<string, unknown>)[FORM_TOKEN_FIELD];
  // A multipart field arrives as a part with its value.
  if (typeof raw === 'object' && raw !== null && 'value' in raw) return raw.value;
  return raw;
}

/**
 * The form's token, or the refusal a form without a good one gets: `formPage` is where it offers
 * to start again. Work that cannot share the claim's transaction (it runs transactions of its own,
 * and is safe to repeat by its own keys) asks this before it starts, so a refused form changes
 * nothing, and records its outcome with `submitFormOnce` afterwards.
 */
export function sentFormToken(request: FastifyRequest, formPage: string): CheckedFormToken {
  const token = checkFormToken(sentToken(request), formBinding(request));
  if (token === null) {
    throw new AppError(platformErrors.form_token_invalid, { startAgain: localPath(formPage) });
  }
  return token;
}

/**
 * Runs `work` once per form token and answers where to redirect (303). `formPage` is where the
 * refusal of a missing or expired token offers to start again. An AppError from `work` rolls
 * the claim back with the effect, so the corrected form may be sent again.
 */
export async function submitFormOnce<DB>(
  db: Kysely<DB>,
  request: FastifyRequest,
  formPage: string,
  work: (trx: Transaction<DB>, claim: FormClaim) => Promise<string>,
): Promise<string> {
  const token = sentFormToken(request, formPage);
  await forgetExpired(db);
  return inTransaction(db, async (trx) => {
    const claimed = await sql<{ token: string }>`
      insert into form_submissions (token, outcome, expires_at)
      values (${token.nonce}, null, ${token.expiresAt})
      on conflict (token) do nothing
      returning token`.execute(trx);
    if (claimed.rows.length === 0) return outcomeOf(trx, token.nonce);
    const outcome = localPath(await work(trx, { key: token.nonce }));
    await sql`update form_submissions set outcome = ${outcome} where token = ${token.nonce}`.execute(
      trx,
    );
    return outcome;
  });
}

/**
 * Where the form's first post led, when this token was sent before; null otherwise. A route whose
 * checks read state the first post changed (a reference now taken, a run now closed) asks this
 * before checking, so a resent form is sent to the outcome rather than refused.
 */
export async function earlierOutcome<DB>(
  db: Kysely<DB>,
  request: FastifyRequest,
): Promise<string | null> {
  const token = checkFormToken(sentToken(request), formBinding(request));
  if (token === null) return null;
  const found = await sql<{ outcome: string | null }>`
    select outcome from form_submissions where token = ${token.nonce}`.execute(db);
  return found.rows[0]?.outcome ?? null;
}

async function outcomeOf<DB>(db: Kysely<DB>, token: string): Promise<string> {
  const found = await sql<{ outcome: string | null }>`
    select outcome from form_submissions where token = ${token}`.execute(db);
  return found.rows[0]?.outcome ?? '/';
}

/** Rows of expired tokens serve nobody: a repeat of such a form is refused before it looks. */
async function forgetExpired<DB>(db: Kysely<DB>): Promise<void> {
  await sql`delete from form_submissions where expires_at < ${new Date()}`.execute(db);
}

/**
 * The whole post/redirect/get of a form whose checks all run inside `work`, after the claim: a
 * resent form is sent (303) where the first led, never reaching a check that would refuse it
 * now (a user already blocked, a request already submitted).
 */
export async function redirectOnce<DB>(
  db: Kysely<DB>,
  request: FastifyRequest,
  reply: FastifyReply,
  formPage: string,
  work: (trx: Transaction<DB>, claim: FormClaim) => Promise<string>,
): Promise<FastifyReply> {
  return reply.redirect(await submitFormOnce(db, request, formPage, work), 303);
}

/** What a form's work answers when it refuses with field errors instead of throwing. */
export type FormOutcome<Refusal> = { ok: true; outcome: string } | { ok: false; refusal: Refusal };

class FormRefused<Refusal> extends Error {
  constructor(readonly refusal: Refusal) {
    super('form refused');
  }
}

/**
 * `submitFormOnce` for work that answers a refusal (field errors to show with the form) rather
 * than throwing one: the refusal rolls the claim back with everything else, so the corrected
 * form can be sent again with the same token.
 */
export async function submitFormOnceOrRefuse<DB, Refusal>(
  db: Kysely<DB>,
  request: FastifyRequest,
  formPage: string,
  work: (trx: Transaction<DB>, claim: FormClaim) => Promise<FormOutcome<Refusal>>,
): Promise<FormOutcome<Refusal>> {
  try {
    const outcome = await submitFormOnce(db, request, formPage, async (trx, claim) => {
      const done = await work(trx, claim);
      if (!done.ok) throw new FormRefused(done.refusal);
      return done.outcome;
    });
    return { ok: true, outcome };
  } catch (error) {
    if (error instanceof FormRefused) return { ok: false, refusal: error.refusal as Refusal };
    throw error;
  }
}
