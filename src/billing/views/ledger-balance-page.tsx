import { formatEuro } from '../../agreements/service.ts';
import { formatDateTime } from '../../platform/time/riga.ts';
import { CsrfField, ErrorSummary, TextField } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { BalanceView } from '../balance-view.ts';
import {
  BALANCE_PATH,
  BALANCE_TITLE,
  euro,
  MOVEMENT_KIND_NAMES,
  signedEuro,
  THRESHOLD_PATH,
} from './ledger-texts.ts';

function pageHref(page: number): string {
  return page > 1 ? `${BALANCE_PATH}?lapa=${page}` : BALANCE_PATH;
}

/** How to top the balance up: a bank transfer the register authority records by hand. */
function HowToPay(props: { ctx: PageContext; registrationNumber: string; feeCents: number }) {
  const lv = props.ctx.locale === 'lv';
  return (
    <>
      <h2>{lv ? 'Kā papildināt atlikumu' : 'How to top up the balance'}</h2>
      <p>
        {lv
          ? `Valsts nodeva ir ${euro(props.feeCents, 'lv')} par katru personu, par kuru saņemat datus, un tā tiek samaksāta no priekšapmaksas atlikuma pirms datu saņemšanas.`
          : `The state fee is ${euro(props.feeCents, 'en')} for each person whose data you receive, and it is paid from the prepaid balance before the data is received.`}
      </p>
      <ol>
        <li>
          {lv
            ? 'Pārskaitiet naudu ar bankas pārskaitījumu uz Pilsonības un migrācijas lietu pārvaldes (PMLP) kontu valsts nodevām.'
            : 'Pay by bank transfer to the account for state fees of the Office of Citizenship and Migration Affairs (PMLP).'}
        </li>
        <li>
          {lv
            ? 'Maksājuma mērķī norādiet organizācijas reģistrācijas numuru '
            : 'In the payment details give the organisation’s register number '}
          <strong>{props.registrationNumber}</strong>
          {lv
            ? ' un vārdus „valsts nodeva, priekšapmaksa”.'
            : ' and the words “state fee, prepayment”.'}
        </li>
        <li>
          {lv
            ? 'PMLP reģistrē iemaksu, kad nauda ir saņemta; tad tā parādās šeit, un mēs jums nosūtām e-pastu.'
            : 'PMLP records the deposit when the money has arrived; then it shows here and we send you an e-mail.'}
        </li>
      </ol>
    </>
  );
}

