import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so an id read aloud or retyped is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function randomBase32(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += ALPHABET.charAt(byte & 31);
  return out;
}

/**
 * An e-service run's identification number, e.g. `EP-7K3M-9QX2-H4TB`: 60 random bits, so it is
 * neither sequential across people nor guessable.
 */
export function newRunId(): string {
  const body = randomBase32(12);
  return `EP-${body.slice(0, 4)}-${body.slice(4, 8)}-${body.slice(8)}`;
}

/** A report's reference number: `NP-…` for deficiencies, `KL-…` for service errors. */
export function newReportReference(kind: 'deficiency' | 'error'): string {
  const body = randomBase32(8);
  return `${kind === 'deficiency' ? 'NP' : 'KL'}-${body.slice(0, 4)}-${body.slice(4)}`;
}

export const RUN_ID_PATTERN =
  '^EP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$';
export const REPORT_REFERENCE_PATTERN = '^(NP|KL)-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$';
