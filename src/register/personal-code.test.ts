import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  checkDigit,
  formatPersonalCode,
  isValidPersonalCode,
  makeNewFormatCode,
  makeOldFormatCode,
  parsePersonalCode,
} from './personal-code.ts';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1800, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2099, 11, 31) / DAY_MS;

/** Any calendar date 1800-01-01..2099-12-31 as YYYY-MM-DD, drawn as a day number so none is invalid. */
const birthDateArb = fc
  .integer({ min: FIRST_DAY, max: LAST_DAY })
  .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));
const serialArb = fc.integer({ min: 0, max: 999 });
const newNumberArb = fc.integer({ min: 0, max: 99_999_999 });
const oldCodeArb = fc.tuple(birthDateArb, serialArb).map(([d, s]) => makeOldFormatCode(d, s));
const newCodeArb = newNumberArb.map(makeNewFormatCode);
const validCodeArb = fc.oneof(oldCodeArb, newCodeArb);
const digitArb = fc.integer({ min: 0, max: 9 }).map(String);

/** `code` with the digit at `index` (in the hyphen-less form) replaced. */
function replaceDigit(canonical: string, index: number, digit: string): string {
  const digits = canonical.replace('-', '');
  return digits.slice(0, index) + digit + digits.slice(index + 1);
}

describe('parsePersonalCode: known codes', () => {
  const examples = [
    { input: '161175-19997', code: '161175-19997', birthDate: '1975-11-16' },
    { input: '290156-11605', code: '290156-11605', birthDate: '1956-01-29' },
    { input: '010101-10006', code: '010101-10006', birthDate: '1901-01-01' },
  ];

  for (const { input, code, birthDate } of examples) {
    it(`accepts old-format ${input} with and without hyphen, with whitespace`, () => {
      const expected = { ok: true, code, format: 'old', birthDate };
      expect(parsePersonalCode(input)).toEqual(expected);
      expect(parsePersonalCode(input.replace('-', ''))).toEqual(expected);
      expect(parsePersonalCode(`  ${input}\t\n`)).toEqual(expected);
      expect(isValidPersonalCode(input)).toBe(true);
    });
  }

  it('accepts the new-format 32073120115 and stores it as 320731-20115', () => {
    const expected = { ok: true, code: '320731-20115', format: 'new' };
    expect(parsePersonalCode('32073120115')).toEqual(expected);
    expect(parsePersonalCode('320731-20115')).toEqual(expected);
    expect(parsePersonalCode(' 32073120115 ')).toEqual(expected);
  });

  it('maps the century digit to 1800s, 1900s and 2000s', () => {
    // Same DDMMYY, century digit 0/1/2; check digits computed independently of checkDigit.
    expect(parsePersonalCode('010101-00000')).toMatchObject({ ok: true, birthDate: '1801-01-01' });
    expect(parsePersonalCode('010101-10006')).toMatchObject({ ok: true, birthDate: '1901-01-01' });
    expect(parsePersonalCode('010101-20001')).toMatchObject({ ok: true, birthDate: '2001-01-01' });
    expect(parsePersonalCode('311299-10008')).toMatchObject({ ok: true, birthDate: '1999-12-31' });
  });

  it('accepts 29 February of 2000 (leap) but not of 1900 (not leap)', () => {
    expect(parsePersonalCode('290200-20009')).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(parsePersonalCode('290200-10003')).toEqual({ ok: false, error: 'personal_code_date' });
  });
});

