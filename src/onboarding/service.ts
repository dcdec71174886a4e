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
