import { Type } from 'typebox';
import { IsoDate, NonBlank, StringEnum } from '../platform/http/schemas.ts';
import { DATA_SCOPES } from './scopes.ts';
import { PersonalCodeField, Sex } from './schemas.ts';

/** Request bodies of the operator API; the rules beyond shape live in the service. */

export const PersonIdParams = Type.Object({
  personId: Type.Integer({ minimum: 1, description: 'The register’s own id of the person' }),
});

export const LookupBody = Type.Object(
  {
    personalCode: PersonalCodeField,
    scopes: Type.Optional(Type.Array(StringEnum(DATA_SCOPES), { uniqueItems: true })),
    reason: NonBlank(500),
    dataset: Type.Optional(
      Type.Union([Type.Literal('production'), Type.Literal('test')], {
        description:
          'The data set to look in: `test` finds the test environment’s persons, whose changes ' +
          'become test-environment monitoring events (default `production`)',
      }),
    ),
  },
  { additionalProperties: false },
);

export const RegistrationBody = Type.Object(
  {
    personalCode: Type.Optional(PersonalCodeField),
    givenNames: NonBlank(100),
    surname: NonBlank(100),
    birthDate: IsoDate,
    sex: Sex,
    birth: Type.Object(
      {
        place: NonBlank(200),
        country: Type.String({ pattern: '^[A-Z]{2}$' }),
        registrationEntry: NonBlank(200),
      },
      { additionalProperties: false },
    ),
    nationality: Type.Object(
      {
        status: Type.Union([
          Type.Literal('citizen'),
          Type.Literal('non_citizen'),
          Type.Literal('foreigner'),
          Type.Literal('stateless'),
        ]),
        country: Type.Union([Type.String({ pattern: '^[A-Z]{2}$' }), Type.Null()]),
      },
      { additionalProperties: false },
    ),
    address: Type.Union([
      Type.Object(
        { addressCode: NonBlank(20), flat: Type.Union([NonBlank(10), Type.Null()]) },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
    parentCodes: Type.Array(PersonalCodeField, { maxItems: 2 }),
  },
  { additionalProperties: false },
);

export const AddressBody = Type.Object(
  {
    addressCode: NonBlank(20),
    flat: Type.Union([NonBlank(10), Type.Null()]),
    kind: Type.Union([Type.Literal('declared'), Type.Literal('additional')]),
    validFrom: IsoDate,
  },
  { additionalProperties: false },
);

export const NameBody = Type.Object(
  {
    givenNames: NonBlank(100),
    surname: NonBlank(100),
    validFrom: IsoDate,
    reason: Type.Union([
      Type.Literal('marriage'),
      Type.Literal('divorce'),
      Type.Literal('change_of_name'),
    ]),
  },
  { additionalProperties: false },
);

export const DocumentBody = Type.Object(
  {
    type: Type.Union([
      Type.Literal('passport'),
      Type.Literal('eid_card'),
      Type.Literal('residence_permit'),
    ]),
    number: Type.String({ pattern: '^[A-Z]{2}[0-9]{7}$', description: 'e.g. LV1234567' }),
    issuer: NonBlank(100),
    issuedOn: IsoDate,
    expiresOn: IsoDate,
  },
  { additionalProperties: false },
);

export const InvalidationBody = Type.Object(
  {
    number: NonBlank(20),
    reason: Type.Union([
      Type.Literal('lost'),
      Type.Literal('stolen'),
      Type.Literal('damaged'),
      Type.Literal('replaced'),
      Type.Literal('other'),
    ]),
  },
  { additionalProperties: false },
);

export const MarriageBody = Type.Object(
  { spousePersonalCode: PersonalCodeField, marriedOn: IsoDate, place: NonBlank(200) },
  { additionalProperties: false },
);

export const DivorceBody = Type.Object(
  { spousePersonalCode: PersonalCodeField, divorcedOn: IsoDate },
  { additionalProperties: false },
);

export const DeathBody = Type.Object(
  { diedOn: IsoDate, place: NonBlank(200) },
  { additionalProperties: false },
);

const BiometricProcessField = Type.Union([
  Type.Literal('identity_document'),
  Type.Literal('driving_licence'),
  Type.Literal('seafarer_document'),
  Type.Literal('residence_permit'),
]);

export const BiometricsBody = Type.Object(
  {
    process: BiometricProcessField,
    capturedAt: Type.String({ format: 'date-time' }),
    facialImage: Type.Optional(
      Type.String({ contentEncoding: 'base64', maxLength: 2_900_000, description: 'PNG or JPEG' }),
    ),
    fingerprints: Type.Array(
      Type.Object(
        {
          finger: Type.Integer({ minimum: 1, maximum: 10 }),
          impression: Type.Union([Type.Literal('plain'), Type.Literal('rolled')]),
          quality: Type.Integer({ minimum: 0, maximum: 100 }),
        },
        { additionalProperties: false },
      ),
      { maxItems: 10 },
    ),
  },
  { additionalProperties: false },
);

export const ChangeResponse = Type.Object(
  { changeSeq: Type.Integer({ description: 'The change’s number in the change log' }) },
  { title: 'ChangeResponse', description: 'Recorded: the change’s number in the change log' },
);

export const ChangesQuery = Type.Object({
  after: Type.Integer({ minimum: 0, default: 0 }),
  limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
});

/** On a life event: the change corrects a wrong value rather than recording a new fact. */
export const CorrectionQuery = Type.Object({
  correction: Type.Optional(
    Type.Boolean({
      description:
        'True when this change corrects a wrong value (after a deficiency report, say) rather ' +
        'than recording a new fact; organisations that received the wrong value are told.',
    }),
  ),
});

export const ChangeEntry = Type.Object({
  seq: Type.Integer(),
  personalCode: Type.String(),
  kind: Type.String(),
  scopes: Type.Array(Type.String()),
  authority: Type.String(),
  process: Type.String(),
  occurredAt: Type.String({ format: 'date-time' }),
});

export const AddressQuery = Type.Object({
  q: Type.String({ minLength: 2, maxLength: 100 }),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
});

export const AddressListEntry = Type.Object({
  code: Type.String(),
  municipality: Type.String(),
  settlement: Type.String(),
  street: Type.String(),
  house: Type.String(),
  postalCode: Type.String(),
});
