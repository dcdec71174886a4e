import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { Envelope, Sealed } from '../platform/crypto/envelope.ts';

/**
 * The second factor of organisation users: RFC 6238 time-based codes of 6 digits that change every
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

/**
 * org_users.totp_secret holds one sealed value in one bytea, laid out as:
 *   byte 0        format version (1)
 *   byte 1        length K of the key id, then K bytes of the key id (UTF-8)
 *   2 bytes       length W of the wrapped data key (big-endian), then W bytes
 *   1 byte        length I of the IV, then I bytes
 *   1 byte        length T of the GCM tag, then T bytes
 *   the rest      the ciphertext of the base32 secret
 * The associated data binds the value to its user row, so a value copied to another row fails.
 */
const FORMAT_VERSION = 1;

function associatedData(orgUserId: number): string {
  return `org_users:${orgUserId}:totp_secret`;
}

export function serialiseSealed(sealed: Sealed): Buffer {
  const keyId = Buffer.from(sealed.keyId, 'utf8');
  if (keyId.length > 255 || sealed.iv.length > 255 || sealed.authTag.length > 255) {
    throw new RangeError('Sealed part too long for the format');
  }
  const wrappedLength = Buffer.alloc(2);
  wrappedLength.writeUInt16BE(sealed.wrappedKey.length);
  return Buffer.concat([
    Buffer.from([FORMAT_VERSION, keyId.length]),
    keyId,
    wrappedLength,
    sealed.wrappedKey,
    Buffer.from([sealed.iv.length]),
    sealed.iv,
    Buffer.from([sealed.authTag.length]),
    sealed.authTag,
    sealed.ciphertext,
  ]);
}

export function parseSealed(stored: Uint8Array): Sealed {
  // Drivers hand bytea back as a Buffer (pg) or a plain Uint8Array (PGlite).
  const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  let at = 0;
  const take = (n: number): Buffer => {
    if (at + n > bytes.length) throw new RangeError('Sealed value is cut short');
    const part = bytes.subarray(at, at + n);
    at += n;
    return part;
  };
  if (take(1)[0] !== FORMAT_VERSION) throw new RangeError('Unknown sealed value format');
  const keyId = take(take(1)[0] ?? 0).toString('utf8');
  const wrappedKey = take(take(2).readUInt16BE(0));
  const iv = take(take(1)[0] ?? 0);
  const authTag = take(take(1)[0] ?? 0);
  return { keyId, wrappedKey, iv, authTag, ciphertext: bytes.subarray(at) };
}

export function sealTotpSecret(
  envelope: Envelope,
  orgUserId: number,
  secretBase32: string,
): Buffer {
  return serialiseSealed(
    envelope.seal(Buffer.from(secretBase32, 'utf8'), associatedData(orgUserId)),
  );
}

export function openTotpSecret(envelope: Envelope, orgUserId: number, stored: Uint8Array): string {
  return envelope.open(parseSealed(stored), associatedData(orgUserId)).toString('utf8');
}
