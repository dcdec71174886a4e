import { sql } from 'kysely';
import type { Db } from '../database.ts';
import type { LedgerTables, UsageMetric } from './tables.ts';

export type UsageRow = LedgerTables['billing_daily_usage'];

export interface UsageReading {
  organisationId: number;
  environment: UsageRow['environment'];
  metric: UsageMetric;
  /** The Riga day the count was taken on, YYYY-MM-DD. */
  day: string;
  count: number;
}

/**
 * Records a count taken on a day: the day's peak keeps the highest count seen, its closing count
 * the latest. Called in the transaction that changed the count (so the peak cannot miss a
 * moment) and by the daily job that carries the count into each new day.
 */
export async function recordUsage(trx: Db, reading: UsageReading): Promise<void> {
  await trx
    .insertInto('billing_daily_usage')
    .values({
      organisation_id: reading.organisationId,
      environment: reading.environment,
      metric: reading.metric,
      day: reading.day,
      peak: reading.count,
      closing: reading.count,
    })
    .onConflict((conflict) =>
      conflict.columns(['organisation_id', 'environment', 'metric', 'day']).doUpdateSet({
        peak: sql<number>`greatest(billing_daily_usage.peak, excluded.peak)`,
        closing: sql<number>`excluded.closing`,
      }),
    )
    .execute();
}

/** An organisation's counts of one metric on the days from `first` to `last` (inclusive). */
export async function usageOnDays(
  db: Db,
  organisationId: number,
  metric: UsageMetric,
  first: string,
  last: string,
): Promise<UsageRow[]> {
  return db
    .selectFrom('billing_daily_usage')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('metric', '=', metric)
    .where('day', '>=', first)
    .where('day', '<=', last)
    .orderBy('environment')
    .orderBy('day')
    .execute();
}
