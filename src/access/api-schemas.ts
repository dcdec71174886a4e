import { Type, type Static } from 'typebox';
import { IsoDate, StringEnum } from '../platform/http/schemas.ts';
import { TextSchema } from '../platform/i18n/text-schema.ts';
import { DATA_SCOPES, PersonalCodeField, PersonRecordSchema } from '../register/service.ts';
import { MAX_BATCH } from './provision.ts';

/** Schemas of the inter-system data API; names are the API's own, never database columns. */

export const Scope = StringEnum(DATA_SCOPES, {
  title: 'DataScope',
  description: 'A data scope of the Population Register',
});

const Environment = Type.Union([Type.Literal('test'), Type.Literal('production')], {
  title: 'Environment',
  description: 'The environment of the connection: test data or production data',
});

const Purpose = Type.String({
  minLength: 1,
  maxLength: 500,
  description: 'The purpose of use, exactly as the agreement states it (see GET /api/v1/agreement)',
});
const EndUser = Type.String({
  minLength: 1,
  maxLength: 200,
  description: 'The end user or the case the data serve; recorded with each audit row',
});
const Scopes = Type.Array(Scope, {
  minItems: 1,
  maxItems: DATA_SCOPES.length,
  uniqueItems: true,
  description: 'Scopes wanted; all that the agreement grants for the purpose when left out',
});

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      pattern: '^[A-Za-z0-9._:-]{8,100}$',
      description:
        'Send a new key (for example a UUID) with every call, and the same key when you repeat ' +
        'it: a repeated call answers the first answer again without a second charge. Without a ' +
        'key, a call whose answer was lost on the way (a timeout, a dropped connection, a crash ' +
        'on either side after the charge committed) is charged again when repeated.',
      examples: ['0f8e2c5a-4d1b-4b7e-9a43-6c2d1e9f7b10'],
    }),
  ),
});

export const ByCodeBody = Type.Object(
  {
    personalCode: PersonalCodeField,
    purpose: Purpose,
    endUser: EndUser,
    scopes: Type.Optional(Scopes),
  },
  { additionalProperties: false, title: 'ByCodeRequest' },
);
export const BatchBody = Type.Object(
  {
    personalCodes: Type.Array(PersonalCodeField, { minItems: 1, maxItems: MAX_BATCH }),
    purpose: Purpose,
    endUser: EndUser,
    scopes: Type.Optional(Scopes),
  },
  { additionalProperties: false, title: 'BatchRequest' },
);
export const SearchBody = Type.Object(
  {
    surname: Type.String({ minLength: 1, maxLength: 100 }),
    givenNames: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    birthDate: Type.Optional(IsoDate),
    purpose: Purpose,
    endUser: EndUser,
    scopes: Type.Optional(Scopes),
  },
  {
    additionalProperties: false,
    title: 'SearchRequest',
    description:
      'The surname, and at least one of `givenNames` and `birthDate`: a surname alone is ' +
      'refused (400 `validation_failed`). Allowed only where the agreement allows searching by ' +
      'criteria (`criteriaSearch` of GET /api/v1/agreement).',
    anyOf: [{ required: ['givenNames'] }, { required: ['birthDate'] }],
  },
);

const Fee = Type.Object(
  {
    perPersonCents: Type.Integer({ description: 'State fee per person provided, in euro cents' }),
    totalCents: Type.Integer(),
    exempt: Type.Boolean({
      description: 'A public-law body: nothing charged, the exemption recorded',
    }),
  },
  { title: 'Fee' },
);

const AnswerFrame = {
  requestId: Type.String(),
  agreement: Type.String({
    description: 'Reference of the agreement the data were provided under',
  }),
  environment: Environment,
  purpose: Type.String(),
  scopes: Type.Array(Scope),
  fee: Fee,
};

export const PersonAnswer = Type.Object(
  { ...AnswerFrame, person: PersonRecordSchema },
  { title: 'PersonAnswer', description: 'The person, with the scopes granted for the purpose' },
);
export const PersonsAnswer = Type.Object(
  {
    ...AnswerFrame,
    persons: Type.Array(PersonRecordSchema),
    notFound: Type.Array(Type.String(), {
      description: 'Codes asked for that are not in the data set: not provided, not charged',
    }),
  },
  {
    title: 'PersonsAnswer',
    description: 'The persons found, with the scopes granted for the purpose; the fee is theirs',
  },
);

export const AgreementAnswer = Type.Object(
  {
    agreement: Type.String(),
    environment: Environment,
    criteriaSearch: Type.Boolean({
      description: 'Whether searching by name and birth date is allowed',
    }),
    purposes: Type.Array(
      Type.Object({
        purpose: Type.String(),
        scopes: Type.Array(Scope),
        legalBasis: Type.Array(
          Type.Object({ scope: Scope, law: Type.String(), article: Type.String() }),
        ),
      }),
    ),
    fee: Type.Object({ perPersonCents: Type.Integer(), exempt: Type.Boolean() }),
    balanceCents: Type.Integer({ description: 'The prepaid balance now' }),
  },
  {
    title: 'AgreementAnswer',
    description: 'The terms in force for this connection’s environment, and the balance',
  },
);

export type SearchBody = Static<typeof SearchBody>;

const TestPerson = Type.Object(
  {
    personalCode: Type.String({ description: 'The personal code to query by' }),
    name: Type.String({ description: 'Given names and surname' }),
    tryWith: Type.Object(TextSchema.properties, {
      description: 'What the person shows that is worth trying, in Latvian and English',
    }),
  },
  { title: 'TestPerson' },
);

export const TestPersonsAnswer = Type.Object(
  {
    environment: Type.Literal('test'),
    persons: Type.Array(TestPerson),
  },
  {
    title: 'TestPersonsAnswer',
    description:
      'The well-known persons that are always in the test data set, with what each is good for',
  },
);
