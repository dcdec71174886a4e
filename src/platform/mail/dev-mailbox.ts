import type { Selectable } from 'kysely';
import type { MailPayload } from './message.ts';
import type { MailDb, MailTables } from './tables.ts';

export type DevMail = Selectable<MailTables['dev_mailbox']>;

/** Keeps a message instead of sending it; a retried job finds it there and stores nothing new. */
export async function keepInDevMailbox(db: MailDb, mail: MailPayload): Promise<void> {
  await db
    .insertInto('dev_mailbox')
    .values({
      id: mail.mailId,
      recipient: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      reference: mail.reference ?? null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export async function latestDevMail(
  db: MailDb,
  limit: number,
): Promise<Pick<DevMail, 'id' | 'recipient' | 'subject' | 'created_at'>[]> {
  return db
    .selectFrom('dev_mailbox')
    .select(['id', 'recipient', 'subject', 'created_at'])
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function findDevMail(db: MailDb, id: string): Promise<DevMail | null> {
  const row = await db
    .selectFrom('dev_mailbox')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}
