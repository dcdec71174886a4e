import type { Generated } from 'kysely';
import type { Environment } from '../agreements/service.ts';

export type MonitoringEventType = 'change' | 'correction';

export interface MonitoringTables {
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
}
