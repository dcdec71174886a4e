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

/** Test identities the README lists; demo data always holds them, made by the service code. */
export const WELL_KNOWN_PERSONS = [
  {
    personalCode: '161175-19997',
    name: 'Jānis Bērziņš',
    note: {
      lv: 'BDAS dati: sejas attēli un pirkstu nospiedumi',
      en: 'BDAS data: facial images and fingerprints',
    },
  },
  {
    personalCode: '290156-11605',
    name: 'Anna Kalniņa',
    note: {
      lv: 'precējusies, agrāks uzvārds, BDAS dati',
      en: 'married, earlier surname, BDAS data',
    },
  },
  {
    personalCode: '320731-20115',
    name: 'Pēteris Ozols',
    note: { lv: 'jaunā formāta kods, BDAS datu nav', en: 'new-format code, no BDAS data' },
  },
  { personalCode: '010101-10006', name: 'Marta Liepa', note: { lv: 'mirusi', en: 'deceased' } },
] as const;

export async function loadWellKnownPersons(db: Db, envelope: Envelope): Promise<void> {
  if ((await store.findPersonByCode(db, WELL_KNOWN_PERSONS[0].personalCode)) !== undefined) return;
  const addresses = buildAddressList();
  const addressIn = (settlement: string, index: number) => {
    const found = addresses.filter((a) => a.settlement === settlement)[index];
    if (found === undefined) throw new Error(`No address in ${settlement}`);
    return found.code;
  };
  await db.transaction().execute(async (trx) => {
    const ctx = (process: string, today = '2026-11-01'): ChangeContext => ({
      authority: 'PMLP',
      process,
      today,
    });
    const register = async (
      personalCode: string,
      givenNames: string,
      surname: string,
      birthDate: string,
      sex: 'male' | 'female',
      place: string,
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
          parentCodes: [],
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
        number: 'LV4021175',
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
        number: 'PA0071653',
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
        number: 'LV3305619',
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
        number: 'PA0193042',
        issuer: 'PMLP Rīgas 2. nodaļa',
        issuedOn: '2024-04-12',
        expiresOn: '2029-04-12',
      },
      ctx('document_issue'),
    );

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
        { ...ctx(process), authority },
      );
    await capture(
      janis.personId,
      'male',
      '2021-05-10T09:14:00Z',
      1975,
      'identity_document',
      'PMLP',
    );
    await capture(janis.personId, 'male', '2016-03-22T12:40:00Z', 1976, 'driving_licence', 'CSDD');
    await capture(
      anna.personId,
      'female',
      '2019-09-20T10:02:00Z',
      1956,
      'identity_document',
      'PMLP',
    );

    await registerDeath(
      trx,
      marta.personId,
      { diedOn: '1989-12-03', place: 'Valmiera' },
      ctx('death_registration'),
    );
  });
}
