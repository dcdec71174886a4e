import { formatEuro } from '../../agreements/service.ts';
import { formatDateTime } from '../../platform/time/riga.ts';
import { CsrfField, ErrorSummary, TextField } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { DepositValues } from '../deposit-form.ts';
import { DEPOSIT_LABELS, DEPOSITS_PATH, DEPOSITS_TITLE } from './deposit-texts.ts';

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
  const lv = locale === 'lv';
  return (
    <Layout ctx={ctx} title={DEPOSITS_TITLE[locale]}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{DEPOSITS_TITLE[locale]}</h1>
      <p class="lead">
        {lv
          ? 'Reģistrējiet organizācijas bankas pārskaitījumu valsts nodevas priekšapmaksai, kad nauda ir saņemta. Organizācija saņems e-pastu.'
          : 'Record an organisation’s bank transfer to the prepaid state fee once the money has arrived. The organisation is sent an e-mail.'}
      </p>
      <form method="post" action={DEPOSITS_PATH} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <h2>{lv ? 'Reģistrēt iemaksu' : 'Record a deposit'}</h2>
        <TextField
          name="registracijas_nr"
          required
          label={DEPOSIT_LABELS.registracijas_nr[locale]}
          hint={lv ? '11 cipari, piemēram, 40003032949' : '11 digits, for example 40003032949'}
          value={values.registracijas_nr}
          error={errors.registracijas_nr}
          maxLength={40}
        />
        <TextField
          name="summa"
          required
          label={DEPOSIT_LABELS.summa[locale]}
          hint={lv ? 'Piemēram, 150,00' : 'For example, 150.00'}
          value={values.summa}
          error={errors.summa}
          maxLength={40}
        />
        <TextField
          name="atsauce"
          required
          label={DEPOSIT_LABELS.atsauce[locale]}
          hint={
            lv
              ? 'Kā bankas izrakstā; vienu pārskaitījumu var reģistrēt tikai vienreiz.'
              : 'As on the bank statement; one transfer can be recorded only once.'
          }
          value={values.atsauce}
          error={errors.atsauce}
          maxLength={140}
        />
        <button type="submit">{lv ? 'Turpināt' : 'Continue'}</button>
      </form>
      <h2>{lv ? 'Pēdējās iemaksas' : 'Latest deposits'}</h2>
      {props.latest.length === 0 ? (
        <p>{lv ? 'Iemaksu vēl nav.' : 'There are no deposits yet.'}</p>
      ) : (
        <table>
          <caption class="visually-hidden">
            {lv ? 'Pēdējās iemaksas, jaunākās vispirms' : 'Latest deposits, newest first'}
          </caption>
          <thead>
            <tr>
              <th scope="col">{lv ? 'Laiks' : 'Time'}</th>
              <th scope="col">{lv ? 'Organizācija' : 'Organisation'}</th>
              <th scope="col">{lv ? 'Reģistrācijas numurs' : 'Register number'}</th>
              <th scope="col">{DEPOSIT_LABELS.atsauce[locale]}</th>
              <th scope="col" class="numeric">
                {DEPOSIT_LABELS.summa[locale]}
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
