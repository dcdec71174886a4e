import type { Db } from '../database.ts';
import { AppError } from '../platform/errors.ts';
import { enqueue } from '../platform/jobs/outbox.ts';
import type { Clock } from '../platform/time/riga.ts';
import { provideBdasRecord, type BdasRecord } from '../register/service.ts';
import { residentErrors } from './errors.ts';
import { newRunId } from './public-ids.ts';
import * as store from './store.ts';

/** A run left without finishing is closed by the system after this long. */
export const RUN_TIMEOUT_MINUTES = 30;
export const CLOSE_ABANDONED_RUN_JOB = 'residents.close_abandoned_run';

export type Run = NonNullable<Awaited<ReturnType<typeof store.findRun>>>;

export interface Resident {
  personId: number;
  method: string;
}

/**
 * "Uzsākt e-pakalpojumu": a new run with its identification number. A restart carries the
 * terms already accepted in this sitting.
 */
export async function startRun(
  trx: Db,
  clock: Clock,
  resident: Resident,
  options: { termsAccepted: boolean },
): Promise<Run> {
  const run = await store.insertRun(trx, {
    publicId: newRunId(),
    personId: resident.personId,
    signInMethod: resident.method,
    termsAccepted: options.termsAccepted,
  });
  await enqueue(
    trx,
    CLOSE_ABANDONED_RUN_JOB,
    { runId: run.id },
    {
      runAt: new Date(clock.now().getTime() + RUN_TIMEOUT_MINUTES * 60_000),
      dedupeKey: `close-run-${run.id}`,
    },
  );
  return run;
}

/**
 * "Uzsākt e-pakalpojumu" reached by a link (the way back from signing in): the run the person
 * began a moment ago and has not yet taken past the terms, or a new one. Following the link again
 * (a reload, the back button) lands on the same terms instead of filling the history with runs.
 */
export async function continueOrStartRun(trx: Db, clock: Clock, resident: Resident): Promise<Run> {
  const since = new Date(clock.now().getTime() - RUN_TIMEOUT_MINUTES * 60_000);
  const waiting = await store.latestRunAwaitingTerms(trx, resident.personId, since);
  return waiting ?? startRun(trx, clock, resident, { termsAccepted: false });
}

/** The person's own run; another person's id is "not found", never "forbidden". */
export async function findOwnRun(trx: Db, publicId: string, personId: number): Promise<Run> {
  const run = await store.findRun(trx, publicId, personId);
  if (run === undefined) throw new AppError(residentErrors.run_not_found);
  return run;
}

export async function findOpenRun(trx: Db, publicId: string, personId: number): Promise<Run> {
  const run = await findOwnRun(trx, publicId, personId);
  if (run.status === 'finished' || run.status === 'abandoned') {
    throw new AppError(residentErrors.run_closed);
  }
  return run;
}

export async function acceptTerms(trx: Db, run: Run, agreed: boolean): Promise<void> {
  if (!agreed) throw new AppError(residentErrors.terms_not_accepted, { field: 'agree' });
  await store.acceptTerms(trx, run.id);
}

/**
 * The result: what BDAS holds about the signed-in person, read through the register's service and
 * audited as a view of one's own data. Every showing is a new query, as point 8 asks.
 */
export async function queryBdas(trx: Db, run: Run, requestId: string): Promise<BdasRecord | null> {
  return provideBdasRecord(trx, run.person_id, {
    actorType: 'resident',
    actorId: String(run.person_id),
    channel: 'portal',
    reason: `e-service run ${run.public_id}`,
    requestId,
  });
}

export async function finishRun(trx: Db, run: Run): Promise<void> {
  await store.closeRun(trx, run.id, 'finished');
}

/** The worker's job: close the run if the person left it open. */
export async function closeAbandonedRun(trx: Db, runId: number): Promise<void> {
  await store.closeRun(trx, runId, 'abandoned');
}

/** One run of "Tavi e-pakalpojumi" with the reports made in it; another person's is not found. */
export async function runDetails(trx: Db, publicId: string, personId: number) {
  const run = await findOwnRun(trx, publicId, personId);
  return { run, reports: await store.reportsOfRun(trx, run.id) };
}

/** "Tavi e-pakalpojumi": the person's runs and reports, newest first. */
export async function history(trx: Db, personId: number) {
  return {
    runs: await store.runsOf(trx, personId, 100),
    reports: await store.reportsOf(trx, personId, 100),
  };
}
