import { sql } from 'kysely';
import type { Db } from '../database.ts';
import type { RevenueMonth } from './revenue-month.ts';

/**
 * Revenue by Riga month and line type for the back office's chart, one row per month asked
 * (zeros where nothing happened). State fees are the prepaid debits of the ledger. Subscription
 * and monitoring come from issued invoices, whose table this branch does not have yet: until it
 * does, they are zero.
 */
export async function revenueByMonth(
  db: Db,
  options: { months: readonly string[] },
): Promise<RevenueMonth[]> {
  if (options.months.length === 0) return [];
  const month = sql<string>`to_char(created_at at time zone 'Europe/Riga', 'YYYY-MM')`;
  const rows = await db
    .selectFrom('ledger_movements')
    .select([month.as('month'), sql<string>`-sum(amount_cents)`.as('cents')])
    .where('kind', '=', 'state_fee')
    .where(month, 'in', options.months)
    .groupBy(month)
    .execute();
  const fees = new Map(rows.map((r) => [r.month, Number(r.cents)]));
  return options.months.map((m) => ({
    month: m,
    subscriptionCents: 0,
    monitoringCents: 0,
    stateFeesCents: fees.get(m) ?? 0,
  }));
}

/** The `count` months up to and including the Riga day `today`'s, oldest first: YYYY-MM. */
export function monthsUpTo(today: string, count: number): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}
