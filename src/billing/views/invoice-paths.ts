/** Where the invoices are: the organisation's pages and the staff's. */
export const INVOICES_PATH = '/organizacijas/rekini';
export const STAFF_INVOICES_PATH = '/darbinieki/rekini';

export function invoiceCsvPath(number: string): string {
  return `${INVOICES_PATH}/${number}.csv`;
}

export function staffInvoiceCsvPath(number: string): string {
  return `${STAFF_INVOICES_PATH}/${number}.csv`;
}

export function invoicePdfPath(number: string): string {
  return `${INVOICES_PATH}/${number}.pdf`;
}

export function staffInvoicePdfPath(number: string): string {
  return `${STAFF_INVOICES_PATH}/${number}.pdf`;
}

/** Derived for display: overdue is an unpaid invoice with something to pay after its due day. */
export type InvoiceDisplayStatus =
  'issued' | 'paid' | 'overdue' | 'credited' | 'creditNote' | 'exempt';

export function displayStatus(
  row: { kind: string; status: string; credited: boolean; total_cents: number; due_on: string },
  today: string,
): InvoiceDisplayStatus {
  if (row.kind === 'credit_note') return 'creditNote';
  if (row.credited) return 'credited';
  if (row.status === 'paid') return 'paid';
  if (row.total_cents === 0) return 'exempt';
  return row.due_on < today ? 'overdue' : 'issued';
}
