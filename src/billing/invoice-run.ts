import {
  organisationsWithAgreementsBetween,
  tariffRowOn,
  type TariffCode,
} from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { AppError } from '../platform/errors.ts';
import { enqueue } from '../platform/jobs/outbox.ts';
import { rigaDate, type Clock } from '../platform/time/riga.ts';
import { invoiceErrors } from './invoice-errors.ts';
import { assertMonthOver, issueMonthInvoice, type IssueContext } from './invoice-issuing.ts';
import { daysOfMonth } from './invoice-lines.ts';
import * as store from './invoice-store.ts';

export const INVOICE_MONTH_JOB = 'billing.invoice_month';

const BILLED_TARIFFS: readonly TariffCode[] = [
  'subscription_up_to_5_users',
  'subscription_extra_user',
  'monitoring_up_to_1000_persons',
  'monitoring_extra_1000_persons',
  'state_fee_per_person',
];

/**
 * Every price the month may need, checked before anything is issued: a tariff or VAT rate
 * missing on any day fails the run with the day and code, and no invoice of the month is made.
 */
async function assertPricesCover(db: Db, month: string): Promise<void> {
  for (const day of daysOfMonth(month)) {
    for (const code of BILLED_TARIFFS) await tariffRowOn(db, code, day);
    if ((await store.vatRateOn(db, day)) === undefined) {
      throw new AppError(invoiceErrors.invoice_vat_rate_missing, { day });
    }
  }
}

export interface RunOutcome {
  month: string;
  made: string[];
  /** Organisations that had their invoice already (a rerun, or another worker). */
  existing: number;
  skippedExempt: number;
}

/**
 * Makes the month's invoices: one per organisation with an agreement in force in it. Each
 * invoice is issued in a transaction of its own, so a run that stops half way leaves whole
 * invoices only, and running again (or two workers at once) makes just the ones missing.
 * `afterEach` is told of each invoice made (the tests stop a run there).
 */
export async function runInvoiceMonth(
  db: Db,
  context: IssueContext,
  month: string,
  afterEach: (made: number) => void = () => undefined,
): Promise<RunOutcome> {
  assertMonthOver(month, context.today);
  await assertPricesCover(db, month);
  const days = daysOfMonth(month);
  const organisations = await organisationsWithAgreementsBetween(
    db,
    days[0] ?? '',
    days.at(-1) ?? '',
  );
  await inTransaction(db, (trx) => store.startRun(trx, month));
  const outcome: RunOutcome = { month, made: [], existing: 0, skippedExempt: 0 };
  for (const organisationId of organisations) {
    const issued = await inTransaction(db, (trx) =>
      issueMonthInvoice(trx, context, organisationId, month),
    );
    if (issued.made) {
      outcome.made.push(issued.number);
      afterEach(outcome.made.length);
    } else if (issued.reason === 'exists') outcome.existing += 1;
    else outcome.skippedExempt += 1;
  }
  await inTransaction(db, (trx) => store.finishRun(trx, month, outcome.made.length));
  return outcome;
}

/** The month before the Riga day's month, YYYY-MM. */
export function previousMonth(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month === 1
    ? `${String(year - 1)}-12`
    : `${String(year)}-${String(month - 1).padStart(2, '0')}`;
}

function nextMonth(month: string): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return mon === 12
    ? `${String(year + 1)}-01`
    : `${String(year)}-${String(mon + 1).padStart(2, '0')}`;
}

/** A month's run is queued once (its dedupe key), due early on the next month's first day. */
function runFor(month: string): { runAt: Date; dedupeKey: string } {
  // 03:00 UTC is 05:00 or 06:00 in Riga: the month is over there.
  return {
    runAt: new Date(`${nextMonth(month)}-01T03:00:00Z`),
    dedupeKey: `${INVOICE_MONTH_JOB}:${month}`,
  };
}

/** Queues the run of the month just ended (due now): called when the worker role starts. */
export async function scheduleInvoiceRun(db: Db, clock: Clock): Promise<void> {
  const month = previousMonth(rigaDate(clock.now()));
  await enqueue(
    db,
    INVOICE_MONTH_JOB,
    { month },
    { runAt: clock.now(), dedupeKey: runFor(month).dedupeKey },
  );
}

/** The worker's handler: queue the next month's run, then run the month. */
export function invoiceMonthJob(deps: {
  db: Db;
  clock: Clock;
  context: Omit<IssueContext, 'today'>;
}) {
  return async (payload: Record<string, unknown>): Promise<void> => {
    const month = String(payload.month);
    // The next month first: a month that keeps failing does not stop the months after it.
    const next = nextMonth(month);
    await enqueue(deps.db, INVOICE_MONTH_JOB, { month: next }, runFor(next));
    await runInvoiceMonth(deps.db, { ...deps.context, today: rigaDate(deps.clock.now()) }, month);
  };
}
