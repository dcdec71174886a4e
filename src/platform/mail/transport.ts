import nodemailer, { type SMTPSentMessageInfo, type Transporter } from 'nodemailer';
import type { MailConfig } from '../../config.ts';

export type SmtpTransport = Transporter<SMTPSentMessageInfo>;

/**
 * The SMTP transport for `SMTP_URL` (`smtp://user:pass@host:587`, `smtps://…:465`; nodemailer
 * reads further options such as `?requireTLS=true` from the query), with `MAIL_FROM` as the
 * sender. Null without SMTP_URL: development and tests keep mail in the development mailbox.
 */
export function createSmtpTransport(mail: MailConfig): SmtpTransport | null {
  if (mail.smtpUrl === null) return null;
  return nodemailer.createTransport(
    {
      url: mail.smtpUrl,
      // Well inside the worker's 120-second lease: a relay that hangs must fail this attempt
      // (and be retried) before the lease runs out and another worker sends the same mail.
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 45_000,
      dnsTimeout: 10_000,
    },
    { from: mail.from },
  );
}

/** The domain of the sender, for Message-IDs (`<id@domain>`), as RFC 5322 recommends. */
export function senderDomain(from: string): string {
  const match = /@([^>\s]+)>?\s*$/u.exec(from);
  return match?.[1] ?? 'register-gateway.invalid';
}
