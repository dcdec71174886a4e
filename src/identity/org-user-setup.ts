import { randomBytes } from 'node:crypto';
import type { Db } from '../database.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import { hashToken } from '../platform/crypto/token-hash.ts';
import { AppError } from '../platform/errors.ts';
import type { OrgUserRole } from '../platform/http/auth.ts';
import { identityErrors } from './errors.ts';
import { invitationMail, mailOrgUser } from './org-user-mails.ts';
import {
  auditOrgUser,
  toOrgUser,
  validateNewUser,
  type OrgUser,
  type OrgUserActor,
  type OrgUserDeps,
} from './org-user-records.ts';
import * as store from './org-user-store.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from './staff-accounts.ts';
import {
  acceptedTotpStep,
  newTotpSecret,
  openTotpSecret,
  sealTotpSecret,
  totpQrDataUri,
  totpUri,
} from './totp.ts';

export const SETUP_LINK_VALID_MS = 7 * 24 * 60 * 60_000;
export const SETUP_PATH = '/organizacijas/iestatit';

/** An invited user with a set-up link and a sealed TOTP secret; undefined when the address is taken. */
async function insertUser(
  trx: Db,
  envelope: Envelope,
  user: {
    organisationId: number;
    name: string;
    email: string;
    role: OrgUserRole;
    responsible: boolean;
  },
  setup: { tokenHash: Buffer; expiresAt: Date; totpSecretBase32: string },
): Promise<number | undefined> {
  const id = await store.insertInvitedUser(trx, {
    organisationId: user.organisationId,
    name: user.name,
    email: user.email,
    role: user.role,
    responsible: user.responsible,
    setupTokenHash: setup.tokenHash,
    setupExpiresAt: setup.expiresAt,
  });
  if (id !== undefined) {
    await store.setTotpSecret(trx, id, sealTotpSecret(envelope, id, setup.totpSecretBase32));
  }
  return id;
}

/** A one-time set-up link valid 7 days: the link to mail, and what is stored of it. */
export function newSetupLink(deps: Pick<OrgUserDeps, 'clock' | 'publicUrl'>): {
  link: string;
  tokenHash: Buffer;
  expiresAt: Date;
} {
  const token = randomBytes(32).toString('base64url');
  return {
    link: `${deps.publicUrl}${SETUP_PATH}?zetons=${token}`,
    tokenHash: hashToken(token),
    expiresAt: new Date(deps.clock.now().getTime() + SETUP_LINK_VALID_MS),
  };
}

/**
 * Adds an invited user and mails the one-time set-up link (valid 7 days). The TOTP secret is
 * made now and kept sealed, so the set-up page shows the same secret however often it is opened.
 */
export async function inviteOrgUser(
  trx: Db,
  deps: OrgUserDeps,
  input: {
    organisationId: number;
    organisationName: string;
    name: string;
    email: string;
    role: OrgUserRole;
    responsible: boolean;
  },
  actor: OrgUserActor | { kind: 'system' },
): Promise<{ id: number }> {
  const { name, email } = validateNewUser(input);
  if (await store.pendingRequestFor(trx, email)) {
    throw new AppError(identityErrors.org_user_email_taken);
  }
  const { link, tokenHash, expiresAt } = newSetupLink(deps);
  const id = await insertUser(
    trx,
    deps.envelope,
    { ...input, name, email },
    { tokenHash, expiresAt, totpSecretBase32: newTotpSecret() },
  );
  if (id === undefined) throw new AppError(identityErrors.org_user_email_taken);
  await mailOrgUser(
    trx,
    { email, name },
    invitationMail(input.organisationName, link),
    `org-user-invited:${id}`,
  );
  await auditOrgUser(trx, actor, {
    organisationId: input.organisationId,
    action: 'org_user.invited',
    reason: input.role,
  });
  return { id };
}

export interface SetupView {
  user: OrgUser;
  secretBase32: string;
  uri: string;
  qrDataUri: string;
}

