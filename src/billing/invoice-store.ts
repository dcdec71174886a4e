import { sql } from 'kysely';
import type { Db } from '../database.ts';
import type { InvoiceKind, InvoiceTables } from './tables.ts';

/** Invoices, their lines, the number series, VAT rates and the monthly runs: queries only. */

export type InvoiceRow = Omit<
  InvoiceTables['invoices'],
  'id' | 'status' | 'credited' | 'created_at'
> & {
  id: number;
  status: 'unpaid' | 'paid';
  credited: boolean;
  created_at: Date;
};
export type InvoiceLineRow = InvoiceTables['invoice_lines'];

/** The VAT rate in force on a day: the latest row on or before it. */
export async function vatRateOn(db: Db, day: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('vat_rates')
    .select('rate_percent')
    .where('valid_from', '<=', day)
    .orderBy('valid_from', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.rate_percent;
}

/**
 * Takes the next number of the year's series in the issuing transaction. The row stays locked
 * until that transaction ends, so a second issue waits and a rolled-back one leaves no gap.
 */
export async function nextInvoiceNumber(trx: Db, year: number): Promise<number> {
  const row = await trx
    .insertInto('invoice_number_series')
    .values({ year, last: 1 })
    .onConflict((oc) =>
      oc.column('year').doUpdateSet({ last: sql<number>`invoice_number_series.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

/** Holds one organisation's month until the transaction ends: one issue at a time for it. */
export async function lockOrganisationMonth(
  trx: Db,
  organisationId: number,
  month: string,
): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`invoice:${String(organisationId)}:${month}`}))`.execute(
    trx,
  );
}

export async function invoiceInForce(
  db: Db,
  organisationId: number,
  month: string,
): Promise<InvoiceRow | undefined> {
  return db
    .selectFrom('invoices')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('month', '=', month)
    .where('kind', '=', 'invoice')
    .where('credited', '=', false)
    .executeTakeFirst();
}

export async function insertInvoice(
  trx: Db,
  row: {
    number: string;
    year: number;
    kind: InvoiceKind;
    correctsInvoiceId: number | null;
    organisationId: number;
    month: string;
    issuedOn: string;
    dueOn: string;
    netCents: number;
    vatCents: number;
    totalCents: number;
    document: unknown;
  },
  lines: readonly Omit<InvoiceLineRow, 'invoice_id'>[],
): Promise<number> {
  const inserted = await trx
    .insertInto('invoices')
    .values({
      number: row.number,
      year: row.year,
      kind: row.kind,
      corrects_invoice_id: row.correctsInvoiceId,
      organisation_id: row.organisationId,
      month: row.month,
      issued_on: row.issuedOn,
      due_on: row.dueOn,
      paid_on: null,
      paid_reference: null,
      paid_by_staff_id: null,
      net_cents: row.netCents,
      vat_cents: row.vatCents,
      total_cents: row.totalCents,
      document: JSON.stringify(row.document),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (lines.length > 0) {
    await trx
      .insertInto('invoice_lines')
      .values(lines.map((line) => ({ ...line, invoice_id: inserted.id })))
      .execute();
  }
  return inserted.id;
}

/** The invoice, locked for the rest of the transaction (paying or crediting it). */
export async function lockInvoice(trx: Db, id: number): Promise<InvoiceRow | undefined> {
  return trx.selectFrom('invoices').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function markCredited(trx: Db, id: number): Promise<void> {
  await trx.updateTable('invoices').set({ credited: true }).where('id', '=', id).execute();
}

export async function markPaid(
  trx: Db,
  id: number,
  payment: { paidOn: string; reference: string; staffId: number },
): Promise<void> {
  await trx
    .updateTable('invoices')
    .set({
      status: 'paid',
      paid_on: payment.paidOn,
      paid_reference: payment.reference,
      paid_by_staff_id: payment.staffId,
    })
    .where('id', '=', id)
    .execute();
}

export async function invoiceById(db: Db, id: number): Promise<InvoiceRow | undefined> {
  return db.selectFrom('invoices').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function invoiceByNumber(db: Db, number: string): Promise<InvoiceRow | undefined> {
  return db.selectFrom('invoices').selectAll().where('number', '=', number).executeTakeFirst();
}

export async function linesOf(db: Db, invoiceId: number): Promise<InvoiceLineRow[]> {
  return db
    .selectFrom('invoice_lines')
    .selectAll()
    .where('invoice_id', '=', invoiceId)
    .orderBy('position')
    .execute();
}

export interface InvoiceFilter {
  month?: string;
  organisationId?: number;
  /** 'overdue': unpaid with a due date before `today`. */
  status?: 'unpaid' | 'paid' | 'overdue';
  today: string;
}

export type InvoiceListRow = InvoiceRow & { organisation_name: string };

/** Invoices and credit notes, newest month first, for the organisation's and the staff's lists. */
export async function listInvoices(db: Db, filter: InvoiceFilter): Promise<InvoiceListRow[]> {
  let query = db
    .selectFrom('invoices')
    .innerJoin('organisations', 'organisations.id', 'invoices.organisation_id')
    .selectAll('invoices')
    .select('organisations.name as organisation_name');
  if (filter.month !== undefined) query = query.where('invoices.month', '=', filter.month);
  if (filter.organisationId !== undefined) {
    query = query.where('invoices.organisation_id', '=', filter.organisationId);
  }
  if (filter.status === 'paid') query = query.where('invoices.status', '=', 'paid');
  if (filter.status === 'unpaid') query = query.where('invoices.status', '=', 'unpaid');
  if (filter.status === 'overdue') {
    query = query
      .where('invoices.status', '=', 'unpaid')
      .where('invoices.kind', '=', 'invoice')
      .where('invoices.total_cents', '>', 0)
      .where('invoices.due_on', '<', filter.today);
  }
  return query
    .orderBy('invoices.month', 'desc')
    .orderBy('organisations.name')
    .orderBy('invoices.id')
    .limit(1000)
    .execute();
}

/** Starts a month's run once; answers whether the month was done already. */
export async function startRun(trx: Db, month: string): Promise<{ finished: boolean }> {
  await trx
    .insertInto('invoice_runs')
    .values({ month, finished_at: null })
    .onConflict((oc) => oc.column('month').doNothing())
    .execute();
  const row = await trx
    .selectFrom('invoice_runs')
    .select('finished_at')
    .where('month', '=', month)
    .executeTakeFirstOrThrow();
  return { finished: row.finished_at !== null };
}

export async function finishRun(trx: Db, month: string, made: number): Promise<void> {
  await trx
    .updateTable('invoice_runs')
    .set({ finished_at: sql<Date>`now()`, invoices_made: sql<number>`invoices_made + ${made}` })
    .where('month', '=', month)
    .execute();
}

/** Holds a month's run until the transaction ends: two workers never run the same month at once. */
export async function lockRun(trx: Db, month: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`invoice-run:${month}`}))`.execute(trx);
}

/**
 * The prepaid ledger over a month of Riga days: the balance before its first day, the deposits
 * and the state fees in it. Rebalancing moves money between slots only and adds to nothing.
 */
export async function ledgerOverMonth(
  db: Db,
  organisationId: number,
  first: string,
  next: string,
): Promise<{ openingCents: number; depositsCents: number; stateFeesCents: number }> {
  const start = sql<Date>`(${first}::date)::timestamp at time zone 'Europe/Riga'`;
  const end = sql<Date>`(${next}::date)::timestamp at time zone 'Europe/Riga'`;
  const row = await db
    .selectFrom('ledger_movements')
    .select([
      sql<string>`coalesce(sum(amount_cents) filter (where created_at < ${start}), 0)`.as(
        'opening',
      ),
      sql<string>`coalesce(sum(amount_cents) filter (where kind = 'deposit' and created_at >= ${start} and created_at < ${end}), 0)`.as(
        'deposits',
      ),
      sql<string>`coalesce(-sum(amount_cents) filter (where kind = 'state_fee' and created_at >= ${start} and created_at < ${end}), 0)`.as(
        'fees',
      ),
    ])
    .where('organisation_id', '=', organisationId)
    .where('kind', '<>', 'rebalance')
    .executeTakeFirstOrThrow();
  return {
    openingCents: Number(row.opening),
    depositsCents: Number(row.deposits),
    stateFeesCents: Number(row.fees),
  };
}

export interface RevenueRow {
  month: string;
  subscriptionCents: number;
  monitoringCents: number;
}

/**
 * Billed amounts (VAT included) by month and line type over issued invoices and credit notes;
 * a credit note's lines count negative, so a corrected month counts once. Exempt invoices, whose
 * totals are 0, add nothing.
 */
export async function billedByMonth(db: Db, fromMonth: string): Promise<RevenueRow[]> {
  const rows = await db
    .selectFrom('invoice_lines')
    .innerJoin('invoices', 'invoices.id', 'invoice_lines.invoice_id')
    .select([
      'invoices.month as month',
      sql<string>`coalesce(sum(invoice_lines.amount_cents) filter (where invoice_lines.type = 'subscription'), 0)`.as(
        'subscription',
      ),
      sql<string>`coalesce(sum(invoice_lines.amount_cents) filter (where invoice_lines.type = 'monitoring'), 0)`.as(
        'monitoring',
      ),
    ])
    .where('invoices.month', '>=', fromMonth)
    .where('invoices.total_cents', '<>', 0)
    .groupBy('invoices.month')
    .execute();
  return rows.map((r) => ({
    month: r.month,
    subscriptionCents: Number(r.subscription),
    monitoringCents: Number(r.monitoring),
  }));
}

/** State fees debited by Riga month from `fromMonth` on, across organisations. */
export async function stateFeesByMonth(
  db: Db,
  fromMonth: string,
): Promise<{ month: string; cents: number }[]> {
  const month = sql<string>`to_char(created_at at time zone 'Europe/Riga', 'YYYY-MM')`;
  const rows = await db
    .selectFrom('ledger_movements')
    .select([month.as('month'), sql<string>`-sum(amount_cents)`.as('cents')])
    .where('kind', '=', 'state_fee')
    .where(month, '>=', fromMonth)
    .groupBy(month)
    .execute();
  return rows.map((r) => ({ month: r.month, cents: Number(r.cents) }));
}
