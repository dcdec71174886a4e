import { Type, type Static } from 'typebox';
import { IsoDate } from '../platform/http/schemas.ts';
import { DATA_SCOPES, PersonalCodeField, PersonRecordSchema } from '../register/service.ts';
import { MAX_BATCH } from './provision.ts';

/** Schemas of the inter-system data API; names are the API's own, never database columns. */

export const Scope = Type.Union(
  DATA_SCOPES.map((s) => Type.Literal(s)),
  { description: 'A data scope of the Population Register' },
);

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
  { additionalProperties: false },
);
export const BatchBody = Type.Object(
  {
    personalCodes: Type.Array(PersonalCodeField, { minItems: 1, maxItems: MAX_BATCH }),
    purpose: Purpose,
    endUser: EndUser,
    scopes: Type.Optional(Scopes),
  },
  { additionalProperties: false },
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
  { additionalProperties: false },
);

const Fee = Type.Object({
  perPersonCents: Type.Integer({ description: 'State fee per person provided, in euro cents' }),
  totalCents: Type.Integer(),
  exempt: Type.Boolean({
    description: 'A public-law body: nothing charged, the exemption recorded',
  }),
});

const AnswerFrame = {
  requestId: Type.String(),
  agreement: Type.String({
    description: 'Reference of the agreement the data were provided under',
  }),
  environment: Type.Union([Type.Literal('test'), Type.Literal('production')]),
  purpose: Type.String(),
  scopes: Type.Array(Scope),
  fee: Fee,
};

export const PersonAnswer = Type.Object({ ...AnswerFrame, person: PersonRecordSchema });
export const PersonsAnswer = Type.Object({
  ...AnswerFrame,
  persons: Type.Array(PersonRecordSchema),
  notFound: Type.Array(Type.String(), {
    description: 'Codes asked for that are not in the data set: not provided, not charged',
  }),
});

export const AgreementAnswer = Type.Object({
  agreement: Type.String(),
  environment: Type.Union([Type.Literal('test'), Type.Literal('production')]),
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
});

export type SearchBody = Static<typeof SearchBody>;
