import { verify } from 'argon2';
import { createHash, randomBytes } from 'node:crypto';
import { findOrganisation, agreementsInForce } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { appendAudit, type AuditEntry } from '../platform/audit/audit-log.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import { AppError } from '../platform/errors.ts';
import type { OrgUserRole } from '../platform/http/auth.ts';
import { isMailAddress } from '../platform/mail/message.ts';
import { enqueueMail } from '../platform/mail/outbox-mail.ts';
import { rigaDate, type Clock } from '../platform/time/riga.ts';
import { identityErrors } from './errors.ts';
import * as store from './org-user-store.ts';
import { deleteSessionsOf } from './session-store.ts';
import { hashPassword, MIN_PASSWORD_LENGTH, normaliseEmail } from './staff-accounts.ts';
import {
  acceptedTotpStep,
  newTotpSecret,
  openTotpSecret,
  sealTotpSecret,
  totpQrDataUri,
  totpUri,
} from './totp.ts';
import type { OrgUserStatus } from './tables.ts';

/**
 * Organisation users: invited by e-mail with a one-time set-up link, signed in with a password
 * and a TOTP code, locked after five wrong attempts until someone unblocks them (no timer: a lock
 * means someone is guessing, and a person should look), disabled when they leave.
 */

export const MAX_FAILED_ATTEMPTS = 5;
export const SETUP_LINK_VALID_MS = 7 * 24 * 60 * 60_000;
export const SETUP_PATH = '/organizacijas/iestatit';
export const SIGN_IN_PATH = '/organizacijas/pieteikties';

export interface OrgUserDeps {
  clock: Clock;
  envelope: Envelope;
  /** Where set-up links point: the service's public address. */
  publicUrl: string;
}

/** Who acts on a user: one of the organisation's own users, or a PMLP officer. */
export type OrgUserActor =
  | { kind: 'org_user'; orgUserId: number; organisationId: number }
  | { kind: 'staff'; staffId: number };

export interface OrgUser {
  id: number;
  organisationId: number;
  name: string;
  email: string;
  role: OrgUserRole;
  responsible: boolean;
  status: OrgUserStatus;
  lockedAt: Date | null;
  createdAt: Date;
}

function toOrgUser(row: store.OrgUserRow): OrgUser {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    email: row.email,
    role: row.role,
    responsible: row.is_responsible,
    status: row.status,
    lockedAt: row.locked_at,
    createdAt: row.created_at,
  };
}

const hashToken = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

function auditOf(actor: OrgUserActor, channel: 'browser' | 'backoffice') {
  return actor.kind === 'staff'
    ? {
        actorType: 'staff' as const,
        actorId: String(actor.staffId),
        channel: 'backoffice' as const,
      }
    : { actorType: 'org_user' as const, actorId: String(actor.orgUserId), channel };
}

async function audit(
  trx: Db,
  actor: OrgUserActor | { kind: 'system' },
  entry: Omit<AuditEntry, 'actorType' | 'actorId' | 'channel' | 'subjectPersonId'>,
): Promise<void> {
  const who =
    actor.kind === 'system'
      ? { actorType: 'system' as const, actorId: 'sign-in', channel: 'browser' as const }
      : auditOf(actor, 'browser');
  await appendAudit(trx, { ...who, ...entry, subjectPersonId: null });
}

/** Name and address as a person types them; the same rules wherever users are added. */
export function validateNewUser(input: { name: string; email: string }): {
  name: string;
  email: string;
} {
  const name = input.name.trim();
  const email = normaliseEmail(input.email);
  if (name === '' || name.length > 200) throw new AppError(identityErrors.org_user_name_missing);
  if (!isMailAddress(email)) throw new AppError(identityErrors.org_user_email_invalid);
  return { name, email };
}

