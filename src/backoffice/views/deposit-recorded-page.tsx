import { euro } from '../../billing/views.ts';
import { formatDateTime } from '../../platform/time/dates.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { DEPOSITS_PATH } from '../deposit-form.ts';
import { staffTexts } from '../texts/common.ts';
import { depositTexts } from '../texts/deposits.ts';

const texts = depositTexts.recordedPage;

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
  const title = texts.title[locale];
  return (
    <Layout ctx={ctx} title={title}>
      <div class="panel-confirmation">
        <h1>{title}</h1>
        <p>
          {depositTexts.labels.atsauce[locale]}
          <br />
          <strong>{deposit.reference}</strong>
        </p>
      </div>
      <table class="summary-list">
        <tbody>
          <tr>
            <th scope="row">{staffTexts.table.organisation[locale]}</th>
            <td>
              {deposit.name} ({deposit.registration_number})
            </td>
          </tr>
          <tr>
            <th scope="row">{staffTexts.table.amount[locale]}</th>
            <td>{euro(deposit.amount_cents, locale)}</td>
          </tr>
          <tr>
            <th scope="row">{texts.recorded[locale]}</th>
            <td>{formatDateTime(deposit.created_at, locale)}</td>
          </tr>
          <tr>
            <th scope="row">{texts.balanceNow[locale]}</th>
            <td>{euro(props.balanceCents, locale)}</td>
          </tr>
        </tbody>
      </table>
      <p>{texts.mailed[locale]}</p>
      <ul>
        <li>
          <a href={DEPOSITS_PATH}>{texts.another[locale]}</a>
        </li>
        <li>
          <a href={`/darbinieki/organizacijas/${deposit.organisation_id}`}>
            {texts.organisationPage[locale]}
          </a>
        </li>
      </ul>
    </Layout>
  );
}
