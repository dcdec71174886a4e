import { argon2id, hash } from 'argon2';
import { Secret } from 'otpauth';
import { createHmac } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Db } from '../database.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import { AppError } from '../platform/errors.ts';
import type { StaffRole } from '../platform/http/auth.ts';
import { identityErrors } from './errors.ts';
import * as store from './staff-store.ts';
import { newTotpSecret, sealTotpSecret, totpUri } from './totp.ts';

/** Staff accounts of PMLP and the Information Centre: made by the CLI or the demo data. */

export const MIN_PASSWORD_LENGTH = 12;

/** One address, no spaces; the mail server is the real judge, this catches typing slips. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function hashPassword(password: string): Promise<string> {
  // argon2id with the library's defaults (64 MiB, 3 passes), which follow RFC 9106's advice.
  return hash(password, { type: argon2id });
}

export interface NewStaffUser {
  name: string;
  email: string;
  role: StaffRole;
  password: string;
  /** The authenticator's secret; a new random one when absent (the demo derives its own). */
  totpSecretBase32?: string;
}

/** A staff member's authenticator secret, to be handed over once (QR code or typed). */
export interface IssuedTotp {
  secretBase32: string;
  uri: string;
}

/**
 * Makes a staff member with a password and a sealed TOTP secret, answered once so that whoever
 * creates the account hands it to its holder; nothing shows it again.
 */
export async function createStaffUser(
  db: Db,
  envelope: Envelope,
  input: NewStaffUser,
): Promise<{ id: number; totp: IssuedTotp }> {
  const name = input.name.trim();
  const email = normaliseEmail(input.email);
  if (name === '') throw new AppError(identityErrors.staff_name_missing);
  if (!EMAIL_PATTERN.test(email) || email.length > 254) {
    throw new AppError(identityErrors.staff_email_invalid);
  }
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError(identityErrors.staff_password_weak, { minLength: MIN_PASSWORD_LENGTH });
  }
  const id = await store.insertStaff(db, {
    name,
    email,
    role: input.role,
    passwordHash: await hashPassword(input.password),
  });
  if (id === undefined) throw new AppError(identityErrors.staff_email_taken);
  const totp = await issueTotp(db, envelope, id, email, input.totpSecretBase32);
  return { id, totp };
}

async function issueTotp(
  db: Db,
  envelope: Envelope,
  id: number,
  email: string,
  secretBase32 = newTotpSecret(),
): Promise<IssuedTotp> {
  await store.setStaffTotpSecret(db, id, sealTotpSecret(envelope, id, secretBase32, 'staff_users'));
  return { secretBase32, uri: totpUri(secretBase32, email) };
}

/**
 * Issues a new authenticator secret to a staff member (a lost phone, or an account made before
 * staff had a second factor): the old secret stops working at once. Null for an unknown address.
 */
export async function reissueStaffTotp(
  db: Db,
  envelope: Envelope,
  email: string,
): Promise<IssuedTotp | null> {
  const user = await store.findStaffByEmail(db, normaliseEmail(email));
  if (user === undefined) return null;
  return issueTotp(db, envelope, user.id, user.email);
}

/** The demo staff's secrets are derived, so a demo account made before them gets its own now. */
async function ensureDemoTotp(
  db: Db,
  envelope: Envelope,
  email: string,
  secretBase32: string,
): Promise<void> {
  const user = await store.findStaffByEmail(db, email);
  if (user !== undefined && user.totp_secret === null) {
    await issueTotp(db, envelope, user.id, email, secretBase32);
  }
}

/** 160 bits derived from the session secret for one demo account, as base32. */
export function demoStaffTotpSecret(sessionSecret: Buffer, email: string): string {
  const bytes = createHmac('sha256', sessionSecret).update(`demo-staff-totp:${email}`).digest();
  return new Secret({ buffer: Uint8Array.from(bytes.subarray(0, 20)).buffer }).base32;
}

/**
 * Makes a demo staff member once (an existing one is kept as it is, given its derived secret if
 * it has none) and answers its sign-in, secret included, for the start's banner.
 */
export async function ensureDemoStaffMember(
  db: Db,
  deps: { envelope: Envelope; sessionSecret: Buffer },
  input: { name: string; email: string; role: StaffRole; password: string },
): Promise<DemoStaffSignIn> {
  const totpSecretBase32 = demoStaffTotpSecret(deps.sessionSecret, input.email);
  try {
    await createStaffUser(db, deps.envelope, { ...input, totpSecretBase32 });
  } catch (error) {
    if (!(error instanceof AppError && error.code === identityErrors.staff_email_taken.code)) {
      throw error;
    }
    await ensureDemoTotp(db, deps.envelope, input.email, totpSecretBase32);
  }
  return { email: input.email, password: input.password, role: input.role, totpSecretBase32 };
}

export interface DemoStaffSignIn {
  email: string;
  password: string;
  role: StaffRole;
  totpSecretBase32: string;
}

export const DEMO_STAFF_EMAIL = 'ic@demo.lv';

/**
 * The demo Information Centre agent's password, derived from the session secret: the same on
 * every start, printable in the banner, and stored nowhere in clear.
 */
export function demoStaffPassword(sessionSecret: Buffer): string {
  return `demo-${createHmac('sha256', sessionSecret).update('demo-staff-ic').digest('base64url').slice(0, 16)}`;
}

/** The demo Information Centre agent, made once, and its sign-in. */
export function loadDemoStaff(
  db: Db,
  config: Config,
  envelope: Envelope,
): Promise<DemoStaffSignIn> {
  return ensureDemoStaffMember(
    db,
    { envelope, sessionSecret: config.secrets.sessionSecret },
    {
      name: 'Informācijas centra demo darbinieks',
      email: DEMO_STAFF_EMAIL,
      role: 'ic_agent',
      password: demoStaffPassword(config.secrets.sessionSecret),
    },
  );
}
