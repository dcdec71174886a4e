import { withCheckDigit, type LegalForm } from '../../src/agreements/service.ts';
import type { Db } from '../../src/database.ts';
import { startSession } from '../../src/identity/sessions.ts';
import type { OrgUserRole } from '../../src/platform/http/auth.ts';
import type { Clock } from '../../src/platform/time/riga.ts';

let serial = 0;

/** A valid register number not used before in this test process. */
export function nextRegistrationNumber(legalForm: LegalForm = 'private'): string {
  for (;;) {
    serial += 1;
    const prefix = legalForm === 'public' ? '9000' : '4000';
    const full = withCheckDigit(
      `${prefix}${String(process.pid % 100).padStart(2, '0')}${String(serial).padStart(4, '0')}`,
    );
    if (full !== null) return full;
  }
}

/** An organisation written straight to its table, for tests of what comes after registering. */
export async function makeOrganisation(
  db: Db,
  overrides: Partial<{ name: string; legalForm: LegalForm; email: string }> = {},
): Promise<{ id: number; registrationNumber: string; name: string }> {
  const legalForm = overrides.legalForm ?? 'private';
  const registrationNumber = nextRegistrationNumber(legalForm);
  const name = overrides.name ?? `SIA "Tests ${registrationNumber.slice(-4)}"`;
  const row = await db
    .insertInto('organisations')
    .values({
      registration_number: registrationNumber,
      name,
      legal_form: legalForm,
      address: 'Brīvības iela 1, Rīga, LV-1010',
      email: overrides.email ?? `org${registrationNumber}@example.lv`,
      fee_exempt: legalForm === 'public',
      confirmed_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, registrationNumber, name };
}

/**
 * An active organisation user with a live browser session, for route tests that are not about
 * signing in. Answers the cookie header to send and the session's form token.
 */
export async function orgUserSession(
  db: Db,
  clock: Clock,
  who: {
    organisationId: number;
    role?: OrgUserRole;
    responsible?: boolean;
    name?: string;
  },
): Promise<{ orgUserId: number; cookie: string; csrf: string }> {
  serial += 1;
  const role = who.role ?? 'representative';
  const name = who.name ?? `Pārstāvis ${serial}`;
  const user = await db
    .insertInto('org_users')
    .values({
      organisation_id: who.organisationId,
      name,
      email: `user${serial}.${process.pid}@example.lv`,
      role,
      is_responsible: who.responsible ?? false,
      status: 'active',
      // Not a usable hash or secret: this user signs in through the session below only.
      password_hash: '$argon2id$unusable',
      totp_secret: Buffer.alloc(0),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { token, session } = await startSession(db, clock, {
    kind: 'org_user',
    orgUserId: user.id,
    organisationId: who.organisationId,
    name,
    role,
    responsible: who.responsible ?? false,
  });
  return { orgUserId: user.id, cookie: `rg_session=${token}`, csrf: session.csrfToken };
}
