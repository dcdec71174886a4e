import { organisationNotice, type Environment, type Side } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { DATA_SCOPES, isDataScope, type DataScope } from './scope-names.ts';
import * as store from './request-store.ts';
import type { RequestDraft } from './request-form.ts';
import type { AccessRequestStatus, ScopeDecision } from './tables.ts';
import type { WorkingCalendar } from './working-days.ts';

/** A request as both sides see it, in the names the pages and the API use. */

export interface ScopeView {
  scope: DataScope;
  legalBasisLaw: string;
  legalBasisArticle: string;
  purpose: string;
  decision: ScopeDecision;
  decisionReason: string | null;
  decidedAt: Date | null;
}

export interface EventView {
  kind: store.EventKind;
  side: Side;
  actorName: string;
  body: string | null;
  deadlineAfter: string | null;
  occurredAt: Date;
}

export interface RequestView {
  id: number;
  organisationId: number;
  organisationName: string;
  reference: string | null;
  status: AccessRequestStatus;
  environments: Environment[];
  pdpUsers: number;
  systemConnections: number;
  monitoring: boolean;
  monitoringPersons: number | null;
  createdAt: Date;
  submittedAt: Date | null;
  deadline: string | null;
  decidedAt: Date | null;
  /** Working days from today to the deadline (0: due today, negative: overdue); null when closed. */
  workingDaysLeft: number | null;
  scopes: ScopeView[];
  events: EventView[];
  /** The question staff asked, while the request waits for the organisation's answer. */
  openQuestion: EventView | null;
}

const SCOPE_ORDER = (scope: DataScope): number => DATA_SCOPES.indexOf(scope);

export const isOpen = (status: AccessRequestStatus): boolean =>
  status === 'submitted' || status === 'clarification';

export function daysLeft(
  row: { status: AccessRequestStatus; deadline: string | null },
  today: string,
  calendar: WorkingCalendar,
): number | null {
  if (!isOpen(row.status) || row.deadline === null) return null;
  return calendar.workingDaysBetween(today, row.deadline);
}

export async function buildRequestView(
  db: Db,
  row: store.RequestRow,
  today: string,
  calendar: WorkingCalendar,
): Promise<RequestView> {
  const [scopes, events, organisation] = await Promise.all([
    store.scopesOf(db, row.id),
    store.eventsOf(db, row.id),
    organisationNotice(db, row.organisation_id),
  ]);
  const eventViews: EventView[] = events.map((e) => ({
    kind: e.kind,
    side: e.side,
    actorName: e.actor_name,
    body: e.body,
    deadlineAfter: e.deadline_after,
    occurredAt: e.occurred_at,
  }));
  const lastAsked = [...eventViews].reverse().find((e) => e.kind === 'clarification_asked');
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: organisation.name,
    reference: row.reference,
    status: row.status,
    environments: row.environments,
    pdpUsers: row.pdp_users,
    systemConnections: row.system_connections,
    monitoring: row.monitoring,
    monitoringPersons: row.monitoring_persons,
    createdAt: row.created_at,
    submittedAt: row.submitted_at,
    deadline: row.deadline,
    decidedAt: row.decided_at,
    workingDaysLeft: daysLeft(row, today, calendar),
    scopes: scopes
      .filter((s): s is store.ScopeRow & { scope: DataScope } => isDataScope(s.scope))
      .map((s) => ({
        scope: s.scope,
        legalBasisLaw: s.legal_basis_law,
        legalBasisArticle: s.legal_basis_article,
        purpose: s.purpose,
        decision: s.decision,
        decisionReason: s.decision_reason,
        decidedAt: s.decided_at,
      }))
      .sort((a, b) => SCOPE_ORDER(a.scope) - SCOPE_ORDER(b.scope)),
    events: eventViews,
    openQuestion: row.status === 'clarification' ? (lastAsked ?? null) : null,
  };
}

/** A stored request as the form's draft, for editing. */
export function viewAsDraft(view: RequestView): RequestDraft {
  return {
    scopes: view.scopes.map((s) => ({
      scope: s.scope,
      law: s.legalBasisLaw,
      article: s.legalBasisArticle,
      purpose: s.purpose,
    })),
    environments: view.environments,
    pdpUsers: view.pdpUsers,
    systemConnections: view.systemConnections,
    monitoring: view.monitoring,
    monitoringPersons: view.monitoringPersons,
  };
}
