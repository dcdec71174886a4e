import type { Generated } from 'kysely';
import type { Environment } from '../agreements/service.ts';

export type MonitoringEventType = 'change' | 'correction';

export type EntryEndReason = 'removed' | 'agreement_ended' | 'monitoring_ended' | 'death';

export interface MonitoringTables {
  monitoring_entries: {
    id: Generated<number>;
    organisation_id: number;
    environment: Environment;
    person_id: number;
    reference: string | null;
    purpose: string;
    /** 'user:<id>' or 'connection:<id>'. */
    added_by: string;
    added_at: Generated<Date>;
    /** Null: open without end; set: monitored until then (now or a moment ahead). */
    ends_at: Date | null;
    ended_by: string | null;
    end_reason: EntryEndReason | null;
  };
  monitoring_events: {
    organisation_id: number;
    environment: Environment;
    seq: number;
    id: string;
    type: MonitoringEventType;
    person_id: number;
    personal_code: string;
    reference: string | null;
    kind: string;
    scopes: string[];
    correction: Generated<boolean>;
    change_seq: number;
    occurred_at: Date;
    created_at: Generated<Date>;
  };
  /** One row: where the event producer stands in the change log (docs/decisions/0013). */
  monitoring_producer: {
    id: Generated<boolean>;
    /** xid8, as text. */
    last_xid: Generated<string>;
    last_seq: Generated<number>;
    produced_at: Date | null;
  };
  monitoring_sequences: {
    organisation_id: number;
    environment: Environment;
    last_seq: number;
  };
}

export type WebhookStatus = 'active' | 'disabled';
/** 'gone': the receiver answered 410; 'failing': five days without a 2xx. */
export type WebhookDisabledReason = 'gone' | 'failing';
/** 'address_refused': the host resolved to an address that is not public (docs/decisions/0022). */
export type WebhookErrorKind =
  'timeout' | 'connection' | 'reset' | 'redirect' | 'http_status' | 'abandoned' | 'address_refused';

export interface WebhookTables {
  monitoring_webhook_endpoints: {
    id: Generated<number>;
    connection_id: number;
    organisation_id: number;
    environment: Environment;
    url: string;
    status: Generated<WebhookStatus>;
    disabled_reason: WebhookDisabledReason | null;
    disabled_at: Date | null;
    delivered_seq: Generated<number>;
    failures: Generated<number>;
    failing_since: Date | null;
    next_attempt_at: Generated<Date>;
    lease_token: string | null;
    lease_until: Date | null;
    created_at: Generated<Date>;
  };
  monitoring_webhook_secrets: {
    id: Generated<number>;
    endpoint_id: number;
    sealed: Uint8Array;
    created_at: Generated<Date>;
    retires_at: Date | null;
    reveal_hash: Uint8Array | null;
    reveal_until: Date | null;
  };
  monitoring_webhook_resends: {
    id: Generated<number>;
    endpoint_id: number;
    seq: number;
    requested_by: string;
    requested_at: Generated<Date>;
    sent_at: Date | null;
  };
  monitoring_webhook_attempts: {
    id: string;
    endpoint_id: number;
    seq: number;
    resend_id: number | null;
    started_at: Date;
    finished_at: Date | null;
    status_code: number | null;
    error_kind: WebhookErrorKind | null;
    duration_ms: number | null;
    response_excerpt: string | null;
    succeeded: boolean | null;
  };
}
