/**
 * Register numbers of Latvian legal persons: 11 digits whose weighted sum (weights 9, 1, 4, 8, 3,
 * 10, 2, 5, 7, 6, 1) leaves 3 when divided by 11; e.g. 40003032949, 90000069281.
 */
const WEIGHTS = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1] as const;

export function normaliseRegistrationNumber(input: string): string {
  // People copy numbers with spaces or as "LV40003032949" (the VAT form).
  return input.replace(/\s+/g, '').replace(/^LV/i, '');
}

export function isValidRegistrationNumber(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(value[i]), 0);
  return sum % 11 === 3;
}

/** Completes ten digits with the check digit, or null when no digit fits (then pick others). */
export function withCheckDigit(firstTen: string): string | null {
  if (!/^\d{10}$/.test(firstTen)) return null;
  const partial = WEIGHTS.slice(0, 10).reduce((t, w, i) => t + w * Number(firstTen[i]), 0);
  const check = (((3 - partial) % 11) + 11) % 11;
  return check === 10 ? null : `${firstTen}${check}`;
}
