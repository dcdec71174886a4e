import { expect } from 'vitest';
import type { Db } from '../../src/database.ts';
import type { App } from '../../src/platform/http/app-type.ts';
import type { Clock } from '../../src/platform/time/riga.ts';

/** A clock the tests move: TOTP steps pass and links expire without waiting. */
export function movingClock(iso: string): Clock & { at: number; advance(ms: number): void } {
  return {
    at: Date.parse(iso),
    now(): Date {
      return new Date(this.at);
    },
    advance(ms: number): void {
      this.at += ms;
    },
  };
}

export interface QueuedMail {
  to: string;
  subject: string;
  text: string;
}

/** The mails queued in the outbox for an address, oldest first. */
export async function mailsTo(db: Db, to: string): Promise<QueuedMail[]> {
  const rows = await db
    .selectFrom('jobs')
    .select(['payload'])
    .where('kind', '=', 'mail.send')
    .orderBy('id')
    .execute();
  return rows
    .map((r) => (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as QueuedMail)
    .filter((m) => m.to === to);
}

/** The set-up link's token from the last invitation mailed to an address. */
export async function setupTokenFor(db: Db, email: string): Promise<string> {
  const mails = await mailsTo(db, email);
  const text = mails.at(-1)?.text ?? '';
  const token = /iestatit\?zetons=([A-Za-z0-9_-]{43})/.exec(text)?.[1];
  if (token === undefined) throw new Error(`no set-up link mailed to ${email}`);
  return token;
}

/** An anonymous page's form token and the cookie it is bound to, as a browser holds them. */
export async function anonymousForm(
  app: App,
  url: string,
): Promise<{ csrf: string; cookie: string }> {
  const res = await app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
  expect(res.statusCode).toBe(200);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1] ?? '';
  const anon = res.cookies.find((c) => c.name === 'rg_csrf');
  if (anon === undefined || csrf === '') throw new Error('no form token');
  return { csrf, cookie: `rg_csrf=${anon.value}` };
}

/** A form as browsers send it (urlencoded). */
export function formPost(app: App, url: string, cookie: string, fields: Record<string, string>) {
  return app.inject({
    method: 'POST',
    url,
    headers: { cookie, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
}

export function pageGet(app: App, url: string, cookie?: string) {
  return app.inject({
    method: 'GET',
    url,
    headers: { accept: 'text/html', ...(cookie === undefined ? {} : { cookie }) },
  });
}

export function sessionCookieOf(res: { cookies: { name: string; value: string }[] }): string {
  const cookie = res.cookies.find((c) => c.name === 'rg_session');
  if (cookie === undefined) throw new Error('no session cookie');
  return `rg_session=${cookie.value}`;
}

/** The secret the set-up page shows, as an authenticator app would read it. */
export function secretOnPage(html: string): string {
  const secret = /data-secret="([A-Z2-7]+)"/.exec(html)?.[1];
  if (secret === undefined) throw new Error('no secret on the page');
  return secret;
}

let agreementSerial = 0;

/** A concluded agreement in force, written straight to its table. */
export async function makeAgreement(
  db: Db,
  organisationId: number,
  terms: { pdpUsers: number; responsibleCreatesUsers: boolean },
): Promise<number> {
  const row = await db
    .insertInto('agreements')
    .values({
      organisation_id: organisationId,
      request_id: null,
      amends_agreement_id: null,
      reference: `LIG-T-${organisationId}-${(agreementSerial += 1)}`,
      status: 'concluded',
      environments: ['production'],
      pdp_users: terms.pdpUsers,
      system_connections: 0,
      monitoring: false,
      monitoring_persons: null,
      responsible_creates_users: terms.responsibleCreatesUsers,
      valid_from: '2020-01-01',
      valid_until: null,
      concluded_version: 1,
      concluded_at: new Date('2020-01-01T00:00:00Z'),
      terminated_from: null,
      termination_reason: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
