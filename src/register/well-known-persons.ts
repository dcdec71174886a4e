import type { Db } from '../database.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import type { ChangeContext } from './change-context.ts';
import { captureBiometrics } from './biometrics.ts';
import { buildAddressList } from './data/address-list.ts';
import { drawSyntheticFace } from './generator/synthetic-face.ts';
import {
  changeName,
  declareAddress,
  issueDocument,
  recordMarriage,
  registerDeath,
} from './life-events.ts';
import { registerPerson } from './registration.ts';
import * as store from './store.ts';
import type { Dataset } from './tables.ts';
import { wellKnownPersonTexts as texts } from './well-known-person-texts.ts';

/**
 * Persons that are always there, with the same codes and data: in the register's demo data (the
 * development provider lists them for sign-in) and, always, in the test data set, where a test
 * connection's queries are answered from. The README, the API documentation, the connection
 * page and `GET /api/v1/test-persons` list them.
 */
export const WELL_KNOWN_PERSONS = [
  { personalCode: '161175-19997', name: 'Jānis Bērziņš', ...texts.janis },
  { personalCode: '290156-11605', name: 'Anna Kalniņa', ...texts.anna },
  { personalCode: '320731-20115', name: 'Pēteris Ozols', ...texts.peteris },
  { personalCode: '010101-10006', name: 'Marta Liepa', ...texts.marta },
  { personalCode: '090314-24174', name: 'Līga Bērziņa', ...texts.liga },
  { personalCode: '210788-12336', name: 'Kārlis Kalns', ...texts.karlis },
] as const;

/** The series of the test data set's well-known documents, which no real document carries. */
const TEST_DOCUMENT_SERIES = 'TS';

/** Their codes, which the generated persons of a data set must not take. */
export const WELL_KNOWN_CODES: ReadonlySet<string> = new Set(
  WELL_KNOWN_PERSONS.map((p) => p.personalCode),
);

/**
 * Registers the well-known persons in a data set, once, through the register's own rules. Several
 * processes may start together: the first takes the lock and loads, the others then find them.
 * Only the register's own set gets their BDAS data; the data API does not give it.
 */
