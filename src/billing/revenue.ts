import type { Db } from '../database.ts';
import { billedByMonth, stateFeesByMonth } from './invoice-store.ts';
import type { RevenueMonth } from './revenue-month.ts';

export type { RevenueMonth };

/**
 * Revenue by line type for the months asked (YYYY-MM, oldest first), every month present even
 * with nothing in it: subscription and monitoring as billed on invoices less credit notes (VAT
 * included), state fees as debited from prepaid balances (not invoiced, outside VAT's scope).
 */
export async function revenueByMonth(
  db: Db,
  options: { months: readonly string[] },
): Promise<RevenueMonth[]> {
  const from = options.months[0];
  if (from === undefined) return [];
  const [billed, fees] = await Promise.all([billedByMonth(db, from), stateFeesByMonth(db, from)]);
  return options.months.map((m) => {
    const b = billed.find((r) => r.month === m);
    return {
      month: m,
      subscriptionCents: b?.subscriptionCents ?? 0,
      monitoringCents: b?.monitoringCents ?? 0,
      stateFeesCents: fees.find((r) => r.month === m)?.cents ?? 0,
    };
  });
}

/** The `count` months up to and including the Riga day `today`'s, oldest first: YYYY-MM. */
export function monthsUpTo(today: string, count: number): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - (count - 1 - i);
    return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}
