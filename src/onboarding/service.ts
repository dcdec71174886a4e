/**
 * Onboarding's public face: access requests, working days, and the negotiation of agreements
 * (written through agreements' service).
 */
export {
  workingCalendar,
  weekOf,
  type WorkingCalendar,
  type CalendarException,
  type IsoDay,
} from './working-days.ts';
export { loadWorkingCalendar, calendarExceptionsFrom } from './calendar-store.ts';
export { addCalendarException, validateException } from './calendar.ts';
export { requestErrors } from './request-errors.ts';
export { clarificationFromForm } from './clarification-text.ts';
export {
  saveDraft,
  submitRequest,
  answerClarification,
  requestForOrganisation,
  requestsOfOrganisation,
  requestIdOf,
  ANSWER_WORKING_DAYS,
  type OrgActor,
  type RequestListItem,
} from './requests.ts';
export {
  reviewQueue,
  requestForStaff,
  askClarification,
  decideScope,
  findDecidedRequest,
  type DecidedRequest,
  type ApprovedScope,
  type QueueFilter,
  type QueueItem,
  type StaffActor,
} from './request-review.ts';
export type { RequestView, ScopeView, EventView } from './request-view.ts';
export { SCOPE_NAMES, SCOPE_FIELDS } from './scope-names.ts';
export {
  STATUS_NAMES,
  DECISION_NAMES,
  formatDay,
  workingDaysText,
  problemMessages,
} from './request-texts.ts';
export { agreementErrors } from './agreement-errors.ts';
export type { AgreementActor, StepContext } from './agreement-actor.ts';
export { addComment, approveVersion, saveVersion } from './agreement-negotiation.ts';
export {
  AGREEMENT_REFERENCE_PATTERN,
  draftAgreement,
  REQUEST_REFERENCE_PATTERN,
  requestForDraft,
  startAmendment,
  terminateAgreement,
  writeDraft,
} from './agreements.ts';
export {
  listAllAgreements,
  listOwnAgreements,
  readAgreement,
  requestsAwaitingAgreement,
  versionOf,
  type AgreementView,
  type AgreementViewer,
} from './agreement-view.ts';
export { diffVersions, type DiffPart } from './agreement-diff.ts';
export { draftAgreementText, ENVIRONMENT_NAMES, scopeName } from './agreement-text.ts';
export {
  createWithRepresentative,
  createWithRepresentativeIn,
  duplicateErrors,
  fieldErrorOf,
  organisationFormValues,
} from './organisation-registration.ts';
export { AGREEMENT_TERMS_CHANGED_JOB } from './terms-changed.ts';
