import type { Static } from 'typebox';
import type {
  AgreementAnswer,
  BatchBody,
  ByCodeBody,
  PersonAnswer,
  PersonsAnswer,
  SearchBody,
  TestPersonsAnswer,
} from './api-schemas.ts';
import { TEST_PERSONS } from './test-persons.ts';

/**
 * Examples of the data API's requests and answers, as the document shows them; typed by the
 * schemas so an example cannot drift from the shape it illustrates. The person is a test person
 * of the test data set.
 */

const PURPOSE = 'Klienta identitātes pārbaude kredīta pieteikumam';
const END_USER = 'Pieteikums KR-2026-0042';

export const byCodeExample: Static<typeof ByCodeBody> = {
  personalCode: '161175-19997',
  purpose: PURPOSE,
  endUser: END_USER,
  scopes: ['identity'],
};

export const batchExample: Static<typeof BatchBody> = {
  personalCodes: ['161175-19997', '290156-11605'],
  purpose: PURPOSE,
  endUser: END_USER,
};

export const searchExample: Static<typeof SearchBody> = {
  surname: 'Bērziņš',
  birthDate: '1975-11-16',
  purpose: PURPOSE,
  endUser: END_USER,
};

const person = {
  personalCode: '161175-19997',
  identity: {
    personalCode: '161175-19997',
    givenNames: 'Jānis',
    surname: 'Bērziņš',
    birthDate: '1975-11-16',
    sex: 'male' as const,
    status: 'active' as const,
  },
};

const frame = {
  requestId: '6f1c2a9e-3b7d-4e25-9c1a-8d2f4b6e0a13',
  agreement: 'LIG-2026-0007',
  environment: 'production' as const,
  purpose: PURPOSE,
  scopes: ['identity' as const],
};

export const personAnswerExample: Static<typeof PersonAnswer> = {
  ...frame,
  fee: { perPersonCents: 200, totalCents: 200, exempt: false },
  person,
};

export const personsAnswerExample: Static<typeof PersonsAnswer> = {
  ...frame,
  fee: { perPersonCents: 200, totalCents: 200, exempt: false },
  persons: [person],
  notFound: ['290156-11605'],
};

export const agreementAnswerExample: Static<typeof AgreementAnswer> = {
  agreement: 'LIG-2026-0007',
  environment: 'production',
  criteriaSearch: true,
  purposes: [
    {
      purpose: PURPOSE,
      scopes: ['identity', 'addresses'],
      legalBasis: [
        { scope: 'identity', law: 'Kredītiestāžu likums', article: '61. pants' },
        { scope: 'addresses', law: 'Kredītiestāžu likums', article: '61. pants' },
      ],
    },
  ],
  fee: { perPersonCents: 200, exempt: false },
  balanceCents: 5000,
};

export const testPersonsAnswerExample: Static<typeof TestPersonsAnswer> = {
  environment: 'test',
  persons: TEST_PERSONS.slice(0, 2),
};