describe('parsePersonalCode: errors', () => {
  it.each([
    ['161175/19997', 'another separator'],
    ['16117-519997', 'hyphen in the wrong place'],
    ['161175--19997', 'two hyphens'],
    ['161175 19997', 'inner space'],
    ['161175-1999O', 'a letter'],
    ['١٦١١٧٥-١٩٩٩٧', 'non-ASCII digits'],
  ])('personal_code_characters for %s (%s)', (input) => {
    expect(parsePersonalCode(input)).toEqual({ ok: false, error: 'personal_code_characters' });
  });

  it.each(['', '161175-1999', '1611751999', '161175-199970', '161175-'])(
    'personal_code_length for %j',
    (input) => {
      expect(parsePersonalCode(input)).toEqual({ ok: false, error: 'personal_code_length' });
    },
  );

  // Each of these has a correct check digit, so only the date can be what rejects it.
  it.each([
    ['300201-20008', '30 February'],
    ['290201-20000', '29 February 2001'],
    ['310401-10004', '31 April'],
    ['311101-10000', '31 November'],
    ['011301-10000', 'month 13'],
    ['000101-10001', 'day 0'],
    ['010101-30007', 'century digit 3'],
  ])('personal_code_date for %s (%s)', (input) => {
    expect(parsePersonalCode(input)).toEqual({ ok: false, error: 'personal_code_date' });
  });

  it('personal_code_checksum for a wrong check digit, old and new format', () => {
    expect(parsePersonalCode('161175-19998')).toEqual({
      ok: false,
      error: 'personal_code_checksum',
    });
    expect(parsePersonalCode('320731-20116')).toEqual({
      ok: false,
      error: 'personal_code_checksum',
    });
    expect(isValidPersonalCode('161175-19998')).toBe(false);
  });

  it('checks characters before length, and the date before the checksum', () => {
    expect(parsePersonalCode('12-3')).toEqual({ ok: false, error: 'personal_code_characters' });
    // 30 February with a wrong check digit: the date is reported.
    expect(parsePersonalCode('300201-20009')).toEqual({ ok: false, error: 'personal_code_date' });
  });

  it('does not date-check the new format (day 32 only exists there)', () => {
    expect(parsePersonalCode('329999-99999')).toMatchObject({
      ok: false,
      error: 'personal_code_checksum',
    });
    expect(parsePersonalCode(makeNewFormatCode(99_999_999))).toMatchObject({
      ok: true,
      format: 'new',
    });
  });
});

describe('checkDigit', () => {
  it('computes (1101 − Σ dᵢ·wᵢ) mod 11 mod 10', () => {
    expect(checkDigit('1611751999')).toBe(7);
    expect(checkDigit('3207312011')).toBe(5);
    // Σ = 1101 − 11·k − 10 here, so the remainder is 10 and folds to 0.
    expect(checkDigit('0101011703')).toBe(0);
  });

  it('throws on anything but ten digits', () => {
    expect(() => checkDigit('161175199')).toThrow(RangeError);
    expect(() => checkDigit('161175-1999')).toThrow(RangeError);
  });
});

describe('makeOldFormatCode / makeNewFormatCode', () => {
  it('build canonical codes', () => {
    expect(makeOldFormatCode('1975-11-16', 999)).toBe('161175-19997');
    expect(makeOldFormatCode('2001-01-01', 0)).toBe('010101-20001');
    expect(makeNewFormatCode(7_312_011)).toBe('320731-20115');
    expect(makeNewFormatCode(0)).toBe('320000-00008');
  });

  it.each([
    ['1799-12-31', 0],
    ['2100-01-01', 0],
    ['2001-02-29', 0],
    ['2001-13-01', 0],
    ['01.01.2001', 0],
    ['2001-01-01', -1],
    ['2001-01-01', 1000],
    ['2001-01-01', 1.5],
  ])('makeOldFormatCode(%s, %d) throws RangeError', (date, serial) => {
    expect(() => makeOldFormatCode(date, serial)).toThrow(RangeError);
  });

  it.each([-1, 100_000_000, 0.5, Number.NaN])('makeNewFormatCode(%d) throws RangeError', (n) => {
    expect(() => makeNewFormatCode(n)).toThrow(RangeError);
  });
});

describe('formatPersonalCode', () => {
  it('shows the canonical form', () => {
    expect(formatPersonalCode('320731-20115')).toBe('320731-20115');
  });
});

