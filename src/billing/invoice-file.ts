import type { Locale } from '../platform/i18n/locale.ts';
import { attachmentDisposition } from '../platform/http/content-disposition.ts';
import { invoiceCsv } from './invoice-csv.ts';
import { parseDocument } from './invoice-issuing.ts';
import { renderInvoicePdf } from './invoice-pdf.ts';

/** An issued invoice's downloads: `RG-2026-000001.pdf` or `.csv`, nothing else. */
export const INVOICE_FILE_PATTERN = '^RG-[0-9]{4}-[0-9]{6}\\.(csv|pdf)$';

export interface InvoiceFile {
  contentType: string;
  disposition: string;
  body: Buffer | string;
}

/** The invoice number a download's name names. */
export function invoiceNumberOfFile(file: string): string {
  return file.replace(/\.(csv|pdf)$/, '');
}

/**
 * The PDF or the CSV of an issued invoice, both made from the document stored when it was
 * issued, so a download shows exactly what was issued (and mailed).
 */
export async function invoiceFile(
  invoice: { number: string; document: unknown },
  file: string,
  locale: Locale,
): Promise<InvoiceFile> {
  const document = parseDocument(invoice.document);
  if (file.endsWith('.pdf')) {
    return {
      contentType: 'application/pdf',
      disposition: attachmentDisposition(`${invoice.number}.pdf`),
      body: await renderInvoicePdf(document),
    };
  }
  return {
    contentType: 'text/csv; charset=utf-8',
    disposition: attachmentDisposition(`${invoice.number}.csv`),
    body: invoiceCsv(document, locale),
  };
}
