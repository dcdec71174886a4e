import { argon2id, hash } from 'argon2';
import { createHmac } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Db } from '../database.ts';
import { AppError } from '../platform/errors.ts';
import type { StaffRole } from '../platform/http/auth.ts';
import { identityErrors } from './errors.ts';
import * as store from './staff-store.ts';

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
}

export async function createStaffUser(db: Db, input: NewStaffUser): Promise<{ id: number }> {
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
  return { id };
}

export interface DemoStaffSignIn {
  email: string;
  password: string;
  role: StaffRole;
}

export const DEMO_STAFF_EMAIL = 'ic@demo.lv';

/**
 * The demo Information Centre agent's password, derived from the session secret: the same on
 * every start, printable in the banner, and stored nowhere in clear.
 */
export function demoStaffPassword(sessionSecret: Buffer): string {
  return `demo-${createHmac('sha256', sessionSecret).update('demo-staff-ic').digest('base64url').slice(0, 16)}`;
}

/** Creates the demo agent once (an existing one is kept as it is) and answers its sign-in. */
export async function loadDemoStaff(db: Db, config: Config): Promise<DemoStaffSignIn> {
  const password = demoStaffPassword(config.secrets.sessionSecret);
  const existing = await store.findStaffByEmail(db, DEMO_STAFF_EMAIL);
  if (existing === undefined) {
    await store.insertStaff(db, {
      name: 'Informācijas centra demo darbinieks',
      email: DEMO_STAFF_EMAIL,
      role: 'ic_agent',
      passwordHash: await hashPassword(password),
    });
  }
  return { email: DEMO_STAFF_EMAIL, password, role: 'ic_agent' };
}