export async function loadWellKnownPersons(
  db: Db,
  envelope: Envelope,
  dataset: Dataset = 'production',
): Promise<void> {
  const addresses = buildAddressList();
  const addressIn = (settlement: string, index: number) => {
    const found = addresses.filter((a) => a.settlement === settlement)[index];
    if (found === undefined) throw new Error(`No address in ${settlement}`);
    return found.code;
  };
  await db.transaction().execute(async (trx) => {
    await store.lockWellKnownPersons(trx, dataset);
    const first = WELL_KNOWN_PERSONS[0].personalCode;
    if ((await store.findPersonByCode(trx, first, dataset)) !== undefined) return;
    const ctx = (process: string, today = '2026-11-01'): ChangeContext => ({
      authority: 'PMLP',
      process,
      today,
      dataset,
    });
    // Document numbers are unique across data sets: the test set's carry a series of its own.
    const documentNumber = (number: string) =>
      dataset === 'test' ? `${TEST_DOCUMENT_SERIES}${number.slice(2)}` : number;
    const register = async (
      personalCode: string,
      givenNames: string,
      surname: string,
      birthDate: string,
      sex: 'male' | 'female',
      place: string,
      parentCodes: string[] = [],
    ) =>
      registerPerson(
        trx,
        {
          personalCode,
          givenNames,
          surname,
          birthDate,
          sex,
          birth: { place, country: 'LV', registrationEntry: `${place} dzimtsarakstu nodaļa` },
          nationality: { status: 'citizen', country: 'LV' },
          address: null,
          parentCodes,
        },
        ctx('registration'),
      );
    const janis = await register('161175-19997', 'Jānis', 'Bērziņš', '1975-11-16', 'male', 'Rīga');
    const anna = await register(
      '290156-11605',
      'Anna',
      'Liepiņa',
      '1956-01-29',
      'female',
      'Jelgava',
    );
    const peteris = await register(
      '32073120115',
      'Pēteris',
      'Ozols',
      '1990-04-12',
      'male',
      'Cēsis',
    );
    const marta = await register(
      '010101-10006',
      'Marta',
      'Liepa',
      '1901-01-01',
      'female',
      'Valmiera',
    );
    const liga = await register('090314-24174', 'Līga', 'Bērziņa', '2014-03-09', 'female', 'Rīga', [
      '161175-19997',
      '290156-11605',
    ]);
    const karlis = await register('210788-12336', 'Kārlis', 'Kalns', '1988-07-21', 'male', 'Rīga');

    await declareAddress(
      trx,
      janis.personId,
      { addressCode: addressIn('Rīga', 10), flat: '5', kind: 'declared', validFrom: '2010-03-01' },
      ctx('address_declaration'),
    );
    await declareAddress(
      trx,
      anna.personId,
      {
        addressCode: addressIn('Jelgava', 3),
        flat: null,
        kind: 'declared',
        validFrom: '1980-06-15',
      },
      ctx('address_declaration'),
    );
    await declareAddress(
      trx,
      peteris.personId,
      { addressCode: addressIn('Rīga', 40), flat: '12', kind: 'declared', validFrom: '2018-09-01' },
      ctx('address_declaration'),
    );
    await declareAddress(
      trx,
      marta.personId,
      {
        addressCode: addressIn('Valmiera', 1),
        flat: null,
        kind: 'declared',
        validFrom: '1960-01-01',
      },
      ctx('address_declaration'),
    );

    await declareAddress(
      trx,
      liga.personId,
      { addressCode: addressIn('Rīga', 10), flat: '5', kind: 'declared', validFrom: '2014-03-09' },
      ctx('address_declaration'),
    );
    // Kārlis moved: his Rīga address is the former one, Liepāja's the current.
    await declareAddress(
      trx,
      karlis.personId,
      { addressCode: addressIn('Rīga', 25), flat: '8', kind: 'declared', validFrom: '2012-05-02' },
      ctx('address_declaration'),
    );
    await declareAddress(
      trx,
      karlis.personId,
      {
        addressCode: addressIn('Liepāja', 7),
        flat: null,
        kind: 'declared',
        validFrom: '2025-06-01',
      },
      ctx('address_declaration'),
    );

    await recordMarriage(
      trx,
      anna.personId,
      { spousePersonalCode: '161175-19997', marriedOn: '2001-08-18', place: 'Rīga' },
      ctx('marriage_registration'),
    );
    await changeName(
      trx,
      anna.personId,
      { givenNames: 'Anna', surname: 'Kalniņa', validFrom: '2001-08-18', reason: 'marriage' },
      ctx('name_change'),
    );

    await issueDocument(
      trx,
      janis.personId,
      {
        type: 'passport',
        number: documentNumber('LV4021175'),
        issuer: 'PMLP Rīgas 1. nodaļa',
        issuedOn: '2021-05-10',
        expiresOn: '2031-05-10',
      },
      ctx('document_issue'),
    );
    await issueDocument(
      trx,
      janis.personId,
      {
        type: 'eid_card',
        number: documentNumber('PA0071653'),
        issuer: 'PMLP Rīgas 1. nodaļa',
        issuedOn: '2023-02-02',
        expiresOn: '2028-02-02',
      },
      ctx('document_issue'),
    );
    await issueDocument(
      trx,
      anna.personId,
      {
        type: 'passport',
        number: documentNumber('LV3305619'),
        issuer: 'PMLP Jelgavas nodaļa',
        issuedOn: '2019-09-20',
        expiresOn: '2029-09-20',
      },
      ctx('document_issue'),
    );
    await issueDocument(
      trx,
      peteris.personId,
      {
        type: 'eid_card',
        number: documentNumber('PA0193042'),
        issuer: 'PMLP Rīgas 2. nodaļa',
        issuedOn: '2024-04-12',
        expiresOn: '2029-04-12',
      },
      ctx('document_issue'),
    );

    if (dataset === 'production') {
      await captureWellKnownBiometrics(trx, envelope, janis.personId, anna.personId);
    }

    await registerDeath(
      trx,
      marta.personId,
      { diedOn: '1989-12-03', place: 'Valmiera' },
      ctx('death_registration'),
    );
  });
}

/** Jānis's and Anna's BDAS data: the facial images and fingerprints the residents' service shows. */
async function captureWellKnownBiometrics(
  trx: Db,
  envelope: Envelope,
  janisId: number,
  annaId: number,
): Promise<void> {
  const capture = async (
    personId: number,
    sex: 'male' | 'female',
    at: string,
    seed: number,
    process: 'identity_document' | 'driving_licence',
    authority: string,
  ) =>
    captureBiometrics(
      trx,
      envelope,
      personId,
      {
        process,
        capturedAt: new Date(at),
        facialImage: drawSyntheticFace(seed, sex),
        fingerprints:
          process === 'identity_document'
            ? [
                { finger: 2, impression: 'plain', quality: 87 },
                { finger: 7, impression: 'plain', quality: 74 },
              ]
            : [],
      },
      { authority, process, today: '2026-11-01' },
    );
  await capture(janisId, 'male', '2021-05-10T09:14:00Z', 1975, 'identity_document', 'PMLP');
  await capture(janisId, 'male', '2016-03-22T12:40:00Z', 1976, 'driving_licence', 'CSDD');
  await capture(annaId, 'female', '2019-09-20T10:02:00Z', 1956, 'identity_document', 'PMLP');
}
