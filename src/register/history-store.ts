import type { Insertable } from 'kysely';
import type { Db } from '../database.ts';
import type { Dataset, RegisterTables } from './tables.ts';

/**
 * The rows a change to the register writes (life events, registration, biometric capture):
 * Kysely queries only. The rules, the change log entry and the rows superseded are decided in
 * life-events.ts, registration.ts and biometrics.ts.
 */

type Rows<T extends keyof RegisterTables> =
  Insertable<RegisterTables[T]> | readonly Insertable<RegisterTables[T]>[];

/** The new person's id, or undefined when the personal code is registered already. */
export async function insertPerson(
  trx: Db,
  personalCode: string,
  dataset: Dataset = 'production',
): Promise<number | undefined> {
  const inserted = await trx
    .insertInto('persons')
    .values({ personal_code: personalCode, dataset })
    .onConflict((oc) => oc.columns(['personal_code', 'dataset']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

/** A capture replaces what BDAS shows of the person's name and identity. */
export async function upsertBdasSubject(
  trx: Db,
  personId: number,
  subject: Omit<Insertable<RegisterTables['bdas_subjects']>, 'person_id'>,
): Promise<void> {
  await trx
    .insertInto('bdas_subjects')
    .values({ person_id: personId, ...subject })
    .onConflict((oc) => oc.column('person_id').doUpdateSet(subject))
    .execute();
}

export async function insertPersonAddresses(
  trx: Db,
  rows: Rows<'person_addresses'>,
): Promise<void> {
  await trx.insertInto('person_addresses').values(rows).execute();
}

export async function insertPersonNames(trx: Db, rows: Rows<'person_names'>): Promise<void> {
  await trx.insertInto('person_names').values(rows).execute();
}

export async function insertPersonDocuments(
  trx: Db,
  rows: Rows<'person_documents'>,
): Promise<void> {
  await trx.insertInto('person_documents').values(rows).execute();
}

export async function insertMarriages(trx: Db, rows: Rows<'marriages'>): Promise<void> {
  await trx.insertInto('marriages').values(rows).execute();
}

export async function insertPersonIdentity(trx: Db, rows: Rows<'person_identity'>): Promise<void> {
  await trx.insertInto('person_identity').values(rows).execute();
}

export async function insertPersonDeaths(trx: Db, rows: Rows<'person_deaths'>): Promise<void> {
  await trx.insertInto('person_deaths').values(rows).execute();
}

export async function insertPersonBirth(trx: Db, rows: Rows<'person_birth'>): Promise<void> {
  await trx.insertInto('person_birth').values(rows).execute();
}

export async function insertPersonNationality(
  trx: Db,
  rows: Rows<'person_nationality'>,
): Promise<void> {
  await trx.insertInto('person_nationality').values(rows).execute();
}

export async function insertParentage(trx: Db, rows: Rows<'parentage'>): Promise<void> {
  await trx.insertInto('parentage').values(rows).execute();
}

export async function insertBdasFacialImages(
  trx: Db,
  rows: Rows<'bdas_facial_images'>,
): Promise<void> {
  await trx.insertInto('bdas_facial_images').values(rows).execute();
}

export async function insertBdasFingerprints(
  trx: Db,
  rows: Rows<'bdas_fingerprints'>,
): Promise<void> {
  await trx.insertInto('bdas_fingerprints').values(rows).execute();
}
