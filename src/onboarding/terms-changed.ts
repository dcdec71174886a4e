import type { Db } from '../database.ts';
import { enqueue } from '../platform/jobs/outbox.ts';
import { rigaDayStart } from '../platform/time/riga.ts';

/**
 * The job written when an organisation's terms in force change: an agreement concluded (it may
 * replace one it amends) or terminated from a day. The layers above that keep something under
 * those terms (monitoring's lists) handle it; onboarding names no one above it.
 */
export const AGREEMENT_TERMS_CHANGED_JOB = 'agreements.terms_changed';

/** Queues the job for when the change takes effect: now, or the start of the day `from`. */
export async function announceTermsChanged(
  trx: Db,
  organisationId: number,
  effect: { now: Date; from?: string },
): Promise<void> {
  const runAt = effect.from === undefined ? effect.now : rigaDayStart(effect.from);
  await enqueue(
    trx,
    AGREEMENT_TERMS_CHANGED_JOB,
    { organisationId },
    { runAt: runAt < effect.now ? effect.now : runAt },
  );
}
