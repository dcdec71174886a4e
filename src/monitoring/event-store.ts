import { sql } from 'kysely';
import type { Environment } from '../agreements/service.ts';
import type { Db } from '../database.ts';

export interface FeedRows {
  /** The first sequence number still kept, and the last given (both null before any event). */
  oldest: number | null;
  last: number | null;
  /** The page's events as the JSON text of an array, and the last sequence on it. */
  json: string;
  pageLast: number | null;
}

/**
 * The feed's bounds and a page of it in one statement: the events after `afterSeq` (or after the
 * last one deleted, when later), up to `limit`, as JSON built by the database in the shape of
 * `eventJson` (event-shape.ts; a test holds the two equal), so the service's process only frames
 * it instead of parsing each row and serialising it again.
 */
export async function feedRows(
  db: Db,
  organisationId: number,
  environment: Environment,
  afterSeq: number,
  limit: number,
): Promise<FeedRows> {
  const result = await sql<{
    oldest: string | null;
    last: string | null;
    json: string;
    page_last: string | null;
  }>`
    with bounds as (
      select
        (select min(seq) from monitoring_events
          where organisation_id = ${organisationId} and environment = ${environment}) as oldest,
        (select last_seq from monitoring_sequences
          where organisation_id = ${organisationId} and environment = ${environment}) as last
    ),
    page as (
      select * from monitoring_events
      where organisation_id = ${organisationId} and environment = ${environment}
        and seq > (select greatest(${afterSeq}::bigint, coalesce(oldest, coalesce(last, 0) + 1) - 1)
                   from bounds)
      order by seq limit ${limit}
    )
    select b.oldest, b.last,
      (select coalesce(json_agg(json_build_object(
          'id', e.id, 'sequence', e.seq, 'type', e.type, 'environment', e.environment,
          'personalCode', e.personal_code, 'reference', e.reference, 'kind', e.kind,
          'scopes', e.scopes, 'correction', e.correction,
          'occurredAt', to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
        ) order by e.seq)::text, '[]') from page e) as json,
      (select max(seq) from page) as page_last
    from bounds b
  `.execute(db);
  const row = result.rows[0];
  const num = (v: string | null | undefined) => (v == null ? null : Number(v));
  return {
    oldest: num(row?.oldest),
    last: num(row?.last),
    json: row?.json ?? '[]',
    pageLast: num(row?.page_last),
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
