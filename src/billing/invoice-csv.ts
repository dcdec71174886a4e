import type { Locale } from '../platform/i18n/locale.ts';
import { formatEuro } from '../agreements/service.ts';
import type { InvoiceDocument } from './invoice-document.ts';
import { invoicePageTexts } from './texts/invoice-pages.ts';

const texts = invoicePageTexts.csvFile;

/** A cell as spreadsheets read it: quoted when it holds the separator, a quote or a line break. */
function cell(value: string | number): string {
  const text = String(value);
  // A leading =, +, - or @ would be read as a formula; a quote mark keeps it text.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[;"\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * An issued invoice as CSV (semicolon-separated, as Latvian spreadsheets expect): its lines with
 * the tariff and its legal source, then net, VAT, total and the state fees beside it.
 */
export function invoiceCsv(document: InvoiceDocument, locale: Locale): string {
  const euro = (cents: number) => formatEuro(cents, locale);
  const rows: (string | number)[][] = [
    [document.number, document.month, document.issuedOn, document.dueOn],
    ...document.lines.map((line) => [
      line.type,
      line.environment,
      line.description[locale],
      line.firstDay,
      line.lastDay,
      line.quantity,
      euro(line.unitPriceCents),
      euro(line.amountCents),
      line.vatRatePercent,
      line.tariff.code,
      line.tariff.source,
    ]),
    [texts.net[locale], euro(document.netCents)],
    [texts.vat[locale], euro(document.vatCents)],
    [texts.total[locale], euro(document.totalCents)],
    [texts.stateFees[locale], euro(document.statement.stateFeesCents)],
  ];
  const lines = [texts.header[locale], ...rows.map((row) => row.map(cell).join(';'))];
  if (document.exemption !== null) lines.push(cell(document.exemption[locale]));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
