import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { Envelope } from '../platform/crypto/envelope.ts';
import { parseSealed, serialiseSealed } from '../platform/crypto/sealed-bytes.ts';

/**
 * The second factor of organisation users and staff: RFC 6238 time-based codes of 6 digits that change every
 * 30 seconds (SHA-1, as every authenticator app supports). A code from the step before or after
 * is accepted too, for clocks a little apart; a step once accepted is never accepted again.
 */
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_S = 30;
export const TOTP_WINDOW = 1;
const ISSUER = 'Reģistru vārteja';

/** A new random secret of 160 bits (RFC 4226's recommended length), as base32. */
export function newTotpSecret(): string {
  return new Secret({ buffer: randomBytes(20).buffer }).base32;
}

function totpOf(secretBase32: string, label = ''): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    secret: Secret.fromBase32(secretBase32),
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_S,
  });
}

/** The time step a moment falls in. */
export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD_S);
}

/** The code of a moment (tests and the demo compute codes with it, as an app would). */
export function totpCode(secretBase32: string, at: Date): string {
  return totpOf(secretBase32).generate({ timestamp: at.getTime() });
}

/**
 * The time step a code belongs to, if it is right within the window and newer than the last step
 * accepted; otherwise null. The caller records the answer as the new last step.
 */
export function acceptedTotpStep(
  secretBase32: string,
  code: string,
  at: Date,
  lastStep: number | null,
): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpOf(secretBase32).validate({
    token: code,
    timestamp: at.getTime(),
    window: TOTP_WINDOW,
  });
  if (delta === null) return null;
  const step = totpStep(at) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secretBase32: string, account: string): string {
  return totpOf(secretBase32, account).toString();
}

/** The QR code of the address as an SVG data URI, for an <img> (the page needs no script). */
export async function totpQrDataUri(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/** Base32 in groups of four, easier to type from the screen. */
export function groupedSecret(secretBase32: string): string {
  return secretBase32.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The tables whose rows hold a TOTP secret: organisation users and staff. */
export type TotpTable = 'org_users' | 'staff_users';

/**
 * `totp_secret` holds the sealed secret in one bytea (layout in sealed-bytes.ts). The associated
 * data binds the value to its table and row, so a value copied to another row fails.
 */
function associatedData(userId: number, table: TotpTable): string {
  return `${table}:${userId}:totp_secret`;
}

export function sealTotpSecret(
  envelope: Envelope,
  userId: number,
  secretBase32: string,
  table: TotpTable = 'org_users',
): Buffer {
  return serialiseSealed(
    envelope.seal(Buffer.from(secretBase32, 'utf8'), associatedData(userId, table)),
  );
}

export function openTotpSecret(
  envelope: Envelope,
  userId: number,
  stored: Uint8Array,
  table: TotpTable = 'org_users',
): string {
  return envelope.open(parseSealed(stored), associatedData(userId, table)).toString('utf8');
}
