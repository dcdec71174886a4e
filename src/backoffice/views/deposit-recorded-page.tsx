import { euro } from '../../billing/views.ts';
import { formatDateTime } from '../../platform/time/riga.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { DEPOSIT_LABELS, DEPOSITS_PATH } from './deposit-texts.ts';

/** The confirmation after recording: the bank reference as the reference, and the new balance. */
export function DepositRecordedPage(props: {
  ctx: PageContext;
  deposit: {
    id: number;
    organisation_id: number;
    amount_cents: number;
    reference: string;
    created_at: Date;
    name: string;
    registration_number: string;
  };
  balanceCents: number;
}) {
  const { ctx, deposit } = props;
  const locale = ctx.locale;
  const lv = locale === 'lv';
  const title = lv ? 'Iemaksa reģistrēta' : 'Deposit recorded';
  return (
    <Layout ctx={ctx} title={title}>
      <div class="panel-confirmation">
        <h1>{title}</h1>
        <p>
          {DEPOSIT_LABELS.atsauce[locale]}
          <br />
          <strong>{deposit.reference}</strong>
        </p>
      </div>
      <table class="summary-list">
        <tbody>
          <tr>
            <th scope="row">{lv ? 'Organizācija' : 'Organisation'}</th>
            <td>
              {deposit.name} ({deposit.registration_number})
            </td>
          </tr>
          <tr>
            <th scope="row">{lv ? 'Summa' : 'Amount'}</th>
            <td>{euro(deposit.amount_cents, locale)}</td>
          </tr>
          <tr>
            <th scope="row">{lv ? 'Reģistrēta' : 'Recorded'}</th>
            <td>{formatDateTime(deposit.created_at, locale)}</td>
          </tr>
          <tr>
            <th scope="row">{lv ? 'Atlikums tagad' : 'Balance now'}</th>
            <td>{euro(props.balanceCents, locale)}</td>
          </tr>
        </tbody>
      </table>
      <p>
        {lv
          ? 'Organizācijai ir nosūtīts e-pasts par iemaksu.'
          : 'The organisation has been sent an e-mail about the deposit.'}
      </p>
      <ul>
        <li>
          <a href={DEPOSITS_PATH}>
            {lv ? 'Reģistrēt vēl vienu iemaksu' : 'Record another deposit'}
          </a>
        </li>
        <li>
          <a href={`/darbinieki/organizacijas/${deposit.organisation_id}`}>
            {lv ? 'Organizācijas lapa' : 'The organisation’s page'}
          </a>
        </li>
      </ul>
    </Layout>
  );
}
