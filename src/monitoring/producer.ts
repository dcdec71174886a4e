import type { Logger } from 'pino';
import type { Db } from '../database.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import type { NotificationHandlers } from '../platform/db/notifications.ts';
import * as store from './producer-store.ts';

/** Changes per transaction: enough to keep up with a busy register, short enough to commit fast. */
export const PRODUCER_BATCH = 5000;
/** When no notification comes (lost, or another process's database), the producer looks anyway. */
export const PRODUCER_POLL_MS = 2000;
/**
 * The least time from one step's start to the next when a commit wakes the producer: a busy
 * register commits hundreds of changes a second, and one step per commit would spend a
 * transaction and a fan-out statement on each. Waiting this long gathers them into one batch;
 * it is also the most a change waits for its events on an idle register.
 */
export const PRODUCER_GATHER_MS = 200;
/** The channel the change log's trigger notifies on commit (migration 0025). */
export const REGISTER_CHANGED_CHANNEL = 'register_changed';

export interface ProducedBatch {
  /** Changes read from the log in this step. */
  changes: number;
  /** Events made of them. */
  events: number;
  /** False when another process held the producer: it is producing now. */
  ran: boolean;
}

/**
 * One step of the producer, in one short transaction: the next batch of committed changes after
 * the producer's place becomes events, the entries of persons who died end, and the place
 * moves past the batch. Any number of processes may call it; one produces at a time.
 */
export async function produceEvents(db: Db, batch = PRODUCER_BATCH): Promise<ProducedBatch> {
  return inTransaction(db, async (trx) => {
    const from = await store.lockProducer(trx);
    if (from === null) return { changes: 0, events: 0, ran: false };
    const to = await store.batchEnd(trx, from, batch);
    if (to === null) return { changes: 0, events: 0, ran: true };
    const events = await store.insertEvents(trx, from, to);
    await store.endEntriesAtDeath(trx, from, to);
    await store.advanceProducer(trx, to);
    return { changes: to.changes, events, ran: true };
  });
}

/** Runs steps until the log is read up to what has committed; answers the events made. */
export async function produceUntilCaughtUp(db: Db, batch = PRODUCER_BATCH): Promise<number> {
  let events = 0;
  for (;;) {
    const step = await produceEvents(db, batch);
    events += step.events;
    if (step.changes < batch) return events;
  }
}

/**
 * The worker role's producer: wakes when a register change commits (the notification handlers
 * it answers are to be given to the database's `listen`), and every PRODUCER_POLL_MS besides.
 */
export function startEventProducer(
  db: Db,
  log: Pick<Logger, 'error'>,
  options: { pollMs?: number; gatherMs?: number } = {},
): { handlers: NotificationHandlers; stop(): Promise<void> } {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let busy = false;
  let again = false;
  let lastStart = Number.NEGATIVE_INFINITY;
  const gatherMs = options.gatherMs ?? PRODUCER_GATHER_MS;
  /** How long a wake-up waits so that a step starts no sooner than gatherMs after the last. */
  const gathered = () => Math.max(0, lastStart + gatherMs - performance.now());
  let running: Promise<unknown> = Promise.resolve();

  /** When the scheduled step is due (performance.now() time). */
  let dueAt = 0;
  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer !== null) clearTimeout(timer);
    dueAt = performance.now() + ms;
    timer = setTimeout(tick, ms);
  };
  const tick = () => {
    timer = null;
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    again = false;
    lastStart = performance.now();
    running = produceEvents(db)
      .catch((error: unknown) => {
        log.error(
          { err: error instanceof Error ? error.message : String(error) },
          'monitoring event production failed',
        );
        return { changes: 0, events: 0, ran: true };
      })
      .then((step) => {
        busy = false;
        // A full batch goes on at once: a backlog is waiting. A wake-up during this step waits
        // to gather more changes behind it.
        if (step.changes === PRODUCER_BATCH) schedule(0);
        else schedule(again ? gathered() : (options.pollMs ?? PRODUCER_POLL_MS));
      });
  };
  const wake = () => {
    if (busy) {
      again = true;
      return;
    }
    // A step already due sooner keeps its time; a poll further away is brought forward.
    const wait = gathered();
    if (timer === null || dueAt > performance.now() + wait) schedule(wait);
  };
  schedule(0);
  return {
    handlers: { onMessage: wake, onGap: wake },
    async stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      await running;
    },
  };
}
