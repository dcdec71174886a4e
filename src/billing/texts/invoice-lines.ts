import { LOCALES, type Locale, type Text } from '../../platform/i18n/locale.ts';
import type { Messages } from '../../platform/i18n/messages.ts';

/** The same words made in each language, for a document that keeps both. */
export function inBothLanguages(make: (locale: Locale) => string): Text {
  const [lv, en] = LOCALES.map(make) as [string, string];
  return { lv, en };
}

/** How an invoice line describes itself, and the exemption an exempt invoice names. */
export const invoiceLineTexts = {
  environment: {
    test: { lv: 'testa vide', en: 'test environment' },
    production: { lv: 'ražošanas vide', en: 'production environment' },
  },
  /** "Abonēšanas maksa …, testa vide, 2026-11-01–2026-11-14" */
  description: {
    lv: (tariff: string, environment: string, first: string, last: string) =>
      `${tariff}, ${environment}, ${first}–${last}`,
    en: (tariff: string, environment: string, first: string, last: string) =>
      `${tariff}, ${environment}, ${first} to ${last}`,
  },
  exemption: {
    lv: 'Publisko tiesību juridiskā persona sadarbojas bez maksas (atbrīvota no maksas): rēķina summa ir 0 EUR.',
    en: 'A public-law body cooperates free of charge (exempt from fees): the invoice total is EUR 0.',
  },
} as const satisfies Messages;
