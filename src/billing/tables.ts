import type { Generated } from 'kysely';

export type UsageMetric = 'users' | 'monitored_persons';

export type MovementKind = 'deposit' | 'state_fee' | 'rebalance';

export interface LedgerTables {
  ledger_movements: {
    id: Generated<number>;
    organisation_id: number;
    kind: MovementKind;
    amount_cents: number;
    reference: string;
    idempotency_key: string | null;
    staff_id: number | null;
    created_at: Generated<Date>;
  };
  balance_slots: {
    organisation_id: number;
    slot: number;
    balance_cents: number;
  };
  slot_entries: {
    movement_id: number;
    organisation_id: number;
    slot: number;
    amount_cents: number;
  };
  billing_daily_usage: {
    organisation_id: number;
    environment: 'test' | 'production';
    metric: UsageMetric;
    /** A Riga day, YYYY-MM-DD. */
    day: string;
    peak: number;
    closing: number;
  };
}
