import type { Db } from '../database.ts';
import { appendAudit } from '../platform/audit/audit-log.ts';
import { AppError, type ErrorDefinition } from '../platform/errors.ts';
import { rigaDate, type Clock } from '../platform/time/riga.ts';
import { findPerson, findPersonById } from '../register/service.ts';
import { parseDay } from './data-use.ts';
import {
  deleteHold,
  provisionRowOf,
  provisionRows,
  staffViewAudit,
  upsertHold,
  type ProvisionRow,
} from './data-use-store.ts';
import { dataUseErrors } from './errors.ts';

/**
 * The register authority's side of "who used my data": an officer looks at a person's provision
 * rows only with a stated reason (audited), and may hold a row back from the person until a day,
 * for example while an investigation must not be tipped off. A hold is a row of its own in
 * `audit_holds`; the audit row is never changed, and setting or lifting a hold is audited too.
 */

export const STAFF_VIEW_ACTION = 'data_use.viewed_by_staff';
/** How long an opened view may be used for holds before the officer looks the person up again. */
export const STAFF_VIEW_MINUTES = 60;
/** Rows an officer's view shows, newest first. */
export const STAFF_VIEW_LIMIT = 500;

export interface StaffActorRef {
  staffId: number;
}

/**
 * Finds the person by code and records that this officer looks at their data use, and why.
 * Answers the view's id (its audit row), which the pages that follow carry.
 */
export async function openStaffView(
  trx: Db,
  clock: Clock,
  staff: StaffActorRef,
  input: { personalCode: string; reason: string },
  requestId: string,
): Promise<number> {
  const reason = input.reason.trim();
  // The code first: a malformed or unknown code is the first thing to correct.
  const person = await findPerson(trx, input.personalCode);
  if (reason === '') throw new AppError(dataUseErrors.view_reason_required);
  return appendAudit(trx, {
    actorType: 'staff',
    actorId: String(staff.staffId),
    subjectPersonId: person.id,
    action: STAFF_VIEW_ACTION,
    channel: 'backoffice',
    reason: reason.slice(0, 500),
    requestId,
    occurredAt: clock.now(),
  });
}

export interface StaffView {
  viewId: number;
  personId: number;
  personalCode: string;
  reason: string;
}

/** An opened view of this officer, still fresh; anyone else's, or an old one, is not found. */
export async function staffView(
  trx: Db,
  clock: Clock,
  staff: StaffActorRef,
  viewId: number,
): Promise<StaffView> {
  const row = await staffViewAudit(trx, viewId);
  const fresh = clock.now().getTime() - STAFF_VIEW_MINUTES * 60_000;
  if (
    row?.action !== STAFF_VIEW_ACTION ||
    row.actor_type !== 'staff' ||
    row.actor_id !== String(staff.staffId) ||
    row.subject_person_id === null ||
    row.occurred_at.getTime() < fresh
  ) {
    throw new AppError(dataUseErrors.staff_view_not_found);
  }
  const person = await findPersonById(trx, row.subject_person_id);
  return {
    viewId: row.id,
    personId: person.id,
    personalCode: person.personal_code,
    reason: row.reason ?? '',
  };
}

/** Every provision row of the view's person, both environments, held or not. */
export async function staffViewRows(trx: Db, view: StaffView): Promise<ProvisionRow[]> {
  return provisionRows(
    trx,
    { personId: view.personId, productionOnly: false, visibleOn: null, from: null, before: null },
    { limit: STAFF_VIEW_LIMIT, offset: 0 },
  );
}

/** One provision row of the view's person, or `audit_row_not_found`. */
export async function staffViewRow(
  trx: Db,
  view: StaffView,
  eventId: number,
): Promise<ProvisionRow> {
  const row = await provisionRowOf(trx, view.personId, eventId);
  if (row === undefined) throw new AppError(dataUseErrors.audit_row_not_found);
  return row;
}

export type HoldCheck =
  | { ok: true; hiddenUntil: string; reason: string }
  | { ok: false; errors: { field: 'hiddenUntil' | 'holdReason'; error: ErrorDefinition }[] };

/** The hold form: a day after today (Riga) and a reason. */
export function checkHold(
  input: { hiddenUntil: string; reason: string },
  today: string,
): HoldCheck {
  const errors: { field: 'hiddenUntil' | 'holdReason'; error: ErrorDefinition }[] = [];
  const day = parseDay(input.hiddenUntil);
  if (day === null) errors.push({ field: 'hiddenUntil', error: dataUseErrors.hold_date_invalid });
  else if (day <= today) errors.push({ field: 'hiddenUntil', error: dataUseErrors.hold_date_past });
  const reason = input.reason.trim();
  if (reason === '')
    errors.push({ field: 'holdReason', error: dataUseErrors.hold_reason_required });
  if (day === null || errors.length > 0) return { ok: false, errors };
  return { ok: true, hiddenUntil: day, reason: reason.slice(0, 500) };
}

/** Sets or changes the hold on one row of the view's person, and records it. */
export async function setHold(
  trx: Db,
  clock: Clock,
  staff: StaffActorRef,
  view: StaffView,
  hold: { eventId: number; hiddenUntil: string; reason: string },
  requestId: string,
): Promise<void> {
  if (hold.hiddenUntil <= rigaDate(clock.now())) throw new AppError(dataUseErrors.hold_date_past);
  await staffViewRow(trx, view, hold.eventId);
  await upsertHold(trx, {
    auditEventId: hold.eventId,
    hiddenUntil: hold.hiddenUntil,
    reason: hold.reason,
    staffId: staff.staffId,
  });
  await appendAudit(trx, {
    actorType: 'staff',
    actorId: String(staff.staffId),
    subjectPersonId: view.personId,
    action: 'audit.hold_set',
    channel: 'backoffice',
    reason: `${hold.eventId} ⟶ ${hold.hiddenUntil}: ${hold.reason}`,
    requestId,
    occurredAt: clock.now(),
  });
}

/** Lifts the hold on one row early: the person sees the row from now on. */
export async function liftHold(
  trx: Db,
  clock: Clock,
  staff: StaffActorRef,
  view: StaffView,
  eventId: number,
  requestId: string,
): Promise<void> {
  await staffViewRow(trx, view, eventId);
  if (!(await deleteHold(trx, eventId))) throw new AppError(dataUseErrors.hold_not_found);
  await appendAudit(trx, {
    actorType: 'staff',
    actorId: String(staff.staffId),
    subjectPersonId: view.personId,
    action: 'audit.hold_lifted',
    channel: 'backoffice',
    reason: String(eventId),
    requestId,
    occurredAt: clock.now(),
  });
}
