import { describe, expect, it } from 'vitest';
import {
  datePhrases,
  formatDateTime,
  formatDateTimeSeconds,
  formatDay,
  LATVIAN_MONTHS,
} from './dates.ts';

/** Every month as each phrase must read it in Latvian, written out by hand. */
const EXPECTED: readonly [
  nominative: string,
  genitive: string,
  dative: string,
  locative: string,
][] = [
  ['janvāris', 'janvāra', 'janvārim', 'janvārī'],
  ['februāris', 'februāra', 'februārim', 'februārī'],
  ['marts', 'marta', 'martam', 'martā'],
  ['aprīlis', 'aprīļa', 'aprīlim', 'aprīlī'],
  ['maijs', 'maija', 'maijam', 'maijā'],
  ['jūnijs', 'jūnija', 'jūnijam', 'jūnijā'],
  ['jūlijs', 'jūlija', 'jūlijam', 'jūlijā'],
  ['augusts', 'augusta', 'augustam', 'augustā'],
  ['septembris', 'septembra', 'septembrim', 'septembrī'],
  ['oktobris', 'oktobra', 'oktobrim', 'oktobrī'],
  ['novembris', 'novembra', 'novembrim', 'novembrī'],
  ['decembris', 'decembra', 'decembrim', 'decembrī'],
];
const ENGLISH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August'];

describe('date phrases', () => {
  it('has twelve months', () => expect(LATVIAN_MONTHS).toHaveLength(12));

  EXPECTED.forEach(([nominative, genitive, dative, locative], index) => {
    const mm = String(index + 1).padStart(2, '0');
    const day = `2027-${mm}-20`;
    it(`puts ${nominative} in the case each phrase governs`, () => {
      expect(formatDay(day, 'lv')).toBe(`2027. gada 20. ${nominative}`);
      expect(datePhrases.until(day, 'lv')).toBe(`līdz 2027. gada 20. ${dative}`);
      expect(datePhrases.from(day, 'lv')).toBe(`no 2027. gada 20. ${genitive}`);
      expect(datePhrases.since(day, 'lv')).toBe(`kopš 2027. gada 20. ${genitive}`);
      expect(datePhrases.on(day, 'lv')).toBe(`2027. gada 20. ${locative}`);
      expect(datePhrases.period('2026-01-01', day, 'lv')).toBe(
        `no 2026. gada 1. janvāra līdz 2027. gada 20. ${dative}`,
      );
    });
  });

  it('writes English dates as day, month, year with no case', () => {
    ENGLISH.forEach((month, index) => {
      const day = `2027-${String(index + 1).padStart(2, '0')}-20`;
      expect(formatDay(day, 'en')).toBe(`20 ${month} 2027`);
      expect(datePhrases.until(day, 'en')).toBe(`until 20 ${month} 2027`);
      expect(datePhrases.from(day, 'en')).toBe(`from 20 ${month} 2027`);
      expect(datePhrases.since(day, 'en')).toBe(`since 20 ${month} 2027`);
    });
    expect(datePhrases.period('2026-01-01', '2027-12-20', 'en')).toBe(
      'from 1 January 2026 to 20 December 2027',
    );
  });

  it('reads an instant as its day and time in Riga', () => {
    const instant = new Date('2026-12-31T22:30:05Z');
    expect(formatDay(instant, 'lv')).toBe('2027. gada 1. janvāris');
    expect(formatDateTime(instant, 'lv')).toBe('2027. gada 1. janvāris, 00:30');
    expect(formatDateTimeSeconds(instant, 'en')).toBe('1 January 2027, 00:30:05');
    expect(datePhrases.until(instant, 'lv')).toBe('līdz 2027. gada 1. janvārim');
  });
});
