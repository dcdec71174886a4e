import { sql, type Insertable } from 'kysely';
import type { Db } from '../database.ts';
import type { ReportKind, ReportStatus, ResidentTables } from './tables.ts';

/** Kysely queries of the residents' e-service; the rules are in service.ts and its files. */

export async function insertRun(
  trx: Db,
  run: { publicId: string; personId: number; signInMethod: string; termsAccepted: boolean },
) {
  return trx
    .insertInto('service_runs')
    .values({
      public_id: run.publicId,
      person_id: run.personId,
      service: 'bdas_info',
      sign_in_method: run.signInMethod,
      terms_accepted_at: run.termsAccepted ? sql<Date>`now()` : null,
      finished_at: null,
      ...(run.termsAccepted ? { status: 'in_progress' as const } : {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A run of this person only: another person's id finds nothing. */
export async function findRun(trx: Db, publicId: string, personId: number) {
  return trx
    .selectFrom('service_runs')
    .selectAll()
    .where('public_id', '=', publicId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** The person's newest run still waiting for the terms, if it began after `since`. */
export async function latestRunAwaitingTerms(trx: Db, personId: number, since: Date) {
  return trx
    .selectFrom('service_runs')
    .selectAll()
    .where('person_id', '=', personId)
    .where('status', '=', 'started')
    .where('started_at', '>', since)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function acceptTerms(trx: Db, runId: number) {
  await trx
    .updateTable('service_runs')
    .set({ terms_accepted_at: sql<Date>`now()`, status: 'in_progress' })
    .where('id', '=', runId)
    .where('status', 'in', ['started', 'in_progress'])
    .execute();
}

export async function closeRun(trx: Db, runId: number, status: 'finished' | 'abandoned') {
  const result = await trx
    .updateTable('service_runs')
    .set({ status, finished_at: sql<Date>`now()` })
    .where('id', '=', runId)
    .where('status', 'in', ['started', 'in_progress'])
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function runsOf(trx: Db, personId: number, limit: number) {
  return trx
    .selectFrom('service_runs')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function reportsOf(trx: Db, personId: number, limit: number) {
  return trx
    .selectFrom('resident_reports')
    .select(['id', 'reference', 'kind', 'status', 'created_at', 'updated_at'])
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

/** The reports a person made in one run, oldest first. */
export async function reportsOfRun(trx: Db, runId: number) {
  return trx
    .selectFrom('resident_reports')
    .select(['id', 'reference', 'kind', 'status', 'created_at', 'updated_at'])
    .where('run_id', '=', runId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findReport(trx: Db, reference: string) {
  return trx
    .selectFrom('resident_reports')
    .selectAll()
    .where('reference', '=', reference)
    .executeTakeFirst();
}

export async function reportUpdates(trx: Db, reportId: number) {
  return trx
    .selectFrom('report_updates')
    .selectAll()
    .where('report_id', '=', reportId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function setReportStatus(trx: Db, reportId: number, status: ReportStatus) {
  await trx
    .updateTable('resident_reports')
    .set({ status, updated_at: sql<Date>`now()` })
    .where('id', '=', reportId)
    .execute();
}

export async function reportQueue(
  trx: Db,
  filter: { kind: ReportKind | null; status: ReportStatus | null; limit: number },
) {
  let query = trx
    .selectFrom('resident_reports')
    .select(['id', 'reference', 'kind', 'status', 'data_item', 'created_at', 'updated_at'])
    .orderBy('created_at')
    .limit(filter.limit);
  if (filter.kind !== null) query = query.where('kind', '=', filter.kind);
  query =
    filter.status === null
      ? query.where('status', 'in', ['received', 'in_progress'])
      : query.where('status', '=', filter.status);
  return query.execute();
}

/** A new report; what the reporter is mailed needs its id, reference, kind and address. */
export async function insertReport(
  trx: Db,
  values: Insertable<ResidentTables['resident_reports']>,
) {
  return trx
    .insertInto('resident_reports')
    .values(values)
    .returning(['id', 'reference', 'kind', 'contact_email'])
    .executeTakeFirstOrThrow();
}

export async function insertReportUpdate(
  trx: Db,
  values: Insertable<ResidentTables['report_updates']>,
): Promise<number> {
  const row = await trx
    .insertInto('report_updates')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
