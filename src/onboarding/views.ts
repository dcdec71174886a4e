/**
 * Onboarding's public views: the parts of the organisations' pages that the staff pages show too
 * (a request's facts, scopes and events; an agreement's status; the organisation form). Only the
 * consumer layers (residents, backoffice) import this file; the rules are in service.ts.
 */
export { RequestFacts, ScopeTable, EventList } from './views/request-parts.tsx';
export { StatusTag } from './views/agreement-parts.tsx';
export { OrganisationFields, LEGAL_FORMS, inLocale } from './views/organisation-form.tsx';
