import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { JobTables } from '../db/tables.ts';
import type { JobHandler } from '../jobs/worker.ts';
import { keepInDevMailbox } from './dev-mailbox.ts';
import { recordMailAttempt } from './mail-log.ts';
import { maskAddresses, parseMailPayload, type MailPayload } from './message.ts';
import { mailDb, type MailDb } from './tables.ts';
import { createSmtpTransport, senderDomain, type SmtpTransport } from './transport.ts';

/**
 * The `mail.send` job: sends the message over SMTP, or without SMTP_URL keeps it in the
 * development mailbox. A failed send throws, and the worker retries it with backoff.
 *
 * Delivery is at least once: if the relay accepted a message but the worker could not record
 * that (database gone at that instant), the job runs again. Every attempt carries the same
 * Message-ID, so the receiving side can recognise the repeat.
 */
export function mailSendJob(deps: { config: Config; db: Kysely<JobTables> }): JobHandler {
  const db = mailDb(deps.db);
  const transport = createSmtpTransport(deps.config.mail);
  const domain = senderDomain(deps.config.mail.from);
  return async (payload) => {
    const mail = parseMailPayload(payload);
    if (transport !== null) {
      await sendBySmtp(db, transport, mail, domain);
      return;
    }
    // Config refuses a production worker without SMTP_URL; should one run anyway, the mail waits
    // in the outbox for the relay rather than disappearing into a mailbox nobody reads.
    if (deps.config.mode === 'production') throw new Error('SMTP_URL is not set');
    await db.transaction().execute(async (trx) => {
      await keepInDevMailbox(trx, mail);
      await recordMailAttempt(trx, mail, 'stored', null);
    });
  };
}

async function sendBySmtp(
  db: MailDb,
  transport: SmtpTransport,
  mail: MailPayload,
  domain: string,
): Promise<void> {
  let response: string;
  try {
    const info = await transport.sendMail({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html === undefined ? {} : { html: mail.html }),
      ...(mail.attachments === undefined
        ? {}
        : {
            attachments: mail.attachments.map((a) => ({
              filename: a.filename,
              contentType: a.contentType,
              content: a.content,
            })),
          }),
      messageId: `<${mail.mailId}@${domain}>`,
    });
    response = info.response;
  } catch (error) {
    const detail = maskAddresses(describeSmtpError(error));
    await recordMailAttempt(db, mail, 'failed', detail);
    // The job's last_error: the relay's answer with addresses masked, nothing of the body. No
    // `cause`: the original quotes the recipient, and errors travel to logs.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(`SMTP: ${detail}`);
  }
  await recordMailAttempt(db, mail, 'sent', maskAddresses(response));
}

/** nodemailer's code (EAUTH, ECONNECTION, EENVELOPE, …), the SMTP reply code and the message. */
function describeSmtpError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, responseCode } = error as Error & { code?: unknown; responseCode?: unknown };
  const parts = [
    typeof code === 'string' ? code : null,
    typeof responseCode === 'number' ? String(responseCode) : null,
    error.message,
  ];
  return parts.filter((p) => p !== null).join(' ');
}
