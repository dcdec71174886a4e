import type { Static } from 'typebox';
import type {
  AddressBody,
  BiometricsBody,
  ChangeEntry,
  DeathBody,
  DivorceBody,
  DocumentBody,
  InvalidationBody,
  LookupBody,
  MarriageBody,
  NameBody,
  RegistrationBody,
} from './operator-schemas.ts';
import type { PersonRecord } from './schemas.ts';

/** Examples of the operator API's requests and answers, as the API document shows them. */

export const lookupExample: Static<typeof LookupBody> = {
  personalCode: '161175-19997',
  scopes: ['identity', 'addresses'],
  reason: 'Iesniegums Nr. 2026/1-15/417',
};

const record: PersonRecord = {
  personalCode: '161175-19997',
  identity: {
    personalCode: '161175-19997',
    givenNames: 'Jānis',
    surname: 'Bērziņš',
    birthDate: '1975-11-16',
    sex: 'male',
    status: 'active',
  },
  addresses: [
    {
      kind: 'declared',
      addressCode: '101234567',
      address: 'Brīvības iela 1 - 5, Rīga, LV-1010',
      flat: '5',
      validFrom: '2015-03-01',
      validTo: null,
    },
  ],
};
export const lookupAnswerExample = { personId: 1042, record };

export const registrationExample: Static<typeof RegistrationBody> = {
  givenNames: 'Elza',
  surname: 'Kalniņa',
  birthDate: '2026-11-30',
  sex: 'female',
  birth: {
    place: 'Rīga',
    country: 'LV',
    registrationEntry: 'Rīgas Dzimtsarakstu nodaļa, 2026/1187',
  },
  nationality: { status: 'citizen', country: 'LV' },
  address: { addressCode: '101234567', flat: '5' },
  parentCodes: ['290156-11605'],
};
export const registrationAnswerExample = {
  personId: 1043,
  personalCode: '321104-27518',
  changeSeq: 5120,
};

export const changeAnswerExample = { changeSeq: 5121 };

export const addressExample: Static<typeof AddressBody> = {
  addressCode: '101234567',
  flat: '5',
  kind: 'declared',
  validFrom: '2026-12-01',
};
export const nameExample: Static<typeof NameBody> = {
  givenNames: 'Anna',
  surname: 'Ozola',
  validFrom: '2026-12-01',
  reason: 'marriage',
};
export const documentExample: Static<typeof DocumentBody> = {
  type: 'passport',
  number: 'LV1234567',
  issuer: 'PMLP',
  issuedOn: '2026-12-01',
  expiresOn: '2036-11-30',
};
export const invalidationExample: Static<typeof InvalidationBody> = {
  number: 'LV1234567',
  reason: 'lost',
};
export const marriageExample: Static<typeof MarriageBody> = {
  spousePersonalCode: '290156-11605',
  marriedOn: '2026-11-28',
  place: 'Rīga',
};
export const divorceExample: Static<typeof DivorceBody> = {
  spousePersonalCode: '290156-11605',
  divorcedOn: '2026-11-28',
};
export const deathExample: Static<typeof DeathBody> = { diedOn: '2026-11-28', place: 'Rīga' };
export const biometricsExample: Static<typeof BiometricsBody> = {
  process: 'identity_document',
  capturedAt: '2026-12-01T09:30:00Z',
  fingerprints: [
    { finger: 2, impression: 'plain', quality: 87 },
    { finger: 7, impression: 'plain', quality: 82 },
  ],
};

const change: Static<typeof ChangeEntry> = {
  seq: 5121,
  personalCode: '161175-19997',
  kind: 'address_declaration',
  scopes: ['addresses'],
  authority: 'PMLP',
  process: 'address_declaration',
  occurredAt: '2026-12-01T09:30:00Z',
};
export const changesAnswerExample = { changes: [change] };

export const addressesAnswerExample = {
  addresses: [
    {
      code: '101234567',
      municipality: 'Rīga',
      settlement: 'Rīga',
      street: 'Brīvības iela',
      house: '1',
      postalCode: 'LV-1010',
    },
  ],
};
