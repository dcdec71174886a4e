import { sql } from 'kysely';
import type { Db } from '../database.ts';
import type { StaffRole } from '../platform/http/auth.ts';

/** Queries on staff_users, nothing else; the rules are in staff-accounts.ts and staff-sign-in.ts. */

export interface StaffRow {
  id: number;
  name: string;
  email: string;
  role: StaffRole;
  password_hash: string;
  failed_attempts: number;
  locked_until: Date | null;
  totp_secret: Buffer | null;
  totp_last_step: number;
}

export async function insertStaff(
  db: Db,
  row: { name: string; email: string; role: StaffRole; passwordHash: string },
): Promise<number | undefined> {
  const inserted = await db
    .insertInto('staff_users')
    .values({
      name: row.name,
      email: row.email,
      role: row.role,
      password_hash: row.passwordHash,
      locked_until: null,
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function findStaffByEmail(db: Db, email: string): Promise<StaffRow | undefined> {
  return db
    .selectFrom('staff_users')
    .select([
      'id',
      'name',
      'email',
      'role',
      'password_hash',
      'failed_attempts',
      'locked_until',
      'totp_secret',
      'totp_last_step',
    ])
    .where('email', '=', email)
    .executeTakeFirst();
}

/** Gives a staff member a (new) sealed TOTP secret; the steps accepted so far stay refused. */
export async function setStaffTotpSecret(db: Db, id: number, sealed: Buffer): Promise<void> {
  await db.updateTable('staff_users').set({ totp_secret: sealed }).where('id', '=', id).execute();
}

/**
 * Counts a failure in one statement, so concurrent attempts cannot both slip under the limit;
 * the attempt that reaches it sets the lock and starts the count again for after it.
 */
export async function recordFailedAttempt(
  db: Db,
  id: number,
  limit: number,
  lockUntil: Date,
): Promise<{ locked_until: Date | null } | undefined> {
  return db
    .updateTable('staff_users')
    .set({
      failed_attempts: sql<number>`case when failed_attempts + 1 >= ${limit} then 0 else failed_attempts + 1 end`,
      locked_until: sql<Date | null>`case when failed_attempts + 1 >= ${limit} then ${lockUntil} else locked_until end`,
    })
    .where('id', '=', id)
    .returning('locked_until')
    .executeTakeFirst();
}

/**
 * Records a sign-in with the code's time step; false when a concurrent sign-in took that step
 * (or a later one) first, so one code signs in once.
 */
export async function recordSuccessfulSignIn(db: Db, id: number, step: number): Promise<boolean> {
  const updated = await db
    .updateTable('staff_users')
    .set({ failed_attempts: 0, locked_until: null, totp_last_step: step })
    .where('id', '=', id)
    .where('totp_last_step', '<', step)
    .executeTakeFirst();
  return updated.numUpdatedRows > 0n;
}

/** Where the register authority (PMLP) is told about organisations' connections and agreements. */
export async function pmlpOfficerEmails(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('staff_users')
    .select('email')
    .where('role', '=', 'pmlp_officer')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.email);
}