function Statement(props: { ctx: PageContext; view: BalanceView }) {
  const { view } = props;
  const locale = props.ctx.locale;
  const lv = locale === 'lv';
  return (
    <>
      <h2 id="izraksts">{lv ? 'Konta izraksts' : 'Statement'}</h2>
      {view.rows.length === 0 ? (
        <p>
          {view.page > 1
            ? lv
              ? 'Šajā lapā ierakstu nav.'
              : 'There are no records on this page.'
            : lv
              ? 'Iemaksu un maksājumu vēl nav.'
              : 'There are no deposits or charges yet.'}
        </p>
      ) : (
        <table>
          <caption class="visually-hidden">
            {lv
              ? `Iemaksas un valsts nodevas, jaunākās vispirms, lapa ${view.page}`
              : `Deposits and state fees, newest first, page ${view.page}`}
          </caption>
          <thead>
            <tr>
              <th scope="col">{lv ? 'Laiks' : 'Time'}</th>
              <th scope="col">{lv ? 'Veids' : 'Kind'}</th>
              <th scope="col">
                {lv
                  ? 'Atsauce (bankas maksājums vai pieprasījums)'
                  : 'Reference (bank transfer or request)'}
              </th>
              <th scope="col" class="numeric">
                {lv ? 'Summa, EUR' : 'Amount, EUR'}
              </th>
              <th scope="col" class="numeric">
                {lv ? 'Atlikums pēc, EUR' : 'Balance after, EUR'}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.at, locale)}</td>
                <td>{MOVEMENT_KIND_NAMES[r.kind][locale]}</td>
                <td>
                  <code>{r.reference}</code>
                </td>
                <td class="numeric">{signedEuro(r.amountCents, locale)}</td>
                <td class="numeric">{formatEuro(r.balanceAfterCents, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {view.page > 1 || view.hasOlder ? (
        <nav class="actions" aria-label={lv ? 'Izraksta lapas' : 'Statement pages'}>
          {view.page > 1 ? (
            <a href={`${pageHref(view.page - 1)}#izraksts`}>
              {lv ? 'Jaunāki ieraksti' : 'Newer records'}
            </a>
          ) : null}{' '}
          {view.hasOlder ? (
            <a href={`${pageHref(view.page + 1)}#izraksts`}>
              {lv ? 'Vecāki ieraksti' : 'Older records'}
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

/**
 * The organisation's prepaid balance for its representatives: the balance now, how to top it up,
 * the statement of every deposit and state fee with the balance after each, and the threshold
 * under which they are mailed. An exempt (public-law) organisation is told it pays nothing.
 */
export function LedgerBalancePage(props: {
  ctx: PageContext;
  view: BalanceView;
  /** The state fee per person today. */
  feeCents: number;
  /** The threshold as typed when it was refused, else undefined (the saved one is shown). */
  thresholdInput?: string;
  errors: Record<string, string>;
  saved: 'set' | 'cleared' | null;
}) {
  const { ctx, view } = props;
  const locale = ctx.locale;
  const lv = locale === 'lv';
  const exempt = view.organisation.feeExempt;
  const persons = props.feeCents > 0 ? Math.floor(view.balanceCents / props.feeCents) : 0;
  const thresholdValue =
    props.thresholdInput ??
    (view.thresholdCents === null ? '' : formatEuro(view.thresholdCents, locale));
  return (
    <Layout ctx={ctx} title={BALANCE_TITLE[locale]}>
      <ErrorSummary locale={locale} errors={props.errors} />
      <span class="caption">{view.organisation.name}</span>
      <h1>{BALANCE_TITLE[locale]}</h1>
      {props.saved === null ? null : (
        <div class="notice" role="status">
          {props.saved === 'set'
            ? lv
              ? 'Paziņojumu slieksnis ir saglabāts.'
              : 'The notice threshold is saved.'
            : lv
              ? 'Paziņojumi par zemu atlikumu ir izslēgti.'
              : 'Low-balance notices are turned off.'}
        </div>
      )}
      {exempt ? (
        <div class="notice">
          <p>
            <strong>
              {lv
                ? 'Jūsu organizācija ir atbrīvota no valsts nodevas.'
                : 'Your organisation is exempt from the state fee.'}
            </strong>
          </p>
          <p>
            {lv
              ? 'Valsts un pašvaldību iestādes (publisko tiesību juridiskās personas) sadarbojas bez maksas: par datu saņemšanu jums nekas nav jāmaksā, un priekšapmaksa nav vajadzīga.'
              : 'State and municipal bodies (public-law legal persons) cooperate free of charge: you pay nothing for receiving data, and no prepayment is needed.'}
          </p>
        </div>
      ) : null}
      <table class="summary-list">
        <tbody>
          <tr>
            <th scope="row">{lv ? 'Atlikums šobrīd' : 'Balance now'}</th>
            <td>
              <strong class="balance">{euro(view.balanceCents, locale)}</strong>
            </td>
          </tr>
          {exempt ? null : (
            <tr>
              <th scope="row">{lv ? 'Pietiek datiem par' : 'Enough for data on'}</th>
              <td>{lv ? `${persons} personām` : `${persons} persons`}</td>
            </tr>
          )}
          <tr>
            <th scope="row">{lv ? 'Reģistrācijas numurs' : 'Register number'}</th>
            <td>{view.organisation.registrationNumber}</td>
          </tr>
        </tbody>
      </table>
      {exempt ? null : (
        <HowToPay
          ctx={ctx}
          registrationNumber={view.organisation.registrationNumber}
          feeCents={props.feeCents}
        />
      )}
      <Statement ctx={ctx} view={view} />
      {exempt ? null : (
        <form method="post" action={THRESHOLD_PATH} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h2>{lv ? 'Paziņojums par zemu atlikumu' : 'Low-balance notice'}</h2>
          <TextField
            name="slieksnis"
            label={
              lv
                ? 'Sūtīt e-pastu, kad atlikums kļūst mazāks par (EUR)'
                : 'Send an e-mail when the balance drops below (EUR)'
            }
            hint={
              lv
                ? 'Piemēram, 50,00. Atstājiet tukšu, ja paziņojumi nav vajadzīgi. E-pastu sūtām ne biežāk kā reizi dienā.'
                : 'For example, 50.00. Leave empty for no notices. We send at most one e-mail a day.'
            }
            value={thresholdValue}
            error={props.errors.slieksnis}
            maxLength={20}
          />
          <button type="submit">{lv ? 'Saglabāt slieksni' : 'Save the threshold'}</button>
        </form>
      )}
    </Layout>
  );
}
