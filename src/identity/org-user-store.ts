import { sql } from 'kysely';
import type { Db } from '../database.ts';
import type { OrgUserRole } from '../platform/http/auth.ts';
import type { OrgUserRequestStatus, OrgUserStatus } from './tables.ts';

/** Queries on org_users and org_user_requests, nothing else; the rules are in org-user-*.ts and org-users.ts. */

export interface OrgUserRow {
  id: number;
  organisation_id: number;
  name: string;
  email: string;
  role: OrgUserRole;
  is_responsible: boolean;
  status: OrgUserStatus;
  password_hash: string | null;
  totp_secret: Buffer | null;
  totp_last_step: number | null;
  setup_expires_at: Date | null;
  failed_attempts: number;
  locked_at: Date | null;
  created_at: Date;
}

const COLUMNS = [
  'id',
  'organisation_id',
  'name',
  'email',
  'role',
  'is_responsible',
  'status',
  'password_hash',
  'totp_secret',
  'totp_last_step',
  'setup_expires_at',
  'failed_attempts',
  'locked_at',
  'created_at',
] as const;

export async function insertInvitedUser(
  db: Db,
  row: {
    organisationId: number;
    name: string;
    email: string;
    role: OrgUserRole;
    responsible: boolean;
    setupTokenHash: Buffer;
    setupExpiresAt: Date;
  },
): Promise<number | undefined> {
  const inserted = await db
    .insertInto('org_users')
    .values({
      organisation_id: row.organisationId,
      name: row.name,
      email: row.email,
      role: row.role,
      is_responsible: row.responsible,
      status: 'invited',
      password_hash: null,
      totp_secret: null,
      totp_last_step: null,
      setup_token_hash: row.setupTokenHash,
      setup_expires_at: row.setupExpiresAt,
      locked_at: null,
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function setTotpSecret(db: Db, id: number, sealed: Buffer): Promise<void> {
  await db.updateTable('org_users').set({ totp_secret: sealed }).where('id', '=', id).execute();
}

export async function findOrgUserById(db: Db, id: number): Promise<OrgUserRow | undefined> {
  return db.selectFrom('org_users').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function findOrgUserByEmail(db: Db, email: string): Promise<OrgUserRow | undefined> {
  return db.selectFrom('org_users').select(COLUMNS).where('email', '=', email).executeTakeFirst();
}

/** The invited user a set-up link belongs to, while the link is valid; locked for the update. */
export async function findBySetupToken(
  db: Db,
  tokenHash: Buffer,
  now: Date,
): Promise<OrgUserRow | undefined> {
  return db
    .selectFrom('org_users')
    .select(COLUMNS)
    .where('setup_token_hash', '=', tokenHash)
    .where('status', '=', 'invited')
    .where('setup_expires_at', '>', now)
    .forUpdate()
    .executeTakeFirst();
}

export async function activateUser(
  db: Db,
  id: number,
  row: { passwordHash: string; totpLastStep: number },
): Promise<void> {
  await db
    .updateTable('org_users')
    .set({
      status: 'active',
      password_hash: row.passwordHash,
      totp_last_step: row.totpLastStep,
      setup_token_hash: null,
      setup_expires_at: null,
      failed_attempts: 0,
    })
    .where('id', '=', id)
    .where('status', '=', 'invited')
    .execute();
}

export async function listUsersOf(db: Db, organisationId: number): Promise<OrgUserRow[]> {
  return db
    .selectFrom('org_users')
    .select(COLUMNS)
    .where('organisation_id', '=', organisationId)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** Browser users that count towards the agreements' limit: every one not disabled. */
export async function countBrowserUsers(db: Db, organisationId: number): Promise<number> {
  const row = await db
    .selectFrom('org_users')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'pdp_user')
    .where('status', '<>', 'disabled')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Counts a failure in one statement, so concurrent attempts cannot both slip under the limit;
 * the attempt that reaches it locks the account. Answers the status after the update.
 */
export async function recordFailedAttempt(
  db: Db,
  id: number,
  limit: number,
  now: Date,
): Promise<{ status: OrgUserStatus; failed_attempts: number } | undefined> {
  return db
    .updateTable('org_users')
    .set({
      failed_attempts: sql<number>`failed_attempts + 1`,
      status: sql<OrgUserStatus>`case when failed_attempts + 1 >= ${limit} then 'locked' else status end`,
      locked_at: sql<Date | null>`case when failed_attempts + 1 >= ${limit} then ${now} else locked_at end`,
    })
    .where('id', '=', id)
    .where('status', '=', 'active')
    .returning(['status', 'failed_attempts'])
    .executeTakeFirst();
}

/** A successful sign-in: the count starts again and the code's step is used up. */
export async function recordSignIn(db: Db, id: number, step: number): Promise<boolean> {
  const result = await db
    .updateTable('org_users')
    .set({ failed_attempts: 0, totp_last_step: step })
    .where('id', '=', id)
    .where('status', '=', 'active')
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function unblockUser(db: Db, id: number): Promise<boolean> {
  const result = await db
    .updateTable('org_users')
    .set({ status: 'active', failed_attempts: 0, locked_at: null })
    .where('id', '=', id)
    .where('status', '=', 'locked')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Starts a user's set-up again (their access data were reset): a new link and sealed secret, the
 * old password gone, the lock lifted. Only an active or locked user; false otherwise.
 */
export async function restartSetup(
  db: Db,
  id: number,
  setup: { tokenHash: Buffer; expiresAt: Date; sealedSecret: Buffer },
): Promise<boolean> {
  const result = await db
    .updateTable('org_users')
    .set({
      status: 'invited',
      password_hash: null,
      totp_secret: setup.sealedSecret,
      setup_token_hash: setup.tokenHash,
      setup_expires_at: setup.expiresAt,
      failed_attempts: 0,
      locked_at: null,
    })
    .where('id', '=', id)
    .where('status', 'in', ['active', 'locked'])
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function disableUser(db: Db, id: number): Promise<boolean> {
  const result = await db
    .updateTable('org_users')
    .set({ status: 'disabled', is_responsible: false, setup_token_hash: null })
    .where('id', '=', id)
    .where('status', '<>', 'disabled')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function setResponsible(db: Db, id: number, responsible: boolean): Promise<boolean> {
  const result = await db
    .updateTable('org_users')
    .set({ is_responsible: responsible })
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Whom to tell when an account of the organisation is locked: its managers and representatives. */
export async function managersOf(
  db: Db,
  organisationId: number,
): Promise<{ id: number; name: string; email: string }[]> {
  return db
    .selectFrom('org_users')
    .select(['id', 'name', 'email'])
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'active')
    .where((eb) => eb.or([eb('is_responsible', '=', true), eb('role', '=', 'representative')]))
    .orderBy('id')
    .execute();
}

export interface OrgUserRequestRow {
  id: number;
  organisation_id: number;
  name: string;
  email: string;
  requested_by: number;
  status: OrgUserRequestStatus;
  reason: string | null;
  decided_at: Date | null;
  created_at: Date;
}

const REQUEST_COLUMNS = [
  'id',
  'organisation_id',
  'name',
  'email',
  'requested_by',
  'status',
  'reason',
  'decided_at',
  'created_at',
] as const;

export async function insertUserRequest(
  db: Db,
  row: { organisationId: number; name: string; email: string; requestedBy: number; at: Date },
): Promise<number | undefined> {
  const inserted = await db
    .insertInto('org_user_requests')
    .values({
      // The app's clock, as for the decision: the page shows when it was asked.
      created_at: row.at,
      organisation_id: row.organisationId,
      name: row.name,
      email: row.email,
      requested_by: row.requestedBy,
      status: 'pending',
      reason: null,
      decided_by: null,
      decided_at: null,
      org_user_id: null,
    })
    .onConflict((oc) => oc.column('email').where('status', '=', 'pending').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function pendingRequestFor(db: Db, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('org_user_requests')
    .select('id')
    .where('email', '=', email)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return row !== undefined;
}

export async function countPendingRequests(db: Db, organisationId: number): Promise<number> {
  const row = await db
    .selectFrom('org_user_requests')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findPendingRequest(
  db: Db,
  id: number,
): Promise<OrgUserRequestRow | undefined> {
  return db
    .selectFrom('org_user_requests')
    .select(REQUEST_COLUMNS)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .forUpdate()
    .executeTakeFirst();
}

export async function listRequests(
  db: Db,
  filter: { organisationId?: number; status?: OrgUserRequestStatus },
): Promise<OrgUserRequestRow[]> {
  let query = db.selectFrom('org_user_requests').select(REQUEST_COLUMNS);
  if (filter.organisationId !== undefined)
    query = query.where('organisation_id', '=', filter.organisationId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  return query.orderBy('created_at').orderBy('id').execute();
}

export async function decideRequest(
  db: Db,
  id: number,
  decision: {
    status: 'approved' | 'refused';
    reason: string | null;
    staffId: number;
    now: Date;
    orgUserId: number | null;
  },
): Promise<void> {
  await db
    .updateTable('org_user_requests')
    .set({
      status: decision.status,
      reason: decision.reason,
      decided_by: decision.staffId,
      decided_at: decision.now,
      org_user_id: decision.orgUserId,
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

/** An approved request names the user it became. */
export async function linkRequestToUser(db: Db, id: number, orgUserId: number): Promise<void> {
  await db
    .updateTable('org_user_requests')
    .set({ org_user_id: orgUserId })
    .where('id', '=', id)
    .execute();
}
