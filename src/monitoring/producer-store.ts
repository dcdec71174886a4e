import { sql } from 'kysely';
import type { Db } from '../database.ts';
import {
  CORRECTION_LOOKBACK,
  CORRECTION_PROCESS_SUFFIX,
  EVENT_KIND_OF_CHANGE,
} from './event-kinds.ts';

/** A place in the change log: changes are read in (xid, seq) order. */
export interface LogPosition {
  xid: string;
  seq: number;
}

/**
 * Locks the producer's row, or answers null when another producer holds it: that one is
 * producing now, and this one has nothing to do until it is done.
 */
export async function lockProducer(trx: Db): Promise<LogPosition | null> {
  const row = await trx
    .selectFrom('monitoring_producer')
    .select([sql<string>`last_xid::text`.as('xid'), 'last_seq'])
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  return row === undefined ? null : { xid: row.xid, seq: row.last_seq };
}

/**
 * The last change of the next batch after `after`, taking only changes of transactions below the
 * oldest one still running: those have all committed (or rolled back) and no change can join
 * them before `after` any more. Null when nothing new is readable.
 */
export async function batchEnd(
  trx: Db,
  after: LogPosition,
  size: number,
): Promise<(LogPosition & { changes: number }) | null> {
  const result = await sql<{ xid: string; seq: string; changes: string }>`
    with horizon as (select pg_snapshot_xmin(pg_current_snapshot()) as xmin),
    batch as (
      select c.xid, c.seq from register_changes c, horizon h
      where (c.xid, c.seq) > (${after.xid}::xid8, ${after.seq}::bigint) and c.xid < h.xmin
      order by c.xid, c.seq
      limit ${size}
    )
    select xid::text as xid, seq, count(*) over () as changes
    from batch order by xid desc, seq desc limit 1
  `.execute(trx);
  const row = result.rows[0];
  return row === undefined
    ? null
    : { xid: row.xid, seq: Number(row.seq), changes: Number(row.changes) };
}

/**
 * Makes the events of the changes in (from, to] in one statement: each change joined with the
 * entries of its person open at the change's time and the organisation's agreement in force for
 * monitoring that day (only the scopes it grants for the entry's purpose; none, no event), and for
 * a correction, with the organisations that received the corrected scopes by the API or the
 * Person Data Browser in the six months before it (a `correction` event, unless the organisation
 * already has the change event). Numbers each organisation's events on from its last, in the
 * change log's order, and records the new last numbers. Answers how many events it made.
 */
