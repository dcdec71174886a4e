import { formatEuro, isIsoDay, parseEuroAmount } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { appendAudit } from '../platform/audit/audit-log.ts';
import { AppError } from '../platform/errors.ts';
import { invoiceErrors } from './invoice-errors.ts';
import * as store from './invoice-store.ts';

/** A line of the bank statement as staff type it. */
export interface StatementLine {
  paidOn: string;
  amount: string;
  reference: string;
}

/**
 * Marks an invoice paid from a bank statement line: the amount must be the invoice's total and
 * the reference must carry its number; otherwise a clear error and nothing changes. Once only.
 */
export async function markInvoicePaid(
  trx: Db,
  invoiceId: number,
  line: StatementLine,
  context: { staffId: number; today: string; requestId: string | null },
): Promise<void> {
  const paidOn = line.paidOn.trim();
  if (!isIsoDay(paidOn) || paidOn > context.today) {
    throw new AppError(invoiceErrors.invoice_payment_date_invalid);
  }
  const paidCents = parseEuroAmount(line.amount);
  if (paidCents === null) throw new AppError(invoiceErrors.invoice_payment_amount_invalid);
  const invoice = await store.lockInvoice(trx, invoiceId);
  if (invoice === undefined) throw new AppError(invoiceErrors.invoice_not_found);
  if (invoice.kind !== 'invoice' || invoice.total_cents <= 0) {
    throw new AppError(invoiceErrors.invoice_nothing_to_pay);
  }
  if (invoice.status === 'paid') throw new AppError(invoiceErrors.invoice_already_paid);
  if (paidCents !== invoice.total_cents) {
    throw new AppError(invoiceErrors.invoice_payment_amount_mismatch, {
      paidLv: formatEuro(paidCents, 'lv'),
      paidEn: formatEuro(paidCents, 'en'),
      totalLv: formatEuro(invoice.total_cents, 'lv'),
      totalEn: formatEuro(invoice.total_cents, 'en'),
    });
  }
  const reference = line.reference.trim();
  if (!reference.toUpperCase().includes(invoice.number) || reference.length > 140) {
    throw new AppError(invoiceErrors.invoice_payment_reference_mismatch, {
      number: invoice.number,
    });
  }
  await store.markPaid(trx, invoiceId, { paidOn, reference, staffId: context.staffId });
  await appendAudit(trx, {
    actorType: 'staff',
    actorId: String(context.staffId),
    subjectPersonId: null,
    organisationId: invoice.organisation_id,
    action: 'invoice.paid',
    channel: 'backoffice',
    reason: `${invoice.number} ${paidOn}`,
    requestId: context.requestId,
  });
}
