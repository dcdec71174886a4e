import type { Generated } from 'kysely';

export type Environment = 'test' | 'production';
export type LegalForm = 'public' | 'private';
/** Which side of an agreement or request acted: the organisation, or the register authority. */
export type Side = 'organisation' | 'pmlp';
export type AgreementStatus = 'negotiating' | 'concluded' | 'superseded' | 'terminated';

export type TariffCode =
  | 'subscription_up_to_5_users'
  | 'subscription_extra_user'
  | 'monitoring_up_to_1000_persons'
  | 'monitoring_extra_1000_persons'
  | 'credentials_restore'
  | 'state_fee_per_person';

/** Organisations as parties, the agreements with them, and the tariffs the agreements quote. */
export interface AgreementTables {
  organisations: {
    id: Generated<number>;
    registration_number: string;
    name: string;
    legal_form: LegalForm;
    address: string;
    email: string;
    fee_exempt: boolean;
    confirmed_at: Date | null;
    low_balance_threshold_cents: Generated<number | null>;
    access_revision: Generated<number>;
    created_at: Generated<Date>;
  };
  organisation_contacts: {
    id: Generated<number>;
    organisation_id: number;
    name: string;
    email: string;
    phone: string | null;
    created_at: Generated<Date>;
  };
  fee_exemption_changes: {
    id: Generated<number>;
    organisation_id: number;
    fee_exempt: boolean;
    reason: string;
    staff_id: number | null;
    changed_at: Generated<Date>;
  };
  agreements: {
    id: Generated<number>;
    organisation_id: number;
    request_id: number | null;
    amends_agreement_id: number | null;
    reference: string;
    status: AgreementStatus;
    environments: Environment[];
    pdp_users: number;
    system_connections: number;
    monitoring: boolean;
    monitoring_persons: number | null;
    responsible_creates_users: Generated<boolean>;
    criteria_search: Generated<boolean>;
    valid_from: string;
    valid_until: string | null;
    concluded_version: number | null;
    concluded_at: Date | null;
    terminated_from: string | null;
    termination_reason: string | null;
    created_at: Generated<Date>;
  };
  agreement_grants: {
    agreement_id: number;
    scope: string;
    legal_basis_law: string;
    legal_basis_article: string;
    purpose: string;
  };
  agreement_versions: {
    agreement_id: number;
    number: number;
    body: string;
    side: Side;
    author_name: string;
    created_at: Generated<Date>;
  };
  agreement_comments: {
    id: Generated<number>;
    agreement_id: number;
    version: number;
    side: Side;
    author_name: string;
    body: string;
    created_at: Generated<Date>;
  };
  agreement_approvals: {
    agreement_id: number;
    version: number;
    side: Side;
    approver_name: string;
    approved_at: Generated<Date>;
  };
  tariffs: {
    id: Generated<number>;
    code: TariffCode;
    amount_cents: number;
    /** ISO date from which the price applies. */
    valid_from: string;
    reason: string;
    staff_id: number | null;
    created_at: Generated<Date>;
  };
}
