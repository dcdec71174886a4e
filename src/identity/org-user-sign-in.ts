import { verify } from 'argon2';
import { randomBytes } from 'node:crypto';
import type { Db } from '../database.ts';
import { findOrganisation } from '../agreements/service.ts';
import { AppError } from '../platform/errors.ts';
import { identityErrors } from './errors.ts';
import { lockedMail, mailOrgUser, userLockedMail } from './org-user-mails.ts';
import { auditOrgUser, toOrgUser, type OrgUser, type OrgUserDeps } from './org-user-records.ts';
import * as store from './org-user-store.ts';
import { deleteSessionsOf } from './session-store.ts';
import { hashPassword, normaliseEmail } from './staff-accounts.ts';
import { acceptedTotpStep, openTotpSecret } from './totp.ts';

/**
 * Locked after five wrong attempts until someone unblocks the account: no timer, because a lock
 * means someone is guessing, and a person should look.
 */
export const MAX_FAILED_ATTEMPTS = 5;

/** Checked for unknown addresses too, so the answer takes as long whether or not one exists. */
let decoyHash: Promise<string> | null = null;
function decoy(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString('base64url'));
  return decoyHash;
}

/**
 * Checks e-mail, password and code. A locked account is refused whatever the code, and is named
 * as locked only to whoever gave its password, so the lock does not tell a guesser that the
 * address exists, and guessing during the lock counts nothing. A wrong password or code counts; the fifth in a
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
  const passwordRight = await verify(row.password_hash, input.password);
  // Only whoever knows the password learns that the account is locked; to anyone else a locked
  // account answers as an unknown address or a wrong password does.
  if (row.status === 'locked') {
    throw new AppError(
      passwordRight ? identityErrors.org_account_locked : identityErrors.org_credentials_invalid,
    );
  }
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
  await auditOrgUser(
    trx,
    { kind: 'system' },
    {
      organisationId: row.organisation_id,
      action: 'org_user.locked',
      reason: `${MAX_FAILED_ATTEMPTS} failed sign-in attempts`,
    },
  );
  const lockKey = `org-user-locked:${row.id}:${now.getTime()}`;
  await mailOrgUser(trx, row, lockedMail(organisationName, MAX_FAILED_ATTEMPTS), `${lockKey}:user`);
  for (const manager of await store.managersOf(trx, row.organisation_id)) {
    if (manager.id === row.id) continue;
    await mailOrgUser(
      trx,
      manager,
      userLockedMail(organisationName, row, MAX_FAILED_ATTEMPTS),
      `${lockKey}:manager:${manager.id}`,
    );
  }
}
