import {
  INVOICE_MONTH_JOB,
  invoiceMonthJob,
  USAGE_COUNT_JOB,
  usageCountJob,
} from './billing/service.ts';
import type { Config } from './config.ts';
import type { Db } from './database.ts';
import { KEY_EXPIRY_CHECK_JOB, keyExpiryCheckJob } from './identity/service.ts';
import type { JobHandler } from './platform/jobs/worker.ts';
import { MAIL_SEND_JOB } from './platform/mail/outbox-mail.ts';
import { MONITORING_RETENTION_JOB, eventRetentionJob } from './monitoring/service.ts';
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
    [USAGE_COUNT_JOB, usageCountJob({ db: deps.db, clock: systemClock })],
    [
      INVOICE_MONTH_JOB,
      invoiceMonthJob({
        db: deps.db,
        clock: systemClock,
        context: {
          payee: deps.config.payee,
          exemptOrganisations: deps.config.invoiceExemptOrganisations,
        },
      }),
    ],
    [MONITORING_RETENTION_JOB, eventRetentionJob({ db: deps.db, clock: systemClock })],
    [
      KEY_EXPIRY_CHECK_JOB,
      keyExpiryCheckJob({ db: deps.db, clock: systemClock, publicUrl: deps.config.publicUrl }),
    ],
    ...Object.entries(monitoringEntryJobs({ db: deps.db, clock: systemClock })),
  ]);
}
