import { euro } from '../../billing/views.ts';
import { CsrfField } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { CheckedDeposit, DepositValues } from '../deposit-form.ts';
import { DEPOSIT_CONFIRM_PATH, DEPOSIT_LABELS, DEPOSITS_PATH } from './deposit-texts.ts';

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
  const lv = locale === 'lv';
  const title = lv
    ? 'Pārbaudiet iemaksu pirms reģistrēšanas'
    : 'Check the deposit before recording it';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <table class="summary-list">
        <tbody>
          <tr>
            <th scope="row">{lv ? 'Organizācija' : 'Organisation'}</th>
            <td>
              <strong>{deposit.organisation.name}</strong>
              <br />
              {lv ? 'Reģ. nr. ' : 'Reg. no. '}
              {deposit.organisation.registrationNumber}
            </td>
          </tr>
          <tr>
            <th scope="row">{lv ? 'Summa' : 'Amount'}</th>
            <td>{euro(deposit.amountCents, locale)}</td>
          </tr>
          <tr>
            <th scope="row">{DEPOSIT_LABELS.atsauce[locale]}</th>
            <td>
              <code>{deposit.bankReference}</code>
            </td>
          </tr>
        </tbody>
      </table>
      <p>
        {lv
          ? 'Reģistrētu iemaksu nevar mainīt vai dzēst. Organizācijai nosūtīsim e-pastu par iemaksu.'
          : 'A recorded deposit cannot be changed or deleted. The organisation is sent an e-mail about it.'}
      </p>
      <div class="actions">
        <form method="post" action={DEPOSIT_CONFIRM_PATH}>
          <CsrfField token={ctx.csrfToken} />
          <Hidden values={props.values} />
          <button type="submit">{lv ? 'Reģistrēt iemaksu' : 'Record the deposit'}</button>
        </form>
        <form method="get" action={DEPOSITS_PATH}>
          <Hidden values={props.values} />
          <button type="submit" class="secondary">
            {lv ? 'Mainīt' : 'Change'}
          </button>
        </form>
      </div>
    </Layout>
  );
}
