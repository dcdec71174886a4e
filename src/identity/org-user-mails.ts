import type { Db } from '../database.ts';
import { enqueueMail } from '../platform/mail/outbox-mail.ts';
import { orgUserMailText, type OrgUserMail } from './texts/org-user-mails.ts';

export * from './texts/org-user-mails.ts';

/** Queued in the caller's transaction; the key keeps a retried step from mailing twice. */
export async function mailOrgUser(
  trx: Db,
  to: { email: string; name: string },
  mail: OrgUserMail,
  dedupeKey: string,
): Promise<void> {
  await enqueueMail(
    trx,
    { to: to.email, subject: mail.subject, text: orgUserMailText(to.name, mail) },
    { dedupeKey },
  );
}
