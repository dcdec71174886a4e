import { randomBytes } from 'node:crypto';
import type { Db } from './database.ts';
import { createStaffUser, reissueStaffTotp, type IssuedTotp } from './identity/service.ts';
import type { Envelope } from './platform/crypto/envelope.ts';
import type { StaffRole } from './platform/http/auth.ts';

const ROLES: readonly StaffRole[] = ['ic_agent', 'pmlp_officer'];

/** What to hand the holder: the secret for an authenticator app, typed or read as a QR code. */
function totpLines(totp: IssuedTotp): string {
  return (
    `Authenticator secret (shown once): ${totp.secretBase32}\n` +
    `otpauth address (for a QR code): ${totp.uri}\n`
  );
}

/**
 * `staff create` makes a staff account with a random first password; `staff totp` issues a new
 * authenticator secret (a lost phone, an account older than the second factor). Both print
 * what must reach the holder once; nothing stores it in clear.
 */
export async function staffCommand(
  db: Db,
  envelope: Envelope,
  sub: string | undefined,
  arg: string | undefined,
  values: { name?: string | undefined; role?: string | undefined },
  write: (text: string) => void,
): Promise<number> {
  if (sub === 'totp' && arg !== undefined) {
    const totp = await reissueStaffTotp(db, envelope, arg);
    if (totp === null) {
      write('No staff member has that e-mail address.\n');
      return 1;
    }
    write(
      `A new authenticator secret for ${arg}; the old one no longer works.\n${totpLines(totp)}`,
    );
    return 0;
  }
  const role = ROLES.find((r) => r === values.role);
  if (sub === 'create' && arg !== undefined && values.name !== undefined && role !== undefined) {
    const password = randomBytes(12).toString('base64url');
    const { totp } = await createStaffUser(db, envelope, {
      name: values.name,
      email: arg,
      role,
      password,
    });
    write(`Staff member ${arg} (${role}) created.\nPassword (shown once): ${password}\n`);
    write(totpLines(totp));
    return 0;
  }
  write('Usage: staff create EMAIL --name NAME --role ic_agent|pmlp_officer | staff totp EMAIL\n');
  return 2;
}
