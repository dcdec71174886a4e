import { describe, expect, it } from 'vitest';
import { parsePersonalCode } from '../personal-code.ts';
import { dayFromIso, isoFromDay } from './dates.ts';
import { Random } from './random.ts';
import { DocumentNumbers, PersonalCodeAllocator } from './unique-numbers.ts';

describe('PersonalCodeAllocator', () => {
  it('hands out all 1000 serials of a date once, then moves to the day before', () => {
    const codes = new PersonalCodeAllocator(new Random('codes'));
    const day = dayFromIso('1980-03-01');
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const { code, birthDay } = codes.oldFormat(day);
      expect(birthDay).toBe(day);
      const parsed = parsePersonalCode(code);
      expect(parsed.ok && parsed.format === 'old' && parsed.birthDate).toBe('1980-03-01');
      seen.add(code);
    }
    expect(seen.size).toBe(1000);
    const overflow = codes.oldFormat(day);
    expect(isoFromDay(overflow.birthDay)).toBe('1980-02-29');
    expect(overflow.code.startsWith('290280-1')).toBe(true);
  });

  it('hands out distinct, valid new-format codes', () => {
    const codes = new PersonalCodeAllocator(new Random('new'));
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const code = codes.newFormat();
      const parsed = parsePersonalCode(code);
      expect(parsed.ok && parsed.format).toBe('new');
      seen.add(code);
    }
    expect(seen.size).toBe(20_000);
  });
});

describe('DocumentNumbers', () => {
  it('numbers each series with two letters and seven digits, never twice', () => {
    const numbers = new DocumentNumbers(new Random('docs'));
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      for (const series of ['LA', 'PA', 'RP']) {
        const number = numbers.next(series);
        expect(number).toMatch(new RegExp(`^${series}\\d{7}$`));
        seen.add(number);
      }
    }
    expect(seen.size).toBe(30_000);
  });
});
