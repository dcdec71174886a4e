import { organisationNotice, type Environment } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { appendAudit } from '../platform/audit/audit-log.ts';
import { AppError } from '../platform/errors.ts';
import { enqueueMail } from '../platform/mail/outbox-mail.ts';
import { rigaDate } from '../platform/time/riga.ts';
import { loadWorkingCalendar } from './calendar-store.ts';
import { requestErrors } from './request-errors.ts';
import { clarificationMail, decisionMail } from './texts/request-mails.ts';
import * as store from './request-store.ts';
import { buildRequestView, isOpen, type RequestView } from './request-view.ts';
import { isDataScope, type DataScope } from './scope-names.ts';
import { weekOf } from './working-days.ts';

/**
 * The register authority's side: the queue by deadline, questions that stop the clock, and a
 * decision per data scope; the request is decided when its last scope is.
 */

export interface StaffActor {
  staffId: number;
  name: string;
}

export type QueueFilter = 'all' | 'overdue' | 'due_this_week';

export interface QueueItem extends store.QueueRow {
  workingDaysLeft: number;
}

export async function reviewQueue(db: Db, filter: QueueFilter, now: Date): Promise<QueueItem[]> {
  const today = rigaDate(now);
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10);
  const range =
    filter === 'overdue'
      ? { deadlineTo: yesterday }
      : filter === 'due_this_week'
        ? { deadlineFrom: today, deadlineTo: weekOf(today).sunday }
        : {};
  const [rows, calendar] = await Promise.all([
    store.openRequests(db, range),
    loadWorkingCalendar(db),
  ]);
  return rows.map((r) => ({
    ...r,
    workingDaysLeft: calendar.workingDaysBetween(today, r.deadline),
  }));
}

/** A submitted request by its reference; drafts are the organisation's own business. */
async function submittedRequest(db: Db, reference: string, forUpdate = false) {
  const id = await store.findIdByReference(db, reference);
  const row = id === undefined ? undefined : await store.findRequest(db, id, { forUpdate });
  if (row === undefined || row.status === 'draft' || row.reference === null) {
    throw new AppError(requestErrors.request_not_found);
  }
  return { ...row, reference: row.reference };
}

export async function requestForStaff(db: Db, reference: string, now: Date): Promise<RequestView> {
  const row = await submittedRequest(db, reference);
  return buildRequestView(db, row, rigaDate(now), await loadWorkingCalendar(db));
}

/** Asks the organisation to clarify; the deadline waits until the answer. */
export async function askClarification(
  trx: Db,
  staff: StaffActor,
  reference: string,
  question: string,
  context: { now: Date; publicUrl: string; httpRequestId: string },
): Promise<void> {
  const row = await submittedRequest(trx, reference, true);
  if (row.status === 'clarification') {
    throw new AppError(requestErrors.request_awaiting_clarification);
  }
  if (!isOpen(row.status)) throw new AppError(requestErrors.request_closed);
  await store.updateRequest(trx, row.id, { status: 'clarification' });
  const eventId = await store.insertEvent(trx, {
    requestId: row.id,
    kind: 'clarification_asked',
    side: 'pmlp',
    actorName: staff.name,
    body: question,
    deadlineAfter: row.deadline,
    at: context.now,
  });
  await appendAudit(trx, {
    actorType: 'staff',
    actorId: String(staff.staffId),
    organisationId: row.organisation_id,
    subjectPersonId: null,
    action: 'access_request.clarification_asked',
    channel: 'backoffice',
    requestId: context.httpRequestId,
  });
  const organisation = await organisationNotice(trx, row.organisation_id);
  const mail = clarificationMail(
    { id: row.id, reference: row.reference },
    question,
    context.publicUrl,
  );
  for (const to of organisation.recipients) {
    await enqueueMail(
      trx,
      { to, subject: mail.subject, text: mail.text, reference: row.reference },
      { dedupeKey: `access-request-event-${eventId}-${to}` },
    );
  }
}

/**
 * Approves or refuses one scope with its reason. A scope is decided once. When no scope is left
 * pending the request is decided, and the organisation gets every scope's outcome in one mail.
 */
