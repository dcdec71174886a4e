import { organisationNotice } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { appendAudit } from '../platform/audit/audit-log.ts';
import { AppError } from '../platform/errors.ts';
import { enqueueMail } from '../platform/mail/outbox-mail.ts';
import { rigaDate } from '../platform/time/riga.ts';
import { loadWorkingCalendar } from './calendar-store.ts';
import { requestErrors } from './request-errors.ts';
import type { RequestDraft } from './request-form.ts';
import { receiptMail } from './texts/request-mails.ts';
import * as store from './request-store.ts';
import { buildRequestView, daysLeft, type RequestView } from './request-view.ts';

/**
 * The organisation's side of a motivated request (step 1 of the service): a draft kept until the
 * representative submits it, the 30-working-day deadline set on submission, and the answer to a
 * clarification, which moves the deadline by the working days the request waited.
 */

/** Working days the register authority has to answer (Administrative Procedure Law). */
export const ANSWER_WORKING_DAYS = 30;

export interface OrgActor {
  orgUserId: number;
  organisationId: number;
  name: string;
}

/** The organisation's own request; another organisation's is "not found", never "forbidden". */
async function ownRequest(
  db: Db,
  organisationId: number,
  requestId: number,
  forUpdate = false,
): Promise<store.RequestRow> {
  const row = await store.findRequest(db, requestId, { forUpdate });
  if (row?.organisation_id !== organisationId) throw new AppError(requestErrors.request_not_found);
  return row;
}

/** Saves a new draft, or rewrites the organisation's own draft. Answers the request's id. */
export async function saveDraft(
  trx: Db,
  actor: OrgActor,
  draft: RequestDraft,
  now: Date,
  requestId?: number,
): Promise<number> {
  if (requestId === undefined) return store.insertDraft(trx, actor.organisationId, draft, now);
  const row = await ownRequest(trx, actor.organisationId, requestId, true);
  if (row.status !== 'draft' || !(await store.replaceDraft(trx, row.id, draft))) {
    throw new AppError(requestErrors.request_not_draft);
  }
  return row.id;
}

const reference = (year: number, n: number) => `PP-${year}-${String(n).padStart(6, '0')}`;

/**
 * Submits a draft: the reference of the year, the deadline 30 working days after the Riga date
 * of submission (the count starts the next day), the event, the audit row, and the receipts to
 * the organisation's notice address and to the submitter, all in the caller's transaction.
 */
export async function submitRequest(
  trx: Db,
  actor: OrgActor,
  requestId: number,
  context: { now: Date; publicUrl: string; httpRequestId: string; channel: 'browser' | 'api' },
): Promise<{ reference: string; deadline: string }> {
  const row = await ownRequest(trx, actor.organisationId, requestId, true);
  if (row.status !== 'draft') throw new AppError(requestErrors.request_not_draft);
  const today = rigaDate(context.now);
  const calendar = await loadWorkingCalendar(trx);
  const deadline = calendar.addWorkingDays(today, ANSWER_WORKING_DAYS);
  const number = await store.nextReferenceNumber(trx, Number(today.slice(0, 4)));
  const ref = reference(Number(today.slice(0, 4)), number);
  const marked = await store.markSubmitted(trx, row.id, {
    reference: ref,
    submittedBy: actor.orgUserId,
    submittedAt: context.now,
    deadline,
  });
  if (!marked) throw new AppError(requestErrors.request_not_draft);
  await store.insertEvent(trx, {
    requestId: row.id,
    kind: 'submitted',
    side: 'organisation',
    actorName: actor.name,
    body: null,
    deadlineAfter: deadline,
    at: context.now,
  });
  const scopes = await store.scopesOf(trx, row.id);
  await appendAudit(trx, {
    actorType: 'org_user',
    actorId: String(actor.orgUserId),
    organisationId: actor.organisationId,
    subjectPersonId: null,
    action: 'access_request.submitted',
    scopes: scopes.map((s) => s.scope),
    channel: context.channel,
    requestId: context.httpRequestId,
  });
  const organisation = await organisationNotice(trx, actor.organisationId);
  const view = await buildRequestView(trx, { ...row, reference: ref, deadline }, today, calendar);
  const mail = receiptMail(
    { id: row.id, reference: ref, deadline, organisationName: organisation.name },
    view.scopes.map((s) => s.scope),
    context.publicUrl,
  );
  const submitter = await store.orgUserEmail(trx, actor.orgUserId);
  const recipients = [
    ...new Set([...organisation.recipients, submitter].filter((e) => e !== null)),
  ];
  for (const to of recipients) {
    await enqueueMail(
      trx,
      { to, subject: mail.subject, text: mail.text, reference: ref },
      { dedupeKey: `access-request-receipt-${row.id}-${to}` },
    );
  }
  return { reference: ref, deadline };
}

