import type { Environment } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { AGREEMENT_TERMS_CHANGED_JOB } from '../onboarding/service.ts';
import { appendAuditRows } from '../platform/audit/audit-log.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { enqueue } from '../platform/jobs/outbox.ts';
import { rigaDate, rigaDayStart, type Clock } from '../platform/time/riga.ts';
import { recordMonitoredCount } from './entries.ts';
import * as store from './entry-store.ts';
import { monitoringTerms } from './entry-terms.ts';

/**
 * Entries end with the terms that allowed them. Agreements (a lower layer) end in three ways: a
 * termination from a day, the end of validity, and an amendment that replaces them, possibly
 * without monitoring. Rather than a callback from each of those paths (one forgotten path would
 * leave persons monitored), monitoring checks the terms itself: every list whose organisation has
 * no monitoring in force today is ended, `agreement_ended` when no agreement is in force in that
 * environment at all, else `monitoring_ended`. The check runs in the daily job at the start of
 * each Riga day (terminations and validity end on a day) and in the job that onboarding queues
 * when an agreement is concluded or terminated, so an amendment takes effect at once. Adding is
 * refused by the same terms in the same moment, so no person is added to a list that has lapsed.
 */

export const MONITORING_DAY_JOB = 'monitoring.day_start';

const ENVIRONMENTS: readonly Environment[] = ['production', 'test'];

/** Ends the lists of one organisation that lost monitoring; answers how many entries ended. */
export async function endListsWithoutMonitoring(
  trx: Db,
  clock: Clock,
  organisationId: number,
): Promise<number> {
  const now = clock.now();
  let ended = 0;
  for (const environment of ENVIRONMENTS) {
    const { terms, agreementInForce } = await monitoringTerms(
      trx,
      organisationId,
      environment,
      rigaDate(now),
      { lock: true },
    );
    if (terms !== null) continue;
    const ids = await store.openEntryIds(trx, organisationId, environment, now);
    if (ids.length === 0) continue;
    const reason = agreementInForce ? 'monitoring_ended' : 'agreement_ended';
    const rows = await store.endEntries(trx, ids, { endsAt: now, endedBy: 'system', reason });
    await appendAuditRows(
      trx,
      rows.map((r) => ({
        actorType: 'system' as const,
        actorId: 'monitoring',
        organisationId,
        subjectPersonId: r.person_id,
        action: 'monitoring.person_removed',
        purpose: r.purpose,
        channel: 'backoffice' as const,
        environment,
        reason,
      })),
    );
    await recordMonitoredCount(trx, { organisationId, environment }, now);
    ended += rows.length;
  }
  return ended;
}

function dayJob(day: string): { runAt: Date; dedupeKey: string } {
  // A minute into the day, so the day's count is taken once the day has begun everywhere.
  return {
    runAt: new Date(rigaDayStart(day).getTime() + 60_000),
    dedupeKey: `${MONITORING_DAY_JOB}:${day}`,
  };
}

/** Queues today's run (due now); called when the worker role starts. */
export async function scheduleMonitoringDay(db: Db, clock: Clock): Promise<void> {
  const now = clock.now();
  await enqueue(db, MONITORING_DAY_JOB, {}, { ...dayJob(rigaDate(now)), runAt: now });
}

/**
 * At the start of each Riga day: end the lists that lost monitoring, then record every list's
 * count for the new day (also the lists that emptied since yesterday began), so every day of a
 * month has its row even when nothing changed; then queue the next day's run.
 */
export async function runMonitoringDay(db: Db, clock: Clock): Promise<number> {
  const now = clock.now();
  const today = rigaDate(now);
  const yesterdayStart = rigaDayStart(rigaDate(new Date(rigaDayStart(today).getTime() - 1)));
  const lists = await store.listsOpenSince(db, yesterdayStart);
  const organisations = [...new Set(lists.map((l) => l.organisation_id))];
  for (const organisationId of organisations) {
    await inTransaction(db, async (trx: Db) => {
      await endListsWithoutMonitoring(trx, clock, organisationId);
      for (const list of lists.filter((l) => l.organisation_id === organisationId)) {
        await recordMonitoredCount(trx, { organisationId, environment: list.environment }, now);
      }
    });
  }
  const tomorrow = rigaDate(new Date(rigaDayStart(today).getTime() + 36 * 3600_000));
  await enqueue(db, MONITORING_DAY_JOB, {}, dayJob(tomorrow));
  return lists.length;
}

/** The worker's handlers: the daily run, and the check after an organisation's terms change. */
export function monitoringEntryJobs(deps: { db: Db; clock: Clock }) {
  return {
    [MONITORING_DAY_JOB]: async (): Promise<void> => {
      await runMonitoringDay(deps.db, deps.clock);
    },
    [AGREEMENT_TERMS_CHANGED_JOB]: async (payload: Record<string, unknown>): Promise<void> => {
      const organisationId = Number(payload.organisationId);
      if (!Number.isSafeInteger(organisationId)) return;
      await inTransaction(deps.db, (trx: Db) =>
        endListsWithoutMonitoring(trx, deps.clock, organisationId),
      );
    },
  };
}
