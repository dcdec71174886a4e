import { formatEuro } from '../../agreements/service.ts';
import { formatDateTime } from '../../platform/time/dates.ts';
import { CsrfField, ErrorSummary, TextField } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { DEPOSITS_PATH, type DepositValues } from '../deposit-form.ts';
import { staffTexts } from '../texts/common.ts';
import { depositTexts } from '../texts/deposits.ts';

const texts = depositTexts.formPage;
const labels = depositTexts.labels;

export interface LatestDeposit {
  id: number;
  amount_cents: number;
  reference: string;
  created_at: Date;
  name: string;
  registration_number: string;
}

/**
 * Recording a bank transfer to an organisation's prepaid balance (step one of two: the next page
 * shows what will be recorded), and the deposits recorded last.
 */
export function DepositFormPage(props: {
  ctx: PageContext;
  values: DepositValues;
  errors: Record<string, string>;
  latest: LatestDeposit[];
}) {
  const { ctx, values, errors } = props;
  const locale = ctx.locale;
  return (
    <Layout ctx={ctx} title={depositTexts.title[locale]}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{depositTexts.title[locale]}</h1>
      <p class="lead">{texts.lead[locale]}</p>
      <form method="post" action={DEPOSITS_PATH} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <h2>{staffTexts.link.recordDeposit[locale]}</h2>
        <TextField
          name="registracijas_nr"
          required
          label={labels.registracijas_nr[locale]}
          hint={texts.registrationNumberHint[locale]}
          value={values.registracijas_nr}
          error={errors.registracijas_nr}
          maxLength={40}
        />
        <TextField
          name="summa"
          required
          label={labels.summa[locale]}
          hint={texts.amountHint[locale]}
          value={values.summa}
          error={errors.summa}
          maxLength={40}
        />
        <TextField
          name="atsauce"
          required
          label={labels.atsauce[locale]}
          hint={texts.referenceHint[locale]}
          value={values.atsauce}
          error={errors.atsauce}
          maxLength={140}
        />
        <button type="submit">{texts.continue[locale]}</button>
      </form>
      <h2>{texts.latest.heading[locale]}</h2>
      {props.latest.length === 0 ? (
        <p>{texts.latest.none[locale]}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{texts.latest.caption[locale]}</caption>
          <thead>
            <tr>
              <th scope="col">{staffTexts.table.time[locale]}</th>
              <th scope="col">{staffTexts.table.organisation[locale]}</th>
              <th scope="col">{texts.latest.registrationNumber[locale]}</th>
              <th scope="col">{labels.atsauce[locale]}</th>
              <th scope="col" class="numeric">
                {labels.summa[locale]}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.latest.map((d) => (
              <tr key={d.id}>
                <td>{formatDateTime(d.created_at, locale)}</td>
                <td>{d.name}</td>
                <td>{d.registration_number}</td>
                <td>
                  <code>{d.reference}</code>
                </td>
                <td class="numeric">{formatEuro(d.amount_cents, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
