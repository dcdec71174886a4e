/** A message as callers hand it over and as it travels in a `mail.send` job. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** What the mail is about (a report number, say): kept in the log and the dev mailbox. */
  reference?: string;
  attachments?: MailAttachment[];
}

/** A file sent with a mail: an invoice's PDF, say. */
export interface MailAttachment {
  /** The name the receiver sees; a plain file name, no folders. */
  filename: string;
  /** `application/pdf`, `text/csv`, … */
  contentType: string;
  content: Buffer;
}

/** The job's payload: the message and its own id, which stays the same across retries. */
export interface MailPayload extends MailMessage {
  mailId: string;
}

/**
 * The most a mail's attachments may weigh together. They travel base64 inside the job's payload
 * (a third larger); an invoice is some 30–50 KB, and relays commonly refuse mails over 10 MB.
 */
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;

const FILENAME = /^[^/\\\r\n\0"]{1,200}$/u;
const CONTENT_TYPE = /^[a-z]+\/[a-z0-9.+-]+$/u;

/**
 * Refuses an attachment whose name carries a folder, a line break or a quote (header injection,
 * a path on the receiver's disk), whose type is not a plain `type/subtype`, or attachments over
 * the size limit: callers build attachments themselves, so each is a programming error.
 */
export function assertAttachments(attachments: readonly MailAttachment[]): void {
  let bytes = 0;
  for (const attachment of attachments) {
    if (!FILENAME.test(attachment.filename) || attachment.filename.trim() === '') {
      throw new Error('An attachment needs a plain file name');
    }
    if (!CONTENT_TYPE.test(attachment.contentType)) {
      throw new Error('An attachment needs a content type such as application/pdf');
    }
    bytes += attachment.content.length;
  }
  if (bytes > MAX_ATTACHMENT_BYTES) throw new Error('The attachments are too large for a mail');
}

/** How an attachment travels in the job's payload (JSON): its bytes as base64. */
export interface PayloadAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

export function attachmentToPayload(attachment: MailAttachment): PayloadAttachment {
  return {
    filename: attachment.filename,
    contentType: attachment.contentType,
    contentBase64: attachment.content.toString('base64'),
  };
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
  const attachments = parseAttachments(payload.attachments);
  return {
    mailId,
    to,
    subject: requiredString(payload.subject, 'subject'),
    text: requiredString(payload.text, 'text'),
    ...(html === undefined ? {} : { html }),
    ...(reference === undefined ? {} : { reference }),
    ...(attachments.length === 0 ? {} : { attachments }),
  };
}

function parseAttachments(value: unknown): MailAttachment[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Error('mail.send payload: attachments is not a list');
  const attachments = value.map((item: unknown, index) => {
    if (typeof item !== 'object' || item === null) {
      throw new Error(`mail.send payload: attachment ${index} is not an object`);
    }
    const fields = item as Record<string, unknown>;
    const field = `attachment ${index}`;
    return {
      filename: requiredString(fields.filename, `${field} filename`),
      contentType: requiredString(fields.contentType, `${field} contentType`),
      content: Buffer.from(requiredString(fields.contentBase64, `${field} content`), 'base64'),
    };
  });
  assertAttachments(attachments);
  return attachments;
}
