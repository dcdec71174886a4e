import { organisationNotice } from '../agreements/service.ts';
import { datePhrases, formatDay } from '../platform/time/dates.ts';
import type { Db } from '../database.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { enqueue } from '../platform/jobs/outbox.ts';
import { enqueueMail } from '../platform/mail/outbox-mail.ts';
import { rigaDate, type Clock } from '../platform/time/riga.ts';
import { claimKeysToWarn, type ExpiringKeyRow } from './connection-store.ts';
import { pmlpOfficerEmails } from './staff-store.ts';
import { lastValidDay } from './connection-mail.ts';
import { KEY_EXPIRY_WARNING_DAYS } from './connections.ts';

/**
 * Once a day: warn the organisation and PMLP's officers about each live key that expires within
 * the warning period, once per key (expiry_warned_at, and a dedupe key per mail), then queue the
 * next day's check. A dedupe key per day keeps one check a day however many workers start.
 */

export const KEY_EXPIRY_CHECK_JOB = 'connections.key_expiry_check';

/** The check runs in the early morning in Riga (05:00 UTC is 07:00 or 08:00 there). */
const RUN_HOUR_UTC = 5;

function checkFor(day: string): { runAt: Date; dedupeKey: string } {
  return {
    runAt: new Date(`${day}T0${String(RUN_HOUR_UTC)}:00:00Z`),
    dedupeKey: `${KEY_EXPIRY_CHECK_JOB}:${day}`,
  };
}

function nextDay(now: Date): string {
  return rigaDate(new Date(now.getTime() + 24 * 3600_000));
}

/** Queues today's check (due now); called when the worker role starts. */
export async function scheduleKeyExpiryCheck(db: Db, clock: Clock): Promise<void> {
  const now = clock.now();
  const { dedupeKey } = checkFor(rigaDate(now));
  await enqueue(db, KEY_EXPIRY_CHECK_JOB, {}, { runAt: now, dedupeKey });
}

function warningText(key: ExpiringKeyRow, publicUrl: string, staff: boolean): string {
  const link = staff
    ? `${publicUrl}/darbinieki/savienojumi/${key.client_id}`
    : `${publicUrl}/organizacijas/savienojumi/${key.client_id}`;
  return [
    `${key.organisation_name}: “${key.connection_name}” (${key.client_id}, ${key.environment})`,
    '',
    `Publiskā atslēga ${key.kid} ir derīga tikai ${datePhrases.until(lastValidDay(key.expires_at), 'lv')} (ieskaitot).` +
      ' Pievienojiet jaunu atslēgu un pēc tam atsauciet veco, lai savienojums nepārtrūktu.',
    link,
    '',
    `Public key ${key.kid} is valid only through ${formatDay(lastValidDay(key.expires_at), 'en')}.` +
      ' Add a new key and then retire the old one so the connection keeps working.',
    `${link}?lang=en`,
  ].join('\n');
}

export async function runKeyExpiryCheck(db: Db, clock: Clock, publicUrl: string): Promise<number> {
  const now = clock.now();
  const until = new Date(now.getTime() + KEY_EXPIRY_WARNING_DAYS * 24 * 3600_000);
  return inTransaction(db, async (trx: Db) => {
    const keys = await claimKeysToWarn(trx, now, until);
    const officers = keys.length === 0 ? [] : await pmlpOfficerEmails(trx);
    for (const key of keys) {
      const subject = `Atslēgas derīgums beidzas / Key expiring: ${key.client_id}`;
      const organisation = await organisationNotice(trx, key.organisation_id);
      const recipients = [
        ...organisation.recipients.map((to) => ({ to, staff: false })),
        ...officers.map((to) => ({ to, staff: true })),
      ];
      for (const r of recipients) {
        await enqueueMail(
          trx,
          {
            to: r.to,
            subject,
            text: warningText(key, publicUrl, r.staff),
            reference: key.client_id,
          },
          { dedupeKey: `key-expiry:${String(key.key_id)}:${r.to}` },
        );
      }
    }
    const next = checkFor(nextDay(now));
    await enqueue(trx, KEY_EXPIRY_CHECK_JOB, {}, next);
    return keys.length;
  });
}

/** The worker's handler. */
export function keyExpiryCheckJob(deps: { db: Db; clock: Clock; publicUrl: string }) {
  return async (): Promise<void> => {
    await runKeyExpiryCheck(deps.db, deps.clock, deps.publicUrl);
  };
}
