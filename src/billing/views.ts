/** Billing's public views: amounts as the staff's pages show them, and the tariffs page. */
export { euro } from './views/ledger-texts.ts';
export { TariffsPage } from './views/tariffs-page.tsx';
export { RevenueChart, type RevenueMonth } from './views/revenue-chart.tsx';
export { REVENUE_PATH, RevenuePage } from './views/revenue-page.tsx';
export {
  StaffInvoicesPage,
  STAFF_CREDIT_PATH,
  STAFF_MAKE_PATH,
  STAFF_PAY_PATH,
  type StaffInvoiceFilter,
  type StaffInvoiceOutcome,
} from './views/staff-invoices-page.tsx';
export { STAFF_INVOICES_PATH, INVOICES_PATH, invoicePdfPath } from './views/invoice-paths.ts';
