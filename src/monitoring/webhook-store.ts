import { STORED_EVENT_COLUMNS } from './event-shape.ts';
import { sql, type Selectable } from 'kysely';
import type { Environment } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import type { WebhookDisabledReason, WebhookErrorKind, WebhookTables } from './tables.ts';

/** Queries on the webhook tables: endpoints, their secrets, resends and attempts. */

export type EndpointRow = Selectable<WebhookTables['monitoring_webhook_endpoints']>;

export async function endpointOfConnection(
  db: Db,
  connectionId: number,
): Promise<EndpointRow | null> {
  const row = await db
    .selectFrom('monitoring_webhook_endpoints')
    .selectAll()
    .where('connection_id', '=', connectionId)
    .executeTakeFirst();
  return row ?? null;
}

/** The highest event sequence of a stream so far (0 when it has none). */
export async function lastEventSeq(
  db: Db,
  organisationId: number,
  environment: Environment,
): Promise<number> {
  const row = await db
    .selectFrom('monitoring_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('organisation_id', '=', organisationId)
    .where('environment', '=', environment)
    .executeTakeFirst();
  return row?.seq ?? 0;
}

export async function insertEndpoint(
  trx: Db,
  values: {
    connectionId: number;
    organisationId: number;
    environment: Environment;
    url: string;
    deliveredSeq: number;
    now: Date;
  },
): Promise<number> {
  const row = await trx
    .insertInto('monitoring_webhook_endpoints')
    .values({
      connection_id: values.connectionId,
      organisation_id: values.organisationId,
      environment: values.environment,
      url: values.url,
      delivered_seq: values.deliveredSeq,
      next_attempt_at: values.now,
      disabled_reason: null,
      disabled_at: null,
      failing_since: null,
      lease_token: null,
      lease_until: null,
      created_at: values.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setEndpointUrl(trx: Db, endpointId: number, url: string): Promise<void> {
  await trx
    .updateTable('monitoring_webhook_endpoints')
    .set({ url })
    .where('id', '=', endpointId)
    .execute();
}

/** Gives every current secret of the endpoint an end, for a rotation's overlap. */
export async function retireSecrets(trx: Db, endpointId: number, retiresAt: Date): Promise<void> {
  await trx
    .updateTable('monitoring_webhook_secrets')
    .set({ retires_at: retiresAt, reveal_hash: null, reveal_until: null })
    .where('endpoint_id', '=', endpointId)
    .where((eb) => eb.or([eb('retires_at', 'is', null), eb('retires_at', '>', retiresAt)]))
    .execute();
}

export async function insertSecret(
  trx: Db,
  values: { endpointId: number; sealed: Buffer; revealHash: Buffer; revealUntil: Date; now: Date },
): Promise<number> {
  const row = await trx
    .insertInto('monitoring_webhook_secrets')
    .values({
      endpoint_id: values.endpointId,
      sealed: values.sealed,
      created_at: values.now,
      retires_at: null,
      reveal_hash: values.revealHash,
      reveal_until: values.revealUntil,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface SecretRow {
  id: number;
  sealed: Uint8Array;
  created_at: Date;
  retires_at: Date | null;
}

/** The secrets that sign now: the current one and any still in a rotation's overlap. */
export async function liveSecrets(db: Db, endpointId: number, now: Date): Promise<SecretRow[]> {
  return db
    .selectFrom('monitoring_webhook_secrets')
    .select(['id', 'sealed', 'created_at', 'retires_at'])
    .where('endpoint_id', '=', endpointId)
    .where((eb) => eb.or([eb('retires_at', 'is', null), eb('retires_at', '>', now)]))
    .orderBy('id', 'desc')
    .execute();
}

/** Takes the secret to show once: the reveal is spent whether or not it matched in time. */
export async function takeRevealedSecret(
  trx: Db,
  endpointId: number,
  revealHash: Buffer,
  now: Date,
): Promise<SecretRow | null> {
  const row = await trx
    .updateTable('monitoring_webhook_secrets')
    .set({ reveal_hash: null, reveal_until: null })
    .where('endpoint_id', '=', endpointId)
    .where('reveal_hash', '=', revealHash)
    .where('reveal_until', '>', now)
    .returning(['id', 'sealed', 'created_at', 'retires_at'])
    .executeTakeFirst();
  return row ?? null;
}

export interface ClaimedEndpoint {
  id: number;
  organisation_id: number;
  environment: Environment;
  url: string;
  delivered_seq: number;
  failures: number;
  failing_since: Date | null;
  lease_token: string;
}

/**
 * Claims up to `limit` endpoints that have something to send and are due, each under a new lease
 * token until `leaseUntil`. SKIP LOCKED lets workers in any number of processes claim side by
 * side; a lease that ran out (its worker died) is claimed again, and the attempt it left open is
 * marked abandoned in the same transaction.
 */
export async function claimEndpoints(
  trx: Db,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<ClaimedEndpoint[]> {
  const result = await sql<ClaimedEndpoint>`
    update monitoring_webhook_endpoints
    set lease_token = gen_random_uuid(), lease_until = ${leaseUntil}
    where id in (
      select e.id from monitoring_webhook_endpoints e
      where e.status = 'active' and e.next_attempt_at <= ${now}
        and (e.lease_until is null or e.lease_until <= ${now})
        and (
          exists (select 1 from monitoring_events ev
                  where ev.organisation_id = e.organisation_id
                    and ev.environment = e.environment and ev.seq = e.delivered_seq + 1)
          or exists (select 1 from monitoring_webhook_resends r
                     where r.endpoint_id = e.id and r.sent_at is null))
      order by e.next_attempt_at, e.id
      limit ${limit}
      for update skip locked)
    returning id, organisation_id, environment, url, delivered_seq, failures, failing_since,
      lease_token::text as lease_token`.execute(trx);
  const claimed = result.rows;
  if (claimed.length > 0) {
    await trx
      .updateTable('monitoring_webhook_attempts')
      .set({ finished_at: now, error_kind: 'abandoned', succeeded: false })
      .where(
        'endpoint_id',
        'in',
        claimed.map((c) => c.id),
      )
      .where('finished_at', 'is', null)
      .execute();
  }
  return claimed;
}

/** Events asked to be sent again on their own, oldest request first, with the events. */
export async function pendingResends(
  db: Db,
  endpoint: { id: number; organisation_id: number; environment: Environment },
  limit: number,
) {
  return db
    .selectFrom('monitoring_webhook_resends as r')
    .innerJoin('monitoring_events as ev', (join) =>
      join
        .on('ev.organisation_id', '=', endpoint.organisation_id)
        .on('ev.environment', '=', endpoint.environment)
        .onRef('ev.seq', '=', 'r.seq'),
    )
    .select([
      'r.id as resend_id',
      ...STORED_EVENT_COLUMNS.map((c) => `ev.${c}` as const),
      'ev.created_at',
    ])
    .where('r.endpoint_id', '=', endpoint.id)
    .where('r.sent_at', 'is', null)
    .orderBy('r.id')
    .limit(limit)
    .execute();
}

export async function eventAt(
  db: Db,
  organisationId: number,
  environment: Environment,
  seq: number,
) {
  const row = await db
    .selectFrom('monitoring_events')
    .select([...STORED_EVENT_COLUMNS, 'created_at'])
    .where('organisation_id', '=', organisationId)
    .where('environment', '=', environment)
    .where('seq', '=', seq)
    .executeTakeFirst();
  return row === undefined ? null : row;
}

/** The next events of a stream after `afterSeq`, in order, as a delivery sends them. */
export async function eventsToDeliver(
  db: Db,
  endpoint: { organisation_id: number; environment: Environment },
  afterSeq: number,
  limit: number,
) {
  return db
    .selectFrom('monitoring_events')
    .select([...STORED_EVENT_COLUMNS, 'created_at'])
    .where('organisation_id', '=', endpoint.organisation_id)
    .where('environment', '=', endpoint.environment)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export async function startAttempt(
  db: Db,
  values: { id: string; endpointId: number; seq: number; resendId: number | null; now: Date },
): Promise<void> {
  await db
    .insertInto('monitoring_webhook_attempts')
    .values({
      id: values.id,
      endpoint_id: values.endpointId,
      seq: values.seq,
      resend_id: values.resendId,
      started_at: values.now,
      finished_at: null,
      status_code: null,
      error_kind: null,
      duration_ms: null,
      response_excerpt: null,
      succeeded: null,
    })
    .execute();
}

export interface AttemptOutcome {
  succeeded: boolean;
  statusCode: number | null;
  errorKind: WebhookErrorKind | null;
  durationMs: number;
  excerpt: string | null;
}

export async function finishAttempt(
  trx: Db,
  attemptId: string,
  outcome: AttemptOutcome,
  now: Date,
): Promise<void> {
  await trx
    .updateTable('monitoring_webhook_attempts')
    .set({
      finished_at: now,
      succeeded: outcome.succeeded,
      status_code: outcome.statusCode,
      error_kind: outcome.errorKind,
      duration_ms: outcome.durationMs,
      response_excerpt: outcome.excerpt,
    })
    .where('id', '=', attemptId)
    .where('finished_at', 'is', null)
    .execute();
}

/** An attempt about to be made: written before its POST, so a worker's death is seen. */
export interface AttemptStart {
  id: string;
  seq: number;
  resendId: number | null;
  startedAt: Date;
}

/**
 * After a 2xx, in one statement (one round trip per delivery): completes the attempt, moves the
 * cursor (or closes the resend) and keeps the lease, and starts the next attempt, if any. Does
 * nothing to the endpoint, and answers false, when the lease was lost to another worker.
 */
export async function recordSuccessAndStartNext(
  db: Db,
  endpoint: { id: number; leaseToken: string },
  done: { attempt: AttemptStart; outcome: AttemptOutcome; now: Date; leaseUntil: Date },
  next: AttemptStart | null,
): Promise<boolean> {
  const { attempt, outcome, now } = done;
  const result = await sql<{ kept: string }>`
    with finished as (
      update monitoring_webhook_attempts
      set finished_at = ${now}, succeeded = true, status_code = ${outcome.statusCode},
        error_kind = null, duration_ms = ${outcome.durationMs},
        response_excerpt = ${outcome.excerpt}
      where id = ${attempt.id} and finished_at is null
    ),
    moved as (
      update monitoring_webhook_endpoints
      set delivered_seq = case when ${attempt.resendId}::bigint is null
          then greatest(delivered_seq, ${attempt.seq}::bigint) else delivered_seq end,
        failures = 0, failing_since = null, next_attempt_at = ${now},
        lease_until = ${done.leaseUntil}
      where id = ${endpoint.id} and lease_token = ${endpoint.leaseToken}::uuid
      returning id
    ),
    closed as (
      update monitoring_webhook_resends set sent_at = ${now}
      where id = ${attempt.resendId}::bigint and exists (select 1 from moved)
    ),
    started as (
      insert into monitoring_webhook_attempts (id, endpoint_id, seq, resend_id, started_at)
      select ${next?.id ?? null}::uuid, moved.id, ${next?.seq ?? null}::bigint,
        ${next?.resendId ?? null}::bigint, ${next?.startedAt ?? null}::timestamptz
      from moved where ${next?.id ?? null}::uuid is not null
    )
    select count(*) as kept from moved
  `.execute(db);
  return Number(result.rows[0]?.kept ?? 0) > 0;
}

/** After a failure: the next try's time, or the endpoint disabled; the lease is let go. */
export async function recordFailure(
  trx: Db,
  endpoint: { id: number; leaseToken: string },
  next: {
    failures: number;
    failingSince: Date;
    nextAttemptAt: Date;
    disable: WebhookDisabledReason | null;
    now: Date;
  },
): Promise<boolean> {
  const result = await trx
    .updateTable('monitoring_webhook_endpoints')
    .set({
      failures: next.failures,
      failing_since: next.failingSince,
      next_attempt_at: next.nextAttemptAt,
      lease_token: null,
      lease_until: null,
      ...(next.disable === null
        ? {}
        : { status: 'disabled', disabled_reason: next.disable, disabled_at: next.now }),
    })
    .where('id', '=', endpoint.id)
    .where('lease_token', '=', endpoint.leaseToken)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function releaseLease(
  db: Db,
  endpoint: { id: number; leaseToken: string },
): Promise<void> {
  await db
    .updateTable('monitoring_webhook_endpoints')
    .set({ lease_token: null, lease_until: null })
    .where('id', '=', endpoint.id)
    .where('lease_token', '=', endpoint.leaseToken)
    .execute();
}

/** Active again, from where it stopped: the event that failed is the next one sent. */
export async function reenableEndpoint(trx: Db, endpointId: number, now: Date): Promise<boolean> {
  const result = await trx
    .updateTable('monitoring_webhook_endpoints')
    .set({
      status: 'active',
      disabled_reason: null,
      disabled_at: null,
      failures: 0,
      failing_since: null,
      next_attempt_at: now,
    })
    .where('id', '=', endpointId)
    .where('status', '=', 'disabled')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function insertResend(
  trx: Db,
  values: { endpointId: number; seq: number; requestedBy: string; now: Date },
): Promise<void> {
  await trx
    .insertInto('monitoring_webhook_resends')
    .values({
      endpoint_id: values.endpointId,
      seq: values.seq,
      requested_by: values.requestedBy,
      requested_at: values.now,
      sent_at: null,
    })
    .execute();
}

/** The first event of the stream (not a resend) whose attempt failed at or after `since`. */
export async function firstFailedSince(
  db: Db,
  endpointId: number,
  since: Date,
): Promise<number | null> {
  const row = await db
    .selectFrom('monitoring_webhook_attempts')
    .select((eb) => eb.fn.min('seq').as('seq'))
    .where('endpoint_id', '=', endpointId)
    .where('succeeded', '=', false)
    .where('resend_id', 'is', null)
    .where('started_at', '>=', since)
    .executeTakeFirst();
  return row?.seq === null || row?.seq === undefined ? null : row.seq;
}

/** Moves the cursor back so that events from `seq` on are sent again, in order. */
export async function rewindCursor(trx: Db, endpointId: number, seq: number, now: Date) {
  await trx
    .updateTable('monitoring_webhook_endpoints')
    .set({
      delivered_seq: sql<number>`least(delivered_seq, ${seq - 1})`,
      next_attempt_at: now,
    })
    .where('id', '=', endpointId)
    .execute();
}

export interface AttemptRow {
  seq: number;
  eventId: string | null;
  resend: boolean;
  startedAt: Date;
  statusCode: number | null;
  errorKind: WebhookErrorKind | null;
  durationMs: number | null;
  succeeded: boolean | null;
  excerpt: string | null;
}

/** The latest attempts, newest first, with the event id they carried. */
export async function latestAttempts(
  db: Db,
  endpoint: { id: number; organisation_id: number; environment: Environment },
  limit: number,
): Promise<AttemptRow[]> {
  const rows = await db
    .selectFrom('monitoring_webhook_attempts as a')
    .leftJoin('monitoring_events as ev', (join) =>
      join
        .on('ev.organisation_id', '=', endpoint.organisation_id)
        .on('ev.environment', '=', endpoint.environment)
        .onRef('ev.seq', '=', 'a.seq'),
    )
    .select([
      'a.seq',
      'ev.id as event_id',
      'a.resend_id',
      'a.started_at',
      'a.status_code',
      'a.error_kind',
      'a.duration_ms',
      'a.succeeded',
      'a.response_excerpt',
    ])
    .where('a.endpoint_id', '=', endpoint.id)
    .orderBy('a.started_at', 'desc')
    .orderBy('a.seq', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    seq: r.seq,
    eventId: r.event_id,
    resend: r.resend_id !== null,
    startedAt: r.started_at,
    statusCode: r.status_code,
    errorKind: r.error_kind,
    durationMs: r.duration_ms,
    succeeded: r.succeeded,
    excerpt: r.response_excerpt,
  }));
}

/** The connection an endpoint belongs to, as a mail or a page names it. */
export async function connectionOfEndpoint(
  db: Db,
  endpointId: number,
): Promise<{ client_id: string; name: string; organisation_id: number; url: string }> {
  return db
    .selectFrom('monitoring_webhook_endpoints as e')
    .innerJoin('connections as c', 'c.id', 'e.connection_id')
    .select(['c.client_id', 'c.name', 'e.organisation_id', 'e.url'])
    .where('e.id', '=', endpointId)
    .executeTakeFirstOrThrow();
}

/**
 * Deletes delivery attempts started before `before`, at most `limit` of them (oldest first), so
 * one run is a short transaction; answers how many went.
 */
export async function deleteAttemptsBefore(db: Db, before: Date, limit: number): Promise<number> {
  const result = await sql`
    delete from monitoring_webhook_attempts where id in (
      select id from monitoring_webhook_attempts where started_at < ${before}
      order by started_at limit ${limit}
    )
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Deletes requests to send an event again that no attempt refers to any more and that are done
 * with: sent before `before`, or of an event the retention has deleted (nothing left to send).
 */
export async function deleteSpentResends(db: Db, before: Date): Promise<number> {
  const result = await sql`
    delete from monitoring_webhook_resends r
    using monitoring_webhook_endpoints e
    where e.id = r.endpoint_id
      and not exists (select 1 from monitoring_webhook_attempts a where a.resend_id = r.id)
      and (
        (r.sent_at is not null and r.sent_at < ${before})
        or not exists (
          select 1 from monitoring_events ev
          where ev.organisation_id = e.organisation_id and ev.environment = e.environment
            and ev.seq = r.seq))
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
