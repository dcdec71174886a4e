import { sql } from 'kysely';
import type { Db } from '../database.ts';
import { executePrepared } from '../platform/db/prepared.ts';
import type { Dataset } from './tables.ts';

/** Kysely queries of the register; the rules live in service.ts. */

/** A person of the register itself (not of the test environment's data set). */
export async function findPersonByCode(trx: Db, code: string, dataset: Dataset = 'production') {
  return trx
    .selectFrom('persons')
    .select(['id', 'personal_code'])
    .where('personal_code', '=', code)
    .where('dataset', '=', dataset)
    .executeTakeFirst();
}

export async function findPersonsByCodes(trx: Db, codes: readonly string[], dataset: Dataset) {
  if (codes.length === 0) return [];
  const query = trx
    .selectFrom('persons')
    .select(['id', 'personal_code'])
    .where('personal_code', 'in', [...codes])
    .where('dataset', '=', dataset);
  return (await executePrepared(trx, query.compile())).rows;
}

/**
 * By current surname (and given names, birth date when given), case-insensitive, exact. Names are
 * kept as a history; the current one is the latest, so an earlier surname does not match.
 */
export async function searchPersons(
  trx: Db,
  criteria: { surname: string; givenNames: string | null; birthDate: string | null },
  dataset: Dataset,
  limit: number,
) {
  let query = trx
    .selectFrom('person_names as n')
    .innerJoin('persons as p', 'p.id', 'n.person_id')
    .innerJoin('person_identity as i', (join) =>
      join.onRef('i.person_id', '=', 'p.id').on('i.superseded_at', 'is', null),
    )
    .select(['p.id', 'p.personal_code'])
    .where('n.superseded_at', 'is', null)
    .where(sql<string>`lower(n.surname)`, '=', criteria.surname.toLowerCase())
    .where('p.dataset', '=', dataset)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('person_names as later')
            .select('later.id')
            .whereRef('later.person_id', '=', 'n.person_id')
            .where('later.superseded_at', 'is', null)
            .whereRef('later.valid_from', '>', 'n.valid_from'),
        ),
      ),
    );
  if (criteria.givenNames !== null) {
    query = query.where(sql<string>`lower(n.given_names)`, '=', criteria.givenNames.toLowerCase());
  }
  if (criteria.birthDate !== null) query = query.where('i.birth_date', '=', criteria.birthDate);
  return query.distinct().orderBy('p.personal_code').limit(limit).execute();
}

