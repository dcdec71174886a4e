import type { Generated } from 'kysely';

export type RunStatus = 'started' | 'in_progress' | 'finished' | 'abandoned';
export type ReportKind = 'deficiency' | 'error';
export type ReportStatus = 'received' | 'in_progress' | 'resolved' | 'rejected';

export interface ResidentTables {
  service_runs: {
    id: Generated<number>;
    public_id: string;
    person_id: number;
    service: 'bdas_info';
    sign_in_method: string;
    status: Generated<RunStatus>;
    started_at: Generated<Date>;
    terms_accepted_at: Date | null;
    finished_at: Date | null;
  };
  resident_reports: {
    id: Generated<number>;
    reference: string;
    kind: ReportKind;
    person_id: number;
    run_id: number | null;
    data_item: string | null;
    description: string;
    correct_value: string | null;
    contact_email: string | null;
    contact_phone: string | null;
    attachment_name: string | null;
    attachment_type: string | null;
    attachment_size: number | null;
    attachment_key_id: string | null;
    attachment_wrapped_key: Buffer | null;
    attachment_iv: Buffer | null;
    attachment_auth_tag: Buffer | null;
    attachment_ciphertext: Buffer | null;
    status: Generated<ReportStatus>;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  report_updates: {
    id: Generated<number>;
    report_id: number;
    status: ReportStatus;
    reply: string | null;
    staff_id: number | null;
    created_at: Generated<Date>;
  };
  /** A staff hold keeping one audit row from the person's "who used my data" page for a time. */
  audit_holds: {
    audit_event_id: number;
    hidden_until: string;
    reason: string;
    staff_id: number | null;
    created_at: Generated<Date>;
  };
}
