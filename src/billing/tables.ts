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

export type InvoiceKind = 'invoice' | 'credit_note';
export type InvoiceStatus = 'unpaid' | 'paid';
export type InvoiceLineType = 'subscription' | 'monitoring';

/** Monthly invoices, their lines, the yearly number series, VAT rates and the monthly runs. */
export interface InvoiceTables {
  vat_rates: {
    rate_percent: number;
    valid_from: string;
    reason: string;
  };
  invoice_number_series: {
    year: number;
    last: number;
  };
  invoices: {
    id: Generated<number>;
    number: string;
    year: number;
    kind: InvoiceKind;
    corrects_invoice_id: number | null;
    organisation_id: number;
    /** YYYY-MM. */
    month: string;
    issued_on: string;
    due_on: string;
    status: Generated<InvoiceStatus>;
    paid_on: string | null;
    paid_reference: string | null;
    paid_by_staff_id: number | null;
    net_cents: number;
    vat_cents: number;
    total_cents: number;
    /** The InvoiceDocument, as JSON (jsonb). */
    document: string;
    credited: Generated<boolean>;
    created_at: Generated<Date>;
  };
  invoice_lines: {
    invoice_id: number;
    position: number;
    type: InvoiceLineType;
    environment: 'test' | 'production';
    first_day: string;
    last_day: string;
    quantity: number;
    unit_price_cents: number;
    amount_cents: number;
    net_cents: number;
    vat_cents: number;
    vat_rate_percent: number;
    tariff_code: string;
    tariff_source: string;
  };
  invoice_runs: {
    month: string;
    started_at: Generated<Date>;
    finished_at: Date | null;
    invoices_made: Generated<number>;
  };
}
