import type { Locale } from '../i18n/locale.ts';
import { TIME_ZONE } from './riga.ts';

/**
 * Every date and time a person reads, in one format per language: "2021. gada 10. maijs" and
 * "10 May 2021", with the time after it ("13:11" or "13:11:05"). Latvian puts the month in the
 * case the phrase asks for: "līdz 2027. gada 20. janvārim" (dative), "no 2027. gada 20. janvāra"
 * (genitive), "2027. gada 20. janvārī" (locative). Intl knows only the nominative, so the
 * Latvian months are written out here.
 */

export type DateCase = 'nominative' | 'genitive' | 'dative' | 'locative';

/** Each month in the four cases a date phrase needs, in the order of the calendar. */
export const LATVIAN_MONTHS: readonly Readonly<Record<DateCase, string>>[] = [
  { nominative: 'janvāris', genitive: 'janvāra', dative: 'janvārim', locative: 'janvārī' },
  { nominative: 'februāris', genitive: 'februāra', dative: 'februārim', locative: 'februārī' },
  { nominative: 'marts', genitive: 'marta', dative: 'martam', locative: 'martā' },
  { nominative: 'aprīlis', genitive: 'aprīļa', dative: 'aprīlim', locative: 'aprīlī' },
  { nominative: 'maijs', genitive: 'maija', dative: 'maijam', locative: 'maijā' },
  { nominative: 'jūnijs', genitive: 'jūnija', dative: 'jūnijam', locative: 'jūnijā' },
  { nominative: 'jūlijs', genitive: 'jūlija', dative: 'jūlijam', locative: 'jūlijā' },
  { nominative: 'augusts', genitive: 'augusta', dative: 'augustam', locative: 'augustā' },
  { nominative: 'septembris', genitive: 'septembra', dative: 'septembrim', locative: 'septembrī' },
  { nominative: 'oktobris', genitive: 'oktobra', dative: 'oktobrim', locative: 'oktobrī' },
  { nominative: 'novembris', genitive: 'novembra', dative: 'novembrim', locative: 'novembrī' },
  { nominative: 'decembris', genitive: 'decembra', dative: 'decembrim', locative: 'decembrī' },
];

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A calendar day, 'YYYY-MM-DD', or an instant (read as its day in Riga). */
export type Day = string | Date;

const rigaParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface Parts {
  year: number;
  month: number;
  day: number;
  clock: { hour: string; minute: string; second: string } | null;
}

function partsOf(value: Day): Parts {
  if (typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    if (match === null) throw new Error(`Not a calendar day: ${value}`);
    return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), clock: null };
  }
  const parts: Record<string, string> = {};
  for (const p of rigaParts.formatToParts(value)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    clock: { hour: parts.hour ?? '00', minute: parts.minute ?? '00', second: parts.second ?? '00' },
  };
}

function dayText(p: Parts, locale: Locale, form: DateCase): string {
  if (locale === 'en') return `${p.day} ${ENGLISH_MONTHS[p.month - 1] ?? ''} ${p.year}`;
  const month = LATVIAN_MONTHS[p.month - 1];
  if (month === undefined) throw new Error(`No month ${p.month}`);
  return `${p.year}. gada ${p.day}. ${month[form]}`;
}

/** "2021. gada 10. maijs" / "10 May 2021"; the Latvian month in the case asked for. */
export function formatDay(value: Day, locale: Locale, form: DateCase = 'nominative'): string {
  return dayText(partsOf(value), locale, form);
}

/** The day and time in Riga to the minute: "2021. gada 10. maijs, 13:11" / "10 May 2021, 13:11". */
export function formatDateTime(instant: Date, locale: Locale): string {
  const p = partsOf(instant);
  return `${dayText(p, locale, 'nominative')}, ${p.clock?.hour}:${p.clock?.minute}`;
}

/** As `formatDateTime`, to the second: where the order of events within a minute matters. */
export function formatDateTimeSeconds(instant: Date, locale: Locale): string {
  const p = partsOf(instant);
  return `${dayText(p, locale, 'nominative')}, ${p.clock?.hour}:${p.clock?.minute}:${p.clock?.second}`;
}

/**
 * The date phrases, each putting the Latvian month in the case its preposition governs: "līdz"
 * takes the dative, "no" and "kopš" the genitive, a bare day of an event the locative.
 */
export const datePhrases = {
  /** "līdz 2027. gada 20. janvārim" / "until 20 January 2027". */
  until: (day: Day, locale: Locale) =>
    locale === 'lv' ? `līdz ${formatDay(day, 'lv', 'dative')}` : `until ${formatDay(day, 'en')}`,
  /** "no 2027. gada 20. janvāra" / "from 20 January 2027". */
  from: (day: Day, locale: Locale) =>
    locale === 'lv' ? `no ${formatDay(day, 'lv', 'genitive')}` : `from ${formatDay(day, 'en')}`,
  /** "kopš 2027. gada 20. janvāra" / "since 20 January 2027". */
  since: (day: Day, locale: Locale) =>
    locale === 'lv' ? `kopš ${formatDay(day, 'lv', 'genitive')}` : `since ${formatDay(day, 'en')}`,
  /** "2027. gada 20. janvārī" / "on 20 January 2027". */
  on: (day: Day, locale: Locale) =>
    locale === 'lv' ? formatDay(day, 'lv', 'locative') : `on ${formatDay(day, 'en')}`,
  /** "no 2027. gada 1. janvāra līdz 2027. gada 20. janvārim" / "from … to …". */
  period: (from: Day, until: Day, locale: Locale) =>
    locale === 'lv'
      ? `${datePhrases.from(from, 'lv')} ${datePhrases.until(until, 'lv')}`
      : `from ${formatDay(from, 'en')} to ${formatDay(until, 'en')}`,
} as const;
