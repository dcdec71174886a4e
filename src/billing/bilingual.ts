import type { InvoiceDocument } from './invoice-document.ts';

/**
 * Latvian always; the English joined beside it when the organisation asked for English.
 * `separator` is " / " for a label, a blank line and a rule for a mail's body.
 */
export function bilingual(
  languages: InvoiceDocument['languages'],
  lv: string,
  en: string,
  separator = ' / ',
): string {
  return languages.includes('en') ? `${lv}${separator}${en}` : lv;
}
