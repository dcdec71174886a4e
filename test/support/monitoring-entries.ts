import type { Environment } from '../../src/agreements/service.ts';
import type { Db } from '../../src/database.ts';
import { TEST_PURPOSE } from './system-client.ts';

/**
 * A monitoring entry written straight to its table, for tests of what entries cause (events,
 * their end at death). `addedAt` defaults to now.
 */
export async function makeMonitoringEntry(
  db: Db,
  entry: {
    organisationId: number;
    personId: number;
    environment?: Environment;
    reference?: string | null;
    purpose?: string;
    addedAt?: Date;
    endsAt?: Date | null;
  },
): Promise<{ id: number }> {
  return db
    .insertInto('monitoring_entries')
    .values({
      organisation_id: entry.organisationId,
      environment: entry.environment ?? 'production',
      person_id: entry.personId,
      reference: entry.reference ?? null,
      purpose: entry.purpose ?? TEST_PURPOSE,
      added_by: 'user:1',
      ...(entry.addedAt === undefined ? {} : { added_at: entry.addedAt }),
      ends_at: entry.endsAt ?? null,
      ended_by: entry.endsAt === undefined || entry.endsAt === null ? null : 'user:1',
      end_reason: entry.endsAt === undefined || entry.endsAt === null ? null : 'removed',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Grants monitoring in an agreement written by the test factories (which leave it off). */
export async function allowMonitoring(db: Db, agreementId: number, persons = 1000): Promise<void> {
  await db
    .updateTable('agreements')
    .set({ monitoring: true, monitoring_persons: persons })
    .where('id', '=', agreementId)
    .execute();
}