export async function decideScope(
  trx: Db,
  staff: StaffActor,
  reference: string,
  decision: { scope: string; decision: 'approved' | 'refused'; reason: string },
  context: { now: Date; publicUrl: string; httpRequestId: string },
): Promise<{ requestDecided: boolean }> {
  const row = await submittedRequest(trx, reference, true);
  const scopes = await store.scopesOf(trx, row.id);
  const asked = scopes.find((s) => s.scope === decision.scope);
  if (asked === undefined) throw new AppError(requestErrors.scope_not_requested);
  if (asked.decision !== 'pending') throw new AppError(requestErrors.scope_already_decided);
  if (row.status === 'clarification') {
    throw new AppError(requestErrors.request_awaiting_clarification);
  }
  if (!isOpen(row.status)) throw new AppError(requestErrors.request_closed);
  const recorded = await store.decideScopeRow(trx, row.id, decision.scope, {
    decision: decision.decision,
    reason: decision.reason,
    staffId: staff.staffId,
    at: context.now,
  });
  if (!recorded) throw new AppError(requestErrors.scope_already_decided);
  await store.insertEvent(trx, {
    requestId: row.id,
    kind: 'scope_decided',
    side: 'pmlp',
    actorName: staff.name,
    body: `${decision.scope}: ${decision.decision}. ${decision.reason}`,
    deadlineAfter: row.deadline,
    at: context.now,
  });
  await appendAudit(trx, {
    actorType: 'staff',
    actorId: String(staff.staffId),
    organisationId: row.organisation_id,
    subjectPersonId: null,
    action: `access_request.scope_${decision.decision}`,
    scopes: [decision.scope],
    reason: decision.reason,
    channel: 'backoffice',
    requestId: context.httpRequestId,
  });
  const after = await store.scopesOf(trx, row.id);
  if (after.some((s) => s.decision === 'pending')) return { requestDecided: false };
  await store.updateRequest(trx, row.id, { status: 'decided', decided_at: context.now });
  const eventId = await store.insertEvent(trx, {
    requestId: row.id,
    kind: 'decided',
    side: 'pmlp',
    actorName: staff.name,
    body: null,
    deadlineAfter: row.deadline,
    at: context.now,
  });
  const outcomes = after
    .filter((s): s is store.ScopeRow & { scope: DataScope } => isDataScope(s.scope))
    .map((s) => ({
      scope: s.scope,
      decision: s.decision === 'approved' ? ('approved' as const) : ('refused' as const),
      reason: s.decision_reason ?? '',
    }));
  const organisation = await organisationNotice(trx, row.organisation_id);
  const mail = decisionMail({ id: row.id, reference: row.reference }, outcomes, context.publicUrl);
  for (const to of organisation.recipients) {
    await enqueueMail(
      trx,
      { to, subject: mail.subject, text: mail.text, reference: row.reference },
      { dedupeKey: `access-request-event-${eventId}-${to}` },
    );
  }
  return { requestDecided: true };
}

export interface ApprovedScope {
  scope: DataScope;
  legalBasisLaw: string;
  legalBasisArticle: string;
  purpose: string;
}

export interface DecidedRequest {
  id: number;
  organisationId: number;
  reference: string;
  decidedAt: Date;
  environments: Environment[];
  pdpUsers: number;
  systemConnections: number;
  monitoring: boolean;
  monitoringPersons: number | null;
  /** Only the approved scopes: what an agreement may grant. Empty when every scope was refused. */
  approvedScopes: ApprovedScope[];
}

/** For the agreement step: a decided request's approved scopes and numbers; null otherwise. */
export async function findDecidedRequest(db: Db, id: number): Promise<DecidedRequest | null> {
  const row = await store.findRequest(db, id);
  if (row?.status !== 'decided' || row.reference === null || row.decided_at === null) return null;
  const scopes = await store.scopesOf(db, id);
  return {
    id: row.id,
    organisationId: row.organisation_id,
    reference: row.reference,
    decidedAt: row.decided_at,
    environments: row.environments,
    pdpUsers: row.pdp_users,
    systemConnections: row.system_connections,
    monitoring: row.monitoring,
    monitoringPersons: row.monitoring_persons,
    approvedScopes: scopes
      .filter((s): s is store.ScopeRow & { scope: DataScope } => isDataScope(s.scope))
      .filter((s) => s.decision === 'approved')
      .map((s) => ({
        scope: s.scope,
        legalBasisLaw: s.legal_basis_law,
        legalBasisArticle: s.legal_basis_article,
        purpose: s.purpose,
      })),
  };
}
