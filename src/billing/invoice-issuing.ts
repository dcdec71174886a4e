import { organisationById, tariffOn } from '../agreements/service.ts';
import type { PayeeConfig } from '../config.ts';
import type { Db } from '../database.ts';
import { appendAudit } from '../platform/audit/audit-log.ts';
import { AppError } from '../platform/errors.ts';
import type {
  InvoiceDocument,
  InvoiceDocumentLine,
  InvoiceVatSummary,
} from './invoice-document.ts';
import { invoiceErrors } from './invoice-errors.ts';
import { mailInvoice } from './invoice-mail.ts';
import { renderInvoicePdf } from './invoice-pdf.ts';
import { daysOfMonth, monthLines, type ComputedLine } from './invoice-lines.ts';
import * as store from './invoice-store.ts';
import { invoiceLineTexts } from './texts/invoice-lines.ts';

/** Days from issue to the due date. */
export const PAYMENT_DAYS = 30;

export interface IssueContext {
  payee: PayeeConfig;
  /** The Riga day of issue. */
  today: string;
  exemptOrganisations: 'zero' | 'none';
}

export function invoiceNumber(year: number, serial: number): string {
  return `RG-${String(year)}-${String(serial).padStart(6, '0')}`;
}

export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** Refuses a month that is malformed, or not over on `today` (a Riga day). */
export function assertMonthOver(month: string, today: string): void {
  if (!isMonth(month)) throw new AppError(invoiceErrors.invoice_month_invalid);
  if (today.slice(0, 7) <= month)
    throw new AppError(invoiceErrors.invoice_month_not_over, { month });
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function nextMonthFirst(month: string): string {
  return addDays(daysOfMonth(month).at(-1) ?? '', 1);
}

function vatSummary(lines: readonly ComputedLine[]): InvoiceVatSummary[] {
  const byRate = new Map<number, InvoiceVatSummary>();
  for (const line of lines) {
    const entry = byRate.get(line.vatRatePercent) ?? {
      ratePercent: line.vatRatePercent,
      netCents: 0,
      vatCents: 0,
    };
    entry.netCents += line.netCents;
    entry.vatCents += line.vatCents;
    byRate.set(line.vatRatePercent, entry);
  }
  return [...byRate.values()];
}

function documentLine(line: ComputedLine): InvoiceDocumentLine {
  return {
    type: line.type,
    environment: line.environment,
    description: line.description,
    firstDay: line.firstDay,
    lastDay: line.lastDay,
    quantity: line.quantity,
    unitPriceCents: line.unitPriceCents,
    amountCents: line.amountCents,
    vatRatePercent: line.vatRatePercent,
    tariff: line.tariff,
  };
}

function lineRows(lines: readonly ComputedLine[]) {
  return lines.map((line, index) => ({
    position: index + 1,
    type: line.type,
    environment: line.environment,
    first_day: line.firstDay,
    last_day: line.lastDay,
    quantity: line.quantity,
    unit_price_cents: line.unitPriceCents,
    amount_cents: line.amountCents,
    net_cents: line.netCents,
    vat_cents: line.vatCents,
    vat_rate_percent: line.vatRatePercent,
    tariff_code: line.tariff.code,
    tariff_source: line.tariff.source,
  }));
}

async function takeNumber(trx: Db, today: string): Promise<{ year: number; number: string }> {
  const year = Number(today.slice(0, 4));
  return { year, number: invoiceNumber(year, await store.nextInvoiceNumber(trx, year)) };
}

export type IssueOutcome =
  | { made: true; invoiceId: number; number: string }
  | { made: false; reason: 'exists' | 'exempt_none' };

/**
 * Issues an organisation's invoice for a month that is over, in the caller's transaction: the
 * lines, the number from the year's series and the document, all or nothing. An invoice already
 * in force for the month (not credited) is answered, not made again.
 */
export async function issueMonthInvoice(
  trx: Db,
  context: IssueContext,
  organisationId: number,
  month: string,
): Promise<IssueOutcome> {
  assertMonthOver(month, context.today);
  await store.lockOrganisationMonth(trx, organisationId, month);
  if ((await store.invoiceInForce(trx, organisationId, month)) !== undefined) {
    return { made: false, reason: 'exists' };
  }
  const organisation = await organisationById(trx, organisationId);
  if (organisation === undefined) throw new AppError(invoiceErrors.invoice_not_found);
  if (organisation.fee_exempt && context.exemptOrganisations === 'none') {
    return { made: false, reason: 'exempt_none' };
  }
  const lines = await monthLines(trx, organisationId, month);
  const exempt = organisation.fee_exempt;
  const sum = (pick: (line: ComputedLine) => number) =>
    exempt ? 0 : lines.reduce((total, line) => total + pick(line), 0);
  const netCents = sum((l) => l.netCents);
  const vatCents = sum((l) => l.vatCents);
  const totalCents = sum((l) => l.amountCents);
  const { year, number } = await takeNumber(trx, context.today);
  const dueOn = addDays(context.today, PAYMENT_DAYS);
  const document: InvoiceDocument = {
    number,
    kind: 'invoice',
    correctsNumber: null,
    month,
    issuedOn: context.today,
    dueOn,
    languages: ['lv', 'en'],
    payee: { ...context.payee },
    payer: {
      name: organisation.name,
      registrationNumber: organisation.registration_number,
      address: organisation.address,
    },
    paymentReference: number,
    exemption: exempt ? { ...invoiceLineTexts.exemption } : null,
    lines: lines.map(documentLine),
    vat: exempt ? [] : vatSummary(lines),
    netCents,
    vatCents,
    totalCents,
    statement: await prepaidStatement(trx, organisationId, month),
  };
  const invoiceId = await store.insertInvoice(
    trx,
    {
      number,
      year,
      kind: 'invoice',
      correctsInvoiceId: null,
      organisationId,
      month,
      issuedOn: context.today,
      dueOn,
      netCents,
      vatCents,
      totalCents,
      document,
    },
    lineRows(lines),
  );
  await mailIssued(trx, document, organisation.email);
  return { made: true, invoiceId, number };
}

/**
 * Each issued invoice or credit note goes to the organisation's notice address with its PDF, in
 * the issuing transaction, so it is mailed exactly when it exists.
 */
async function mailIssued(trx: Db, document: InvoiceDocument, to: string): Promise<void> {
  await mailInvoice(trx, document, await renderInvoicePdf(document), to);
}

async function prepaidStatement(
  db: Db,
  organisationId: number,
  month: string,
): Promise<InvoiceDocument['statement']> {
  const days = daysOfMonth(month);
  const ledger = await store.ledgerOverMonth(
    db,
    organisationId,
    days[0] ?? '',
    nextMonthFirst(month),
  );
  const unit = await tariffOn(db, 'state_fee_per_person', days.at(-1) ?? '');
  return {
    openingBalanceCents: ledger.openingCents,
    depositsCents: ledger.depositsCents,
    stateFeeCount: unit > 0 ? Math.round(ledger.stateFeesCents / unit) : 0,
    stateFeeUnitCents: unit,
    stateFeesCents: ledger.stateFeesCents,
    closingBalanceCents: ledger.openingCents + ledger.depositsCents - ledger.stateFeesCents,
    outsideVatScope: true,
  };
}

/** The stored document of an issued invoice or credit note: what its PDF, CSV and mail show. */
export async function invoiceDocument(db: Db, invoiceId: number): Promise<InvoiceDocument> {
  const row = await store.invoiceById(db, invoiceId);
  if (row === undefined) throw new AppError(invoiceErrors.invoice_not_found);
  return parseDocument(row.document);
}

export function parseDocument(stored: unknown): InvoiceDocument {
  // jsonb comes back parsed from both drivers; text means it was stored as JSON text.
  return (typeof stored === 'string' ? JSON.parse(stored) : stored) as InvoiceDocument;
}

/**
 * A credit note for an issued invoice: it refers to it, negates every line and total, takes the
 * next number of the year, and marks the invoice credited so a new one can be made for the month.
 */
export async function issueCreditNote(
  trx: Db,
  context: IssueContext,
  invoiceId: number,
  staff: { staffId: number },
  requestId: string | null,
): Promise<{ invoiceId: number; number: string }> {
  const original = await store.lockInvoice(trx, invoiceId);
  if (original === undefined) throw new AppError(invoiceErrors.invoice_not_found);
  if (original.kind !== 'invoice') throw new AppError(invoiceErrors.invoice_not_creditable);
  if (original.credited) throw new AppError(invoiceErrors.invoice_already_credited);
  const source = parseDocument(original.document);
  const lines = await store.linesOf(trx, original.id);
  const { year, number } = await takeNumber(trx, context.today);
  const negate = (line: InvoiceDocumentLine): InvoiceDocumentLine => ({
    ...line,
    amountCents: -line.amountCents,
  });
  const document: InvoiceDocument = {
    ...source,
    number,
    kind: 'credit_note',
    correctsNumber: original.number,
    issuedOn: context.today,
    dueOn: context.today,
    payee: { ...context.payee },
    paymentReference: number,
    lines: source.lines.map(negate),
    vat: source.vat.map((v) => ({ ...v, netCents: -v.netCents, vatCents: -v.vatCents })),
    netCents: -original.net_cents,
    vatCents: -original.vat_cents,
    totalCents: -original.total_cents,
  };
  await store.markCredited(trx, original.id);
  const id = await store.insertInvoice(
    trx,
    {
      number,
      year,
      kind: 'credit_note',
      correctsInvoiceId: original.id,
      organisationId: original.organisation_id,
      month: original.month,
      issuedOn: context.today,
      dueOn: context.today,
      netCents: -original.net_cents,
      vatCents: -original.vat_cents,
      totalCents: -original.total_cents,
      document,
    },
    lines.map(({ invoice_id: _, ...line }) => ({
      ...line,
      amount_cents: -line.amount_cents,
      net_cents: -line.net_cents,
      vat_cents: -line.vat_cents,
    })),
  );
  await appendAudit(trx, {
    actorType: 'staff',
    actorId: String(staff.staffId),
    subjectPersonId: null,
    action: 'invoice.credited',
    channel: 'backoffice',
    reason: `${original.number} → ${number}`,
    requestId,
  });
  const organisation = await organisationById(trx, original.organisation_id);
  if (organisation !== undefined) await mailIssued(trx, document, organisation.email);
  return { invoiceId: id, number };
}
