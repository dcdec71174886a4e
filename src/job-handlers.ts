import type { Config } from './config.ts';
import type { Db } from './database.ts';
import { KEY_EXPIRY_CHECK_JOB, keyExpiryCheckJob } from './identity/service.ts';
import type { JobHandler } from './platform/jobs/worker.ts';
import { MAIL_SEND_JOB } from './platform/mail/outbox-mail.ts';
import { mailSendJob } from './platform/mail/send-job.ts';
import { systemClock } from './platform/time/riga.ts';
import { monitoringEntryJobs } from './monitoring/service.ts';
import { CLOSE_ABANDONED_RUN_JOB, closeAbandonedRun } from './residents/service.ts';

/** Every kind of job the worker role runs, by kind; each capability contributes its own. */
export function jobHandlers(deps: { config: Config; db: Db }): Map<string, JobHandler> {
  return new Map<string, JobHandler>([
    [MAIL_SEND_JOB, mailSendJob(deps)],
    [
      CLOSE_ABANDONED_RUN_JOB,
      async (payload) => {
        await deps.db.transaction().execute((trx) => closeAbandonedRun(trx, Number(payload.runId)));
      },
    ],
    [
      KEY_EXPIRY_CHECK_JOB,
      keyExpiryCheckJob({ db: deps.db, clock: systemClock, publicUrl: deps.config.publicUrl }),
    ],
    ...Object.entries(monitoringEntryJobs({ db: deps.db, clock: systemClock })),
  ]);
}
