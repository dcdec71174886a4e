import {
  balanceAccount,
  formatEuro,
  parseEuroAmount,
  setLowBalanceThreshold,
} from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { appendAudit } from '../platform/audit/audit-log.ts';
import { AppError } from '../platform/errors.ts';
import { ledgerErrors } from './ledger-errors.ts';
import * as store from './ledger-store.ts';
import type { MovementKind } from './tables.ts';

/** Movements on one page of the organisation's statement. */
export const STATEMENT_PAGE_SIZE = 20;

export interface StatementRow {
  id: number;
  kind: Exclude<MovementKind, 'rebalance'>;
  amountCents: number;
  /** The bank transfer's reference for a deposit, the query's request id for a fee. */
  reference: string;
  at: Date;
  balanceAfterCents: number;
}

export interface BalanceView {
  organisation: { name: string; registrationNumber: string; feeExempt: boolean };
  balanceCents: number;
  thresholdCents: number | null;
  rows: StatementRow[];
  page: number;
  hasOlder: boolean;
}

/** `?lapa=` as a page number: anything else is the first page. */
export function statementPageNumber(input: string | undefined): number {
  if (input === undefined || !/^\d{1,6}$/.test(input)) return 1;
  return Math.max(1, Number(input));
}

/** The organisation's own balance, threshold and one page of its statement, newest first. */
export async function balanceView(
  db: Db,
  organisationId: number,
  page: number,
): Promise<BalanceView> {
  const account = await balanceAccount(db, organisationId);
  if (account === undefined) throw new Error('A signed-in organisation user has no organisation');
  const fetched = await store.statement(
    db,
    organisationId,
    STATEMENT_PAGE_SIZE + 1,
    (page - 1) * STATEMENT_PAGE_SIZE,
  );
  const rows = fetched.slice(0, STATEMENT_PAGE_SIZE).flatMap((m): StatementRow[] =>
    m.kind === 'rebalance'
      ? []
      : [
          {
            id: m.id,
            kind: m.kind,
            amountCents: m.amount_cents,
            reference: m.reference,
            at: m.created_at,
            balanceAfterCents: m.balance_after_cents,
          },
        ],
  );
  return {
    organisation: {
      name: account.name,
      registrationNumber: account.registration_number,
      feeExempt: account.fee_exempt,
    },
    balanceCents: await store.balanceOf(db, organisationId),
    thresholdCents: account.low_balance_threshold_cents,
    rows,
    page,
    hasOlder: fetched.length > STATEMENT_PAGE_SIZE,
  };
}

/** The threshold as typed: empty means no notices; otherwise an amount in euro. */
export function parseThreshold(input: string): { ok: true; cents: number | null } | { ok: false } {
  if (input.trim() === '') return { ok: true, cents: null };
  const cents = parseEuroAmount(input);
  return cents === null ? { ok: false } : { ok: true, cents };
}

/**
 * Sets (or with null clears) the balance under which the organisation is mailed, and audits who
 * changed it. Throws `threshold_invalid` on text that is not an amount, changing nothing.
 */
export async function changeLowBalanceThreshold(
  trx: Db,
  actor: { orgUserId: number; organisationId: number },
  input: string,
  requestId: string | null,
): Promise<number | null> {
  const parsed = parseThreshold(input);
  if (!parsed.ok) throw new AppError(ledgerErrors.threshold_invalid);
  await setLowBalanceThreshold(trx, actor.organisationId, parsed.cents);
  await appendAudit(trx, {
    actorType: 'org_user',
    actorId: String(actor.orgUserId),
    organisationId: actor.organisationId,
    subjectPersonId: null,
    action: 'ledger.threshold_changed',
    channel: 'browser',
    reason: parsed.cents === null ? 'none' : `EUR ${formatEuro(parsed.cents, 'en')}`,
    requestId,
  });
  return parsed.cents;
}
