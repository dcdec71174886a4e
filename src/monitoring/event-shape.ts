import type { MonitoringTables } from './tables.ts';

type EventRow = MonitoringTables['monitoring_events'];

/**
 * An event as the pull feed lists it and a webhook delivers it: the same JSON both ways, so a
 * receiver can take events from either. `sequence` orders an organisation's events in one
 * environment; `id` is stable across redeliveries, for de-duplication.
 */
export interface MonitoringEventJson {
  id: string;
  sequence: number;
  type: EventRow['type'];
  environment: EventRow['environment'];
  personalCode: string;
  reference: string | null;
  kind: string;
  scopes: string[];
  correction: boolean;
  occurredAt: string;
}

export type StoredEvent = Pick<
  EventRow,
  | 'id'
  | 'seq'
  | 'type'
  | 'environment'
  | 'personal_code'
  | 'reference'
  | 'kind'
  | 'scopes'
  | 'occurred_at'
> & { correction: boolean };

/** The columns of `monitoring_events` a `StoredEvent` is read from, by the feed and by delivery. */
export const STORED_EVENT_COLUMNS = [
  'id',
  'seq',
  'type',
  'environment',
  'personal_code',
  'reference',
  'kind',
  'scopes',
  'correction',
  'occurred_at',
] as const;

export function eventJson(row: StoredEvent): MonitoringEventJson {
  return {
    id: row.id,
    sequence: row.seq,
    type: row.type,
    environment: row.environment,
    personalCode: row.personal_code,
    reference: row.reference,
    kind: row.kind,
    scopes: row.scopes,
    correction: row.correction,
    occurredAt: row.occurred_at.toISOString(),
  };
}
