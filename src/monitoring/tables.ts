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
