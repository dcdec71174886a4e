import { Type, type Static } from 'typebox';

const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const PersonalCodeField = Type.String({
  minLength: 1,
  maxLength: 20,
  description: 'Personal code, old (DDMMYY-CNNNN) or new (32…) format, hyphen optional',
  examples: ['161175-19997'],
});

export const Sex = Type.Union([Type.Literal('male'), Type.Literal('female')]);

export const IdentityData = Type.Object(
  {
    personalCode: Type.String(),
    givenNames: Type.String(),
    surname: Type.String(),
    birthDate: IsoDate,
    sex: Sex,
    status: Type.Union([
      Type.Literal('active'),
      Type.Literal('deceased'),
      Type.Literal('emigrated'),
    ]),
  },
  { title: 'IdentityData' },
);

export const NameEntry = Type.Object(
  {
    givenNames: Type.String(),
    surname: Type.String(),
    latinGivenNames: Type.String(),
    latinSurname: Type.String(),
    validFrom: IsoDate,
    validTo: Nullable(IsoDate),
    reason: Type.String(),
  },
  { title: 'NameEntry' },
);

export const BirthData = Type.Object(
  {
    place: Type.String(),
    country: Type.String(),
    registrationEntry: Type.String(),
  },
  { title: 'BirthData' },
);

export const NationalityData = Type.Object(
  {
    status: Type.Union([
      Type.Literal('citizen'),
      Type.Literal('non_citizen'),
      Type.Literal('foreigner'),
      Type.Literal('stateless'),
    ]),
    country: Nullable(Type.String()),
    validFrom: IsoDate,
  },
  { title: 'NationalityData' },
);

export const AddressEntry = Type.Object(
  {
    kind: Type.Union([Type.Literal('declared'), Type.Literal('additional')]),
    addressCode: Type.String(),
    address: Type.String({ description: 'As the address register writes it' }),
    flat: Nullable(Type.String()),
    validFrom: IsoDate,
    validTo: Nullable(IsoDate),
  },
  { title: 'AddressEntry' },
);

export const DocumentEntry = Type.Object(
  {
    type: Type.Union([
      Type.Literal('passport'),
      Type.Literal('eid_card'),
      Type.Literal('residence_permit'),
    ]),
    number: Type.String(),
    issuer: Type.String(),
    issuedOn: IsoDate,
    expiresOn: IsoDate,
    status: Type.Union([
      Type.Literal('valid'),
      Type.Literal('invalidated'),
      Type.Literal('expired'),
    ]),
  },
  { title: 'DocumentEntry' },
);

export const MarriageEntry = Type.Object(
  {
    spousePersonalCode: Type.String(),
    marriedOn: IsoDate,
    place: Type.String(),
    endedOn: Nullable(IsoDate),
    endReason: Nullable(Type.Union([Type.Literal('divorce'), Type.Literal('death')])),
  },
  { title: 'MarriageEntry' },
);

export const CivilStatusData = Type.Object(
  {
    status: Type.Union([
      Type.Literal('single'),
      Type.Literal('married'),
      Type.Literal('divorced'),
      Type.Literal('widowed'),
    ]),
    marriages: Type.Array(MarriageEntry),
  },
  { title: 'CivilStatusData' },
);

export const RelativesData = Type.Object(
  {
    parents: Type.Array(Type.String({ description: 'Personal code' })),
    children: Type.Array(Type.String({ description: 'Personal code' })),
  },
  { title: 'RelativesData' },
);

export const DeathData = Type.Object(
  { diedOn: IsoDate, place: Type.String() },
  { title: 'DeathData' },
);

/** A person as the register holds them, one optional member per data scope. */
export const PersonRecord = Type.Object(
  {
    personalCode: Type.String(),
    identity: Type.Optional(IdentityData),
    names_history: Type.Optional(Type.Array(NameEntry)),
    birth: Type.Optional(Nullable(BirthData)),
    nationality: Type.Optional(Nullable(NationalityData)),
    addresses: Type.Optional(Type.Array(AddressEntry)),
    documents: Type.Optional(Type.Array(DocumentEntry)),
    civil_status: Type.Optional(CivilStatusData),
    relatives: Type.Optional(RelativesData),
    death: Type.Optional(Nullable(DeathData)),
  },
  { title: 'PersonRecord' },
);

export type IdentityData = Static<typeof IdentityData>;
export type NameEntry = Static<typeof NameEntry>;
export type BirthData = Static<typeof BirthData>;
export type NationalityData = Static<typeof NationalityData>;
export type AddressEntry = Static<typeof AddressEntry>;
export type DocumentEntry = Static<typeof DocumentEntry>;
export type CivilStatusData = Static<typeof CivilStatusData>;
export type RelativesData = Static<typeof RelativesData>;
export type DeathData = Static<typeof DeathData>;
export type PersonRecord = Static<typeof PersonRecord>;
