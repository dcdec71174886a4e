import type { Generated } from 'kysely';

/** The platform's own tables. */
export interface PlatformTables {
  audit_events: {
    id: Generated<number>;
    occurred_at: Generated<Date>;
    actor_type: string;
    actor_id: string;
    organisation_id: number | null;
    subject_person_id: number | null;
    action: string;
    scopes: Generated<string[]>;
    purpose: string | null;
    legal_basis: string | null;
    channel: string;
    environment: string | null;
    fee_cents: Generated<number>;
    fee_exempt: Generated<boolean>;
    reason: string | null;
    request_id: string | null;
  };
  audit_chain: {
    position: number;
    event_id: number;
    hash: Buffer;
    seal_id: number;
  };
  audit_seals: {
    id: Generated<number>;
    first_position: number;
    last_position: number;
    head_hash: Buffer;
    sealed_at: Date;
    signature: Buffer;
    /** RFC 6962 root of the batch's rows; null on seals made before roots (0018). */
    batch_root: Buffer | null;
  };
  audit_seal_state: {
    singleton: Generated<boolean>;
    sealed_below: number;
    pending_below: number | null;
    pending_xmax: string | null;
  };
  /** The log's RFC 6962 tree: each full subtree's hash (0021). */
  audit_tree_nodes: {
    level: number;
    idx: number;
    hash: Buffer;
  };
  /** Forms sent with a one-time token and where each led (0029): see http/form-submissions.ts. */
  form_submissions: {
    token: string;
    outcome: string | null;
    created_at: Generated<Date>;
    expires_at: Date;
  };
  /** Each signed head of the log's tree, as a C2SP checkpoint note (0021). */
  audit_checkpoints: {
    tree_size: number;
    root_hash: Buffer;
    signed_at: Date;
    note: string;
  };
}

export interface JobTables {
  jobs: {
    id: Generated<number>;
    kind: string;
    payload: unknown;
    dedupe_key: string | null;
    status: Generated<'pending' | 'done' | 'failed'>;
    run_at: Generated<Date>;
    locked_until: Date | null;
    attempts: Generated<number>;
    max_attempts: Generated<number>;
    last_error: string | null;
    created_at: Generated<Date>;
    finished_at: Date | null;
  };
}
