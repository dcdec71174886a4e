/** The residents' e-service's public face. */
export {
  startRun,
  continueOrStartRun,
  findOwnRun,
  findOpenRun,
  acceptTerms,
  queryBdas,
  finishRun,
  closeAbandonedRun,
  history,
  runDetails,
  CLOSE_ABANDONED_RUN_JOB,
  RUN_TIMEOUT_MINUTES,
  type Run,
} from './runs.ts';
export {
  submitDeficiencyReport,
  submitErrorReport,
  sentReport,
  changeReportStatus,
  openReportForStaff,
  readAttachment,
  reportQueue,
} from './reports.ts';
export { KIND_NAMES, STATUS_NAMES } from './report-mail.ts';
export { DATA_ITEMS } from './report-form.ts';
export type { ReportKind, ReportStatus } from './tables.ts';
export { REPORT_REFERENCE_PATTERN } from './public-ids.ts';
export { checkPeriod, parseDay, residentDataUse, PAGE_SIZE, type Period } from './data-use.ts';
export {
  openStaffView,
  staffView,
  staffViewRows,
  staffViewRow,
  checkHold,
  setHold,
  liftHold,
  STAFF_VIEW_ACTION,
  STAFF_VIEW_MINUTES,
  type StaffView,
} from './data-use-holds.ts';
export type { ProvisionRow } from './data-use-store.ts';
export {
  CHANNEL_NAMES,
  DATA_USE_TITLE,
  channelName,
  feeText,
  scopeNames,
} from './data-use-texts.ts';
export { dataUseErrors } from './errors.ts';
export { RESIDENT_NAVIGATION } from './navigation.ts';
