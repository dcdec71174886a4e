import type { Generated } from 'kysely';
import type { Environment, Side } from '../agreements/service.ts';

export type AccessRequestStatus = 'draft' | 'submitted' | 'clarification' | 'decided' | 'withdrawn';
export type ScopeDecision = 'pending' | 'approved' | 'refused';

/** Access requests with their scopes and events, and the working calendar's exceptions. */
export interface OnboardingTables {
  calendar_exceptions: {
    /** ISO date (YYYY-MM-DD); dates are read as strings. */
    day: string;
    kind: 'working_day' | 'holiday';
    note: string;
  };
  access_requests: {
    id: Generated<number>;
    organisation_id: number;
    reference: string | null;
    status: AccessRequestStatus;
    environments: Environment[];
    pdp_users: number;
    system_connections: number;
    monitoring: boolean;
    monitoring_persons: number | null;
    submitted_by: number | null;
    submitted_at: Date | null;
    deadline: string | null;
    decided_at: Date | null;
    created_at: Generated<Date>;
  };
  access_request_scopes: {
    request_id: number;
    scope: string;
    legal_basis_law: string;
    legal_basis_article: string;
    purpose: string;
    decision: Generated<ScopeDecision>;
    decision_reason: string | null;
    decided_by: number | null;
    decided_at: Date | null;
  };
  /** The last reference number given in each year (migration 0011). */
  access_request_numbers: {
    year: number;
    last_number: number;
  };
  access_request_events: {
    id: Generated<number>;
    request_id: number;
    kind:
      | 'submitted'
      | 'clarification_asked'
      | 'clarification_answered'
      | 'scope_decided'
      | 'decided'
      | 'withdrawn';
    side: Side;
    actor_name: string;
    body: string | null;
    deadline_after: string | null;
    occurred_at: Generated<Date>;
  };
}
