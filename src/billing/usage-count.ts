import { agreementsInForce, organisationsWithAgreementsBetween } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { subscriptionUsers } from '../identity/service.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { enqueue } from '../platform/jobs/outbox.ts';
import { rigaDate, type Clock } from '../platform/time/riga.ts';
import { recordUsage } from './usage-store.ts';

/**
 * Once a day (and when the worker starts), billing counts each organisation's subscription users
 * per environment of its agreements in force from identity and records them in the usage meter.
 * Identity stands below billing, so billing reads the count rather than being told of changes;
 * several counts in a day keep the day's highest as its peak.
 */
export const USAGE_COUNT_JOB = 'billing.usage_count';

const RUN_HOUR_UTC = 4;

export async function countUsersToday(db: Db, clock: Clock): Promise<number> {
  const today = rigaDate(clock.now());
  const organisations = await organisationsWithAgreementsBetween(db, today, today);
  for (const organisationId of organisations) {
    await inTransaction(db, async (trx) => {
      const agreements = await agreementsInForce(trx, organisationId, today);
      for (const environment of new Set(agreements.flatMap((a) => a.environments))) {
        const count = await subscriptionUsers(trx, organisationId, environment);
        await recordUsage(trx, { organisationId, environment, metric: 'users', day: today, count });
      }
    });
  }
  return organisations.length;
}

function countFor(day: string): { runAt: Date; dedupeKey: string } {
  return {
    runAt: new Date(`${day}T0${String(RUN_HOUR_UTC)}:00:00Z`),
    dedupeKey: `${USAGE_COUNT_JOB}:${day}`,
  };
}

/** Queues today's count (due now); called when the worker role starts. */
export async function scheduleUsageCount(db: Db, clock: Clock): Promise<void> {
  const now = clock.now();
  await enqueue(
    db,
    USAGE_COUNT_JOB,
    {},
    { runAt: now, dedupeKey: `${USAGE_COUNT_JOB}:start:${now.toISOString()}` },
  );
}

/** The worker's handler: count now, then queue the next day's count. */
export function usageCountJob(deps: { db: Db; clock: Clock }) {
  return async (): Promise<void> => {
    await countUsersToday(deps.db, deps.clock);
    const tomorrow = rigaDate(new Date(deps.clock.now().getTime() + 24 * 3600_000));
    await enqueue(deps.db, USAGE_COUNT_JOB, {}, countFor(tomorrow));
  };
}
