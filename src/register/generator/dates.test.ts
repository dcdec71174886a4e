import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, ageOn, dayFromIso, isoFromDay, isoTimestamp } from './dates.ts';

describe('day numbers', () => {
  it('agree with Date for every day from 1800 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_000, max: 84_000 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(isoFromDay(day)).toBe(iso);
        expect(dayFromIso(iso)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuse dates that do not exist', () => {
    expect(() => dayFromIso('2023-02-29')).toThrow(RangeError);
    expect(() => dayFromIso('2024-13-01')).toThrow(RangeError);
    expect(() => dayFromIso('1.1.2024')).toThrow(RangeError);
    expect(isoFromDay(dayFromIso('2024-02-29'))).toBe('2024-02-29');
  });

  it('add years keeping the calendar day, 29 February becoming 28 February', () => {
    expect(isoFromDay(addYears(dayFromIso('2024-02-29'), 1))).toBe('2025-02-28');
    expect(isoFromDay(addYears(dayFromIso('2024-02-29'), 4))).toBe('2028-02-29');
    expect(isoFromDay(addYears(dayFromIso('2000-07-15'), -25))).toBe('1975-07-15');
  });

  it('count completed years of age', () => {
    const birth = dayFromIso('2000-05-10');
    expect(ageOn(birth, dayFromIso('2018-05-09'))).toBe(17);
    expect(ageOn(birth, dayFromIso('2018-05-10'))).toBe(18);
    expect(ageOn(birth, dayFromIso('2000-05-10'))).toBe(0);
  });

  it('format UTC timestamps', () => {
    expect(isoTimestamp(dayFromIso('2024-03-05'), 3600 * 9 + 61)).toBe('2024-03-05T09:01:01Z');
  });
});
