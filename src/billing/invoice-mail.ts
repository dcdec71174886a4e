import type { Db } from '../database.ts';
import type { Locale } from '../platform/i18n/locale.ts';
import { enqueueMail } from '../platform/mail/outbox-mail.ts';
import { bilingual } from './bilingual.ts';
import type { InvoiceDocument } from './invoice-document.ts';
import { invoiceDocumentTexts } from './texts/invoice-document.ts';
import { euro } from './views/ledger-texts.ts';

const words = invoiceDocumentTexts.mail;

/** The file name the organisation saves: the invoice's number, which is also its reference. */
export function invoicePdfFilename(document: Pick<InvoiceDocument, 'number'>): string {
  return `${document.number}.pdf`;
}

/**
 * Queues the mail that brings an issued invoice (or credit note) to the organisation's notice
 * address, its PDF attached, in the caller's transaction: the mail exists exactly when the
 * invoice does. Latvian, then English where the organisation asked for it. One mail per
 * number, however often issuing is retried.
 */
export async function mailInvoice(
  trx: Db,
  document: InvoiceDocument,
  pdf: Buffer,
  to: string,
): Promise<void> {
  const say = (locale: Locale) => mailWords(document, locale);
  const lv = say('lv');
  const en = say('en');
  await enqueueMail(
    trx,
    {
      to,
      subject: bilingual(document.languages, lv.subject, en.subject),
      text: bilingual(document.languages, lv.text, en.text, '\n\n---\n\n'),
      reference: document.number,
      attachments: [
        { filename: invoicePdfFilename(document), contentType: 'application/pdf', content: pdf },
      ],
    },
    { dedupeKey: `invoice-mail:${document.number}` },
  );
}

function mailWords(document: InvoiceDocument, locale: Locale): { subject: string; text: string } {
  const { number, payer } = document;
  const corrects = document.correctsNumber;
  if (document.kind === 'credit_note' && corrects !== null) {
    return {
      subject: words.creditNoteSubject[locale](number, corrects),
      text: words.creditNoteBody[locale](payer.name, number, corrects),
    };
  }
  return {
    subject: words.subject[locale](number, document.month),
    text: words.body[locale](
      payer.name,
      number,
      euro(document.totalCents, locale),
      invoiceDocumentTexts.date[locale](document.dueOn),
    ),
  };
}
