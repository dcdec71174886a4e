import { SCOPE_NAMES } from '../onboarding/service.ts';
import type { Locale, Text } from '../platform/i18n/locale.ts';

/** How the data left the register, as the person reads it. */
export const CHANNEL_NAMES: Record<string, Text> = {
  api: { lv: 'Sistēmu saskarne', en: 'Inter-system interface' },
  browser: { lv: 'Personu datu pārlūks', en: 'Person Data Browser' },
};

export const DATA_USE_TITLE: Text = {
  lv: 'Kas izmantoja manus datus',
  en: 'Who used my data',
};

/** The proof of inclusion on the resident's list and its help page. */
export const PROOF_TEXTS = {
  heading: { lv: 'Pierādījums', en: 'Proof' },
  download: {
    lv: 'Lejupielādēt iekļaušanas pierādījumu',
    en: 'Download proof of inclusion',
  },
  record: { lv: 'ieraksts', en: 'record' },
  pending: {
    lv: 'Pierādījums būs gatavs dažu sekunžu laikā.',
    en: 'The proof will be ready within seconds.',
  },
  none: {
    lv: 'Ieraksts aizzīmogots pirms pierādījumu ieviešanas; pierādījums nav pieejams.',
    en: 'Sealed before proofs were introduced; no proof is available.',
  },
  intro: {
    lv: 'Katrs ieraksts tiek neatgriezeniski aizzīmogots parakstītā audita žurnālā. Ar iekļaušanas pierādījumu ikviens — Jūs vai, piemēram, Jūsu jurists — var pārbaudīt, ka ieraksts ir žurnālā un ka neviens to nevar nemanāmi izdzēst.',
    en: 'Every record is sealed for good into a signed audit log. With a proof of inclusion, you or anyone else can check that the record is in the log and that no one can remove it unnoticed.',
  },
  helpLink: {
    lv: 'Kā pārbaudīt iekļaušanas pierādījumu',
    en: 'How to check a proof of inclusion',
  },
} satisfies Record<string, Text>;

export function channelName(channel: string, locale: Locale): string {
  return CHANNEL_NAMES[channel]?.[locale] ?? channel;
}

/** The scopes provided, by their names in the page's language. */
export function scopeNames(scopes: readonly string[], locale: Locale): string {
  return scopes
    .map((s) => (s in SCOPE_NAMES ? SCOPE_NAMES[s as keyof typeof SCOPE_NAMES][locale] : s))
    .join(', ');
}

/**
 * The legal basis as an audit row keeps it ("addresses: <law>, <article>; identity: …"), each
 * scope's code replaced by its name in the page's language. The row itself stays as written.
 */
export function legalBasisText(value: string | null, locale: Locale): string {
  if (value === null) return '—';
  return value
    .split('; ')
    .map((part) => {
      const colon = part.indexOf(': ');
      if (colon < 0) return part;
      const code = part.slice(0, colon);
      return code in SCOPE_NAMES ? `${scopeNames([code], locale)}: ${part.slice(colon + 2)}` : part;
    })
    .join('; ');
}

/** Latvian numerals agree by the last digit: 1, 21, 31 … take the singular, 11 does not. */
function singularLv(n: number): boolean {
  return n % 10 === 1 && n % 100 !== 11;
}

/** "Jūsu dati izsniegti 3 reizes 2 organizācijām." */
export function summaryText(
  counts: { times: number; organisations: number },
  inPeriod: boolean,
  locale: Locale,
): string {
  const { times, organisations } = counts;
  if (locale === 'lv') {
    const when = inPeriod ? 'Izvēlētajā periodā' : 'Kopā';
    if (times === 0) return `${when} Jūsu dati organizācijām nav izsniegti.`;
    const t = singularLv(times) ? 'reizi' : 'reizes';
    const o = singularLv(organisations) ? 'organizācijai' : 'organizācijām';
    return `${when} Jūsu dati izsniegti ${times} ${t} ${organisations} ${o}.`;
  }
  const when = inPeriod ? 'In the period chosen' : 'In all';
  if (times === 0) return `${when}, your data was not provided to any organisation.`;
  const t = times === 1 ? 'once' : `${times} times`;
  const o = organisations === 1 ? '1 organisation' : `${organisations} organisations`;
  return `${when}, your data was provided ${t} to ${o}.`;
}

/** Euro cents as "2,00 EUR" / "EUR 2.00". */
export function feeText(cents: number, exempt: boolean, locale: Locale): string {
  if (exempt) return locale === 'lv' ? 'Atbrīvots' : 'Exempt';
  const euros = (cents / 100).toFixed(2);
  return locale === 'lv' ? `${euros.replace('.', ',')} EUR` : `EUR ${euros}`;
}