/** What the set-up page shows for a valid link; an unknown, used or expired link is refused. */
export async function openSetupLink(
  db: Db,
  deps: Pick<OrgUserDeps, 'clock' | 'envelope'>,
  token: string,
): Promise<SetupView> {
  const row = await db
    .transaction()
    .execute((trx) => store.findBySetupToken(trx, hashToken(token), deps.clock.now()));
  if (row?.totp_secret == null) throw new AppError(identityErrors.org_setup_link_invalid);
  const secretBase32 = openTotpSecret(deps.envelope, row.id, row.totp_secret);
  const uri = totpUri(secretBase32, row.email);
  return { user: toOrgUser(row), secretBase32, uri, qrDataUri: await totpQrDataUri(uri) };
}

export type SetupField = 'password' | 'passwordAgain' | 'code';

/** A refusal of the set-up form, with the field it concerns. */
export class SetupError extends AppError {
  readonly field: SetupField;
  constructor(definition: AppError['definition'], field: SetupField) {
    super(definition, { minLength: MIN_PASSWORD_LENGTH });
    this.field = field;
  }
}

/**
 * Completes set-up: the password (twice), and a code proving the app holds the secret. The user
 * becomes active, the link is used up, and a self-registered organisation is confirmed by it.
 */
export async function completeSetup(
  trx: Db,
  deps: Pick<OrgUserDeps, 'clock' | 'envelope'>,
  input: { token: string; password: string; passwordAgain: string; code: string },
  confirmOrganisation: (trx: Db, organisationId: number) => Promise<void>,
): Promise<OrgUser> {
  const now = deps.clock.now();
  const row = await store.findBySetupToken(trx, hashToken(input.token), now);
  if (row?.totp_secret == null) throw new AppError(identityErrors.org_setup_link_invalid);
  if (input.password.length < MIN_PASSWORD_LENGTH || input.password.length > 1024) {
    throw new SetupError(identityErrors.org_password_weak, 'password');
  }
  if (input.password !== input.passwordAgain) {
    throw new SetupError(identityErrors.org_password_mismatch, 'passwordAgain');
  }
  const secret = openTotpSecret(deps.envelope, row.id, row.totp_secret);
  const step = acceptedTotpStep(secret, input.code.replace(/\s+/g, ''), now, row.totp_last_step);
  if (step === null) throw new SetupError(identityErrors.org_totp_invalid, 'code');
  await store.activateUser(trx, row.id, {
    passwordHash: await hashPassword(input.password),
    totpLastStep: step,
  });
  await confirmOrganisation(trx, row.organisation_id);
  await auditOrgUser(
    trx,
    { kind: 'org_user', orgUserId: row.id, organisationId: row.organisation_id },
    { organisationId: row.organisation_id, action: 'org_user.set_up' },
  );
  return { ...toOrgUser(row), status: 'active' };
}

/**
 * An active user with a known password and TOTP secret, for the demo data only: real users always
 * set their own password and secret from the set-up link.
 */
export async function createActiveOrgUser(
  trx: Db,
  envelope: Envelope,
  input: {
    organisationId: number;
    name: string;
    email: string;
    role: OrgUserRole;
    responsible: boolean;
    password: string;
    totpSecretBase32: string;
  },
): Promise<{ id: number } | null> {
  const { name, email } = validateNewUser(input);
  const id = await insertUser(
    trx,
    envelope,
    { ...input, name, email },
    {
      // A link nobody holds, expired already: the password below is the only way in.
      tokenHash: hashToken(randomBytes(32).toString('base64url')),
      expiresAt: new Date(0),
      totpSecretBase32: input.totpSecretBase32,
    },
  );
  if (id === undefined) return null;
  await store.activateUser(trx, id, {
    passwordHash: await hashPassword(input.password),
    totpLastStep: 0,
  });
  return { id };
}
