import { sql, type ExpressionBuilder } from 'kysely';
import type { Environment } from '../agreements/service.ts';
import type { AppDatabase, Db } from '../database.ts';
import { bulkInsert } from '../platform/db/bulk-insert.ts';
import type { EntryEndReason } from './tables.ts';

/** Queries on `monitoring_entries`; the only file that writes it (the death ending aside). */

export interface OpenEntry {
  id: number;
  person_id: number;
  reference: string | null;
  ends_at: Date | null;
}

/** An entry is open while it has no end or its end is still ahead. */
function openAt(now: Date) {
  return (eb: ExpressionBuilder<AppDatabase, 'monitoring_entries'>) =>
    eb.or([
      eb('monitoring_entries.ends_at', 'is', null),
      eb('monitoring_entries.ends_at', '>', now),
    ]);
}

export async function countOpen(
  db: Db,
  organisationId: number,
  environment: Environment,
  now: Date,
): Promise<number> {
  const row = await db
    .selectFrom('monitoring_entries')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('environment', '=', environment)
    .where(openAt(now))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function openEntriesOf(
  db: Db,
  organisationId: number,
  environment: Environment,
  personIds: readonly number[],
  now: Date,
): Promise<OpenEntry[]> {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('monitoring_entries')
    .select(['id', 'person_id', 'reference', 'ends_at'])
    .where('organisation_id', '=', organisationId)
    .where('environment', '=', environment)
    .where('person_id', '=', sql<number>`any(${[...personIds]}::bigint[])`)
    .where(openAt(now))
    .execute();
}

export interface NewEntry {
  personId: number;
  reference: string | null;
}

export async function insertEntries(
  trx: Db,
  common: {
    organisationId: number;
    environment: Environment;
    purpose: string;
    addedBy: string;
    addedAt: Date;
  },
  entries: readonly NewEntry[],
): Promise<void> {
  const n = entries.length;
  const repeat = <T>(value: T): T[] => Array.from({ length: n }, () => value);
  await bulkInsert(trx, 'monitoring_entries', {
    organisation_id: { type: 'bigint', values: repeat(common.organisationId) },
    environment: { type: 'text', values: repeat(common.environment) },
    person_id: { type: 'bigint', values: entries.map((e) => e.personId) },
    reference: { type: 'text', values: entries.map((e) => e.reference) },
    purpose: { type: 'text', values: repeat(common.purpose) },
    added_by: { type: 'text', values: repeat(common.addedBy) },
    added_at: { type: 'timestamptz', values: repeat(common.addedAt) },
  });
}

/** Takes back the end set ahead on these entries: they stay open without end. */
export async function takeBackEnds(trx: Db, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await trx
    .updateTable('monitoring_entries')
    .set({ ends_at: null, ended_by: null, end_reason: null })
    .where('id', '=', sql<number>`any(${[...ids]}::bigint[])`)
    .execute();
}

export async function setReferences(
  trx: Db,
  changes: readonly { id: number; reference: string }[],
): Promise<void> {
  for (const change of changes) {
    await trx
      .updateTable('monitoring_entries')
      .set({ reference: change.reference })
      .where('id', '=', change.id)
      .execute();
  }
}

/**
 * Ends entries at `endsAt` (never before they were added). Answers the ended entries' persons
 * and purposes, for the audit log.
 */
export async function endEntries(
  trx: Db,
  ids: readonly number[],
  end: { endsAt: Date; endedBy: string; reason: EntryEndReason },
): Promise<{ person_id: number; purpose: string }[]> {
  if (ids.length === 0) return [];
  return trx
    .updateTable('monitoring_entries')
    .set({
      ends_at: sql<Date>`greatest(added_at, ${end.endsAt}::timestamptz)`,
      ended_by: end.endedBy,
      end_reason: end.reason,
    })
    .where('id', '=', sql<number>`any(${[...ids]}::bigint[])`)
    .returning(['person_id', 'purpose'])
    .execute();
}

/** The ids of the entries open now of an organisation in one environment. */
export async function openEntryIds(
  db: Db,
  organisationId: number,
  environment: Environment,
  now: Date,
): Promise<number[]> {
  const rows = await db
    .selectFrom('monitoring_entries')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('environment', '=', environment)
    .where(openAt(now))
    .execute();
  return rows.map((r) => r.id);
}

/** The (organisation, environment) pairs with an entry open at some moment since `since`. */
export async function listsOpenSince(
  db: Db,
  since: Date,
): Promise<{ organisation_id: number; environment: Environment }[]> {
  return db
    .selectFrom('monitoring_entries')
    .select(['organisation_id', 'environment'])
    .distinct()
    .where(openAt(since))
    .orderBy('organisation_id')
    .orderBy('environment')
    .execute();
}

export interface ListedEntry {
  id: number;
  personal_code: string;
  reference: string | null;
  purpose: string;
  added_by: string;
  added_at: Date;
  ends_at: Date | null;
}

/**
 * One page of the entries open now, newest first. `search` matches the start of the personal
 * code (canonical form) or any part of the reference.
 */
export async function listOpenEntries(
  db: Db,
  query: {
    organisationId: number;
    environment: Environment;
    now: Date;
    codePrefix: string | null;
    referencePart: string | null;
    limit: number;
    offset: number;
  },
): Promise<{ rows: ListedEntry[]; matching: number }> {
  let base = db
    .selectFrom('monitoring_entries')
    .innerJoin('persons', 'persons.id', 'monitoring_entries.person_id')
    .where('monitoring_entries.organisation_id', '=', query.organisationId)
    .where('monitoring_entries.environment', '=', query.environment)
    .where(openAt(query.now));
  const { codePrefix, referencePart } = query;
  if (codePrefix !== null || referencePart !== null) {
    base = base.where((eb) =>
      eb.or([
        ...(codePrefix === null
          ? []
          : [eb('persons.personal_code', 'like', `${escapeLike(codePrefix)}%`)]),
        ...(referencePart === null
          ? []
          : [eb('monitoring_entries.reference', 'ilike', `%${escapeLike(referencePart)}%`)]),
      ]),
    );
  }
  const count = await base
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .select([
      'monitoring_entries.id',
      'persons.personal_code',
      'monitoring_entries.reference',
      'monitoring_entries.purpose',
      'monitoring_entries.added_by',
      'monitoring_entries.added_at',
      'monitoring_entries.ends_at',
    ])
    .orderBy('monitoring_entries.id', 'desc')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return { rows, matching: Number(count.n) };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A person's entries in one environment, every organisation, newest first. */
export async function entriesOfPerson(
  db: Db,
  personId: number,
  environment: Environment,
): Promise<
  {
    organisation_name: string;
    purpose: string;
    added_at: Date;
    ends_at: Date | null;
  }[]
> {
  return db
    .selectFrom('monitoring_entries')
    .innerJoin('organisations', 'organisations.id', 'monitoring_entries.organisation_id')
    .select([
      'organisations.name as organisation_name',
      'monitoring_entries.purpose',
      'monitoring_entries.added_at',
      'monitoring_entries.ends_at',
    ])
    .where('monitoring_entries.person_id', '=', personId)
    .where('monitoring_entries.environment', '=', environment)
    .orderBy('monitoring_entries.added_at', 'desc')
    .limit(100)
    .execute();
}
