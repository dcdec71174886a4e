import { sql } from 'kysely';
import type { Environment } from '../agreements/service.ts';
import type { Db } from '../database.ts';

/**
 * A page of the feed as the JSON text of its `events` array, built by the database in the shape
 * of `eventJson` (event-shape.ts; a test holds the two equal), with the last sequence on it: the
 * service's process then only frames it, instead of parsing each row and serialising it again.
 */
export async function eventsJsonAfter(
  db: Db,
  organisationId: number,
  environment: Environment,
  afterSeq: number,
  limit: number,
): Promise<{ json: string; last: number | null }> {
  const result = await sql<{ json: string; last: string | null }>`
    select coalesce(json_agg(json_build_object(
        'id', e.id, 'sequence', e.seq, 'type', e.type, 'environment', e.environment,
        'personalCode', e.personal_code, 'reference', e.reference, 'kind', e.kind,
        'scopes', e.scopes, 'correction', e.correction,
        'occurredAt', to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
      ) order by e.seq)::text, '[]') as json,
      max(e.seq) as last
    from (
      select * from monitoring_events
      where organisation_id = ${organisationId} and environment = ${environment}
        and seq > ${afterSeq}
      order by seq limit ${limit}
    ) e
  `.execute(db);
  const row = result.rows[0];
  return { json: row?.json ?? '[]', last: row?.last == null ? null : Number(row.last) };
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
