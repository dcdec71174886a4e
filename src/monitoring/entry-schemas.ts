import { Type } from 'typebox';
import { IsoDate, IsoDateTime } from '../platform/http/schemas.ts';
import { PersonalCodeField } from '../register/service.ts';
import { MAX_ITEMS, MAX_REFERENCE } from './entries.ts';

/** Schemas of the monitoring list API; names are the API's own, never database columns. */

const Reference = Type.String({
  minLength: 1,
  maxLength: MAX_REFERENCE,
  description:
    'Your own reference for the person (a customer number, say), repeated in every event of ' +
    'the person. Given again for a person already monitored, it replaces the one kept.',
  examples: ['KL-2026-0042'],
});
const Purpose = Type.String({
  minLength: 1,
  maxLength: 500,
  description:
    'One of the purposes of the agreement that includes monitoring; may be left out when the ' +
    'agreement has exactly one',
  examples: ['Klientu identifikācija'],
});

export const PersonParams = Type.Object({ personalCode: PersonalCodeField });

export const AddBody = Type.Object(
  { reference: Type.Optional(Reference), purpose: Type.Optional(Purpose) },
  { additionalProperties: false, examples: [{ reference: 'KL-2026-0042' }] },
);

export const EndQuery = Type.Object(
  {
    endsOn: Type.Optional({
      ...IsoDate,
      description: 'Monitoring ends at the start of this day (Riga time); now when left out',
    }),
  },
  { additionalProperties: false },
);

export const BatchBody = Type.Object(
  {
    persons: Type.Array(
      Type.Object(
        { personalCode: PersonalCodeField, reference: Type.Optional(Reference) },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: MAX_ITEMS },
    ),
    purpose: Type.Optional(Purpose),
  },
  {
    additionalProperties: false,
    examples: [
      {
        persons: [
          { personalCode: '161175-19997', reference: 'KL-1' },
          { personalCode: '32579461005' },
        ],
      },
    ],
  },
);

export const ListQuery = Type.Object(
  {
    search: Type.Optional(
      Type.String({
        maxLength: 100,
        description: 'The start of a personal code, or a part of a reference',
      }),
    ),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  },
  { additionalProperties: false },
);

const Counts = {
  monitored: Type.Integer({ description: 'Persons monitored now in this environment' }),
  limit: Type.Integer({ description: 'Persons the agreement allows monitoring at once' }),
};

export const AddAnswer = Type.Object(
  {
    personalCode: Type.String({ description: 'The personal code in its canonical form' }),
    outcome: Type.Union([Type.Literal('added'), Type.Literal('already_monitored')], {
      description:
        '`already_monitored`: nothing was added (an end set ahead, if any, was taken back)',
    }),
    ...Counts,
  },
  {
    description: 'The person is monitored: added now or already before',
    examples: [{ personalCode: '161175-19997', outcome: 'added', monitored: 41, limit: 1000 }],
  },
);

export const EndAnswer = Type.Object(
  {
    personalCode: Type.String(),
    endsAt: { ...IsoDateTime, description: 'When monitoring ends (or ended)' },
    monitored: Counts.monitored,
  },
  {
    description: 'Monitoring of the person ends (or ended) at `endsAt`',
    examples: [{ personalCode: '161175-19997', endsAt: '2026-12-31T22:00:00.000Z', monitored: 41 }],
  },
);

export const BatchAnswer = Type.Object(
  {
    added: Type.Integer(),
    alreadyMonitored: Type.Integer({
      description: 'Persons monitored before the call (including those whose end was taken back)',
    }),
    ...Counts,
  },
  {
    description: 'Every person of the batch is monitored',
    examples: [{ added: 2, alreadyMonitored: 0, monitored: 43, limit: 1000 }],
  },
);

export const BatchRefusal = Type.Object(
  {
    code: Type.Literal('monitoring_batch_refused'),
    message: Type.Object({ lv: Type.String(), en: Type.String() }),
    requestId: Type.String(),
    details: Type.Object({
      limit: Type.Integer(),
      monitored: Type.Integer(),
      requested: Type.Integer({ description: 'Persons the call would add' }),
    }),
    problems: Type.Array(
      Type.Object({
        index: Type.Integer({ description: 'Position in `persons`, from 0' }),
        personalCode: Type.String({ description: 'The code as it was given' }),
        code: Type.String({ description: 'The error code, as a single call would answer it' }),
        message: Type.Object({ lv: Type.String(), en: Type.String() }),
      }),
    ),
  },
  { description: 'Nothing was changed: every bad item is listed with its reason' },
);

export const ListAnswer = Type.Object(
  {
    ...Counts,
    limit: Type.Union([Type.Integer(), Type.Null()], {
      description: 'Persons the agreement allows; null when no agreement includes monitoring',
    }),
    matching: Type.Integer({ description: 'Persons matching the search' }),
    page: Type.Integer(),
    pages: Type.Integer(),
    persons: Type.Array(
      Type.Object({
        personalCode: Type.String(),
        reference: Type.Union([Type.String(), Type.Null()]),
        purpose: Type.String(),
        addedAt: IsoDateTime,
        endsAt: Type.Union([IsoDateTime, Type.Null()], {
          description: 'Set when monitoring is to end ahead',
        }),
      }),
    ),
  },
  {
    description: 'A page of the monitored persons, with the counts',
    examples: [
      {
        monitored: 1,
        limit: 1000,
        matching: 1,
        page: 1,
        pages: 1,
        persons: [
          {
            personalCode: '161175-19997',
            reference: 'KL-2026-0042',
            purpose: 'Klientu identifikācija',
            addedAt: '2026-12-01T09:30:00.000Z',
            endsAt: null,
          },
        ],
      },
    ],
  },
);
