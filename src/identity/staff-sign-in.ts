import { randomBytes } from 'node:crypto';
import { verify } from 'argon2';
import type { Db } from '../database.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import { AppError } from '../platform/errors.ts';
import type { StaffRole } from '../platform/http/auth.ts';
import type { Clock } from '../platform/time/riga.ts';
import { identityErrors } from './errors.ts';
import { hashPassword, normaliseEmail } from './staff-accounts.ts';
import * as store from './staff-store.ts';
import { acceptedTotpStep, openTotpSecret } from './totp.ts';

/** Five wrong passwords or codes in a row lock the account for fifteen minutes. */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_DURATION_MS = 15 * 60_000;

const rigaTime = new Intl.DateTimeFormat('lv-LV', {
  timeZone: 'Europe/Riga',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Checked for unknown addresses too, so the answer takes as long whether or not one exists. */
let decoyHash: Promise<string> | null = null;
function decoy(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString('base64url'));
  return decoyHash;
}

export interface SignedInStaff {
  id: number;
  name: string;
  role: StaffRole;
}

/**
 * Checks a staff member's e-mail, password and authenticator code: staff can open any person's
 * data, so a password alone is not enough. A locked account is refused before the password is
 * looked at, so guessing during the lock teaches nothing and does not extend it. A wrong password
 * and a wrong code count alike, and answer alike, so the answer does not say which was wrong.
 */
export async function verifyStaffSignIn(
  db: Db,
  deps: { clock: Clock; envelope: Envelope },
  input: { email: string; password: string; code: string },
): Promise<SignedInStaff> {
  const user = await store.findStaffByEmail(db, normaliseEmail(input.email));
  if (user === undefined) {
    await verify(await decoy(), input.password);
    throw new AppError(identityErrors.staff_credentials_invalid);
  }
  const now = deps.clock.now();
  if (user.locked_until !== null && user.locked_until > now) {
    throw lockedError(user.locked_until);
  }
  const passwordRight = await verify(user.password_hash, input.password);
  // Only whoever knows the password learns that no authenticator has been issued yet.
  if (passwordRight && user.totp_secret === null) {
    throw new AppError(identityErrors.staff_totp_not_issued);
  }
  const step =
    passwordRight && user.totp_secret !== null
      ? acceptedTotpStep(
          openTotpSecret(deps.envelope, user.id, user.totp_secret, 'staff_users'),
          input.code.replace(/\s+/g, ''),
          now,
          user.totp_last_step,
        )
      : null;
  if (step === null || !(await store.recordSuccessfulSignIn(db, user.id, step))) {
    const lockUntil = new Date(now.getTime() + LOCK_DURATION_MS);
    const after = await store.recordFailedAttempt(db, user.id, MAX_FAILED_ATTEMPTS, lockUntil);
    if (after?.locked_until != null && after.locked_until > now)
      throw lockedError(after.locked_until);
    throw new AppError(identityErrors.staff_credentials_invalid);
  }
  return { id: user.id, name: user.name, role: user.role };
}

function lockedError(until: Date): AppError {
  return new AppError(identityErrors.staff_account_locked, { until: rigaTime.format(until) });
}
