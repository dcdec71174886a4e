import { requestsAwaitingAgreement } from './draft-request-store.ts';
import {
  monthlyFees,
  appliedTariff,
  type AppliedTariff,
  type MonthlyFees,
  agreementById,
  agreementByReference,
  agreementsOfOrganisation,
  allAgreements,
  amendmentOf,
  approvalsOf,
  commentsOf,
  grantsOf,
  organisationById,
  versionsOf,
  type AgreementRow,
  type ApprovalRow,
  type CommentRow,
  type GrantRow,
  type OrganisationRow,
  type VersionRow,
  type Side,
} from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { AppError } from '../platform/errors.ts';
import { agreementErrors } from './agreement-errors.ts';

/** Who reads: an organisation sees only its own agreements; PMLP officers see all. */
export type AgreementViewer = { side: 'organisation'; organisationId: number } | { side: 'pmlp' };

export interface AgreementView {
  agreement: AgreementRow;
  organisation: OrganisationRow;
  grants: GrantRow[];
  versions: VersionRow[];
  latest: VersionRow;
  comments: CommentRow[];
  approvals: ApprovalRow[];
  /** The sides that approved the latest version. */
  latestApprovedBy: Side[];
  /** Whose turn it is to write the next version: the side that did not write the latest. */
  turn: Side;
  fees: MonthlyFees;
  stateFeeCents: number;
  /** The state fee's row of the price list, shown beside the monthly fees' rows. */
  stateFee: AppliedTariff;
  amends: { reference: string } | null;
  amendment: { reference: string; status: AgreementRow['status'] } | null;
}

export async function readAgreement(
  db: Db,
  reference: string,
  viewer: AgreementViewer,
): Promise<AgreementView> {
  const agreement = await agreementByReference(db, reference);
  if (
    agreement === undefined ||
    (viewer.side === 'organisation' && agreement.organisation_id !== viewer.organisationId)
  ) {
    throw new AppError(agreementErrors.agreement_not_found);
  }
  const organisation = await organisationById(db, agreement.organisation_id);
  const versions = await versionsOf(db, agreement.id);
  const latest = versions.at(-1);
  if (organisation === undefined || latest === undefined) {
    throw new AppError(agreementErrors.agreement_not_found);
  }
  const approvals = await approvalsOf(db, agreement.id);
  const terms = {
    environments: agreement.environments,
    pdpUsers: agreement.pdp_users,
    systemConnections: agreement.system_connections,
    monitoring: agreement.monitoring,
    monitoringPersons: agreement.monitoring_persons,
  };
  const amended =
    agreement.amends_agreement_id === null
      ? undefined
      : await agreementById(db, agreement.amends_agreement_id);
  const amendment = await amendmentOf(db, agreement.id);
  const stateFee = await appliedTariff(db, 'state_fee_per_person', agreement.valid_from);
  return {
    agreement,
    organisation,
    grants: await grantsOf(db, agreement.id),
    versions,
    latest,
    comments: await commentsOf(db, agreement.id),
    approvals,
    latestApprovedBy: approvals.filter((a) => a.version === latest.number).map((a) => a.side),
    turn: latest.side === 'pmlp' ? 'organisation' : 'pmlp',
    fees: await monthlyFees(db, terms, agreement.valid_from, organisation.fee_exempt),
    stateFeeCents: stateFee.amountCents,
    stateFee,
    amends: amended === undefined ? null : { reference: amended.reference },
    amendment:
      amendment === undefined ? null : { reference: amendment.reference, status: amendment.status },
  };
}

export function versionOf(view: AgreementView, number: number): VersionRow {
  const version = view.versions.find((v) => v.number === number);
  if (version === undefined) throw new AppError(agreementErrors.agreement_version_not_found);
  return version;
}

export async function listOwnAgreements(db: Db, organisationId: number) {
  return agreementsOfOrganisation(db, organisationId);
}

export async function listAllAgreements(db: Db) {
  return allAgreements(db);
}

export { requestsAwaitingAgreement };
