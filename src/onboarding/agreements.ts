import { lockRequest, requestByReference, requestScopes } from './draft-request-store.ts';
import {
  monthlyFees,
  tariffOn,
  agreementByRequest,
  amendmentOf,
  grantsOf,
  insertAgreement,
  insertGrants,
  insertVersion,
  markTerminated,
  nextAgreementNumber,
  organisationById,
  versionsOf,
  type AgreementRow,
  type GrantRow,
  type OrganisationRow,
} from '../agreements/service.ts';
import { requestErrors } from './request-errors.ts';
import type { Db } from '../database.ts';
import { AppError } from '../platform/errors.ts';
import { rigaDate } from '../platform/time/riga.ts';
import {
  lockForActor,
  recordStep,
  type AgreementActor,
  type StepContext,
} from './agreement-actor.ts';
import { agreementErrors } from './agreement-errors.ts';
import { announceTermsChanged } from './terms-changed.ts';
import { draftAgreementText, type AgreementTemplateInput } from './agreement-text.ts';

export const AGREEMENT_REFERENCE_PATTERN = '^LIG-[0-9]{4}-[0-9]{6}$';
export const REQUEST_REFERENCE_PATTERN = '^PP-[0-9]{4}-[0-9]{6}$';

export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The decided request an agreement is drafted from, with what was approved and refused. */
export async function requestForDraft(db: Db, requestReference: string) {
  const request = await requestByReference(db, requestReference);
  if (request === undefined) throw new AppError(requestErrors.request_not_found);
  if (request.status !== 'decided') throw new AppError(agreementErrors.request_not_decided);
  const existing = await agreementByRequest(db, request.id);
  if (existing !== undefined) {
    throw new AppError(agreementErrors.agreement_exists, { reference: existing.reference });
  }
  const scopes = await requestScopes(db, request.id);
  const approved = scopes.filter((s) => s.decision === 'approved');
  if (approved.length === 0) throw new AppError(agreementErrors.nothing_approved);
  const organisation = await organisationById(db, request.organisation_id);
  if (organisation === undefined) throw new AppError(requestErrors.request_not_found);
  return {
    request,
    organisation,
    approved,
    refused: scopes.filter((s) => s.decision === 'refused'),
  };
}

/** Checks the dates staff chose; answers them, or throws `agreement_dates_invalid`. */
export function checkValidity(
  input: { validFrom: string; validUntil: string },
  today: string,
): { validFrom: string; validUntil: string | null } {
  const validFrom = input.validFrom.trim();
  const validUntil = input.validUntil.trim();
  if (!isIsoDay(validFrom) || validFrom < today) {
    throw new AppError(agreementErrors.agreement_dates_invalid);
  }
  if (validUntil !== '' && (!isIsoDay(validUntil) || validUntil < validFrom)) {
    throw new AppError(agreementErrors.agreement_dates_invalid);
  }
  return { validFrom, validUntil: validUntil === '' ? null : validUntil };
}

/** What a new agreement is drafted from: the organisation, its terms and grants, the dates. */
export interface DraftSource {
  organisation: OrganisationRow;
  requestId: number | null;
  terms: Pick<
    AgreementTemplateInput,
    | 'environments'
    | 'pdpUsers'
    | 'systemConnections'
    | 'monitoring'
    | 'monitoringPersons'
    | 'responsibleCreatesUsers'
    | 'criteriaSearch'
  >;
  grants: readonly Pick<
    GrantRow,
    'scope' | 'legal_basis_law' | 'legal_basis_article' | 'purpose'
  >[];
  validFrom: string;
  validUntil: string | null;
  /** Who wrote version 1, on PMLP's side. */
  authorName: string;
}

/**
 * Writes a new agreement under negotiation: the next reference, its terms and grants, and
 * version 1 of the text from the template with the fees on the first day, by PMLP. The officer's
 * draft and the demo data both write it here.
 */
export async function writeDraft(
  trx: Db,
  source: DraftSource,
  now: Date,
): Promise<{ id: number; reference: string }> {
  const { organisation, terms, validFrom, validUntil } = source;
  const number = await nextAgreementNumber(trx);
  const reference = `LIG-${rigaDate(now).slice(0, 4)}-${String(number).padStart(6, '0')}`;
  const id = await insertAgreement(trx, {
    organisation_id: organisation.id,
    request_id: source.requestId,
    amends_agreement_id: null,
    reference,
    status: 'negotiating',
    environments: terms.environments,
    pdp_users: terms.pdpUsers,
    system_connections: terms.systemConnections,
    monitoring: terms.monitoring,
    monitoring_persons: terms.monitoringPersons,
    responsible_creates_users: terms.responsibleCreatesUsers,
    criteria_search: terms.criteriaSearch,
    valid_from: validFrom,
    valid_until: validUntil,
  });
  const grants = source.grants.map((s) => ({
    agreement_id: id,
    scope: s.scope,
    legal_basis_law: s.legal_basis_law,
    legal_basis_article: s.legal_basis_article,
    purpose: s.purpose,
  }));
  await insertGrants(trx, grants);
  const fees = await monthlyFees(trx, terms, validFrom, organisation.fee_exempt);
  const stateFeeCents = await tariffOn(trx, 'state_fee_per_person', validFrom);
  const body = draftAgreementText({
    reference,
    organisation: {
      name: organisation.name,
      registrationNumber: organisation.registration_number,
      address: organisation.address,
    },
    grants: grants.map((g) => ({
      scope: g.scope,
      legalBasisLaw: g.legal_basis_law,
      legalBasisArticle: g.legal_basis_article,
      purpose: g.purpose,
    })),
    ...terms,
    validFrom,
    validUntil,
    fees,
    stateFeeCents,
  });
  await insertVersion(
    trx,
    { agreementId: id, number: 1, body, side: 'pmlp', authorName: source.authorName },
    now,
  );
  return { id, reference };
}

