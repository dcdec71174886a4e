import type { Generated } from 'kysely';

export type TariffCode =
  | 'subscription_up_to_5_users'
  | 'subscription_extra_user'
  | 'monitoring_up_to_1000_persons'
  | 'monitoring_extra_1000_persons'
  | 'credentials_restore'
  | 'state_fee_per_person';

export interface BillingTables {
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
}
