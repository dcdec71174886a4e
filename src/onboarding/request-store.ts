import type { Side } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import type { RequestDraft } from './request-form.ts';
import type { AccessRequestStatus, OnboardingTables, ScopeDecision } from './tables.ts';

/** Kysely queries on access requests, their scopes and events; no rules here. */

export type RequestRow = Omit<OnboardingTables['access_requests'], 'id' | 'created_at'> & {
  id: number;
  created_at: Date;
};
export type EventKind = OnboardingTables['access_request_events']['kind'];

export interface ScopeRow {
  scope: string;
  legal_basis_law: string;
  legal_basis_article: string;
  purpose: string;
  decision: ScopeDecision;
  decision_reason: string | null;
  decided_at: Date | null;
}

export interface EventRow {
  id: number;
  kind: EventKind;
  side: Side;
  actor_name: string;
  body: string | null;
  deadline_after: string | null;
  occurred_at: Date;
}

const REQUEST_COLUMNS = [
  'id',
  'organisation_id',
  'reference',
  'status',
  'environments',
  'pdp_users',
  'system_connections',
  'monitoring',
  'monitoring_persons',
  'submitted_by',
  'submitted_at',
  'deadline',
  'decided_at',
  'created_at',
] as const;

export async function insertDraft(
  trx: Db,
  organisationId: number,
  draft: RequestDraft,
  now: Date,
): Promise<number> {
  const row = await trx
    .insertInto('access_requests')
    .values({
      organisation_id: organisationId,
      reference: null,
      status: 'draft',
      environments: draft.environments,
      pdp_users: draft.pdpUsers,
      system_connections: draft.systemConnections,
      monitoring: draft.monitoring,
      monitoring_persons: draft.monitoringPersons,
      submitted_by: null,
      submitted_at: null,
      deadline: null,
      decided_at: null,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertScopes(trx, row.id, draft);
  return row.id;
}

async function insertScopes(trx: Db, requestId: number, draft: RequestDraft): Promise<void> {
  await trx
    .insertInto('access_request_scopes')
    .values(
      draft.scopes.map((s) => ({
        request_id: requestId,
        scope: s.scope,
        legal_basis_law: s.law,
        legal_basis_article: s.article,
        purpose: s.purpose,
        decision_reason: null,
        decided_by: null,
        decided_at: null,
      })),
    )
    .execute();
}

/** Rewrites a draft whole; false when it is no longer a draft. */
export async function replaceDraft(trx: Db, id: number, draft: RequestDraft): Promise<boolean> {
  const updated = await trx
    .updateTable('access_requests')
    .set({
      environments: draft.environments,
      pdp_users: draft.pdpUsers,
      system_connections: draft.systemConnections,
      monitoring: draft.monitoring,
      monitoring_persons: draft.monitoringPersons,
    })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .returning('id')
    .executeTakeFirst();
  if (updated === undefined) return false;
  await trx.deleteFrom('access_request_scopes').where('request_id', '=', id).execute();
  await insertScopes(trx, id, draft);
  return true;
}

/** The request, locked for the rest of the transaction when `forUpdate`. */
export async function findRequest(
  db: Db,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<RequestRow | undefined> {
  let query = db.selectFrom('access_requests').select(REQUEST_COLUMNS).where('id', '=', id);
  if (options.forUpdate === true) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findIdByReference(db: Db, reference: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('access_requests')
    .select('id')
    .where('reference', '=', reference)
    .executeTakeFirst();
  return row?.id;
}

export async function scopesOf(db: Db, requestId: number): Promise<ScopeRow[]> {
  return db
    .selectFrom('access_request_scopes')
    .select([
      'scope',
      'legal_basis_law',
      'legal_basis_article',
      'purpose',
      'decision',
      'decision_reason',
      'decided_at',
    ])
    .where('request_id', '=', requestId)
    .execute();
}

export async function eventsOf(db: Db, requestId: number): Promise<EventRow[]> {
  return db
    .selectFrom('access_request_events')
    .select(['id', 'kind', 'side', 'actor_name', 'body', 'deadline_after', 'occurred_at'])
    .where('request_id', '=', requestId)
    .orderBy('id')
    .execute();
}

export async function requestsOfOrganisation(
  db: Db,
  organisationId: number,
): Promise<RequestRow[]> {
  return db
    .selectFrom('access_requests')
    .select(REQUEST_COLUMNS)
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export interface QueueRow {
  reference: string;
  status: AccessRequestStatus;
  deadline: string;
  submitted_at: Date;
  organisation_name: string;
  pending_scopes: number;
}

/** Open requests (submitted, or waiting for clarification), the nearest deadline first. */
export async function openRequests(
  db: Db,
  range: { deadlineFrom?: string; deadlineTo?: string } = {},
): Promise<QueueRow[]> {
  let query = db
    .selectFrom('access_requests as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select((eb) => [
      'r.reference',
      'r.status',
      'r.deadline',
      'r.submitted_at',
      'o.name as organisation_name',
      eb
        .selectFrom('access_request_scopes as s')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('s.request_id', '=', 'r.id')
        .where('s.decision', '=', 'pending')
        .as('pending_scopes'),
    ])
    .where('r.status', 'in', ['submitted', 'clarification']);
  if (range.deadlineFrom !== undefined) query = query.where('r.deadline', '>=', range.deadlineFrom);
  if (range.deadlineTo !== undefined) query = query.where('r.deadline', '<=', range.deadlineTo);
  const rows = await query.orderBy('r.deadline').orderBy('r.id').execute();
  return rows.map((r) => ({
    reference: r.reference ?? '',
    status: r.status,
    deadline: r.deadline ?? '',
    submitted_at: r.submitted_at ?? new Date(0),
    organisation_name: r.organisation_name,
    pending_scopes: r.pending_scopes ?? 0,
  }));
}

/** The next number of the year, taken atomically; the row is locked until commit. */
export async function nextReferenceNumber(trx: Db, year: number): Promise<number> {
  const row = await trx
    .insertInto('access_request_numbers')
    .values({ year, last_number: 1 })
    .onConflict((oc) =>
      oc
        .column('year')
        .doUpdateSet((eb) => ({ last_number: eb('access_request_numbers.last_number', '+', 1) })),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return row.last_number;
}

export async function markSubmitted(
  trx: Db,
  id: number,
  values: { reference: string; submittedBy: number; submittedAt: Date; deadline: string },
): Promise<boolean> {
  const row = await trx
    .updateTable('access_requests')
    .set({
      status: 'submitted',
      reference: values.reference,
      submitted_by: values.submittedBy,
      submitted_at: values.submittedAt,
      deadline: values.deadline,
    })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function updateRequest(
  trx: Db,
  id: number,
  values: { status?: AccessRequestStatus; deadline?: string; decided_at?: Date },
): Promise<void> {
  await trx.updateTable('access_requests').set(values).where('id', '=', id).execute();
}

export async function insertEvent(
  trx: Db,
  event: {
    requestId: number;
    kind: EventKind;
    side: Side;
    actorName: string;
    body: string | null;
    deadlineAfter: string | null;
    at: Date;
  },
): Promise<number> {
  const row = await trx
    .insertInto('access_request_events')
    .values({
      request_id: event.requestId,
      kind: event.kind,
      side: event.side,
      actor_name: event.actorName,
      body: event.body,
      deadline_after: event.deadlineAfter,
      occurred_at: event.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Records a decision on a pending scope; false when it was decided already. */
export async function decideScopeRow(
  trx: Db,
  requestId: number,
  scope: string,
  decision: { decision: 'approved' | 'refused'; reason: string; staffId: number; at: Date },
): Promise<boolean> {
  const row = await trx
    .updateTable('access_request_scopes')
    .set({
      decision: decision.decision,
      decision_reason: decision.reason,
      decided_by: decision.staffId,
      decided_at: decision.at,
    })
    .where('request_id', '=', requestId)
    .where('scope', '=', scope)
    .where('decision', '=', 'pending')
    .returning('scope')
    .executeTakeFirst();
  return row !== undefined;
}

export async function orgUserEmail(db: Db, orgUserId: number): Promise<string | null> {
  const row = await db
    .selectFrom('org_users')
    .select('email')
    .where('id', '=', orgUserId)
    .executeTakeFirst();
  return row?.email ?? null;
}