export async function findPersonById(trx: Db, id: number) {
  return trx
    .selectFrom('persons')
    .select(['id', 'personal_code'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The register's history columns, named: a prepared statement keeps its columns as first read. */
const HISTORY = ['id', 'change_seq', 'recorded_at', 'superseded_at', 'person_id'] as const;

export async function currentIdentity(trx: Db, personId: number) {
  const query = trx
    .selectFrom('person_identity')
    .select([...HISTORY, 'birth_date', 'sex', 'status'])
    .where('person_id', '=', personId)
    .where('superseded_at', 'is', null);
  return (await executePrepared(trx, query.compile())).rows[0];
}

/** Non-superseded names, oldest first; the last is the current name. */
export async function names(trx: Db, personId: number) {
  const query = trx
    .selectFrom('person_names')
    .select([
      ...HISTORY,
      'given_names',
      'surname',
      'latin_given_names',
      'latin_surname',
      'valid_from',
      'reason',
    ])
    .where('person_id', '=', personId)
    .where('superseded_at', 'is', null)
    .orderBy('valid_from')
    .orderBy('id');
  return (await executePrepared(trx, query.compile())).rows;
}

export async function currentBirth(trx: Db, personId: number) {
  return trx
    .selectFrom('person_birth')
    .selectAll()
    .where('person_id', '=', personId)
    .where('superseded_at', 'is', null)
    .executeTakeFirst();
}

export async function currentNationality(trx: Db, personId: number) {
  return trx
    .selectFrom('person_nationality')
    .selectAll()
    .where('person_id', '=', personId)
    .where('superseded_at', 'is', null)
    .orderBy('valid_from', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function addresses(trx: Db, personId: number) {
  const query = trx
    .selectFrom('person_addresses as pa')
    .innerJoin('address_list as al', 'al.code', 'pa.address_code')
    .select([
      'pa.id',
      'pa.address_code',
      'pa.flat',
      'pa.kind',
      'pa.valid_from',
      'pa.valid_to',
      'al.street',
      'al.house',
      'al.settlement',
      'al.municipality',
      'al.postal_code',
    ])
    .where('pa.person_id', '=', personId)
    .where('pa.superseded_at', 'is', null)
    .orderBy('pa.valid_from', 'desc')
    .orderBy('pa.id', 'desc');
  return (await executePrepared(trx, query.compile())).rows;
}

export async function documents(trx: Db, personId: number) {
  const query = trx
    .selectFrom('person_documents')
    .select([
      ...HISTORY,
      'type',
      'number',
      'issuer',
      'issued_on',
      'expires_on',
      'status',
      'status_reason',
    ])
    .where('person_id', '=', personId)
    .where('superseded_at', 'is', null)
    .orderBy('issued_on', 'desc');
  return (await executePrepared(trx, query.compile())).rows;
}

export async function findDocument(trx: Db, personId: number, number: string) {
  return trx
    .selectFrom('person_documents')
    .selectAll()
    .where('person_id', '=', personId)
    .where('number', '=', number)
    .where('superseded_at', 'is', null)
    .executeTakeFirst();
}

export async function documentNumberTaken(trx: Db, number: string): Promise<boolean> {
  const row = await trx
    .selectFrom('person_documents')
    .select('id')
    .where('number', '=', number)
    .where('superseded_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Marriages of a person, with the spouse's code, newest first. */
export async function marriages(trx: Db, personId: number) {
  return trx
    .selectFrom('marriages as m')
    .innerJoin('persons as s', (join) =>
      join.on(
        sql<boolean>`s.id = case when m.person_a = ${personId} then m.person_b else m.person_a end`,
      ),
    )
    .select([
      'm.id',
      'm.person_a',
      'm.person_b',
      'm.married_on',
      'm.place',
      'm.ended_on',
      'm.end_reason',
      'm.change_seq',
      's.personal_code as spouse_code',
      's.id as spouse_id',
    ])
    .where((eb) => eb.or([eb('m.person_a', '=', personId), eb('m.person_b', '=', personId)]))
    .where('m.superseded_at', 'is', null)
    .orderBy('m.married_on', 'desc')
    .execute();
}

export async function relatives(trx: Db, personId: number) {
  const parents = await trx
    .selectFrom('parentage as p')
    .innerJoin('persons as r', 'r.id', 'p.parent_id')
    .select('r.personal_code')
    .where('p.child_id', '=', personId)
    .where('p.superseded_at', 'is', null)
    .orderBy('r.personal_code')
    .execute();
  const children = await trx
    .selectFrom('parentage as p')
    .innerJoin('persons as r', 'r.id', 'p.child_id')
    .select('r.personal_code')
    .where('p.parent_id', '=', personId)
    .where('p.superseded_at', 'is', null)
    .orderBy('r.personal_code')
    .execute();
  return {
    parents: parents.map((r) => r.personal_code),
    children: children.map((r) => r.personal_code),
  };
}

export async function currentDeath(trx: Db, personId: number) {
  return trx
    .selectFrom('person_deaths')
    .selectAll()
    .where('person_id', '=', personId)
    .where('superseded_at', 'is', null)
    .executeTakeFirst();
}

export async function addressExists(trx: Db, code: string): Promise<boolean> {
  const row = await trx
    .selectFrom('address_list')
    .select('code')
    .where('code', '=', code)
    .executeTakeFirst();
  return row !== undefined;
}

/** Marks the row a change replaces; the database refuses any other update of history rows. */
export async function supersede(
  trx: Db,
  table:
    | 'person_identity'
    | 'person_names'
    | 'person_birth'
    | 'person_nationality'
    | 'person_addresses'
    | 'person_documents'
    | 'marriages'
    | 'parentage'
    | 'person_deaths',
  id: number,
): Promise<void> {
  await trx
    .updateTable(table)
    .set({ superseded_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('superseded_at', 'is', null)
    .execute();
}

export async function appendChange(
  trx: Db,
  change: {
    personId: number;
    kind: string;
    scopes: readonly string[];
    authority: string;
    process: string;
  },
): Promise<number> {
  const row = await trx
    .insertInto('register_changes')
    .values({
      person_id: change.personId,
      kind: change.kind,
      scopes: [...change.scopes],
      authority: change.authority,
      process: change.process,
    })
    .returning('seq')
    .executeTakeFirstOrThrow();
  return row.seq;
}

export async function changesAfter(trx: Db, afterSeq: number, limit: number) {
  return trx
    .selectFrom('register_changes as c')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .select([
      'c.seq',
      'p.personal_code',
      'c.kind',
      'c.scopes',
      'c.authority',
      'c.process',
      'c.occurred_at',
    ])
    .where('c.seq', '>', afterSeq)
    .where('p.dataset', '=', 'production')
    .orderBy('c.seq')
    .limit(limit)
    .execute();
}

export async function searchAddresses(trx: Db, query: string, limit: number) {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  let q = trx.selectFrom('address_list').selectAll();
  for (const word of words) {
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(
      sql<boolean>`lower(street || ' ' || house || ' ' || settlement || ' ' || municipality || ' ' || postal_code) like ${pattern}`,
    );
  }
  return q.orderBy('municipality').orderBy('street').orderBy('house').limit(limit).execute();
}

/** Held while the well-known persons of a data set are looked for and loaded. */
export async function lockWellKnownPersons(trx: Db, dataset: Dataset): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`well-known-persons:${dataset}`}))`.execute(
    trx,
  );
}
