import { sql, type Selectable } from 'kysely';
import type { Db } from '../database.ts';
import type { AgreementTables, Side } from './tables.ts';

/** Agreements, their grants, versions, comments and approvals: Kysely queries only. */

export type AgreementRow = Selectable<AgreementTables['agreements']>;
export type GrantRow = Selectable<AgreementTables['agreement_grants']>;
export type VersionRow = Selectable<AgreementTables['agreement_versions']>;
export type CommentRow = Selectable<AgreementTables['agreement_comments']>;
export type ApprovalRow = Selectable<AgreementTables['agreement_approvals']>;
export type OrganisationRow = Selectable<AgreementTables['organisations']>;

export async function nextAgreementNumber(trx: Db): Promise<number> {
  const { rows } = await sql<{
    n: string;
  }>`select nextval('agreement_reference_numbers') as n`.execute(trx);
  return Number(rows[0]?.n);
}

export async function organisationById(db: Db, id: number): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function agreementByReference(
  db: Db,
  reference: string,
): Promise<AgreementRow | undefined> {
  return db
    .selectFrom('agreements')
    .selectAll()
    .where('reference', '=', reference)
    .executeTakeFirst();
}

/** The agreement row, locked for the rest of the transaction: one step of the negotiation at a time. */
export async function lockAgreement(trx: Db, reference: string): Promise<AgreementRow | undefined> {
  return trx
    .selectFrom('agreements')
    .selectAll()
    .where('reference', '=', reference)
    .forUpdate()
    .executeTakeFirst();
}

