import { formatEuro } from '../../agreements/service.ts';
import {
  CsrfField,
  FormTokenField,
  ErrorSummary,
  SelectField,
  TextField,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { InvoiceListRow } from '../invoice-store.ts';
import { invoicePageTexts } from '../texts/invoice-pages.ts';
import { InvoiceTable } from './invoice-list.tsx';
import {
  displayStatus,
  STAFF_INVOICES_PATH,
  staffInvoiceCsvPath,
  staffInvoicePdfPath,
} from './invoice-paths.ts';

const texts = invoicePageTexts.staff;

export const STAFF_PAY_PATH = `${STAFF_INVOICES_PATH}/apmaksa`;
export const STAFF_CREDIT_PATH = `${STAFF_INVOICES_PATH}/kreditrekins`;
export const STAFF_MAKE_PATH = `${STAFF_INVOICES_PATH}/sagatavot`;

export interface StaffInvoiceFilter {
  menesis: string;
  registracijas_nr: string;
  statuss: string;
}

export type StaffInvoiceOutcome =
  { kind: 'paid' } | { kind: 'credited' } | { kind: 'made'; count: number } | null;

/**
 * The back office's invoices: filters, the list with its totals, the overdue ones, and the forms
 * that mark a payment from a bank statement line, make a credit note and make a month's invoices.
 */
export function StaffInvoicesPage(props: {
  ctx: PageContext;
  filter: StaffInvoiceFilter;
  rows: InvoiceListRow[];
  overdue: InvoiceListRow[];
  today: string;
  outcome: StaffInvoiceOutcome;
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const { ctx, filter } = props;
  const locale = ctx.locale;
  const total = props.rows.reduce((sum, r) => sum + r.total_cents, 0);
  const unpaid = props.rows
    .filter((r) => ['issued', 'overdue'].includes(displayStatus(r, props.today)))
    .reduce((sum, r) => sum + r.total_cents, 0);
  const outcome = props.outcome;
  const table = (rows: InvoiceListRow[], caption: string) => (
    <InvoiceTable
      locale={locale}
      rows={rows}
      today={props.today}
      caption={caption}
      showOrganisation
      csvHref={staffInvoiceCsvPath}
      pdfHref={staffInvoicePdfPath}
    />
  );
  return (
    <Layout ctx={ctx} title={invoicePageTexts.title[locale]}>
      <ErrorSummary locale={locale} errors={props.errors} />
      <h1>{invoicePageTexts.title[locale]}</h1>
      <p class="lead">{texts.lead[locale]}</p>
      {outcome === null ? null : (
        <div class="notice" role="status">
          {outcome.kind === 'made'
            ? texts.done.made[locale](outcome.count)
            : texts.done[outcome.kind][locale]}
        </div>
      )}
      <form method="get" action={STAFF_INVOICES_PATH}>
        <h2>{texts.filters[locale]}</h2>
        <TextField
          name="menesis"
          label={texts.month[locale]}
          value={filter.menesis}
          maxLength={7}
        />
        <TextField
          name="registracijas_nr"
          label={texts.organisation[locale]}
          value={filter.registracijas_nr}
          maxLength={20}
        />
        <SelectField
          name="statuss"
          label={invoicePageTexts.column.status[locale]}
          value={filter.statuss}
          options={[
            { value: '', label: texts.statusAll[locale] },
            { value: 'unpaid', label: texts.statusUnpaid[locale] },
            { value: 'paid', label: invoicePageTexts.status.paid[locale] },
            { value: 'overdue', label: invoicePageTexts.status.overdue[locale] },
          ]}
        />
        <button type="submit">{texts.show[locale]}</button>
      </form>
      <p>
        {texts.totals[locale](
          props.rows.length,
          formatEuro(total, locale),
          formatEuro(unpaid, locale),
        )}
      </p>
      {props.rows.length === 0 ? (
        <p>{invoicePageTexts.none[locale]}</p>
      ) : (
        table(props.rows, invoicePageTexts.caption[locale])
      )}
      <h2>{texts.overdue[locale]}</h2>
      {props.overdue.length === 0 ? (
        <p>{texts.noOverdue[locale]}</p>
      ) : (
        table(props.overdue, texts.overdue[locale])
      )}
      <form method="post" action={STAFF_PAY_PATH} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <FormTokenField ctx={ctx} />
        <h2>{texts.markPaid[locale]}</h2>
        <TextField
          name="datums"
          type="date"
          required
          label={texts.paidOn[locale]}
          value={props.values.datums}
          error={props.errors.datums}
        />
        <TextField
          name="summa"
          required
          label={texts.amount[locale]}
          value={props.values.summa}
          error={props.errors.summa}
          maxLength={20}
        />
        <TextField
          name="atsauce"
          required
          label={texts.reference[locale]}
          value={props.values.atsauce}
          error={props.errors.atsauce}
          maxLength={140}
        />
        <button type="submit">{texts.markPaid[locale]}</button>
      </form>
      <form method="post" action={STAFF_CREDIT_PATH} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <FormTokenField ctx={ctx} />
        <h2>{texts.credit[locale]}</h2>
        <TextField
          name="rekins"
          required
          label={invoicePageTexts.column.number[locale]}
          value={props.values.rekins}
          error={props.errors.rekins}
          maxLength={20}
        />
        <button type="submit">{texts.credit[locale]}</button>
      </form>
      <form method="post" action={STAFF_MAKE_PATH} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <FormTokenField ctx={ctx} />
        <h2>{texts.make.heading[locale]}</h2>
        <TextField
          name="sagatavot_menesi"
          required
          label={texts.month[locale]}
          hint={texts.make.hint[locale]}
          value={props.values.sagatavot_menesi}
          error={props.errors.sagatavot_menesi}
          maxLength={7}
        />
        <button type="submit">{texts.make.submit[locale]}</button>
      </form>
      <p>
        <a href="/darbinieki/ienemumi">{texts.revenue[locale]}</a>
      </p>
    </Layout>
  );
}
