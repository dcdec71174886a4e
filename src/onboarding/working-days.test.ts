import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publicHolidays, weekOf, workingCalendar, type CalendarException } from './working-days.ts';

const plain = workingCalendar([]);

describe('Latvian public holidays', () => {
  it('takes only days off by law from the package', () => {
    const days = [...publicHolidays(2026)].sort();
    expect(days).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-04',
      '2026-06-23',
      '2026-06-24',
      '2026-11-18',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-31',
    ]);
    // Mother's Day is an observance, not a day off.
    expect(publicHolidays(2026).has('2026-05-10')).toBe(false);
  });

  it('skips Easter: Good Friday and Easter Monday 2026', () => {
    expect(plain.isWorkingDay('2026-04-02')).toBe(true);
    expect(plain.isWorkingDay('2026-04-03')).toBe(false);
    expect(plain.isWorkingDay('2026-04-06')).toBe(false);
    expect(plain.addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
    expect(plain.workingDaysBetween('2026-04-02', '2026-04-07')).toBe(1);
  });

  it('skips Midsummer, 23 and 24 June', () => {
    expect(plain.isWorkingDay('2026-06-23')).toBe(false);
    expect(plain.isWorkingDay('2026-06-24')).toBe(false);
    expect(plain.addWorkingDays('2026-06-22', 1)).toBe('2026-06-25');
    expect(plain.addWorkingDays('2027-06-22', 1)).toBe('2027-06-25');
  });

  it('skips the year end: 24–26 and 31 December and 1 January', () => {
    for (const day of ['2026-12-24', '2026-12-25', '2026-12-31', '2027-01-01']) {
      expect(plain.isWorkingDay(day), day).toBe(false);
    }
    expect(plain.addWorkingDays('2026-12-23', 1)).toBe('2026-12-28');
    expect(plain.addWorkingDays('2026-12-30', 1)).toBe('2027-01-04');
    // 21–23 and 28–30 December, then 4–8 January.
    expect(plain.workingDaysBetween('2026-12-18', '2027-01-08')).toBe(11);
  });

  it('gives the Monday off when 4 May or 18 November falls on a weekend', () => {
    // 4 May 2024 was a Saturday, 18 November 2023 a Saturday, 18 November 2029 a Sunday.
    expect(plain.isWorkingDay('2024-05-06')).toBe(false);
    expect(plain.isWorkingDay('2023-11-20')).toBe(false);
    expect(plain.isWorkingDay('2029-11-19')).toBe(false);
    expect(plain.addWorkingDays('2024-05-03', 1)).toBe('2024-05-07');
    // Christmas on a weekend has no such rule: 27 December 2027 is a working Monday.
    expect(plain.isWorkingDay('2027-12-27')).toBe(true);
  });
});

describe('exceptions kept as data', () => {
  const cabinet: CalendarException[] = [
    { day: '2026-01-02', kind: 'holiday', note: 'pārcelta uz 17.01.2026.' },
    { day: '2026-01-17', kind: 'working_day', note: 'pārceltā darba diena' },
    { day: '2026-03-10', kind: 'holiday', note: 'vienreizēja svētku diena' },
  ];
  const calendar = workingCalendar(cabinet);

  it('works a transferred Saturday and rests on the day it replaced', () => {
    expect(plain.isWorkingDay('2026-01-17')).toBe(false);
    expect(calendar.isWorkingDay('2026-01-17')).toBe(true);
    expect(calendar.isWorkingDay('2026-01-02')).toBe(false);
    expect(calendar.addWorkingDays('2025-12-30', 1)).toBe('2026-01-05');
    expect(calendar.addWorkingDays('2026-01-16', 1)).toBe('2026-01-17');
    expect(calendar.workingDaysBetween('2026-01-16', '2026-01-19')).toBe(2);
  });

  it('rests on a one-off holiday', () => {
    expect(calendar.isWorkingDay('2026-03-10')).toBe(false);
    expect(calendar.addWorkingDays('2026-03-09', 1)).toBe('2026-03-11');
  });

  it('counts 30 working days from the day after', () => {
    // Submitted on Monday 2 March 2026: March has no holiday, Easter takes 3 and 6 April.
    expect(plain.addWorkingDays('2026-03-02', 30)).toBe('2026-04-15');
    expect(calendar.addWorkingDays('2026-03-02', 30)).toBe('2026-04-16');
  });
});

describe('weeks', () => {
  it('runs Monday to Sunday', () => {
    expect(weekOf('2026-03-04')).toEqual({ monday: '2026-03-02', sunday: '2026-03-08' });
    expect(weekOf('2026-03-08')).toEqual({ monday: '2026-03-02', sunday: '2026-03-08' });
    expect(weekOf('2026-03-09')).toEqual({ monday: '2026-03-09', sunday: '2026-03-15' });
  });
});

describe('properties', () => {
  const start = Date.UTC(2020, 0, 1);
  const day = fc
    .integer({ min: 0, max: 365 * 10 })
    .map((d) => new Date(start + d * 86_400_000).toISOString().slice(0, 10));
  const n = fc.integer({ min: 0, max: 80 });
  const calendar = workingCalendar([
    { day: '2024-12-14', kind: 'working_day', note: '' },
    { day: '2024-12-23', kind: 'holiday', note: '' },
    { day: '2026-01-17', kind: 'working_day', note: '' },
    { day: '2026-01-02', kind: 'holiday', note: '' },
  ]);

  it('lands on a working day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 80 }), (d, k) =>
        calendar.isWorkingDay(calendar.addWorkingDays(d, k)),
      ),
    );
  });

  it('counts back what it added', () => {
    fc.assert(
      fc.property(
        day,
        n,
        (d, k) => calendar.workingDaysBetween(d, calendar.addWorkingDays(d, k)) === k,
      ),
    );
  });

  it('is monotonic in the days added and in the start day', () => {
    fc.assert(
      fc.property(day, day, n, n, (d1, d2, k1, k2) => {
        const [a, b] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const [m, k] = k1 <= k2 ? [k1, k2] : [k2, k1];
        return (
          calendar.addWorkingDays(a, m) <= calendar.addWorkingDays(a, k) &&
          calendar.addWorkingDays(a, k) <= calendar.addWorkingDays(b, k)
        );
      }),
    );
  });
});
