import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { JobTables } from '../db/tables.ts';
import { enqueue } from '../jobs/outbox.ts';
import {
  assertAttachments,
  assertMailAddress,
  attachmentToPayload,
  type MailMessage,
} from './message.ts';

export const MAIL_SEND_JOB = 'mail.send';

/**
 * Queues a mail in the caller's transaction: it exists exactly when the change it tells about
 * committed, and the worker sends it (retrying with backoff) after that. Give a `dedupeKey` when
 * the same change could be saved twice (one key, one mail).
 *
 * Throws on an address that is not one plain address, or on an empty subject or text: callers
 * validate user input first, so this is a programming error, and it rolls their transaction back.
 */
export async function enqueueMail(
  trx: Kysely<JobTables>,
  message: MailMessage,
  options: { dedupeKey?: string } = {},
): Promise<void> {
  assertMailAddress(message.to);
  if (message.subject.trim() === '') throw new Error('A mail needs a subject');
  if (message.text.trim() === '') throw new Error('A mail needs a text body');
  const attachments = message.attachments ?? [];
  assertAttachments(attachments);
  // Attachments ride in the payload as base64: the job is the one record of the mail until it
  // is sent, and the worker never logs a payload (docs/decisions/0016).
  const payload = {
    // Fixed now, so every retry sends the same Message-ID and a receiver can drop a duplicate.
    mailId: randomUUID(),
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.html === undefined ? {} : { html: message.html }),
    ...(message.reference === undefined ? {} : { reference: message.reference }),
    ...(attachments.length === 0 ? {} : { attachments: attachments.map(attachmentToPayload) }),
  };
  await enqueue(trx, MAIL_SEND_JOB, payload, options);
}