/**
 * Drafts the agreement from a decided request: the approved scopes become its grants, the
 * request's environments and numbers its terms, and version 1 of the text is written from the
 * template with the fees on the first day. The organisation is told, and it is its turn.
 */
export async function draftAgreement(
  trx: Db,
  input: {
    requestReference: string;
    validFrom: string;
    validUntil: string;
    /** The two permissions the request form does not ask for; PMLP grants them here. */
    responsibleCreatesUsers: boolean;
    criteriaSearch: boolean;
  },
  actor: Extract<AgreementActor, { side: 'pmlp' }>,
  context: StepContext,
): Promise<string> {
  const today = rigaDate(context.now);
  await lockRequest(trx, input.requestReference);
  const { request, organisation, approved } = await requestForDraft(trx, input.requestReference);
  const { validFrom, validUntil } = checkValidity(input, today);
  const { reference } = await writeDraft(
    trx,
    {
      organisation,
      requestId: request.id,
      terms: {
        environments: request.environments,
        pdpUsers: request.pdp_users,
        systemConnections: request.system_connections,
        monitoring: request.monitoring,
        monitoringPersons: request.monitoring_persons,
        responsibleCreatesUsers: input.responsibleCreatesUsers,
        criteriaSearch: input.criteriaSearch,
      },
      grants: approved,
      validFrom,
      validUntil,
      authorName: actor.name,
    },
    context.now,
  );
  const agreement = await lockForActor(trx, reference, actor);
  await recordStep(trx, agreement, actor, { kind: 'drafted' }, context);
  return reference;
}

function assertConcluded(agreement: AgreementRow): void {
  if (agreement.status === 'negotiating') {
    throw new AppError(agreementErrors.agreement_not_concluded);
  }
  if (agreement.status !== 'concluded') throw new AppError(agreementErrors.agreement_closed);
}

/**
 * Starts an amendment of a concluded agreement: a new agreement with its own reference, the
 * same grants and terms, and the concluded text as version 1 by the side that started it, so
 * the other side answers first. One open amendment at a time.
 */
export async function startAmendment(
  trx: Db,
  reference: string,
  actor: AgreementActor,
  context: StepContext,
): Promise<string> {
  const agreement = await lockForActor(trx, reference, actor);
  assertConcluded(agreement);
  const open = await amendmentOf(trx, agreement.id);
  if (open !== undefined) {
    throw new AppError(agreementErrors.amendment_exists, { reference: open.reference });
  }
  const today = rigaDate(context.now);
  const validFrom = agreement.valid_from > today ? agreement.valid_from : today;
  if (agreement.valid_until !== null && agreement.valid_until < validFrom) {
    throw new AppError(agreementErrors.agreement_closed);
  }
  const number = await nextAgreementNumber(trx);
  const newReference = `LIG-${today.slice(0, 4)}-${String(number).padStart(6, '0')}`;
  const id = await insertAgreement(trx, {
    organisation_id: agreement.organisation_id,
    request_id: agreement.request_id,
    amends_agreement_id: agreement.id,
    reference: newReference,
    criteria_search: agreement.criteria_search,
    status: 'negotiating',
    environments: agreement.environments,
    pdp_users: agreement.pdp_users,
    system_connections: agreement.system_connections,
    monitoring: agreement.monitoring,
    monitoring_persons: agreement.monitoring_persons,
    responsible_creates_users: agreement.responsible_creates_users,
    valid_from: validFrom,
    valid_until: agreement.valid_until,
  });
  const grants = await grantsOf(trx, agreement.id);
  await insertGrants(
    trx,
    grants.map((g) => ({ ...g, agreement_id: id })),
  );
  const concludedText = (await versionsOf(trx, agreement.id)).find(
    (v) => v.number === agreement.concluded_version,
  );
  await insertVersion(
    trx,
    {
      agreementId: id,
      number: 1,
      body: concludedText?.body ?? '',
      side: actor.side,
      authorName: actor.name,
    },
    context.now,
  );
  await recordStep(
    trx,
    agreement,
    actor,
    { kind: 'amendment', amendmentReference: newReference },
    context,
  );
  return newReference;
}

/**
 * Terminates a concluded agreement from a day (today or later): access ends from that day, as
 * `agreementsInForce` reads it. An amendment still under negotiation ends with it.
 */
export async function terminateAgreement(
  trx: Db,
  reference: string,
  actor: Extract<AgreementActor, { side: 'pmlp' }>,
  input: { from: string; reason: string },
  context: StepContext,
): Promise<void> {
  const agreement = await lockForActor(trx, reference, actor);
  assertConcluded(agreement);
  const reason = input.reason.trim();
  const from = input.from.trim();
  if (reason === '' || reason.length > 2000) {
    throw new AppError(agreementErrors.termination_reason_required);
  }
  if (!isIsoDay(from) || from < rigaDate(context.now)) {
    throw new AppError(agreementErrors.termination_date_past);
  }
  await markTerminated(trx, agreement.id, from, reason);
  const open = await amendmentOf(trx, agreement.id);
  if (open?.status === 'negotiating') await markTerminated(trx, open.id, from, reason);
  await recordStep(trx, agreement, actor, { kind: 'terminated', from, reason }, context, reason);
  await announceTermsChanged(trx, agreement.organisation_id, { now: context.now, from });
}
