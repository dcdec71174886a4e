import type { Db } from '../database.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { enqueue } from '../platform/jobs/outbox.ts';
import { rigaDate, type Clock } from '../platform/time/riga.ts';
import { deleteEventsBefore } from './event-store.ts';
import { deleteAttemptsBefore, deleteSpentResends } from './webhook-store.ts';

/**
 * Events are readable for EVENT_RETENTION_DAYS after they are made; webhook delivery attempts
 * (status, duration, the receiver's first bytes) are kept ATTEMPT_RETENTION_DAYS, long enough to
 * see a failing receiver through its five days before the endpoint is disabled and to look into
 * it after (docs/decisions/0022). Once a day the worker deletes older ones, in short transactions
 * of RETENTION_CHUNK, and queues the next day's run. A dedupe key per day keeps one run a day
 * however many workers start.
 */
export const EVENT_RETENTION_DAYS = 90;
export const ATTEMPT_RETENTION_DAYS = 30;
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

/** Runs a chunked deletion until a chunk comes back short; answers how many went. */
async function inChunks(
  db: Db,
  remove: (trx: Db, limit: number) => Promise<number>,
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const n = await inTransaction(db, (trx) => remove(trx, RETENTION_CHUNK));
    deleted += n;
    if (n < RETENTION_CHUNK) return deleted;
  }
}

const daysBefore = (clock: Clock, days: number) => new Date(clock.now().getTime() - days * DAY_MS);

/** Deletes the events older than the retention period; answers how many went. */
export async function deleteExpiredEvents(db: Db, clock: Clock): Promise<number> {
  const before = daysBefore(clock, EVENT_RETENTION_DAYS);
  return inChunks(db, (trx, limit) => deleteEventsBefore(trx, before, limit));
}

/**
 * Deletes webhook attempts older than their retention, then the requests to send again that
 * are spent (sent before then, or of an event no longer kept); answers how many attempts went.
 */
export async function deleteExpiredAttempts(db: Db, clock: Clock): Promise<number> {
  const before = daysBefore(clock, ATTEMPT_RETENTION_DAYS);
  const attempts = await inChunks(db, (trx, limit) => deleteAttemptsBefore(trx, before, limit));
  await inTransaction(db, (trx) => deleteSpentResends(trx, before));
  return attempts;
}

/** The worker's handler: today's deletions, then tomorrow's run queued. */
export function eventRetentionJob(deps: { db: Db; clock: Clock }) {
  return async (): Promise<void> => {
    await deleteExpiredEvents(deps.db, deps.clock);
    await deleteExpiredAttempts(deps.db, deps.clock);
    const tomorrow = rigaDate(new Date(deps.clock.now().getTime() + DAY_MS));
    await enqueue(deps.db, MONITORING_RETENTION_JOB, {}, runFor(tomorrow));
  };
}
