/** The residents' e-service's public face. */
export {
  startRun,
  findOwnRun,
  findOpenRun,
  acceptTerms,
  queryBdas,
  finishRun,
  closeAbandonedRun,
  history,
  CLOSE_ABANDONED_RUN_JOB,
  RUN_TIMEOUT_MINUTES,
  type Run,
} from './runs.ts';
export {
  submitDeficiencyReport,
  submitErrorReport,
  changeReportStatus,
  openReportForStaff,
  readAttachment,
  reportQueue,
} from './reports.ts';
export { KIND_NAMES, STATUS_NAMES } from './report-mail.ts';
export { DATA_ITEMS } from './report-form.ts';
export type { ReportKind, ReportStatus } from './tables.ts';
export { REPORT_REFERENCE_PATTERN } from './public-ids.ts';
