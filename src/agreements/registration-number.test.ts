import { describe, expect, it } from 'vitest';
import {
  isValidRegistrationNumber,
  normaliseRegistrationNumber,
  withCheckDigit,
} from './registration-number.ts';

describe('registration numbers of legal persons', () => {
  it('accepts real numbers of a company and of a state body', () => {
    expect(isValidRegistrationNumber('40003032949')).toBe(true);
    expect(isValidRegistrationNumber('90000069281')).toBe(true);
  });

  it('refuses a wrong check digit, a wrong length and letters', () => {
    expect(isValidRegistrationNumber('40003032948')).toBe(false);
    expect(isValidRegistrationNumber('4000303294')).toBe(false);
    expect(isValidRegistrationNumber('4000303294a')).toBe(false);
  });

  it('reads the VAT form and spaces', () => {
    expect(normaliseRegistrationNumber(' LV 4000 3032 949 ')).toBe('40003032949');
  });

  it('completes ten digits into a valid number', () => {
    expect(withCheckDigit('4000303294')).toBe('40003032949');
    for (let n = 0; n < 200; n++) {
      const full = withCheckDigit(String(5000000000 + n * 7919));
      if (full !== null) expect(isValidRegistrationNumber(full)).toBe(true);
    }
  });
});
