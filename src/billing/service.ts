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
export { invoiceErrors } from './invoice-errors.ts';
export {
  invoiceDocument,
  issueCreditNote,
  issueMonthInvoice,
  invoiceNumber,
  PAYMENT_DAYS,
  type IssueContext,
} from './invoice-issuing.ts';
export { markInvoicePaid, type StatementLine } from './invoice-payment.ts';
export {
  INVOICE_MONTH_JOB,
  invoiceMonthJob,
  runInvoiceMonth,
  scheduleInvoiceRun,
  type RunOutcome,
} from './invoice-run.ts';
export { monthsUpTo, revenueByMonth, type RevenueMonth } from './revenue.ts';
export {
  USAGE_COUNT_JOB,
  usageCountJob,
  countUsersToday,
  scheduleUsageCount,
} from './usage-count.ts';
export {
  invoiceById,
  invoiceByNumber,
  linesOf,
  listInvoices,
  type InvoiceFilter,
  type InvoiceListRow,
  type InvoiceRow,
} from './invoice-store.ts';
export { invoiceCsv } from './invoice-csv.ts';
export {
  INVOICE_FILE_PATTERN,
  invoiceFile,
  invoiceNumberOfFile,
  type InvoiceFile,
} from './invoice-file.ts';
export { parseDocument } from './invoice-issuing.ts';
