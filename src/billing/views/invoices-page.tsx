import type { PayeeConfig } from '../../config.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { InvoiceListRow } from '../invoice-store.ts';
import { invoicePageTexts } from '../texts/invoice-pages.ts';
import { invoiceCsvPath, invoicePdfPath } from './invoice-paths.ts';
import { InvoiceTable } from './invoice-list.tsx';

const pay = invoicePageTexts.payment;

/** How to pay: the payee's bank details from the settings, marked while they are the example. */
function PaymentDetails(props: { ctx: PageContext; payee: PayeeConfig }) {
  const { locale } = props.ctx;
  const { payee } = props;
  return (
    <>
      <h2>{pay.heading[locale]}</h2>
      <p>{pay.lead[locale]}</p>
      {payee.example ? (
        <div class="notice" role="note">
          <p>{pay.example[locale]}</p>
        </div>
      ) : null}
      <table class="summary-list">
        <tbody>
          <tr>
            <th scope="row">{pay.payee[locale]}</th>
            <td>{payee.name}</td>
          </tr>
          <tr>
            <th scope="row">{pay.registrationNumber[locale]}</th>
            <td>{payee.registrationNumber}</td>
          </tr>
          <tr>
            <th scope="row">{pay.iban[locale]}</th>
            <td>
              <code>{payee.iban}</code>
            </td>
          </tr>
          <tr>
            <th scope="row">{pay.bic[locale]}</th>
            <td>
              <code>{payee.bic}</code>
            </td>
          </tr>
          <tr>
            <th scope="row">{pay.reference[locale]}</th>
            <td>{pay.referenceValue[locale]}</td>
          </tr>
        </tbody>
      </table>
    </>
  );
}

/** "Rēķini": the organisation's invoices by month, with their files and how to pay them. */
export function InvoicesPage(props: {
  ctx: PageContext;
  organisationName: string;
  rows: InvoiceListRow[];
  today: string;
  payee: PayeeConfig;
}) {
  const { ctx } = props;
  const locale = ctx.locale;
  return (
    <Layout ctx={ctx} title={invoicePageTexts.title[locale]}>
      <span class="caption">{props.organisationName}</span>
      <h1>{invoicePageTexts.title[locale]}</h1>
      <p class="lead">{invoicePageTexts.lead[locale]}</p>
      {props.rows.length === 0 ? (
        <p>{invoicePageTexts.none[locale]}</p>
      ) : (
        <InvoiceTable
          locale={locale}
          rows={props.rows}
          today={props.today}
          caption={invoicePageTexts.caption[locale]}
          showOrganisation={false}
          csvHref={invoiceCsvPath}
          pdfHref={invoicePdfPath}
        />
      )}
      <PaymentDetails ctx={ctx} payee={props.payee} />
    </Layout>
  );
}
