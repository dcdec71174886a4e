import fc from 'fast-check';

/**
 * Values no honest client sends: control characters, lone surrogates, numbers beyond every
 * column, text where a number belongs and the reverse, very long text, paths that climb.
 */

const CONTROL = ['\u0000', '\u0001', '\u0007', '\b', '\t', '\n', '\r', '\u001b', '\u007f'];
const ODD_UNICODE = ['\uD800', '\uDFFF', '\u0085', '\u2028', '\uFEFF', '\uFFFF', '\u{10FFFF}'];

/** Numbers as a client writes them: in a URL, a form, or as a JSON number token. */
export const HOSTILE_NUMBERS = [
  '1e400',
  '-1e400',
  '1e-400',
  '99999999999999999999',
  '-99999999999999999999',
  '9007199254740993',
  '2147483648',
  '32768',
  '-1',
  '0',
  '-0',
  '0.5',
  '123456789012345678901234567890.5',
] as const;

const SPECIAL_TEXT = [
  ...HOSTILE_NUMBERS,
  'NaN',
  'Infinity',
  '0x1F',
  '1_000',
  '',
  ' ',
  'null',
  'true',
  '[]',
  '{}',
  '../',
  '../../../../etc/passwd',
  '..\\..\\windows',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '2026-02-30',
  '9999-99-99T99:99:99Z',
  'LV-1010\u0000',
  'a\uD800b',
  '\uDC00\uD800',
  'x'.repeat(10 * 1024),
  '9'.repeat(10 * 1024),
  'ā'.repeat(5 * 1024),
  '\u0000'.repeat(8),
];

const hostileUnit = fc.oneof(
  fc.constantFrom(...CONTROL, ...ODD_UNICODE, '/', '..', '%', '\\', '"', "'", '<', '&', '='),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

/** One hostile string: a known troublemaker, or a short mix of odd characters. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SPECIAL_TEXT),
  fc.string({ unit: hostileUnit, minLength: 1, maxLength: 12 }),
);

/** A field or key name: a real one, or one no schema expects. */
export function fieldName(known: readonly string[]): fc.Arbitrary<string> {
  const odd = fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '',
    'a\u0000b',
    'k'.repeat(1024),
  );
  return known.length === 0
    ? odd
    : fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, odd);
}

/** The bytes of a code point as UTF-8, lone surrogates included (as a lenient encoder writes them). */
export function utf8Bytes(codePoint: number): number[] {
  if (codePoint < 0x80) return [codePoint];
  if (codePoint < 0x800) return [0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f)];
  if (codePoint < 0x10000) {
    return [0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f)];
  }
  return [
    0xf0 | (codePoint >> 18),
    0x80 | ((codePoint >> 12) & 0x3f),
    0x80 | ((codePoint >> 6) & 0x3f),
    0x80 | (codePoint & 0x3f),
  ];
}

/** Percent-encodes everything but unreserved characters, a lone surrogate as its own bytes. */
export function percentEncode(text: string): string {
  let out = '';
  for (const char of text) {
    if (/^[A-Za-z0-9\-._~]$/.test(char)) out += char;
    else {
      const bytes = utf8Bytes(char.codePointAt(0) ?? 0);
      out += bytes.map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
    }
  }
  return out;
}

/**
 * A path segment: hostile text encoded, or an encoding that is itself broken or climbing. A bare
 * `.` or `..` is left out: clients resolve it away, so it would address another route.
 */
export const hostileSegment: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: hostileText.map(percentEncode) },
    fc.constantFrom(
      '..%2F..%2Fetc',
      '%2e%2e%2f..%2fetc',
      '%',
      '%E0%A4%A',
      '%00',
      '%C0%AF',
      '%FF',
      '+',
      ';x=1',
    ),
  )
  .map((segment) => (/^(\.|%2e){1,2}$/i.test(segment) ? `${segment}%2F` : segment));

/** A JSON value written as text, so numbers JSON.stringify cannot write (1e400) appear too. */
export const hostileJson: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...HOSTILE_NUMBERS),
    hostileText.map((text) => JSON.stringify(text)),
    fc.constantFrom('null', 'true', 'false', '[]', '{}'),
    fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(hostileText, tie('value')), { maxLength: 4 })
      .map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
})).value;

/** Large inputs, built once: a long array and a deeply nested one, both under the body limit. */
export const HUGE_ARRAY_JSON = `[${'0,'.repeat(100_000)}0]`;
export const DEEP_JSON = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