export async function insertEvents(
  trx: Db,
  from: LogPosition,
  to: LogPosition & { changes: number },
): Promise<number> {
  const kinds = JSON.stringify(EVENT_KIND_OF_CHANGE);
  const correctionPattern = `%${CORRECTION_PROCESS_SUFFIX.replace(/_/g, '\\_')}`;
  const result = await sql<{ events: string }>`
    with batch as (
      select c.seq, c.xid, c.person_id, c.scopes, c.occurred_at,
        (c.occurred_at at time zone 'Europe/Riga')::date as day,
        (c.process = 'correction' or c.process like ${correctionPattern}) as correction,
        (c.kind = 'death_registration' and 'death' = any (c.scopes)) as death,
        case when c.kind = 'death_registration' and not ('death' = any (c.scopes))
          then 'civil_status'
          else coalesce(${kinds}::jsonb ->> c.kind, c.kind) end as kind
      from register_changes c
      where (c.xid, c.seq) > (${from.xid}::xid8, ${from.seq}::bigint)
        and (c.xid, c.seq) <= (${to.xid}::xid8, ${to.seq}::bigint)
      -- The batch's known size, for the planner: estimating the range from the row comparison
      -- alone, it took it for a large part of the log and scanned the tables joined to it.
      order by c.xid, c.seq
      limit ${to.changes}
    ),
    -- A death is the last event: later changes of the person in the same batch make none. Few
    -- changes are deaths, so each change looks among these few rather than the whole batch.
    deaths as materialized (select person_id, xid, seq from batch where death),
    -- What each organisation's agreements grant for monitoring, by purpose: a few rows per
    -- organisation, joined with the changes as a set rather than looked up change by change.
    terms as materialized (
      select a.organisation_id, g.purpose, g.scope, a.environments, a.valid_from, a.valid_until,
        a.terminated_from
      from agreements a join agreement_grants g on g.agreement_id = a.id
      where a.monitoring and a.status in ('concluded', 'terminated')
    ),
    -- The changes' open entries first (about one change in two has any), then their persons'
    -- codes for those alone: materialized, so the planner cannot look every person up first.
    hits as materialized (
      select b.seq, b.xid, b.person_id, b.kind, b.correction, b.occurred_at, b.day, b.scopes,
        e.id as entry_id, e.environment, e.organisation_id, e.purpose, e.reference
      from batch b
      join monitoring_entries e on e.person_id = b.person_id
        and e.added_at <= b.occurred_at and (e.ends_at is null or e.ends_at > b.occurred_at)
    ),
    monitored as (
      select b.seq, b.xid, b.person_id, b.environment, p.personal_code, b.kind, b.correction,
        b.occurred_at, b.organisation_id, b.reference,
        array_agg(distinct t.scope order by t.scope) as granted
      from hits b
      join persons p on p.id = b.person_id and p.dataset = b.environment
      join terms t on t.organisation_id = b.organisation_id and t.purpose = b.purpose
        and b.environment = any (t.environments)
        and t.valid_from <= b.day
        and (t.valid_until is null or t.valid_until >= b.day)
        and (t.terminated_from is null or t.terminated_from > b.day)
        and t.scope = any (b.scopes)
      where not exists (
        select 1 from deaths d
        where d.person_id = b.person_id and (d.xid, d.seq) < (b.xid, b.seq)
      )
      group by b.seq, b.xid, b.person_id, b.environment, p.personal_code, b.kind, b.correction,
        b.occurred_at, b.entry_id, b.organisation_id, b.reference
    ),
    changes as (
      select distinct on (m.seq, m.organisation_id) m.*
      from monitored m
      order by m.seq, m.organisation_id
    ),
    readers as (
      select b.*, p.dataset as environment, p.personal_code, r.organisation_id, r.received
      from batch b
      join persons p on p.id = b.person_id
      join lateral (
        select a.organisation_id, array_agg(distinct s.scope order by s.scope) as received
        from audit_events a, unnest(a.scopes) as s (scope)
        where a.subject_person_id = b.person_id and a.action = 'person.read'
          and a.organisation_id is not null and a.channel in ('api', 'browser')
          and a.environment = p.dataset
          and a.occurred_at > b.occurred_at - ${CORRECTION_LOOKBACK}::interval
          and a.occurred_at <= b.occurred_at
          and s.scope = any (b.scopes)
        group by a.organisation_id
      ) r on true
      where b.correction
        and not exists (
          select 1 from changes c where c.seq = b.seq and c.organisation_id = r.organisation_id
        )
    ),
    candidates as (
      select organisation_id, environment, 'change' as type, person_id, personal_code, reference,
        kind, granted as scopes, correction, seq as change_seq, xid, occurred_at
      from changes
      union all
      select organisation_id, environment, 'correction', person_id, personal_code, null,
        kind, received, true, seq, xid, occurred_at
      from readers
    ),
    numbered as (
      select c.*, coalesce(s.last_seq, 0) + row_number() over (
          partition by c.organisation_id, c.environment order by c.xid, c.change_seq
        ) as event_seq
      from candidates c
      left join monitoring_sequences s
        on s.organisation_id = c.organisation_id and s.environment = c.environment
    ),
    inserted as (
      insert into monitoring_events (organisation_id, environment, seq, id, type, person_id,
        personal_code, reference, kind, scopes, correction, change_seq, occurred_at)
      select organisation_id, environment, event_seq, gen_random_uuid(), type, person_id,
        personal_code, reference, kind, scopes, correction, change_seq, occurred_at
      from numbered
      returning organisation_id, environment, seq
    ),
    advanced as (
      insert into monitoring_sequences (organisation_id, environment, last_seq)
      select organisation_id, environment, max(seq) from inserted
      group by organisation_id, environment
      on conflict (organisation_id, environment) do update set last_seq = excluded.last_seq
      returning 1
    )
    select (select count(*) from inserted) as events, (select count(*) from advanced) as feeds
  `.execute(trx);
  return Number(result.rows[0]?.events ?? 0);
}

/**
 * Ends, as of the death, every entry of a person whose death is in (from, to]: the death's event
 * was that entry's last. An entry set to end later ends at the death instead.
 */
export async function endEntriesAtDeath(
  trx: Db,
  from: LogPosition,
  to: LogPosition,
): Promise<number> {
  const result = await sql`
    update monitoring_entries e
    set ends_at = greatest(d.occurred_at, e.added_at), ended_by = 'register', end_reason = 'death'
    from (
      select person_id, min(occurred_at) as occurred_at from register_changes
      where (xid, seq) > (${from.xid}::xid8, ${from.seq}::bigint)
        and (xid, seq) <= (${to.xid}::xid8, ${to.seq}::bigint)
        and kind = 'death_registration' and 'death' = any (scopes)
      group by person_id
    ) d
    where e.person_id = d.person_id and (e.ends_at is null or e.ends_at > d.occurred_at)
  `.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

export async function advanceProducer(trx: Db, to: LogPosition): Promise<void> {
  await trx
    .updateTable('monitoring_producer')
    .set({
      last_xid: sql<string>`${to.xid}::xid8`,
      last_seq: to.seq,
      produced_at: sql<Date>`now()`,
    })
    .execute();
}
