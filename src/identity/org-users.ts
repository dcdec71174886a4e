import type { Db } from '../database.ts';
import { findOrganisation, agreementsInForce, lockAgreementById } from '../agreements/service.ts';
import { appendAudit } from '../platform/audit/audit-log.ts';
import { AppError } from '../platform/errors.ts';
import { rigaDate, type Clock } from '../platform/time/riga.ts';
import { identityErrors } from './errors.ts';
import { assertManager } from './org-user-admin.ts';
import { mailOrgUser, userRequestMail, type UserRequestOutcome } from './org-user-mails.ts';
import {
  auditOrgUser,
  orgUserEmailTaken,
  validateNewUser,
  type OrgUserDeps,
} from './org-user-records.ts';
import { inviteOrgUser } from './org-user-setup.ts';
import * as store from './org-user-store.ts';

/**
 * Person Data Browser users: an organisation may have as many as its agreements in force allow.
 * The responsible user adds one at once where an agreement lets the organisation create users
 * itself; otherwise the request goes to PMLP, whose officers approve or refuse it.
 */

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
  const today = rigaDate(clock.now());
  // The agreements that set the limit are locked, in one order, before counting: two additions
  // or approvals at once take turns, so the second counts the first (as connections do).
  const inForce = await agreementsInForce(trx, organisationId, today);
  for (const id of inForce.map((a) => a.agreementId).sort((a, b) => a - b)) {
    await lockAgreementById(trx, id);
  }
  const agreements = await agreementsInForce(trx, organisationId, today);
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
  await auditOrgUser(trx, orgActor, {
    organisationId: actor.organisationId,
    action: 'org_user.requested',
  });
  const requester = await store.findOrgUserById(trx, actor.orgUserId);
  if (requester !== undefined) {
    await mailOrgUser(
      trx,
      requester,
      userRequestMail(`${name} (${email})`, { kind: 'received' }),
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
  await mailRequester(trx, request, { kind: 'approved' });
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
  await mailRequester(trx, request, { kind: 'refused', reason: why });
}

async function mailRequester(
  trx: Db,
  request: store.OrgUserRequestRow,
  outcome: UserRequestOutcome,
): Promise<void> {
  const requester = await store.findOrgUserById(trx, request.requested_by);
  if (requester === undefined) return;
  await mailOrgUser(
    trx,
    requester,
    userRequestMail(`${request.name} (${request.email})`, outcome),
    `org-user-request:${request.id}:${outcome.kind}`,
  );
}
