import type { Db } from '../database.ts';
import { rigaDate, systemClock } from '../platform/time/riga.ts';
import { previousMonth } from './invoice-run.ts';
import { billedByMonth, stateFeesByMonth } from './invoice-store.ts';

export interface MonthRevenue {
  /** YYYY-MM */
  month: string;
  /** Billed on invoices less credit notes, VAT included. */
  subscriptionCents: number;
  monitoringCents: number;
  /** Debited from prepaid balances in the month (not invoiced, outside the scope of VAT). */
  stateFeesCents: number;
}

/**
 * Revenue by line type over the last `months` complete months (the month of `today` is not
 * over, so it is left out), oldest first, every month present even with nothing in it.
 */
export async function revenueByMonth(
  db: Db,
  options: { months: number; today?: string },
): Promise<MonthRevenue[]> {
  const months: string[] = [];
  let month = previousMonth(options.today ?? rigaDate(systemClock.now()));
  for (let i = 0; i < options.months; i++) {
    months.unshift(month);
    month = previousMonth(`${month}-01`);
  }
  const from = months[0] ?? month;
  const [billed, fees] = await Promise.all([billedByMonth(db, from), stateFeesByMonth(db, from)]);
  return months.map((m) => {
    const b = billed.find((r) => r.month === m);
    return {
      month: m,
      subscriptionCents: b?.subscriptionCents ?? 0,
      monitoringCents: b?.monitoringCents ?? 0,
      stateFeesCents: fees.find((r) => r.month === m)?.cents ?? 0,
    };
  });
}