describe('properties', () => {
  it('every generated old-format code parses as old with the same birth date', () => {
    fc.assert(
      fc.property(birthDateArb, serialArb, (birthDate, serial) => {
        const code = makeOldFormatCode(birthDate, serial);
        expect(code).toMatch(/^[0-9]{6}-[0-9]{5}$/);
        expect(parsePersonalCode(code)).toEqual({ ok: true, code, format: 'old', birthDate });
      }),
    );
  });

  it('every generated new-format code parses as new', () => {
    fc.assert(
      fc.property(newNumberArb, (n) => {
        const code = makeNewFormatCode(n);
        expect(code).toMatch(/^32[0-9]{4}-[0-9]{5}$/);
        expect(parsePersonalCode(code)).toEqual({ ok: true, code, format: 'new' });
      }),
    );
  });

  it('changing only the check digit always makes the code invalid', () => {
    fc.assert(
      fc.property(validCodeArb, digitArb, (code, digit) => {
        fc.pre(digit !== code.at(-1));
        expect(parsePersonalCode(replaceDigit(code, 10, digit))).toMatchObject({ ok: false });
      }),
    );
  });

  /*
   * Changing one of the first ten digits by δ ∈ ±1..±9 moves Σ dᵢ·wᵢ by wᵢ·δ, which is never a
   * multiple of 11 (11 is prime, wᵢ ∈ 1..10), so the mod-11 remainder always changes. The final
   * `mod 10` folds remainders 10 and 0 into check digit 0, so the one way a single-digit change can
   * survive is between those two remainders — only codes whose check digit is 0. Hence: a valid
   * code with a non-zero check digit never stays valid after a single-digit change.
   */
  it('a single-digit change of the first ten digits is rejected unless the check digit is 0', () => {
    fc.assert(
      fc.property(validCodeArb, fc.integer({ min: 0, max: 9 }), digitArb, (code, i, digit) => {
        fc.pre(digit !== code.replace('-', '')[i]);
        const mutated = replaceDigit(code, i, digit);
        if (isValidPersonalCode(mutated)) expect(code.at(-1)).toBe('0');
        if (code.at(-1) !== '0') expect(isValidPersonalCode(mutated)).toBe(false);
      }),
    );
  });

  it('the 0/10 fold is real: two valid codes can differ in one digit when the check digit is 0', () => {
    // Remainders 0 and 10; documents why the property above cannot be stronger.
    expect(isValidPersonalCode('010101-10030')).toBe(true);
    expect(isValidPersonalCode('010101-17030')).toBe(true);
  });

  it('parsing a canonical code is idempotent', () => {
    const inputArb = fc
      .tuple(validCodeArb, fc.boolean(), fc.constantFrom('', ' ', '\t', '\n '))
      .map(([code, keepHyphen, pad]) => pad + (keepHyphen ? code : code.replace('-', '')) + pad);
    fc.assert(
      fc.property(inputArb, (input) => {
        const first = parsePersonalCode(input);
        if (!first.ok) throw new Error(`generated input rejected: ${JSON.stringify(input)}`);
        const second = parsePersonalCode(first.code);
        expect(second).toEqual(first);
        expect(formatPersonalCode(first.code)).toBe(first.code);
      }),
    );
  });

  it('removing the hyphen after six digits never changes the result', () => {
    // Arbitrary digit strings of any nearby length hit every error except characters.
    const digitsArb = fc.oneof(
      fc.stringMatching(/^[0-9]{6,14}$/),
      validCodeArb.map((c) => c.replace('-', '')),
    );
    fc.assert(
      fc.property(digitsArb, (digits) => {
        const hyphenated = `${digits.slice(0, 6)}-${digits.slice(6)}`;
        expect(parsePersonalCode(hyphenated)).toEqual(parsePersonalCode(digits));
      }),
    );
  });
});