export async function agreementById(db: Db, id: number): Promise<AgreementRow | undefined> {
  return db.selectFrom('agreements').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function agreementByRequest(db: Db, requestId: number) {
  return db
    .selectFrom('agreements')
    .select(['id', 'reference'])
    .where('request_id', '=', requestId)
    .where('amends_agreement_id', 'is', null)
    .executeTakeFirst();
}

export async function amendmentOf(db: Db, agreementId: number) {
  return db
    .selectFrom('agreements')
    .selectAll()
    .where('amends_agreement_id', '=', agreementId)
    .executeTakeFirst();
}

export async function insertAgreement(
  trx: Db,
  row: Omit<
    AgreementRow,
    | 'id'
    | 'created_at'
    | 'responsible_creates_users'
    | 'criteria_search'
    | 'concluded_version'
    | 'concluded_at'
    | 'terminated_from'
    | 'termination_reason'
  > & { responsible_creates_users?: boolean; criteria_search?: boolean },
): Promise<number> {
  const inserted = await trx
    .insertInto('agreements')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function insertGrants(trx: Db, rows: GrantRow[]): Promise<void> {
  if (rows.length > 0) await trx.insertInto('agreement_grants').values(rows).execute();
}

export async function grantsOf(db: Db, agreementId: number): Promise<GrantRow[]> {
  return db
    .selectFrom('agreement_grants')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('scope')
    .execute();
}

export async function insertVersion(
  trx: Db,
  row: { agreementId: number; number: number; body: string; side: Side; authorName: string },
  at: Date,
): Promise<void> {
  await trx
    .insertInto('agreement_versions')
    .values({
      agreement_id: row.agreementId,
      number: row.number,
      body: row.body,
      side: row.side,
      author_name: row.authorName,
      created_at: at,
    })
    .execute();
}

export async function versionsOf(db: Db, agreementId: number): Promise<VersionRow[]> {
  return db
    .selectFrom('agreement_versions')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('number')
    .execute();
}

export async function latestVersion(db: Db, agreementId: number): Promise<VersionRow | undefined> {
  return db
    .selectFrom('agreement_versions')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertComment(
  trx: Db,
  row: { agreementId: number; version: number; side: Side; authorName: string; body: string },
  at: Date,
): Promise<number> {
  const inserted = await trx
    .insertInto('agreement_comments')
    .values({
      agreement_id: row.agreementId,
      version: row.version,
      side: row.side,
      author_name: row.authorName,
      body: row.body,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function commentsOf(db: Db, agreementId: number): Promise<CommentRow[]> {
  return db
    .selectFrom('agreement_comments')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('id')
    .execute();
}

/** Records a side's approval of a version; approving the same version twice changes nothing. */
export async function insertApproval(
  trx: Db,
  row: { agreementId: number; version: number; side: Side; approverName: string },
  at: Date,
): Promise<void> {
  await trx
    .insertInto('agreement_approvals')
    .values({
      agreement_id: row.agreementId,
      version: row.version,
      side: row.side,
      approver_name: row.approverName,
      approved_at: at,
    })
    .onConflict((oc) => oc.columns(['agreement_id', 'version', 'side']).doNothing())
    .execute();
}

export async function approvalsOf(db: Db, agreementId: number): Promise<ApprovalRow[]> {
  return db
    .selectFrom('agreement_approvals')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('approved_at')
    .execute();
}

export async function markConcluded(trx: Db, id: number, version: number, at: Date) {
  await trx
    .updateTable('agreements')
    .set({ status: 'concluded', concluded_version: version, concluded_at: at })
    .where('id', '=', id)
    .where('status', '=', 'negotiating')
    .execute();
}

export async function markSuperseded(trx: Db, id: number) {
  await trx
    .updateTable('agreements')
    .set({ status: 'superseded' })
    .where('id', '=', id)
    .where('status', '=', 'concluded')
    .execute();
}

export async function markTerminated(trx: Db, id: number, from: string, reason: string) {
  await trx
    .updateTable('agreements')
    .set({ status: 'terminated', terminated_from: from, termination_reason: reason })
    .where('id', '=', id)
    .execute();
}

export async function agreementsOfOrganisation(db: Db, organisationId: number) {
  return db
    .selectFrom('agreements')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('id', 'desc')
    .execute();
}

export async function allAgreements(db: Db) {
  return db
    .selectFrom('agreements as a')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .selectAll('a')
    .select('o.name as organisation_name')
    .orderBy('a.id', 'desc')
    .limit(500)
    .execute();
}

/** Holds the agreement row until commit, so two registrations against its limit take turns. */
export async function lockAgreementById(trx: Db, agreementId: number): Promise<void> {
  await trx
    .selectFrom('agreements')
    .select('id')
    .where('id', '=', agreementId)
    .forUpdate()
    .execute();
}

/** Concluded (or terminated, not yet ended) agreements of an organisation in force on a day. */
export async function concludedAgreementsOn(
  db: Db,
  organisationId: number,
  day: string,
): Promise<AgreementRow[]> {
  return db
    .selectFrom('agreements')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('status', 'in', ['concluded', 'terminated'])
    .where('valid_from', '<=', day)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', day)]))
    .where((eb) => eb.or([eb('terminated_from', 'is', null), eb('terminated_from', '>', day)]))
    .orderBy('id')
    .execute();
}

export async function grantsOfAgreements(
  db: Db,
  agreementIds: readonly number[],
): Promise<GrantRow[]> {
  return db
    .selectFrom('agreement_grants')
    .selectAll()
    .where('agreement_id', 'in', agreementIds)
    .orderBy('scope')
    .execute();
}

/**
 * Organisations with a concluded agreement in force on some day from `first` to `last`
 * (inclusive), by the same rule as `concludedAgreementsOn`.
 */
export async function organisationsWithAgreementsBetween(
  db: Db,
  first: string,
  last: string,
): Promise<number[]> {
  const rows = await db
    .selectFrom('agreements')
    .select('organisation_id')
    .distinct()
    .where('status', 'in', ['concluded', 'terminated'])
    .where('valid_from', '<=', last)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', first)]))
    .where((eb) => eb.or([eb('terminated_from', 'is', null), eb('terminated_from', '>', first)]))
    .orderBy('organisation_id')
    .execute();
  return rows.map((r) => r.organisation_id);
}
