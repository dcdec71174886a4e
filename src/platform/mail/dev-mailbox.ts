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
  const attachments = mail.attachments ?? [];
  if (attachments.length === 0) return;
  await db
    .insertInto('dev_mail_attachments')
    .values(
      attachments.map((a, index) => ({
        mail_id: mail.mailId,
        position: index + 1,
        filename: a.filename,
        content_type: a.contentType,
        content: a.content,
      })),
    )
    .onConflict((oc) => oc.columns(['mail_id', 'position']).doNothing())
    .execute();
}

export interface DevMailAttachmentInfo {
  position: number;
  filename: string;
  contentType: string;
  bytes: number;
}

/** The attachments of kept mails by mail id: names and sizes, not the bytes. */
export async function devMailAttachments(
  db: MailDb,
  mailIds: readonly string[],
): Promise<Map<string, DevMailAttachmentInfo[]>> {
  const byMail = new Map<string, DevMailAttachmentInfo[]>();
  if (mailIds.length === 0) return byMail;
  const rows = await db
    .selectFrom('dev_mail_attachments')
    .select(['mail_id', 'position', 'filename', 'content_type'])
    .select((eb) => eb.fn<number>('octet_length', ['content']).as('bytes'))
    .where('mail_id', 'in', mailIds)
    .orderBy('mail_id')
    .orderBy('position')
    .execute();
  for (const row of rows) {
    const list = byMail.get(row.mail_id) ?? [];
    list.push({
      position: row.position,
      filename: row.filename,
      contentType: row.content_type,
      bytes: row.bytes,
    });
    byMail.set(row.mail_id, list);
  }
  return byMail;
}

export async function findDevMailAttachment(
  db: MailDb,
  mailId: string,
  position: number,
): Promise<{ filename: string; contentType: string; content: Buffer } | null> {
  const row = await db
    .selectFrom('dev_mail_attachments')
    .select(['filename', 'content_type', 'content'])
    .where('mail_id', '=', mailId)
    .where('position', '=', position)
    .executeTakeFirst();
  if (row === undefined) return null;
  return {
    filename: row.filename,
    contentType: row.content_type,
    content: Buffer.from(row.content),
  };
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
