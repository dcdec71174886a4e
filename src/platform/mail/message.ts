/** A message as callers hand it over and as it travels in a `mail.send` job. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** What the mail is about (a report number, say): kept in the log and the dev mailbox. */
  reference?: string;
}

/** The job's payload: the message and its own id, which stays the same across retries. */
export interface MailPayload extends MailMessage {
  mailId: string;
}

/**
 * One address, plainly shaped: something@domain.tld, no spaces, no angle brackets, no second @.
 * Deliberately not RFC 5322 in full: callers validate what users type; this only catches a
 * programming slip (a name, a list, a header injection) before it becomes a job that can never
 * be delivered.
 */
const ADDRESS = /^[^\s@<>",;:()[\]\\]+@[^\s@<>",;:()[\]\\]+\.[^\s@<>",;:()[\]\\]{2,}$/u;

export function isMailAddress(value: string): boolean {
  return value.length <= 254 && ADDRESS.test(value);
}

export function assertMailAddress(value: string): void {
  if (!isMailAddress(value)) throw new Error('Not a single plain e-mail address');
}

/** The part after the @, lower-cased: what the mail log keeps instead of the address. */
export function recipientDomain(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

const ANY_ADDRESS = /[^\s@<>"',;:()[\]\\]+@[^\s@<>"',;:()[\]\\]+/gu;

/**
 * SMTP answers often quote the recipient ("550 5.1.1 <jane@example.lv>: unknown user"). Errors
 * end up in `jobs.last_error` and the logs, which must not carry personal data, so addresses are
 * masked to their domain.
 */
export function maskAddresses(text: string): string {
  return text.replace(ANY_ADDRESS, (address) => `…@${recipientDomain(address)}`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;

function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new Error(`mail.send payload: ${field} is not a string`);
  return value;
}

function requiredString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new Error(`mail.send payload: ${field} is missing`);
  }
  return value;
}

/** Reads a job's payload back; a malformed one is a bug in whoever wrote it, so it throws. */
export function parseMailPayload(payload: Record<string, unknown>): MailPayload {
  const mailId = requiredString(payload.mailId, 'mailId');
  if (!UUID.test(mailId)) throw new Error('mail.send payload: mailId is not a UUID');
  const to = requiredString(payload.to, 'to');
  assertMailAddress(to);
  const html = optionalString(payload.html, 'html');
  const reference = optionalString(payload.reference, 'reference');
  return {
    mailId,
    to,
    subject: requiredString(payload.subject, 'subject'),
    text: requiredString(payload.text, 'text'),
    ...(html === undefined ? {} : { html }),
    ...(reference === undefined ? {} : { reference }),
  };
}
