import { sql } from 'kysely';
import type { Environment } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { STORED_EVENT_COLUMNS, type StoredEvent } from './event-shape.ts';

/** An organisation's events in one environment after a sequence number, in order. */
export async function eventsAfter(
  db: Db,
  organisationId: number,
  environment: Environment,
  afterSeq: number,
  limit: number,
): Promise<StoredEvent[]> {
  return db
    .selectFrom('monitoring_events')
    .select(STORED_EVENT_COLUMNS)
    .where('organisation_id', '=', organisationId)
    .where('environment', '=', environment)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

/** The first sequence number still kept, and the last given (both null before any event). */
export async function feedBounds(
  db: Db,
  organisationId: number,
  environment: Environment,
): Promise<{ oldest: number | null; last: number | null }> {
  const row = await sql<{ oldest: string | null; last: string | null }>`
    select
      (select min(seq) from monitoring_events
        where organisation_id = ${organisationId} and environment = ${environment}) as oldest,
      (select last_seq from monitoring_sequences
        where organisation_id = ${organisationId} and environment = ${environment}) as last
  `.execute(db);
  const bounds = row.rows[0];
  return {
    oldest: bounds?.oldest == null ? null : Number(bounds.oldest),
    last: bounds?.last == null ? null : Number(bounds.last),
  };
}

/**
 * Deletes events made before `before`, at most `limit` of them (oldest first), so one run is a
 * short transaction; answers how many went.
 */
export async function deleteEventsBefore(db: Db, before: Date, limit: number): Promise<number> {
  const result = await sql`
    delete from monitoring_events where id in (
      select id from monitoring_events where created_at < ${before}
      order by created_at limit ${limit}
    )
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
