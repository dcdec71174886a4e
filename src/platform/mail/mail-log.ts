import { recipientDomain, type MailPayload } from './message.ts';
import type { MailDb, MailTables } from './tables.ts';

export type MailOutcome = MailTables['mail_log']['outcome'];

/**
 * One row per send attempt: the outcome and the relay's answer (addresses already masked), never
 * the body, and of the recipient only the domain (see migration 0007 for why).
 */
export async function recordMailAttempt(
  db: MailDb,
  mail: MailPayload,
  outcome: MailOutcome,
  detail: string | null,
): Promise<void> {
  await db
    .insertInto('mail_log')
    .values({
      mail_id: mail.mailId,
      reference: mail.reference ?? null,
      recipient_domain: recipientDomain(mail.to),
      outcome,
      detail: detail === null ? null : detail.slice(0, 500),
    })
    .execute();
}
