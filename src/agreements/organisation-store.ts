import type { Db } from '../database.ts';
import { executePrepared } from '../platform/db/prepared.ts';
import type { LegalForm } from './tables.ts';

/** Queries on organisations, their contacts and fee exemption changes; rules: organisations.ts. */

export interface OrganisationRow {
  id: number;
  registration_number: string;
  name: string;
  legal_form: LegalForm;
  address: string;
  email: string;
  fee_exempt: boolean;
  confirmed_at: Date | null;
  created_at: Date;
}

export async function insertOrganisation(
  db: Db,
  row: {
    registrationNumber: string;
    name: string;
    legalForm: LegalForm;
    address: string;
    email: string;
    feeExempt: boolean;
    confirmedAt: Date | null;
  },
): Promise<number | undefined> {
  const inserted = await db
    .insertInto('organisations')
    .values({
      registration_number: row.registrationNumber,
      name: row.name,
      legal_form: row.legalForm,
      address: row.address,
      email: row.email,
      fee_exempt: row.feeExempt,
      confirmed_at: row.confirmedAt,
    })
    .onConflict((oc) => oc.column('registration_number').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function registrationNumberTaken(db: Db, number: string): Promise<boolean> {
  const row = await db
    .selectFrom('organisations')
    .select('id')
    .where('registration_number', '=', number)
    .executeTakeFirst();
  return row !== undefined;
}

export async function findOrganisationById(
  db: Db,
  id: number,
  opts: { forUpdate?: boolean } = {},
): Promise<OrganisationRow | undefined> {
  let query = db.selectFrom('organisations').selectAll().where('id', '=', id);
  if (opts.forUpdate === true) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findOrganisationByNumber(
  db: Db,
  number: string,
): Promise<OrganisationRow | undefined> {
  return db
    .selectFrom('organisations')
    .selectAll()
    .where('registration_number', '=', number)
    .executeTakeFirst();
}

export async function listOrganisations(db: Db): Promise<OrganisationRow[]> {
  return db.selectFrom('organisations').selectAll().orderBy('name').orderBy('id').execute();
}

export async function confirmOrganisation(db: Db, id: number, now: Date): Promise<void> {
  await db
    .updateTable('organisations')
    .set({ confirmed_at: now })
    .where('id', '=', id)
    .where('confirmed_at', 'is', null)
    .execute();
}

export async function insertContact(
  db: Db,
  row: { organisationId: number; name: string; email: string; phone: string | null },
): Promise<void> {
  await db
    .insertInto('organisation_contacts')
    .values({
      organisation_id: row.organisationId,
      name: row.name,
      email: row.email,
      phone: row.phone,
    })
    .execute();
}

export async function contactsOf(
  db: Db,
  organisationId: number,
): Promise<{ id: number; name: string; email: string; phone: string | null }[]> {
  return db
    .selectFrom('organisation_contacts')
    .select(['id', 'name', 'email', 'phone'])
    .where('organisation_id', '=', organisationId)
    .orderBy('id')
    .execute();
}

export async function setFeeExempt(db: Db, id: number, feeExempt: boolean): Promise<void> {
  await db
    .updateTable('organisations')
    .set({ fee_exempt: feeExempt })
    .where('id', '=', id)
    .execute();
}

export async function insertFeeExemptionChange(
  db: Db,
  row: {
    organisationId: number;
    feeExempt: boolean;
    reason: string;
    staffId: number | null;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('fee_exemption_changes')
    .values({
      organisation_id: row.organisationId,
      fee_exempt: row.feeExempt,
      reason: row.reason,
      staff_id: row.staffId,
      changed_at: row.now,
    })
    .execute();
}

export async function feeExemptionHistory(
  db: Db,
  organisationId: number,
): Promise<{ fee_exempt: boolean; reason: string; staff_name: string | null; changed_at: Date }[]> {
  return db
    .selectFrom('fee_exemption_changes as c')
    .leftJoin('staff_users as s', 's.id', 'c.staff_id')
    .select(['c.fee_exempt', 'c.reason', 's.name as staff_name', 'c.changed_at'])
    .where('c.organisation_id', '=', organisationId)
    .orderBy('c.changed_at', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
}

/** The name and notice e-mail of an organisation, for mails and pages that name it. */
/**
 * Where an organisation's notices go: its notice address and the contact persons named at
 * registration, each address once (README, "Who gets which mail").
 */
export async function organisationNotice(
  db: Db,
  organisationId: number,
): Promise<{ name: string; email: string; recipients: string[] }> {
  const organisation = await db
    .selectFrom('organisations')
    .select(['name', 'email'])
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  const contacts = await db
    .selectFrom('organisation_contacts')
    .select('email')
    .where('organisation_id', '=', organisationId)
    .orderBy('id')
    .execute();
  const recipients = [...new Set([organisation.email, ...contacts.map((c) => c.email)])];
  return { ...organisation, recipients };
}

/** Read on every provision: the revision a trigger moves on any change to the agreements. */
export async function accessRevision(trx: Db, organisationId: number) {
  const query = trx
    .selectFrom('organisations')
    .select(['access_revision', 'fee_exempt'])
    .where('id', '=', organisationId);
  return (await executePrepared(trx, query.compile())).rows[0];
}

export async function setLowBalanceThreshold(
  db: Db,
  organisationId: number,
  thresholdCents: number | null,
): Promise<void> {
  await db
    .updateTable('organisations')
    .set({ low_balance_threshold_cents: thresholdCents })
    .where('id', '=', organisationId)
    .execute();
}

export async function organisationByRegistrationNumber(db: Db, registrationNumber: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'email', 'registration_number'])
    .where('registration_number', '=', registrationNumber)
    .executeTakeFirst();
}

/** What the organisation's balance page shows about it besides the ledger. */
export async function balanceAccount(db: Db, organisationId: number) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'registration_number', 'fee_exempt', 'low_balance_threshold_cents'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
}
