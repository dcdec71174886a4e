import { Type } from 'typebox';
import { FEED_MAX_LIMIT } from './feed.ts';

const CURSOR_EXAMPLE = 'AQAAAAAAAAAHAQAAAAAAAAPoVb2fQ1sRr0yMZ6kN1w3h2A';

export const FeedQuery = Type.Object({
  after: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      description:
        'The `nextCursor` of the previous page. Without it the feed starts at the oldest event ' +
        'kept. A cursor is bound to the organisation and environment of the connection.',
      examples: [CURSOR_EXAMPLE],
    }),
  ),
  limit: Type.Integer({
    minimum: 1,
    maximum: FEED_MAX_LIMIT,
    default: FEED_MAX_LIMIT,
    description: `Events per page, 1 to ${String(FEED_MAX_LIMIT)}.`,
  }),
});

export const FeedHeaders = Type.Object({
  'if-none-match': Type.Optional(
    Type.String({
      maxLength: 200,
      description:
        'The `ETag` of an earlier answer to the same request: `304` when nothing is new.',
    }),
  ),
});

export const MonitoringEvent = Type.Object(
  {
    id: Type.String({
      format: 'uuid',
      description: 'Stable event id: the same in the feed and in webhook deliveries',
    }),
    sequence: Type.Integer({
      description: 'Gapless order of this organisation’s events in this environment',
    }),
    type: Type.Union([Type.Literal('change'), Type.Literal('correction')], {
      description:
        '`change`: a monitored person’s data changed. `correction`: a value this organisation ' +
        'received by the API or the Person Data Browser in the last 6 months was corrected ' +
        '(sent also when the person is not monitored).',
    }),
    environment: Type.Union([Type.Literal('production'), Type.Literal('test')]),
    personalCode: Type.String(),
    reference: Type.Union([Type.String(), Type.Null()], {
      description: 'The organisation’s own reference given when the person was added',
    }),
    kind: Type.String({
      description:
        'What changed: registration, address, name, document, civil_status, death, ... A death ' +
        'is the person’s last event: the entry ends with it.',
    }),
    scopes: Type.Array(Type.String(), {
      description: 'The data scopes touched, only those the agreement grants',
    }),
    correction: Type.Boolean({
      description: 'True when the change corrects a wrong value rather than recording a new fact',
    }),
    occurredAt: Type.String({ format: 'date-time', description: 'When the register changed' }),
  },
  {
    examples: [
      {
        id: '5a0b7c1e-3f52-4c1d-9d8e-2b6a4f0e9c11',
        sequence: 1001,
        type: 'change',
        environment: 'production',
        personalCode: '161175-19997',
        reference: 'klients-17',
        kind: 'address',
        scopes: ['addresses'],
        correction: false,
        occurredAt: '2026-11-20T08:15:02.123Z',
      },
    ],
  },
);

export const FeedAnswer = Type.Object(
  {
    events: Type.Array(MonitoringEvent),
    nextCursor: Type.String({
      description: 'Give it as `after` for the next page; the same cursor gives the same events',
      examples: [CURSOR_EXAMPLE],
    }),
    upToDate: Type.Boolean({
      description: 'True when this page reaches the newest event: poll again later',
    }),
  },
  { description: 'A page of events in order, the cursor after it, and whether it is the last' },
);

export const FEED_ANSWER_EXAMPLE = {
  events: [
    {
      id: '5a0b7c1e-3f52-4c1d-9d8e-2b6a4f0e9c11',
      sequence: 1001,
      type: 'change' as const,
      environment: 'production' as const,
      personalCode: '161175-19997',
      reference: 'klients-17',
      kind: 'address',
      scopes: ['addresses'],
      correction: false,
      occurredAt: '2026-11-20T08:15:02.123Z',
    },
  ],
  nextCursor: CURSOR_EXAMPLE,
  upToDate: true,
};
