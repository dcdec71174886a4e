/**
 * Agreements' public face: organisations as parties, the agreements with them and the terms in
 * force (grants, environments), and the tariffs the agreements quote. It owns those tables; the
 * layers above read and write them only through what is exported here. Rules only: no routes,
 * no views.
 */
export { agreementsInForce, type AgreementInForce, type Grant } from './agreements-in-force.ts';
export type { AgreementStatus, Environment, LegalForm, Side, TariffCode } from './tables.ts';
export { organisationErrors } from './organisation-errors.ts';
export { tariffErrors } from './tariff-errors.ts';
export {
  isValidRegistrationNumber,
  normaliseRegistrationNumber,
  withCheckDigit,
} from './registration-number.ts';
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
  type FormErrors,
  type OrganisationForm,
  type Organisation,
  type OrganisationDetail,
  type OrganisationCreator,
} from './organisations.ts';
export {
  accessRevision,
  balanceAccount,
  organisationByRegistrationNumber,
  organisationNotice,
  setLowBalanceThreshold,
} from './organisation-store.ts';
// The agreement records: the negotiation (onboarding) decides who may take which step and writes
// each step through these, in the caller's transaction.
export {
  agreementById,
  agreementByReference,
  agreementByRequest,
  agreementsOfOrganisation,
  allAgreements,
  amendmentOf,
  approvalsOf,
  commentsOf,
  grantsOf,
  insertAgreement,
  insertApproval,
  insertComment,
  insertGrants,
  insertVersion,
  latestVersion,
  lockAgreement,
  lockAgreementById,
  markConcluded,
  markSuperseded,
  markTerminated,
  nextAgreementNumber,
  organisationById,
  organisationsWithAgreementsBetween,
  versionsOf,
  type AgreementRow,
  type ApprovalRow,
  type CommentRow,
  type GrantRow,
  type OrganisationRow,
  type VersionRow,
} from './agreement-store.ts';
export {
  feeUnits,
  formatEuro,
  monthlyFees,
  tariffRowOn,
  parseEuroAmount,
  isIsoDay,
  tariffOn,
  appliedTariff,
  type AppliedTariff,
  tariffOverview,
  checkNewTariff,
  setTariff,
  TARIFF_NAMES,
  TARIFF_CODES,
  type EnvironmentFees,
  type FeeTerms,
  type MonthlyFees,
  type TariffOverview,
} from './tariffs.ts';
export type { TariffRow } from './tariff-store.ts';
