import { euro } from '../../billing/views.ts';
import { CsrfField, FormTokenField } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import {
  DEPOSIT_CONFIRM_PATH,
  DEPOSITS_PATH,
  type CheckedDeposit,
  type DepositValues,
} from '../deposit-form.ts';
import { staffTexts } from '../texts/common.ts';
import { depositTexts } from '../texts/deposits.ts';

const texts = depositTexts.checkPage;

function Hidden(props: { values: DepositValues }) {
  return (
    <>
      <input type="hidden" name="registracijas_nr" value={props.values.registracijas_nr} />
      <input type="hidden" name="summa" value={props.values.summa} />
      <input type="hidden" name="atsauce" value={props.values.atsauce} />
    </>
  );
}

/** Check before recording: the organisation by name, the amount and the bank reference. */
export function DepositCheckPage(props: {
  ctx: PageContext;
  values: DepositValues;
  deposit: CheckedDeposit;
}) {
  const { ctx, deposit } = props;
  const locale = ctx.locale;
  const title = texts.title[locale];
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <table class="summary-list">
        <tbody>
          <tr>
            <th scope="row">{staffTexts.table.organisation[locale]}</th>
            <td>
              <strong>{deposit.organisation.name}</strong>
              <br />
              {texts.registrationNumber[locale]}
              {deposit.organisation.registrationNumber}
            </td>
          </tr>
          <tr>
            <th scope="row">{staffTexts.table.amount[locale]}</th>
            <td>{euro(deposit.amountCents, locale)}</td>
          </tr>
          <tr>
            <th scope="row">{depositTexts.labels.atsauce[locale]}</th>
            <td>
              <code>{deposit.bankReference}</code>
            </td>
          </tr>
        </tbody>
      </table>
      <p>{texts.final[locale]}</p>
      <div class="actions">
        <form method="post" action={DEPOSIT_CONFIRM_PATH}>
          <CsrfField token={ctx.csrfToken} />
          <FormTokenField ctx={ctx} />
          <Hidden values={props.values} />
          <button type="submit">{texts.record[locale]}</button>
        </form>
        <form method="get" action={DEPOSITS_PATH}>
          <Hidden values={props.values} />
          <button type="submit" class="secondary">
            {texts.change[locale]}
          </button>
        </form>
      </div>
    </Layout>
  );
}
