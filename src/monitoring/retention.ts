import type { Db } from '../database.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { enqueue } from '../platform/jobs/outbox.ts';
import { rigaDate, type Clock } from '../platform/time/riga.ts';
import { deleteEventsBefore } from './event-store.ts';

/**
 * Events are readable for EVENT_RETENTION_DAYS after they are made; once a day the worker deletes
 * older ones, in short transactions of RETENTION_CHUNK, and queues the next day's run. A dedupe
 * key per day keeps one run a day however many workers start.
 */
export const EVENT_RETENTION_DAYS = 90;
export const MONITORING_RETENTION_JOB = 'monitoring.event_retention';
const RETENTION_CHUNK = 10_000;
const DAY_MS = 24 * 3600_000;

function runFor(day: string): { runAt: Date; dedupeKey: string } {
  // 02:00 UTC: the night in Riga, when feeds are read least.
  return { runAt: new Date(`${day}T02:00:00Z`), dedupeKey: `${MONITORING_RETENTION_JOB}:${day}` };
}

/** Queues today's run (due now); called when the worker role starts. */
export async function scheduleEventRetention(db: Db, clock: Clock): Promise<void> {
  const now = clock.now();
  await enqueue(db, MONITORING_RETENTION_JOB, {}, { ...runFor(rigaDate(now)), runAt: now });
}

/** Deletes the events older than the retention period; answers how many went. */
export async function deleteExpiredEvents(db: Db, clock: Clock): Promise<number> {
  const before = new Date(clock.now().getTime() - EVENT_RETENTION_DAYS * DAY_MS);
  let deleted = 0;
  for (;;) {
    const n = await inTransaction(db, (trx) => deleteEventsBefore(trx, before, RETENTION_CHUNK));
    deleted += n;
    if (n < RETENTION_CHUNK) return deleted;
  }
}

/** The worker's handler: today's deletion, then tomorrow's run queued. */
export function eventRetentionJob(deps: { db: Db; clock: Clock }) {
  return async (): Promise<void> => {
    await deleteExpiredEvents(deps.db, deps.clock);
    const tomorrow = rigaDate(new Date(deps.clock.now().getTime() + DAY_MS));
    await enqueue(deps.db, MONITORING_RETENTION_JOB, {}, runFor(tomorrow));
  };
}
