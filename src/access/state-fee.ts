import { tariffOn } from '../agreements/service.ts';
import type { Db } from '../database.ts';

/**
 * The state fee per person on a day, from the tariff table. Prices change only from a future day
 * (staff cannot back-date them), so a minute's memory per day is exact enough and spares a read
 * on every call.
 */
const remembered = new Map<string, { cents: number; until: number }>();
const REMEMBER_MS = 60_000;

export async function stateFeeOn(db: Db, day: string): Promise<number> {
  const hit = remembered.get(day);
  const now = performance.now();
  if (hit !== undefined && hit.until > now) return hit.cents;
  const cents = await tariffOn(db, 'state_fee_per_person', day);
  if (remembered.size > 31) remembered.clear();
  remembered.set(day, { cents, until: now + REMEMBER_MS });
  return cents;
}
