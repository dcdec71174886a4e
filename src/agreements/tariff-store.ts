import type { Db } from '../database.ts';
import type { TariffCode } from './tables.ts';

/** Tariff rows: Kysely queries only. */
type BillingDb = Db;

export interface TariffRow {
  id: number;
  code: TariffCode;
  amount_cents: number;
  valid_from: string;
  reason: string;
  staff_id: number | null;
  created_at: Date;
}

export async function latestTariffOn(
  db: BillingDb,
  code: TariffCode,
  day: string,
): Promise<TariffRow | undefined> {
  return db
    .selectFrom('tariffs')
    .selectAll()
    .where('code', '=', code)
    .where('valid_from', '<=', day)
    .orderBy('valid_from', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function allTariffRows(db: BillingDb): Promise<TariffRow[]> {
  return db
    .selectFrom('tariffs')
    .selectAll()
    .orderBy('code')
    .orderBy('valid_from', 'desc')
    .execute();
}

/** Inserts the price; answers false when the tariff already has a price from that day. */
export async function insertTariff(
  db: BillingDb,
  row: {
    code: TariffCode;
    amountCents: number;
    validFrom: string;
    reason: string;
    staffId: number;
  },
): Promise<boolean> {
  const inserted = await db
    .insertInto('tariffs')
    .values({
      code: row.code,
      amount_cents: row.amountCents,
      valid_from: row.validFrom,
      reason: row.reason,
      staff_id: row.staffId,
    })
    .onConflict((oc) => oc.columns(['code', 'valid_from']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}
