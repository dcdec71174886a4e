import { formatEuro } from '../../agreements/service.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { InvoiceListRow } from '../invoice-store.ts';
import { invoicePageTexts } from '../texts/invoice-pages.ts';
import { displayStatus } from './invoice-paths.ts';

const columns = invoicePageTexts.column;

/**
 * The invoices as a table, for the organisation (its own) and for staff (with the organisation
 * and an action column): month, number, dates, total, status and the files.
 */
export function InvoiceTable(props: {
  locale: Locale;
  rows: InvoiceListRow[];
  today: string;
  caption: string;
  showOrganisation: boolean;
  csvHref: (number: string) => string;
  pdfHref: ((number: string) => string) | null;
  actions?: (row: InvoiceListRow) => preact.ComponentChildren;
}) {
  const { locale } = props;
  return (
    <table>
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{columns.month[locale]}</th>
          <th scope="col">{columns.number[locale]}</th>
          {props.showOrganisation ? <th scope="col">{columns.organisation[locale]}</th> : null}
          <th scope="col">{columns.issuedOn[locale]}</th>
          <th scope="col">{columns.dueOn[locale]}</th>
          <th scope="col" class="numeric">
            {columns.total[locale]}
          </th>
          <th scope="col">{columns.status[locale]}</th>
          <th scope="col">{columns.files[locale]}</th>
          {props.actions === undefined ? null : <th scope="col">{columns.actions[locale]}</th>}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.id}>
            <td>{row.month}</td>
            <td>
              <code>{row.number}</code>
            </td>
            {props.showOrganisation ? <td>{row.organisation_name}</td> : null}
            <td>{row.issued_on}</td>
            <td>{row.due_on}</td>
            <td class="numeric">{formatEuro(row.total_cents, locale)}</td>
            <td>{invoicePageTexts.status[displayStatus(row, props.today)][locale]}</td>
            <td>
              {props.pdfHref === null ? null : (
                <a
                  href={props.pdfHref(row.number)}
                  aria-label={invoicePageTexts.fileOf[locale](
                    invoicePageTexts.pdf[locale],
                    row.number,
                  )}
                >
                  {invoicePageTexts.pdf[locale]}
                </a>
              )}{' '}
              <a
                href={props.csvHref(row.number)}
                aria-label={invoicePageTexts.fileOf[locale](
                  invoicePageTexts.csv[locale],
                  row.number,
                )}
              >
                {invoicePageTexts.csv[locale]}
              </a>
            </td>
            {props.actions === undefined ? null : <td>{props.actions(row)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
