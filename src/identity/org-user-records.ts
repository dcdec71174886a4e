import type { Db } from '../database.ts';
import { appendAudit, type AuditEntry } from '../platform/audit/audit-log.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import { AppError } from '../platform/errors.ts';
import type { OrgUserRole } from '../platform/http/auth.ts';
import { isMailAddress } from '../platform/mail/message.ts';
import type { Clock } from '../platform/time/riga.ts';
import { identityErrors } from './errors.ts';
import * as store from './org-user-store.ts';
import { normaliseEmail } from './staff-accounts.ts';
import type { OrgUserStatus } from './tables.ts';

/**
 * Organisation users: invited by e-mail with a one-time set-up link (org-user-setup.ts), signed
 * in with a password and a TOTP code, locked after five wrong attempts until someone unblocks
 * them (org-user-sign-in.ts, org-user-admin.ts), disabled when they leave. This file holds what
 * a user is, reading users, and what every way of adding or changing one shares.
 */

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

export function toOrgUser(row: store.OrgUserRow): OrgUser {
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

function auditOf(actor: OrgUserActor, channel: 'browser' | 'backoffice') {
  return actor.kind === 'staff'
    ? {
        actorType: 'staff' as const,
        actorId: String(actor.staffId),
        channel: 'backoffice' as const,
      }
    : { actorType: 'org_user' as const, actorId: String(actor.orgUserId), channel };
}

/** An audit row of a step on users; staff act from the back office, the system at sign-in. */
export async function auditOrgUser(
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

export async function listOrgUsers(db: Db, organisationId: number): Promise<OrgUser[]> {
  return (await store.listUsersOf(db, organisationId)).map(toOrgUser);
}

export async function findOrgUser(db: Db, id: number): Promise<OrgUser | null> {
  const row = await store.findOrgUserById(db, id);
  return row === undefined ? null : toOrgUser(row);
}
