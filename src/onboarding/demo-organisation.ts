import { createHmac } from 'node:crypto';
import { Secret } from 'otpauth';
import type { Config } from '../config.ts';
import type { Db } from '../database.ts';
import { createActiveOrgUser, createStaffUser, identityErrors } from '../identity/service.ts';
import { AppError } from '../platform/errors.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { systemClock } from '../platform/time/riga.ts';
import { findOrganisationByNumber, createOrganisation } from './organisations.ts';

/** The demo organisation and officer: the same sign-in on every start, stored nowhere in clear. */

export const DEMO_ORGANISATION_NUMBER = '40009900004';
export const DEMO_ORGANISATION_EMAIL = 'parstavis@demo-sia.lv';
export const DEMO_OFFICER_EMAIL = 'pmlp@demo.lv';

const derived = (secret: Buffer, purpose: string): Buffer =>
  createHmac('sha256', secret).update(purpose).digest();

export function demoOrganisationPassword(sessionSecret: Buffer): string {
  return `demo-${derived(sessionSecret, 'demo-org-representative').toString('base64url').slice(0, 16)}`;
}

/** 160 bits from the session secret, as base32: what the authenticator app is given. */
export function demoOrganisationTotpSecret(sessionSecret: Buffer): string {
  const bytes = derived(sessionSecret, 'demo-org-representative-totp').subarray(0, 20);
  return new Secret({ buffer: Uint8Array.from(bytes).buffer }).base32;
}

export function demoOfficerPassword(sessionSecret: Buffer): string {
  return `demo-${derived(sessionSecret, 'demo-staff-pmlp').toString('base64url').slice(0, 16)}`;
}

export interface DemoOrganisationSignIn {
  email: string;
  password: string;
  totpSecretBase32: string;
}

/**
 * A confirmed private organisation with one active representative, who is its responsible user.
 * Created once; an existing one is kept as it is.
 */
export async function loadDemoOrganisation(
  db: Db,
  config: Config,
  envelope: Envelope,
): Promise<DemoOrganisationSignIn> {
  const password = demoOrganisationPassword(config.secrets.sessionSecret);
  const totpSecretBase32 = demoOrganisationTotpSecret(config.secrets.sessionSecret);
  const sign = { email: DEMO_ORGANISATION_EMAIL, password, totpSecretBase32 };
  if ((await findOrganisationByNumber(db, DEMO_ORGANISATION_NUMBER)) !== null) return sign;
  await inTransaction(db, async (trx) => {
    const { id } = await createOrganisation(
      trx,
      systemClock,
      {
        registrationNumber: DEMO_ORGANISATION_NUMBER,
        name: 'SIA "Demo Dati"',
        legalForm: 'private',
        address: 'Brīvības iela 1, Rīga, LV-1010',
        email: 'birojs@demo-sia.lv',
        contactName: 'Ilze Kontakte',
        contactEmail: 'kontakts@demo-sia.lv',
        contactPhone: '+371 20000000',
        representativeName: 'Jānis Pārstāvis',
        representativeEmail: DEMO_ORGANISATION_EMAIL,
      },
      { kind: 'demo' },
    );
    await createActiveOrgUser(trx, envelope, {
      organisationId: id,
      name: 'Jānis Pārstāvis',
      email: DEMO_ORGANISATION_EMAIL,
      role: 'representative',
      responsible: true,
      password,
      totpSecretBase32,
    });
  });
  return sign;
}

/** A PMLP officer for the demo, with a password derived from the session secret. */
export async function loadDemoOfficer(
  db: Db,
  config: Config,
): Promise<{ email: string; password: string; role: 'pmlp_officer' }> {
  const password = demoOfficerPassword(config.secrets.sessionSecret);
  try {
    await createStaffUser(db, {
      name: 'PMLP demo amatpersona',
      email: DEMO_OFFICER_EMAIL,
      role: 'pmlp_officer',
      password,
    });
  } catch (error) {
    // Made on an earlier start: kept as it is.
    if (!(error instanceof AppError && error.code === identityErrors.staff_email_taken.code)) {
      throw error;
    }
  }
  return { email: DEMO_OFFICER_EMAIL, password, role: 'pmlp_officer' };
}
