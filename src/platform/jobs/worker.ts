import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { JobTables } from '../db/tables.ts';
import { claimJobs, completeJob, failJob } from './outbox.ts';

export type JobHandler = (payload: Record<string, unknown>) => Promise<void>;

export interface Worker {
  /** Claims and runs what is due now; returns how many jobs ran. */
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/** Runs due jobs from the outbox with the handlers given, polling at an interval. */
export function createWorker(
  db: Kysely<JobTables>,
  handlers: ReadonlyMap<string, JobHandler>,
  options: {
    log: Pick<Logger, 'warn' | 'error'>;
    pollMs?: number;
    batch?: number;
    leaseSeconds?: number;
  },
): Worker {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;

  const runOnce = async (): Promise<number> => {
    const jobs = await claimJobs(db, options.batch ?? 10, options.leaseSeconds ?? 120);
    for (const job of jobs) {
      const handler = handlers.get(job.kind);
      try {
        if (handler === undefined) throw new Error(`No handler for job kind ${job.kind}`);
        await handler(job.payload);
        await completeJob(db, job.id);
      } catch (error) {
        // The message only: handlers must not put personal data into errors, and stacks are noise here.
        const message = error instanceof Error ? error.message : String(error);
        options.log.warn({ jobId: job.id, kind: job.kind, attempt: job.attempts }, 'job failed');
        await failJob(db, job, message);
      }
    }
    return jobs.length;
  };

  const tick = () => {
    running = runOnce()
      .catch((error: unknown) => {
        options.log.error(
          { err: error instanceof Error ? error.message : String(error) },
          'worker poll failed',
        );
        return 0;
      })
      .then((ran) => {
        // A full batch means more may be waiting: go again at once.
        if (!stopped) timer = setTimeout(tick, ran > 0 ? 0 : (options.pollMs ?? 1000));
      });
  };

  return {
    runOnce,
    start() {
      stopped = false;
      tick();
    },
    async stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      await running;
    },
  };
}
