import { sql } from 'kysely';
import type { Db } from '../database.ts';

/**
 * The state fee against the audit log: every state-fee debit must equal the fees of the
 * `person.read` audit rows of the same provision (its request, whose id the debit carries as its
 * reference), every charged row must have its debit, and the rows of one provision share one fee
 * (the tariff's EUR 2.00 a person). A deleted audit row that is not sealed yet is seen here,
 * before the chain could: the debit outlives it. Reads the whole ledger and log: for `ledger
 * check`, not for requests.
 */

export const PROVISION_AUDIT_ACTION = 'person.read';

export interface FeeAuditMismatch {
  organisationId: number;
  requestId: string;
  /** The provision's debit, positive; 0 when there is none. */
  debitCents: number;
  movementId: number | null;
  readRows: number;
  /** The rows' fees together. */
  rowFeesCents: number;
  firstAuditRowId: number | null;
  /** True when the rows of one provision carry different fees. */
  mixedFees: boolean;
}

/** The earliest provision whose debit and audit rows disagree, or undefined. */
export async function firstFeeAuditMismatch(db: Db): Promise<FeeAuditMismatch | undefined> {
  const result = await sql<{
    organisation_id: number;
    request_id: string;
    debit_cents: number;
    movement_id: number | null;
    read_rows: number;
    row_fees_cents: number;
    first_audit_row_id: number | null;
    mixed_fees: boolean;
  }>`
    with debits as (
      select organisation_id, reference, -sum(amount_cents)::bigint as debit_cents,
             min(id) as movement_id, min(created_at) as at
      from ledger_movements where kind = 'state_fee'
      group by organisation_id, reference
    ), reads as (
      select organisation_id, request_id, count(*)::bigint as read_rows,
             sum(fee_cents)::bigint as row_fees_cents, min(id) as first_audit_row_id,
             min(fee_cents) <> max(fee_cents) as mixed_fees, min(occurred_at) as at
      from audit_events
      where action = ${PROVISION_AUDIT_ACTION} and fee_cents > 0
      group by organisation_id, request_id
    )
    select coalesce(d.organisation_id, r.organisation_id) as organisation_id,
           coalesce(d.reference, r.request_id, '') as request_id,
           coalesce(d.debit_cents, 0)::bigint as debit_cents, d.movement_id,
           coalesce(r.read_rows, 0)::bigint as read_rows,
           coalesce(r.row_fees_cents, 0)::bigint as row_fees_cents,
           r.first_audit_row_id, coalesce(r.mixed_fees, false) as mixed_fees
    from debits d
    full join reads r on r.organisation_id = d.organisation_id and r.request_id = d.reference
    where coalesce(d.debit_cents, 0) <> coalesce(r.row_fees_cents, 0) or r.mixed_fees
    order by coalesce(d.at, r.at), coalesce(d.movement_id, 0), r.first_audit_row_id
    limit 1`.execute(db);
  const row = result.rows[0];
  if (row === undefined) return undefined;
  return {
    organisationId: row.organisation_id,
    requestId: row.request_id,
    debitCents: row.debit_cents,
    movementId: row.movement_id,
    readRows: row.read_rows,
    rowFeesCents: row.row_fees_cents,
    firstAuditRowId: row.first_audit_row_id,
    mixedFees: row.mixed_fees,
  };
}

/** The mismatch in a sentence, for the command line. */
export function describeFeeAuditMismatch(m: FeeAuditMismatch): string {
  const debit =
    m.movementId === null
      ? 'no state-fee debit'
      : `a debit of ${m.debitCents} cents (ledger movement ${m.movementId})`;
  const rows =
    m.readRows === 0
      ? `no charged ${PROVISION_AUDIT_ACTION} audit rows`
      : `${m.readRows} charged ${PROVISION_AUDIT_ACTION} audit rows with fees of ${m.rowFeesCents} cents` +
        `${m.mixedFees ? ', not all the same' : ''} (first audit row ${m.firstAuditRowId})`;
  return `State fee and audit log disagree: organisation ${m.organisationId}, request ${m.requestId}: ${debit}, ${rows}.`;
}