/** Whether an address already belongs to a user or an open request (addresses are unique). */
export async function orgUserEmailTaken(db: Db, email: string): Promise<boolean> {
  const normalised = normaliseEmail(email);
  return (
    (await store.findOrgUserByEmail(db, normalised)) !== undefined ||
    (await store.pendingRequestFor(db, normalised))
  );
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
  const token = randomBytes(32).toString('base64url');
  const id = await store.insertInvitedUser(trx, {
    organisationId: input.organisationId,
    name,
    email,
    role: input.role,
    responsible: input.responsible,
    setupTokenHash: hashToken(token),
    setupExpiresAt: new Date(deps.clock.now().getTime() + SETUP_LINK_VALID_MS),
  });
  if (id === undefined) throw new AppError(identityErrors.org_user_email_taken);
  await store.setTotpSecret(trx, id, sealTotpSecret(deps.envelope, id, newTotpSecret()));
  const link = `${deps.publicUrl}${SETUP_PATH}?zetons=${token}`;
  await enqueueMail(
    trx,
    {
      to: email,
      subject: 'Reģistru vārteja: konta iestatīšana / Register Gateway: set up your account',
      text: [
        `Labdien, ${name}!`,
        '',
        `Jums ir izveidots konts organizācijas "${input.organisationName}" darbam Reģistru vārtejā.`,
        'Lai iestatītu paroli un divu faktoru autentifikāciju, atveriet šo saiti 7 dienu laikā:',
        link,
        '',
        'Jums būs nepieciešama autentifikācijas lietotne tālrunī (piemēram, FreeOTP vai Google Authenticator).',
        '',
        '---',
        '',
        `Hello ${name},`,
        '',
        `An account has been made for you to work for "${input.organisationName}" in the Register Gateway.`,
        'To set your password and two-factor authentication, open this link within 7 days:',
        link,
        '',
        'You need an authenticator app on your phone (such as FreeOTP or Google Authenticator).',
      ].join('\n'),
    },
    { dedupeKey: `org-user-invited:${id}` },
  );
  await audit(trx, actor, {
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
  await audit(
    trx,
    { kind: 'org_user', orgUserId: row.id, organisationId: row.organisation_id },
    { organisationId: row.organisation_id, action: 'org_user.set_up' },
  );
  return { ...toOrgUser(row), status: 'active' };
}

/** Checked for unknown addresses too, so the answer takes as long whether or not one exists. */
let decoyHash: Promise<string> | null = null;
function decoy(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString('base64url'));
  return decoyHash;
}

/**
 * Checks e-mail, password and code. A locked account is refused before anything is looked at,
 * so guessing during the lock teaches nothing. A wrong password or code counts; the fifth in a
 * row locks the account, ends its sessions, and tells the user and the organisation's managers.
 */
export async function verifyOrgSignIn(
  db: Db,
  deps: Pick<OrgUserDeps, 'clock' | 'envelope'>,
  input: { email: string; password: string; code: string },
): Promise<OrgUser> {
  const row = await store.findOrgUserByEmail(db, normaliseEmail(input.email));
  if (row === undefined || row.password_hash === null || row.totp_secret === null) {
    await verify(await decoy(), input.password);
    throw new AppError(identityErrors.org_credentials_invalid);
  }
  if (row.status === 'locked') throw new AppError(identityErrors.org_account_locked);
  const passwordRight = await verify(row.password_hash, input.password);
  if (row.status !== 'active') throw new AppError(identityErrors.org_credentials_invalid);
  const organisation = await findOrganisation(db, row.organisation_id);
  if (organisation?.confirmedAt == null) throw new AppError(identityErrors.org_credentials_invalid);
  const now = deps.clock.now();
  let step: number | null = null;
  if (passwordRight) {
    const secret = openTotpSecret(deps.envelope, row.id, row.totp_secret);
    step = acceptedTotpStep(secret, input.code.replace(/\s+/g, ''), now, row.totp_last_step);
  }
  if (step !== null && (await store.recordSignIn(db, row.id, step))) {
    return toOrgUser(row);
  }
  const locked = await db.transaction().execute(async (trx) => {
    const after = await store.recordFailedAttempt(trx, row.id, MAX_FAILED_ATTEMPTS, now);
    if (after?.status !== 'locked') return false;
    await lockConsequences(trx, row, organisation.name, now);
    return true;
  });
  throw new AppError(
    locked ? identityErrors.org_account_locked : identityErrors.org_credentials_invalid,
  );
}

/** The lock is audited, the user's sessions end, and the user and the managers are told. */
async function lockConsequences(
  trx: Db,
  row: store.OrgUserRow,
  organisationName: string,
  now: Date,
): Promise<void> {
  await deleteSessionsOf(trx, 'org_user', row.id);
  await audit(
    trx,
    { kind: 'system' },
    {
      organisationId: row.organisation_id,
      action: 'org_user.locked',
      reason: `${MAX_FAILED_ATTEMPTS} failed sign-in attempts`,
    },
  );
  const lockKey = `org-user-locked:${row.id}:${now.getTime()}`;
  await enqueueMail(
    trx,
    {
      to: row.email,
      subject: 'Reģistru vārteja: konts bloķēts / Register Gateway: account locked',
      text: [
        `Labdien, ${row.name}!`,
        '',
        `Jūsu konts organizācijas "${organisationName}" darbam ir bloķēts pēc ${MAX_FAILED_ATTEMPTS} nesekmīgām pieteikšanās reizēm.`,
        'Ja tas nebijāt Jūs, kāds, iespējams, zina Jūsu paroli: pēc atbloķēšanas nomainiet to.',
        'Kontu atbloķē organizācijas atbildīgais lietotājs vai PMLP.',
        '',
        '---',
        '',
        `Hello ${row.name},`,
        '',
        `Your account for "${organisationName}" is locked after ${MAX_FAILED_ATTEMPTS} failed sign-in attempts.`,
        'If this was not you, someone may know your password: change it once unblocked.',
        'The organisation’s responsible user or PMLP can unblock the account.',
      ].join('\n'),
    },
    { dedupeKey: `${lockKey}:user` },
  );
  for (const manager of await store.managersOf(trx, row.organisation_id)) {
    if (manager.id === row.id) continue;
    await enqueueMail(
      trx,
      {
        to: manager.email,
        subject:
          'Reģistru vārteja: lietotāja konts bloķēts / Register Gateway: a user account is locked',
        text: [
          `Labdien, ${manager.name}!`,
          '',
          `Organizācijas "${organisationName}" lietotāja ${row.name} (${row.email}) konts ir bloķēts pēc ${MAX_FAILED_ATTEMPTS} nesekmīgām pieteikšanās reizēm.`,
          'Atbildīgais lietotājs to var atbloķēt sadaļā "Lietotāji".',
          '',
          '---',
          '',
          `Hello ${manager.name},`,
          '',
          `The account of ${row.name} (${row.email}) of "${organisationName}" is locked after ${MAX_FAILED_ATTEMPTS} failed sign-in attempts.`,
          'The responsible user can unblock it under "Users".',
        ].join('\n'),
      },
      { dedupeKey: `${lockKey}:manager:${manager.id}` },
    );
  }
}

/** The user an actor may act on: an organisation's own user, or any user for staff. */
async function targetUser(trx: Db, actor: OrgUserActor, orgUserId: number) {
  const row = await store.findOrgUserById(trx, orgUserId);
  if (row === undefined) throw new AppError(identityErrors.org_user_not_found);
  if (actor.kind === 'org_user' && row.organisation_id !== actor.organisationId) {
    throw new AppError(identityErrors.org_user_not_found);
  }
  return row;
}

/**
 * Users are managed by the organisation's responsible user, read fresh from the database (not
 * from the session), so naming or removing one takes effect at once.
 */
export async function assertManager(db: Db, orgUserId: number): Promise<void> {
  const me = await store.findOrgUserById(db, orgUserId);
  if (me?.status !== 'active' || !me.is_responsible) {
    throw new AppError(identityErrors.org_manager_required);
  }
}

async function assertCanManage(trx: Db, actor: OrgUserActor): Promise<void> {
  if (actor.kind === 'org_user') await assertManager(trx, actor.orgUserId);
}

async function mailUser(
  trx: Db,
  row: store.OrgUserRow,
  subject: string,
  lv: string,
  en: string,
  key: string,
) {
  await enqueueMail(
    trx,
    {
      to: row.email,
      subject,
      text: [`Labdien, ${row.name}!`, '', lv, '', '---', '', `Hello ${row.name},`, '', en].join(
        '\n',
      ),
    },
    { dedupeKey: key },
  );
}

/** Lifts a lock: the account is active again with the count reset. */
export async function unblockOrgUser(
  trx: Db,
  deps: Pick<OrgUserDeps, 'clock'>,
  actor: OrgUserActor,
  orgUserId: number,
): Promise<void> {
  await assertCanManage(trx, actor);
  const row = await targetUser(trx, actor, orgUserId);
  if (!(await store.unblockUser(trx, row.id))) {
    throw new AppError(identityErrors.org_user_state_invalid);
  }
  await audit(trx, actor, { organisationId: row.organisation_id, action: 'org_user.unblocked' });
  await mailUser(
    trx,
    row,
    'Reģistru vārteja: konts atbloķēts / Register Gateway: account unblocked',
    'Jūsu konts ir atbloķēts. Varat atkal pieteikties.',
    'Your account is unblocked. You can sign in again.',
    `org-user-unblocked:${row.id}:${deps.clock.now().getTime()}`,
  );
}

/** Disables a user for good; their sessions end at once. */
export async function disableOrgUser(
  trx: Db,
  deps: Pick<OrgUserDeps, 'clock'>,
  actor: OrgUserActor,
  orgUserId: number,
): Promise<void> {
  await assertCanManage(trx, actor);
  const row = await targetUser(trx, actor, orgUserId);
  if (actor.kind === 'org_user' && actor.orgUserId === row.id) {
    throw new AppError(identityErrors.org_user_not_self);
  }
  if (!(await store.disableUser(trx, row.id))) {
    throw new AppError(identityErrors.org_user_state_invalid);
  }
  await deleteSessionsOf(trx, 'org_user', row.id);
  await audit(trx, actor, { organisationId: row.organisation_id, action: 'org_user.disabled' });
  await mailUser(
    trx,
    row,
    'Reģistru vārteja: konts slēgts / Register Gateway: account disabled',
    'Jūsu konts organizācijas darbam Reģistru vārtejā ir slēgts.',
    'Your account for your organisation’s work in the Register Gateway is disabled.',
    `org-user-disabled:${row.id}`,
  );
}

/** A representative names (or stops naming) a responsible user among the active users. */
export async function setResponsibleUser(
  trx: Db,
  actor: { orgUserId: number; organisationId: number },
  orgUserId: number,
  responsible: boolean,
): Promise<void> {
  const me = await store.findOrgUserById(trx, actor.orgUserId);
  if (me?.status !== 'active' || me.role !== 'representative') {
    throw new AppError(identityErrors.org_representative_required);
  }
  const row = await targetUser(trx, { kind: 'org_user', ...actor }, orgUserId);
  if (!(await store.setResponsible(trx, row.id, responsible))) {
    throw new AppError(identityErrors.org_user_state_invalid);
  }
  await audit(
    trx,
    { kind: 'org_user', ...actor },
    {
      organisationId: row.organisation_id,
      action: responsible ? 'org_user.named_responsible' : 'org_user.responsibility_removed',
    },
  );
}

export async function listOrgUsers(db: Db, organisationId: number): Promise<OrgUser[]> {
  return (await store.listUsersOf(db, organisationId)).map(toOrgUser);
}

export async function findOrgUser(db: Db, id: number): Promise<OrgUser | null> {
  const row = await store.findOrgUserById(db, id);
  return row === undefined ? null : toOrgUser(row);
}

/**
 * Browser users (not disabled), plus those asked for and not yet decided when `withPending`, may
 * not exceed the sum of `pdpUsers` of the agreements in force today.
 */
async function assertWithinLimit(
  trx: Db,
  clock: Clock,
  organisationId: number,
  withPending: boolean,
): Promise<{ responsibleCreatesUsers: boolean }> {
  const agreements = await agreementsInForce(trx, organisationId, rigaDate(clock.now()));
  const limit = agreements.reduce((sum, a) => sum + a.pdpUsers, 0);
  const count =
    (await store.countBrowserUsers(trx, organisationId)) +
    (withPending ? await store.countPendingRequests(trx, organisationId) : 0) +
    1;
  if (count > limit) throw new AppError(identityErrors.user_limit_reached, { limit, count });
  return { responsibleCreatesUsers: agreements.some((a) => a.responsibleCreatesUsers) };
}

/**
 * The responsible user adds a Person Data Browser user. Where an agreement in force lets the
 * organisation create users itself, the user is invited at once; otherwise staff decide.
 */
export async function addBrowserUser(
  trx: Db,
  deps: OrgUserDeps,
  actor: { orgUserId: number; organisationId: number },
  input: { name: string; email: string },
): Promise<{ outcome: 'invited' | 'requested' }> {
  await assertManager(trx, actor.orgUserId);
  const { name, email } = validateNewUser(input);
  const organisation = await findOrganisation(trx, actor.organisationId);
  if (organisation === null) throw new AppError(identityErrors.org_user_not_found);
  if (await orgUserEmailTaken(trx, email)) throw new AppError(identityErrors.org_user_email_taken);
  const { responsibleCreatesUsers } = await assertWithinLimit(
    trx,
    deps.clock,
    actor.organisationId,
    true,
  );
  const orgActor = { kind: 'org_user' as const, ...actor };
  if (responsibleCreatesUsers) {
    await inviteOrgUser(
      trx,
      deps,
      {
        organisationId: actor.organisationId,
        organisationName: organisation.name,
        name,
        email,
        role: 'pdp_user',
        responsible: false,
      },
      orgActor,
    );
    return { outcome: 'invited' };
  }
  const id = await store.insertUserRequest(trx, {
    organisationId: actor.organisationId,
    name,
    email,
    requestedBy: actor.orgUserId,
    at: deps.clock.now(),
  });
  if (id === undefined) throw new AppError(identityErrors.org_user_email_taken);
  await audit(trx, orgActor, {
    organisationId: actor.organisationId,
    action: 'org_user.requested',
  });
  const requester = await store.findOrgUserById(trx, actor.orgUserId);
  if (requester !== undefined) {
    await mailUser(
      trx,
      requester,
      'Reģistru vārteja: lietotāja pieprasījums saņemts / Register Gateway: user request received',
      `Pieprasījums izveidot personu datu pārlūka lietotāju ${name} (${email}) ir nodots PMLP izskatīšanai.`,
      `The request to create the Person Data Browser user ${name} (${email}) has gone to PMLP to decide.`,
      `org-user-request:${id}:received`,
    );
  }
  return { outcome: 'requested' };
}

export interface UserRequest {
  id: number;
  organisationId: number;
  name: string;
  email: string;
  status: 'pending' | 'approved' | 'refused';
  reason: string | null;
  decidedAt: Date | null;
  createdAt: Date;
}

export async function listUserRequests(
  db: Db,
  filter: { organisationId?: number; status?: 'pending' | 'approved' | 'refused' },
): Promise<UserRequest[]> {
  return (await store.listRequests(db, filter)).map((r) => ({
    id: r.id,
    organisationId: r.organisation_id,
    name: r.name,
    email: r.email,
    status: r.status,
    reason: r.reason,
    decidedAt: r.decided_at,
    createdAt: r.created_at,
  }));
}

/** Staff approve a request: the user is invited, within the limit as it stands now. */
export async function approveUserRequest(
  trx: Db,
  deps: OrgUserDeps,
  staff: { staffId: number },
  requestId: number,
): Promise<void> {
  const request = await store.findPendingRequest(trx, requestId);
  if (request === undefined) throw new AppError(identityErrors.org_user_request_not_found);
  const organisation = await findOrganisation(trx, request.organisation_id);
  if (organisation === null) throw new AppError(identityErrors.org_user_request_not_found);
  await assertWithinLimit(trx, deps.clock, request.organisation_id, false);
  // Decided first, so the address is no longer held by an open request when the user is added.
  await store.decideRequest(trx, request.id, {
    status: 'approved',
    reason: null,
    staffId: staff.staffId,
    now: deps.clock.now(),
    orgUserId: null,
  });
  const { id } = await inviteOrgUser(
    trx,
    deps,
    {
      organisationId: request.organisation_id,
      organisationName: organisation.name,
      name: request.name,
      email: request.email,
      role: 'pdp_user',
      responsible: false,
    },
    { kind: 'staff', ...staff },
  );
  await store.linkRequestToUser(trx, request.id, id);
  await mailRequester(trx, request, 'approved', null);
}

/** Staff refuse a request, with the reason the organisation is told. */
export async function refuseUserRequest(
  trx: Db,
  deps: Pick<OrgUserDeps, 'clock'>,
  staff: { staffId: number },
  requestId: number,
  reason: string,
): Promise<void> {
  const why = reason.trim();
  if (why === '' || why.length > 1000)
    throw new AppError(identityErrors.org_refusal_reason_missing);
  const request = await store.findPendingRequest(trx, requestId);
  if (request === undefined) throw new AppError(identityErrors.org_user_request_not_found);
  await store.decideRequest(trx, request.id, {
    status: 'refused',
    reason: why,
    staffId: staff.staffId,
    now: deps.clock.now(),
    orgUserId: null,
  });
  await appendAudit(trx, {
    actorType: 'staff',
    actorId: String(staff.staffId),
    organisationId: request.organisation_id,
    subjectPersonId: null,
    action: 'org_user.request_refused',
    channel: 'backoffice',
    reason: why,
  });
  await mailRequester(trx, request, 'refused', why);
}

async function mailRequester(
  trx: Db,
  request: store.OrgUserRequestRow,
  decision: 'approved' | 'refused',
  reason: string | null,
): Promise<void> {
  const requester = await store.findOrgUserById(trx, request.requested_by);
  if (requester === undefined) return;
  const who = `${request.name} (${request.email})`;
  if (decision === 'approved') {
    await mailUser(
      trx,
      requester,
      'Reģistru vārteja: lietotāja pieprasījums apstiprināts / Register Gateway: user request approved',
      `PMLP apstiprināja pieprasījumu; lietotājam ${who} ir nosūtīta konta iestatīšanas saite.`,
      `PMLP approved the request; ${who} has been sent the set-up link.`,
      `org-user-request:${request.id}:approved`,
    );
    return;
  }
  await mailUser(
    trx,
    requester,
    'Reģistru vārteja: lietotāja pieprasījums atteikts / Register Gateway: user request refused',
    `PMLP atteica izveidot lietotāju ${who}. Iemesls: ${reason ?? ''}`,
    `PMLP refused to create the user ${who}. Reason: ${reason ?? ''}`,
    `org-user-request:${request.id}:refused`,
  );
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
  const id = await store.insertInvitedUser(trx, {
    organisationId: input.organisationId,
    name,
    email,
    role: input.role,
    responsible: input.responsible,
    setupTokenHash: hashToken(randomBytes(32).toString('base64url')),
    setupExpiresAt: new Date(0),
  });
  if (id === undefined) return null;
  await store.setTotpSecret(trx, id, sealTotpSecret(envelope, id, input.totpSecretBase32));
  await store.activateUser(trx, id, {
    passwordHash: await hashPassword(input.password),
    totpLastStep: 0,
  });
  return { id };
}
