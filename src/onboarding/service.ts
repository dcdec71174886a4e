/** Onboarding's public face: organisations, access requests, working days and agreements. */
export { agreementsInForce, type AgreementInForce, type Grant } from './agreements-in-force.ts';
export type { Environment, LegalForm, Side } from './tables.ts';
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
export { onboardingErrors } from './errors.ts';
export {
  OrganisationFields,
  LEGAL_FORMS,
  FIELD_LABELS,
  inLocale,
} from './views/organisation-form.tsx';
