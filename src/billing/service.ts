/** Billing's public face: the prepaid ledger (deposits, state fees, the organisation's balance page). */
export {
  BALANCE_SLOTS,
  balanceOf,
  chargeStateFee,
  ledgerMismatches,
  recordDeposit,
  statement,
  type ChargeResult,
} from './ledger.ts';
export { ledgerErrors } from './ledger-errors.ts';
export { recordDepositByStaff } from './deposit-recording.ts';
export {
  balanceView,
  changeLowBalanceThreshold,
  parseThreshold,
  statementPageNumber,
  STATEMENT_PAGE_SIZE,
  type BalanceView,
  type StatementRow,
} from './balance-view.ts';
export { depositById, depositReferenceUsed, latestDeposits } from './ledger-store.ts';
export { recordUsage, usageOnDays, type UsageReading, type UsageRow } from './usage-store.ts';
export type { UsageMetric } from './tables.ts';
export type {
  InvoiceDocument,
  InvoiceDocumentLine,
  InvoiceVatSummary,
  PrepaidStatement,
} from './invoice-document.ts';
export { renderInvoicePdf } from './invoice-pdf.ts';
export { invoicePdfFilename, mailInvoice } from './invoice-mail.ts';
export { monthsUpTo, revenueByMonth } from './revenue-store.ts';
