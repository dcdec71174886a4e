/**
 * Latvian personal codes (personas kods).
 *
 * Two formats share one shape (11 digits) and one check digit rule:
 * - old: `DDMMYY-CNNNN`, birth date, century digit C (0 = 1800s, 1 = 1900s, 2 = 2000s), serial, check;
 * - new (issued since 1 July 2017): `32` + 8 digits + check, carries no birth date.
 * An old-format code never starts with `32` because no month has a 32nd day, so the prefix alone
 * tells the formats apart.
 *
 * Both are stored canonically as 6 digits, a hyphen and 5 digits, so lookups never depend on how
 * the user typed the code.
 */

export type PersonalCodeError =
  | 'personal_code_length' // not 11 digits (after removing the one optional hyphen)
  | 'personal_code_characters' // anything but digits and one hyphen at position 7
  | 'personal_code_date' // old format: no such calendar date, or century digit not 0/1/2
  | 'personal_code_checksum'; // check digit wrong

export type ParsedPersonalCode =
  | { ok: true; code: string; format: 'old'; birthDate: string }
  | { ok: true; code: string; format: 'new' }
  | { ok: false; error: PersonalCodeError };

const WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const NEW_FORMAT_PREFIX = '32';
const MAX_NEW_FORMAT_NUMBER = 99_999_999;
const MAX_SERIAL = 999;
const MIN_YEAR = 1800;
const MAX_YEAR = 2099;

// Only ASCII digits: `\d` would be fine without the `u` flag, but spelling it out keeps it obvious
// that other Unicode digits are a characters error.
const ALLOWED_CHARACTERS = /^(?:[0-9]*|[0-9]{6}-[0-9]*)$/;
const TEN_DIGITS = /^[0-9]{10}$/;
const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** Check digit for the first ten digits: (1101 − Σ dᵢ·wᵢ) mod 11 mod 10. */
export function checkDigit(firstTenDigits: string): number {
  if (!TEN_DIGITS.test(firstTenDigits)) {
    throw new RangeError(
      `checkDigit expects exactly 10 digits, got ${JSON.stringify(firstTenDigits)}`,
    );
  }
  let sum = 0;
  WEIGHTS.forEach((weight, i) => {
    sum += weight * Number(firstTenDigits[i]);
  });
  // The largest possible sum is 9 · Σw = 495 < 1101, so the difference is never negative and `%`
  // needs no correction. A remainder of 10 folds to 0, which is what the register does.
  return ((1101 - sum) % 11) % 10;
}

export function parsePersonalCode(input: string): ParsedPersonalCode {
  const trimmed = input.trim();
  if (!ALLOWED_CHARACTERS.test(trimmed)) return { ok: false, error: 'personal_code_characters' };

  const digits = trimmed.replace('-', '');
  if (digits.length !== 11) return { ok: false, error: 'personal_code_length' };

  const code = `${digits.slice(0, 6)}-${digits.slice(6)}`;
  const checksumOk = checkDigit(digits.slice(0, 10)) === Number(digits[10]);

  if (digits.startsWith(NEW_FORMAT_PREFIX)) {
    return checksumOk
      ? { ok: true, code, format: 'new' }
      : { ok: false, error: 'personal_code_checksum' };
  }

  const birthDate = oldFormatBirthDate(digits);
  if (birthDate === undefined) return { ok: false, error: 'personal_code_date' };
  if (!checksumOk) return { ok: false, error: 'personal_code_checksum' };
  return { ok: true, code, format: 'old', birthDate };
}

export function isValidPersonalCode(input: string): boolean {
  return parsePersonalCode(input).ok;
}

/** Old-format code for a birth date (YYYY-MM-DD, years 1800–2099) and a serial 0..999. */
export function makeOldFormatCode(birthDate: string, serial: number): string {
  const match = ISO_DATE.exec(birthDate);
  const [, yyyy = '', mm = '', dd = ''] = match ?? [];
  const year = Number(yyyy);
  if (
    !match ||
    year < MIN_YEAR ||
    year > MAX_YEAR ||
    !isCalendarDate(year, Number(mm), Number(dd))
  ) {
    throw new RangeError(
      `birthDate must be a YYYY-MM-DD date in ${MIN_YEAR}–${MAX_YEAR}: ${birthDate}`,
    );
  }
  if (!Number.isInteger(serial) || serial < 0 || serial > MAX_SERIAL) {
    throw new RangeError(`serial must be an integer 0..${MAX_SERIAL}: ${serial}`);
  }
  const century = String((year - MIN_YEAR - (year % 100)) / 100);
  const firstTen = `${dd}${mm}${yyyy.slice(2)}${century}${String(serial).padStart(3, '0')}`;
  return `${firstTen.slice(0, 6)}-${firstTen.slice(6)}${checkDigit(firstTen)}`;
}

/** New-format code from a number 0..99_999_999 (8 digits after '32', then the check digit). */
export function makeNewFormatCode(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_NEW_FORMAT_NUMBER) {
    throw new RangeError(`n must be an integer 0..${MAX_NEW_FORMAT_NUMBER}: ${n}`);
  }
  const firstTen = `${NEW_FORMAT_PREFIX}${String(n).padStart(8, '0')}`;
  return `${firstTen.slice(0, 6)}-${firstTen.slice(6)}${checkDigit(firstTen)}`;
}

/** Display form of a canonical code. Identity today; exists so views never format by hand. */
export function formatPersonalCode(canonical: string): string {
  return canonical;
}

/** YYYY-MM-DD for an old-format code's digits, or undefined if the date or century is impossible. */
function oldFormatBirthDate(digits: string): string | undefined {
  const centuryDigit = Number(digits[6]);
  if (centuryDigit > 2) return undefined;
  const year = MIN_YEAR + 100 * centuryDigit + Number(digits.slice(4, 6));
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(0, 2));
  if (!isCalendarDate(year, month, day)) return undefined;
  return `${year}-${digits.slice(2, 4)}-${digits.slice(0, 2)}`;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Gregorian rule, spelled out because 1900 (not leap) and 2000 (leap) both fall in range.
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
