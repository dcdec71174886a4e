/** Onboarding's public face: organisations, access requests, working days and agreements. */
export { agreementsInForce, type AgreementInForce, type Grant } from './agreements-in-force.ts';
export type { Environment, LegalForm, Side } from './tables.ts';
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
export { clarificationStep, requestPage, type RequestPageProps } from './request-page.tsx';
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
export { RequestFacts, ScopeTable, EventList } from './views/request-parts.tsx';
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
export { ENVIRONMENT_NAMES, scopeName } from './agreement-text.ts';
export { AgreementPage, type AgreementPageProps } from './views/agreement-page.tsx';
export { AgreementVersionPage } from './views/agreement-version-page.tsx';
export { AgreementDiffPage } from './views/agreement-diff-page.tsx';
export { AGREEMENT_STATUS_NAMES, StatusTag } from './views/agreement-parts.tsx';
export {
  NOTICES as AGREEMENT_NOTICES,
  ReferenceParams as AgreementReferenceParams,
  registerNegotiationRoutes,
  viewerOf,
  wantsPage,
  type NegotiationSide,
  type ShowAgreement,
} from './agreement-http.tsx';
export {
  validateOrganisationForm,
  createOrganisation,
  registrationNumberTaken,
  findOrganisation,
  findOrganisationByNumber,
  listOrganisations,
  confirmOrganisation,
  organisationDetail,
  changeFeeExemption,
  ORGANISATION_FIELDS,
  type OrganisationForm,
  type Organisation,
  type OrganisationDetail,
  type OrganisationCreator,
} from './organisations.ts';
export {
  createWithRepresentative,
  duplicateErrors,
  fieldErrorOf,
  organisationFormValues,
} from './organisation-registration.ts';
export { onboardingErrors } from './errors.ts';
export { isValidRegistrationNumber, normaliseRegistrationNumber } from './registration-number.ts';
export { organisationNotice } from './organisation-store.ts';
export {
  OrganisationFields,
  LEGAL_FORMS,
  FIELD_LABELS,
  inLocale,
} from './views/organisation-form.tsx';
