import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Environment } from '../../src/agreements/service.ts';
import type { Db } from '../../src/database.ts';
import { makePerson } from './factories.ts';

/**
 * Events as the producer writes them, for tests of what reads them: `count` events of one
 * person, numbered on from the stream's last sequence, in one insert.
 */
export async function makeMonitoringEvents(
  db: Db,
  stream: { organisationId: number; environment: Environment },
  count: number,
  options: { personId?: number } = {},
): Promise<{ id: string; seq: number; personalCode: string }[]> {
  const person =
    options.personId === undefined
      ? await makePerson(db)
      : await db
          .selectFrom('persons')
          .select(['id', 'personal_code'])
          .where('id', '=', options.personId)
          .executeTakeFirstOrThrow();
  const personId = 'personId' in person ? person.personId : person.id;
  const personalCode = 'personalCode' in person ? person.personalCode : person.personal_code;
  const change = await db
    .selectFrom('register_changes')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('person_id', '=', personId)
    .executeTakeFirstOrThrow();
  if (change.seq === null) throw new Error('the person has no register change');
  const last = await db
    .selectFrom('monitoring_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('organisation_id', '=', stream.organisationId)
    .where('environment', '=', stream.environment)
    .executeTakeFirst();
  const first = (last?.seq ?? 0) + 1;
  const rows = Array.from({ length: count }, (_, i) => ({
    organisation_id: stream.organisationId,
    environment: stream.environment,
    seq: first + i,
    id: randomUUID(),
    type: 'change' as const,
    person_id: personId,
    personal_code: personalCode,
    reference: `ref-${String(first + i)}`,
    kind: 'address',
    scopes: sql<string[]>`array['addresses']::text[]`,
    change_seq: change.seq,
    occurred_at: new Date(),
  }));
  await db.insertInto('monitoring_events').values(rows).execute();
  return rows.map((r) => ({ id: r.id, seq: r.seq, personalCode }));
}
