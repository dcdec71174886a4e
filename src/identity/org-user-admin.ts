import type { Db } from '../database.ts';
import { AppError } from '../platform/errors.ts';
import { identityErrors } from './errors.ts';
import { findOrganisation } from '../agreements/service.ts';
import {
  accessResetMail,
  DISABLED_MAIL,
  mailOrgUser,
  UNBLOCKED_MAIL,
  userAccessResetMail,
} from './org-user-mails.ts';
import { auditOrgUser, type OrgUserActor, type OrgUserDeps } from './org-user-records.ts';
import { newSetupLink } from './org-user-setup.ts';
import * as store from './org-user-store.ts';
import { deleteSessionsOf } from './session-store.ts';
import { newTotpSecret, sealTotpSecret } from './totp.ts';

/** Managing an organisation's users: unblocking, disabling, naming the responsible user. */

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

/** The user a manager (or staff) acts on, once the actor is known to manage users. */
async function managedUser(trx: Db, actor: OrgUserActor, orgUserId: number) {
  if (actor.kind === 'org_user') await assertManager(trx, actor.orgUserId);
  return targetUser(trx, actor, orgUserId);
}

/** Lifts a lock: the account is active again with the count reset. */
export async function unblockOrgUser(
  trx: Db,
  deps: Pick<OrgUserDeps, 'clock'>,
  actor: OrgUserActor,
  orgUserId: number,
): Promise<void> {
  const row = await managedUser(trx, actor, orgUserId);
  if (!(await store.unblockUser(trx, row.id))) {
    throw new AppError(identityErrors.org_user_state_invalid);
  }
  await auditOrgUser(trx, actor, {
    organisationId: row.organisation_id,
    action: 'org_user.unblocked',
  });
  await mailOrgUser(
    trx,
    row,
    UNBLOCKED_MAIL,
    `org-user-unblocked:${row.id}:${deps.clock.now().getTime()}`,
  );
}

/**
 * Restores a user's access data (the price list's "restoring a user's access data"): a lost
 * phone or a forgotten password. The old password and authenticator stop working at once, the
 * user's sessions end, and the user sets both again from a new one-time link, as at first. The
 * managers hear of it, so a reset nobody asked for is noticed.
 */
export async function resetOrgUserAccess(
  trx: Db,
  deps: OrgUserDeps,
  actor: OrgUserActor,
  orgUserId: number,
): Promise<void> {
  const row = await managedUser(trx, actor, orgUserId);
  const { link, tokenHash, expiresAt } = newSetupLink(deps);
  const sealedSecret = sealTotpSecret(deps.envelope, row.id, newTotpSecret());
  if (!(await store.restartSetup(trx, row.id, { tokenHash, expiresAt, sealedSecret }))) {
    throw new AppError(identityErrors.org_user_state_invalid);
  }
  await deleteSessionsOf(trx, 'org_user', row.id);
  await auditOrgUser(trx, actor, {
    organisationId: row.organisation_id,
    action: 'org_user.access_reset',
  });
  const organisationName = (await findOrganisation(trx, row.organisation_id))?.name ?? '';
  const key = `org-user-access-reset:${row.id}:${deps.clock.now().getTime()}`;
  await mailOrgUser(trx, row, accessResetMail(organisationName, link), `${key}:user`);
  for (const manager of await store.managersOf(trx, row.organisation_id)) {
    if (manager.id === row.id) continue;
    await mailOrgUser(
      trx,
      manager,
      userAccessResetMail(organisationName, row),
      `${key}:manager:${manager.id}`,
    );
  }
}

/** Disables a user for good; their sessions end at once. */
export async function disableOrgUser(
  trx: Db,
  deps: Pick<OrgUserDeps, 'clock'>,
  actor: OrgUserActor,
  orgUserId: number,
): Promise<void> {
  const row = await managedUser(trx, actor, orgUserId);
  if (actor.kind === 'org_user' && actor.orgUserId === row.id) {
    throw new AppError(identityErrors.org_user_not_self);
  }
  if (!(await store.disableUser(trx, row.id))) {
    throw new AppError(identityErrors.org_user_state_invalid);
  }
  await deleteSessionsOf(trx, 'org_user', row.id);
  await auditOrgUser(trx, actor, {
    organisationId: row.organisation_id,
    action: 'org_user.disabled',
  });
  await mailOrgUser(trx, row, DISABLED_MAIL, `org-user-disabled:${row.id}`);
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
  await auditOrgUser(
    trx,
    { kind: 'org_user', ...actor },
    {
      organisationId: row.organisation_id,
      action: responsible ? 'org_user.named_responsible' : 'org_user.responsibility_removed',
    },
  );
}
