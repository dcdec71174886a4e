import type { Db } from '../database.ts';
import { appendAudit, type AuditChannel } from '../platform/audit/audit-log.ts';
import { AppError } from '../platform/errors.ts';
import { registerErrors } from './errors.ts';
import { readPersonRecord } from './person-reader.ts';
import { readBdasRecord, type BdasRecord } from './biometrics.ts';
import { requirePersonalCode } from './personal-code-check.ts';
import type { DataScope } from './scopes.ts';
import type { PersonRecord } from './schemas.ts';
import * as store from './store.ts';
import type { Dataset } from './tables.ts';

/** The register's public face: other capabilities import from here and nowhere else in it. */

export { DATA_SCOPES, isDataScope, type DataScope } from './scopes.ts';
export type { Dataset } from './tables.ts';
export { loadTestDataset, WELL_KNOWN_PERSONS } from './setup.ts';
export type { PersonRecord } from './schemas.ts';
export { PersonRecord as PersonRecordSchema, PersonalCodeField } from './schemas.ts';
export type { ChangeContext } from './change-context.ts';
export { CORRECTION_PROCESS_SUFFIX } from './change-context.ts';
export { requirePersonalCode } from './personal-code-check.ts';
export { registerErrors } from './errors.ts';
export { parsePersonalCode, isValidPersonalCode } from './personal-code.ts';
export {
  declareAddress,
  changeName,
  issueDocument,
  invalidateDocument,
  recordMarriage,
  recordDivorce,
  registerDeath,
} from './life-events.ts';
export { registerPerson, type RegistrationInput } from './registration.ts';
export {
  captureBiometrics,
  readBdasRecord,
  readFacialImage,
  type BdasRecord,
  type BiometricProcess,
} from './biometrics.ts';

export interface PersonRef {
  id: number;
  personal_code: string;
}

/** Finds a person by a personal code in any accepted form; refuses a malformed or unknown one. */
export async function findPerson(
  trx: Db,
  personalCode: string,
  dataset: Dataset = 'production',
): Promise<PersonRef> {
  const person = await store.findPersonByCode(trx, requirePersonalCode(personalCode), dataset);
  if (person === undefined) throw new AppError(registerErrors.person_not_found);
  return person;
}

/** Persons of one data set by canonical personal codes; unknown codes are simply absent. */
export async function findPersonsIn(
  trx: Db,
  codes: readonly string[],
  dataset: Dataset,
): Promise<PersonRef[]> {
  return store.findPersonsByCodes(trx, codes, dataset);
}

export interface PersonCriteria {
  surname: string;
  givenNames: string | null;
  birthDate: string | null;
}

/** Persons of one data set whose current name (and birth date, if given) match, up to `limit`. */
export async function searchPersons(
  trx: Db,
  criteria: PersonCriteria,
  dataset: Dataset,
  limit: number,
): Promise<PersonRef[]> {
  return store.searchPersons(trx, criteria, dataset, limit);
}

export async function findPersonById(trx: Db, personId: number): Promise<PersonRef> {
  const person = await store.findPersonById(trx, personId);
  if (person === undefined) throw new AppError(registerErrors.person_not_found);
  return person;
}

export interface ProvisionAudit {
  actorType: 'operator' | 'staff' | 'resident' | 'org_user' | 'system_client';
  actorId: string;
  channel: AuditChannel;
  reason: string | null;
  requestId: string;
  /** For organisations: who received the data, why, on which basis, where, and what it cost. */
  organisationId?: number;
  purpose?: string;
  legalBasis?: string;
  environment?: string;
  feeCents?: number;
  feeExempt?: boolean;
}

/**
 * Reads the scopes asked for and writes the audit row in the same transaction: no person data
 * leaves without its audit record.
 */
export async function providePersonRecord(
  trx: Db,
  person: PersonRef,
  scopes: readonly DataScope[],
  today: string,
  audit: ProvisionAudit,
): Promise<PersonRecord> {
  const record = await readPersonRecord(trx, person, scopes, today);
  await appendAudit(trx, {
    ...audit,
    subjectPersonId: person.id,
    action: 'person.read',
    scopes,
  });
  return record;
}

/**
 * What BDAS holds about a person, read for a view and audited in the same transaction: the
 * person's own view (portal) or a staff member's with a reason.
 */
export async function provideBdasRecord(
  trx: Db,
  personId: number,
  audit: ProvisionAudit,
): Promise<BdasRecord | null> {
  const record = await readBdasRecord(trx, personId);
  await appendAudit(trx, {
    ...audit,
    subjectPersonId: personId,
    action: 'bdas.read',
    scopes: ['bdas_basic', 'facial_images', 'fingerprints'],
  });
  return record;
}

export async function listChanges(trx: Db, afterSeq: number, limit: number) {
  const rows = await store.changesAfter(trx, afterSeq, limit);
  return rows.map((r) => ({
    seq: r.seq,
    personalCode: r.personal_code,
    kind: r.kind,
    scopes: r.scopes,
    authority: r.authority,
    process: r.process,
    occurredAt: r.occurred_at.toISOString(),
  }));
}

export async function searchAddresses(trx: Db, query: string, limit: number) {
  const rows = await store.searchAddresses(trx, query, limit);
  return rows.map((a) => ({
    code: a.code,
    municipality: a.municipality,
    settlement: a.settlement,
    street: a.street,
    house: a.house,
    postalCode: a.postal_code,
  }));
}