/**
 * The organisation's answer to staff's question: the request is worked on again, and its deadline
 * moves later by the working days it waited (asked, answered], recorded on the event.
 */
export async function answerClarification(
  trx: Db,
  actor: OrgActor,
  requestId: number,
  answer: string,
  context: { now: Date; httpRequestId: string; channel: 'browser' | 'api' },
): Promise<{ deadline: string; waitedWorkingDays: number }> {
  const row = await ownRequest(trx, actor.organisationId, requestId, true);
  if (row.status !== 'clarification' || row.deadline === null) {
    throw new AppError(requestErrors.request_not_awaiting_answer);
  }
  const events = await store.eventsOf(trx, row.id);
  const asked = [...events].reverse().find((e) => e.kind === 'clarification_asked');
  if (asked === undefined) throw new AppError(requestErrors.request_not_awaiting_answer);
  const calendar = await loadWorkingCalendar(trx);
  const waited = Math.max(
    0,
    calendar.workingDaysBetween(rigaDate(asked.occurred_at), rigaDate(context.now)),
  );
  const deadline = calendar.addWorkingDays(row.deadline, waited);
  await store.updateRequest(trx, row.id, { status: 'submitted', deadline });
  await store.insertEvent(trx, {
    requestId: row.id,
    kind: 'clarification_answered',
    side: 'organisation',
    actorName: actor.name,
    body: answer,
    deadlineAfter: deadline,
    at: context.now,
  });
  await appendAudit(trx, {
    actorType: 'org_user',
    actorId: String(actor.orgUserId),
    organisationId: actor.organisationId,
    subjectPersonId: null,
    action: 'access_request.clarification_answered',
    channel: context.channel,
    requestId: context.httpRequestId,
  });
  return { deadline, waitedWorkingDays: waited };
}

/** One of the organisation's requests, with its scopes, decisions and events. */
export async function requestForOrganisation(
  db: Db,
  organisationId: number,
  requestId: number,
  now: Date,
): Promise<RequestView> {
  const row = await ownRequest(db, organisationId, requestId);
  return buildRequestView(db, row, rigaDate(now), await loadWorkingCalendar(db));
}

/** The id of the organisation's request with this reference, or of its draft with this id. */
export async function requestIdOf(db: Db, organisationId: number, key: string): Promise<number> {
  const id = /^\d+$/.test(key) ? Number(key) : await store.findIdByReference(db, key);
  if (id === undefined || !Number.isSafeInteger(id)) {
    throw new AppError(requestErrors.request_not_found);
  }
  return (await ownRequest(db, organisationId, id)).id;
}

export interface RequestListItem {
  id: number;
  reference: string | null;
  status: store.RequestRow['status'];
  createdAt: Date;
  submittedAt: Date | null;
  deadline: string | null;
  workingDaysLeft: number | null;
}

export async function requestsOfOrganisation(
  db: Db,
  organisationId: number,
  now: Date,
): Promise<RequestListItem[]> {
  const [rows, calendar] = await Promise.all([
    store.requestsOfOrganisation(db, organisationId),
    loadWorkingCalendar(db),
  ]);
  const today = rigaDate(now);
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    status: r.status,
    createdAt: r.created_at,
    submittedAt: r.submitted_at,
    deadline: r.deadline,
    workingDaysLeft: daysLeft(r, today, calendar),
  }));
}
