import { createHmac } from 'node:crypto';
import { Secret } from 'otpauth';
import {
  agreementsOfOrganisation,
  markConcluded,
  organisationById,
  findOrganisationByNumber,
  createOrganisation,
} from './agreements/service.ts';
import type { Config } from './config.ts';
import type { Db } from './database.ts';
import {
  createActiveOrgUser,
  ensureDemoStaffMember,
  type DemoStaffSignIn,
} from './identity/service.ts';
import { AppError } from './platform/errors.ts';
import type { Envelope } from './platform/crypto/envelope.ts';
import { inTransaction } from './platform/db/transaction.ts';
import { rigaDate, systemClock } from './platform/time/riga.ts';
import { ledgerErrors, recordDeposit } from './billing/service.ts';
import { writeDraft } from './onboarding/service.ts';

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

export const DEMO_BROWSER_USER_EMAIL = 'parluks@demo-sia.lv';
/** The demo agreement's one purpose, for which it grants identity, addresses and documents. */
export const DEMO_PURPOSE = 'Klientu identifikācija un kontaktinformācijas pārbaude';
export const DEMO_SCOPES = ['identity', 'addresses', 'documents'] as const;
export const DEMO_DEPOSIT_CENTS = 10_000;
export const DEMO_DEPOSIT_REFERENCE = 'DEMO-1';

export function demoBrowserUserPassword(sessionSecret: Buffer): string {
  return `demo-${derived(sessionSecret, 'demo-org-browser-user').toString('base64url').slice(0, 16)}`;
}

export function demoBrowserUserTotpSecret(sessionSecret: Buffer): string {
  const bytes = derived(sessionSecret, 'demo-org-browser-user-totp').subarray(0, 20);
  return new Secret({ buffer: Uint8Array.from(bytes).buffer }).base32;
}

export interface DemoSignIn {
  email: string;
  password: string;
  totpSecretBase32: string;
}

export interface DemoOrganisationSignIn extends DemoSignIn {
  /** A Person Data Browser user of the same organisation. */
  browserUser: DemoSignIn;
}

/**
 * A confirmed private organisation with one active representative (its responsible user), a
 * concluded agreement, a prepaid deposit and one active browser user. Each part is made once;
 * what exists is kept as it is, and a database from before a part existed gets it on next start.
 */
export async function loadDemoOrganisation(
  db: Db,
  config: Config,
  envelope: Envelope,
): Promise<DemoOrganisationSignIn> {
  const secret = config.secrets.sessionSecret;
  const password = demoOrganisationPassword(secret);
  const totpSecretBase32 = demoOrganisationTotpSecret(secret);
  const browserUser = {
    email: DEMO_BROWSER_USER_EMAIL,
    password: demoBrowserUserPassword(secret),
    totpSecretBase32: demoBrowserUserTotpSecret(secret),
  };
  await inTransaction(db, async (trx) => {
    const existing = await findOrganisationByNumber(trx, DEMO_ORGANISATION_NUMBER);
    const id =
      existing?.id ?? (await createDemoOrganisation(trx, envelope, password, totpSecretBase32));
    if ((await agreementsOfOrganisation(trx, id)).length === 0)
      await concludeDemoAgreement(trx, id);
    await depositOnce(trx, id);
    // Null when the address is taken: made on an earlier start.
    await createActiveOrgUser(trx, envelope, {
      organisationId: id,
      name: 'Anna Pārlūka',
      role: 'pdp_user',
      responsible: false,
      ...browserUser,
    });
  });
  return { email: DEMO_ORGANISATION_EMAIL, password, totpSecretBase32, browserUser };
}

async function createDemoOrganisation(
  trx: Db,
  envelope: Envelope,
  password: string,
  totpSecretBase32: string,
): Promise<number> {
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
  return id;
}

/**
 * The agreement as negotiation would leave it: version 1 of the text from the template, then
 * concluded. In force from the day it is made, in both environments, with criteria search.
 */
async function concludeDemoAgreement(trx: Db, organisationId: number): Promise<void> {
  const organisation = await organisationById(trx, organisationId);
  if (organisation === undefined) throw new Error('The demo organisation is missing');
  const now = systemClock.now();
  const { id } = await writeDraft(
    trx,
    {
      organisation,
      requestId: null,
      terms: {
        environments: ['test', 'production'],
        pdpUsers: 2,
        systemConnections: 2,
        monitoring: false,
        monitoringPersons: null,
        responsibleCreatesUsers: false,
        criteriaSearch: true,
      },
      grants: DEMO_SCOPES.map((scope) => ({
        scope,
        legal_basis_law: 'Fizisko personu reģistra likums',
        legal_basis_article: '11. panta pirmā daļa',
        purpose: DEMO_PURPOSE,
      })),
      validFrom: rigaDate(now),
      validUntil: null,
      authorName: 'PMLP demo amatpersona',
    },
    now,
  );
  await markConcluded(trx, id, 1, now);
}

/** The bank reference is the deposit's idempotency key: the second start records nothing. */
async function depositOnce(trx: Db, organisationId: number): Promise<void> {
  try {
    await recordDeposit(trx, {
      organisationId,
      amountCents: DEMO_DEPOSIT_CENTS,
      bankReference: DEMO_DEPOSIT_REFERENCE,
      staffId: null,
    });
  } catch (error) {
    if (!(error instanceof AppError && error.code === ledgerErrors.deposit_reference_exists.code)) {
      throw error;
    }
  }
}

/** A PMLP officer for the demo, with a password and authenticator derived from the session secret. */
export function loadDemoOfficer(
  db: Db,
  config: Config,
  envelope: Envelope,
): Promise<DemoStaffSignIn> {
  return ensureDemoStaffMember(
    db,
    { envelope, sessionSecret: config.secrets.sessionSecret },
    {
      name: 'PMLP demo amatpersona',
      email: DEMO_OFFICER_EMAIL,
      role: 'pmlp_officer',
      password: demoOfficerPassword(config.secrets.sessionSecret),
    },
  );
}
