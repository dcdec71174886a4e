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
