import { createHash } from 'node:crypto';
import type { Environment } from '../agreements/service.ts';
import { chargeStateFee } from '../billing/service.ts';
import type { Db } from '../database.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { AppError } from '../platform/errors.ts';
import { rigaDate, type Clock } from '../platform/time/riga.ts';
import {
  findPersonsIn,
  providePersonRecord,
  requirePersonalCode,
  searchPersons,
  type DataScope,
  type PersonCriteria,
  type PersonRecord,
} from '../register/service.ts';
import { accessErrors } from './errors.ts';
import { findAnswer, keepAnswer } from './idempotent-answers.ts';
import { decideAccess } from './policy.ts';
import { termsInForce } from './terms-cache.ts';

/** Codes in one batch call: enough for a case file, small enough for one short transaction. */
export const MAX_BATCH = 100;
/** Persons a search by criteria may return (each is charged as provided). */
export const MAX_SEARCH_RESULTS = 10;

/** Who receives the data, through which channel, for the audit record. */
export interface Recipient {
  organisationId: number;
  environment: Environment;
  actorType: 'system_client' | 'org_user';
  /** The connection's client_id, or the browser user's id. */
  actorId: string;
  channel: 'api' | 'browser';
  requestId: string;
}

export type PersonSelector = { codes: readonly string[] } | { criteria: PersonCriteria };

export interface DataRequest {
  select: PersonSelector;
  purpose: string;
  /** The scopes asked for; null: every scope the agreement grants for the purpose. */
  scopes: readonly DataScope[] | null;
  /** The end user or case the data serve, recorded with each audit row. */
  endUser: string;
  idempotencyKey: string | null;
}

export interface Provision {
  agreement: string;
  environment: Environment;
  purpose: string;
  scopes: DataScope[];
  persons: PersonRecord[];
  /** Codes asked for that are not in the data set: not provided, not charged. */
  notFound: string[];
  feePerPersonCents: number;
  feeTotalCents: number;
  feeExempt: boolean;
  /** The end user or case the data serve, as recorded in the audit rows. */
  endUser: string;
}

function requestHash(request: DataRequest): Buffer {
  return createHash('sha256')
    .update(
      JSON.stringify({
        select: request.select,
        purpose: request.purpose,
        scopes: request.scopes,
        endUser: request.endUser,
      }),
    )
    .digest();
}

/**
 * Provides person data to an organisation with its four companions in one transaction: the
 * concluded agreement that grants the scopes in this environment, a purpose it allows, the state
 * fee debited (or the exemption recorded) before the data is read out, and an audit row per person.
 * A retry with the same Idempotency-Key answers the first answer again and pays nothing.
 */
export async function providePersons(
  db: Db,
  deps: { envelope: Envelope; clock: Clock; stateFeeCents: number },
  recipient: Recipient,
  request: DataRequest,
): Promise<Provision> {
  checkedCodes(request);
  return inTransaction(db, (trx) => providePersonsIn(trx, deps, recipient, request));
}

/**
 * `providePersons` in a transaction the caller holds: a form whose one-time token guards the
 * provision claims the token in the same transaction (docs/decisions/0018).
 */
export async function providePersonsIn(
  trx: Db,
  deps: { envelope: Envelope; clock: Clock; stateFeeCents: number },
  recipient: Recipient,
  request: DataRequest,
): Promise<Provision> {
  const codes = checkedCodes(request);
  const hash = requestHash(request);
  const key = request.idempotencyKey;
  if (key !== null) {
    const earlier = await findAnswer(trx, deps.envelope, recipient.organisationId, key);
    if (earlier !== undefined) return sameRequestOrRefuse(earlier, hash);
  }
  const today = rigaDate(deps.clock.now());
  const organisation = await termsInForce(trx, recipient.organisationId, today);
  if (organisation === null) throw new AppError(accessErrors.no_agreement_for_environment);
  const decision = decideAccess(organisation.terms, {
    environment: recipient.environment,
    purpose: request.purpose,
    scopes: request.scopes,
  });
  if (codes === null && !decision.criteriaSearch) {
    throw new AppError(accessErrors.criteria_search_not_allowed);
  }
  // The test environment answers from its own generated persons, and they cost nothing.
  const dataset = recipient.environment === 'test' ? 'test' : 'production';
  const persons =
    codes !== null
      ? await findPersonsIn(trx, [...new Set(codes)], dataset)
      : 'criteria' in request.select
        ? await searchPersons(trx, request.select.criteria, dataset, MAX_SEARCH_RESULTS)
        : [];
  if (persons.length === 0) throw new AppError(accessErrors.persons_not_found);
  const exempt = organisation.feeExempt;
  const perPerson = exempt || dataset === 'test' ? 0 : deps.stateFeeCents;
  if (perPerson > 0) {
    const charge = await chargeStateFee(trx, {
      organisationId: recipient.organisationId,
      amountCents: perPerson * persons.length,
      reference: recipient.requestId,
      idempotencyKey: key,
      today,
    });
    if (charge.replayed && key !== null) {
      // A concurrent call with this key paid first; it has committed, and so has its answer.
      const first = await findAnswer(trx, deps.envelope, recipient.organisationId, key);
      if (first === undefined) throw new AppError(accessErrors.idempotency_key_reused);
      return sameRequestOrRefuse(first, hash);
    }
  }
  const records: PersonRecord[] = [];
  for (const person of persons) {
    records.push(
      await providePersonRecord(trx, person, decision.scopes, today, {
        actorType: recipient.actorType,
        actorId: recipient.actorId,
        channel: recipient.channel,
        reason: request.endUser.trim(),
        requestId: recipient.requestId,
        organisationId: recipient.organisationId,
        purpose: decision.purpose,
        legalBasis: decision.legalBasis,
        environment: recipient.environment,
        feeCents: perPerson,
        feeExempt: exempt,
      }),
    );
  }
  const found = new Set(persons.map((p) => p.personal_code));
  const provision: Provision = {
    agreement: decision.agreementReference,
    environment: recipient.environment,
    purpose: decision.purpose,
    scopes: decision.scopes,
    persons: records,
    notFound: codes === null ? [] : [...new Set(codes)].filter((c) => !found.has(c)),
    feePerPersonCents: perPerson,
    feeTotalCents: perPerson * persons.length,
    feeExempt: exempt,
    endUser: request.endUser.trim(),
  };
  if (key !== null) {
    await keepAnswer(trx, deps.envelope, {
      organisationId: recipient.organisationId,
      key,
      requestHash: hash,
      answer: provision,
    });
  }
  return provision;
}

/** The codes asked for, each checked; null for a search by criteria. Refuses an empty request. */
function checkedCodes(request: DataRequest): string[] | null {
  if (request.endUser.trim() === '') throw new AppError(accessErrors.end_user_missing);
  const codes = 'codes' in request.select ? request.select.codes.map(requirePersonalCode) : null;
  if (codes !== null && codes.length === 0) throw new AppError(accessErrors.query_empty);
  if (codes !== null && codes.length > MAX_BATCH) {
    throw new AppError(accessErrors.batch_too_large, { max: MAX_BATCH });
  }
  return codes;
}

function sameRequestOrRefuse(earlier: { requestHash: Buffer; answer: unknown }, hash: Buffer) {
  if (!earlier.requestHash.equals(hash)) throw new AppError(accessErrors.idempotency_key_reused);
  return earlier.answer as Provision;
}
