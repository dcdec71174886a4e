import { formatEuro } from '../../agreements/service.ts';
import { formatDateTime } from '../../platform/time/dates.ts';
import { CsrfField, ErrorSummary, FormTokenField, TextField } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { PayeeDetails, type Payee } from '../../platform/views/payee-details.tsx';
import { depositReference } from '../deposit-reference.ts';
import type { BalanceView } from '../balance-view.ts';
import {
  BALANCE_PATH,
  BALANCE_TITLE,
  euro,
  MOVEMENT_KIND_NAMES,
  signedEuro,
  THRESHOLD_PATH,
} from './ledger-texts.ts';
import { ledgerBalancePageTexts } from '../texts/ledger-balance-page.ts';

function pageHref(page: number): string {
  return page > 1 ? `${BALANCE_PATH}?lapa=${page}` : BALANCE_PATH;
}

/** How to top the balance up: a bank transfer the register authority records by hand. */
function HowToPay(props: {
  ctx: PageContext;
  registrationNumber: string;
  feeCents: number;
  payee: Payee;
}) {
  const { locale } = props.ctx;
  return (
    <>
      <h2>{ledgerBalancePageTexts.howToPay.heading[locale]}</h2>
      <p>{ledgerBalancePageTexts.howToPay.stateFee[locale](props.feeCents)}</p>
      <ol>
        <li>
          {ledgerBalancePageTexts.howToPay.transfer[locale]}
          <PayeeDetails
            payee={props.payee}
            reference={depositReference(props.registrationNumber)}
            locale={locale}
          />
        </li>
        <li>{ledgerBalancePageTexts.howToPay.recorded[locale]}</li>
      </ol>
    </>
  );
}

function Statement(props: { ctx: PageContext; view: BalanceView }) {
  const { view } = props;
  const locale = props.ctx.locale;
  return (
    <>
      <h2 id="izraksts">{ledgerBalancePageTexts.statement.heading[locale]}</h2>
      {view.rows.length === 0 ? (
        <p>
          {view.page > 1
            ? ledgerBalancePageTexts.statement.noneOnPage[locale]
            : ledgerBalancePageTexts.statement.none[locale]}
        </p>
      ) : (
        <table>
          <caption class="visually-hidden">
            {ledgerBalancePageTexts.statement.caption[locale](view.page)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{ledgerBalancePageTexts.statement.time[locale]}</th>
              <th scope="col">{ledgerBalancePageTexts.statement.kind[locale]}</th>
              <th scope="col">{ledgerBalancePageTexts.statement.reference[locale]}</th>
              <th scope="col" class="numeric">
                {ledgerBalancePageTexts.statement.amount[locale]}
              </th>
              <th scope="col" class="numeric">
                {ledgerBalancePageTexts.statement.balanceAfter[locale]}
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
        <nav class="actions" aria-label={ledgerBalancePageTexts.statement.pages[locale]}>
          {view.page > 1 ? (
            <a href={`${pageHref(view.page - 1)}#izraksts`}>
              {ledgerBalancePageTexts.statement.newer[locale]}
            </a>
          ) : null}{' '}
          {view.hasOlder ? (
            <a href={`${pageHref(view.page + 1)}#izraksts`}>
              {ledgerBalancePageTexts.statement.older[locale]}
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
  payee: Payee;
  /** The threshold as typed when it was refused, else undefined (the saved one is shown). */
  thresholdInput?: string;
  errors: Record<string, string>;
  saved: 'set' | 'cleared' | null;
}) {
  const { ctx, view } = props;
  const locale = ctx.locale;
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
            ? ledgerBalancePageTexts.thresholdSaved[locale]
            : ledgerBalancePageTexts.thresholdCleared[locale]}
        </div>
      )}
      {exempt ? (
        <div class="notice">
          <p>
            <strong>{ledgerBalancePageTexts.exempt.heading[locale]}</strong>
          </p>
          <p>{ledgerBalancePageTexts.exempt.explanation[locale]}</p>
        </div>
      ) : null}
      <table class="summary-list">
        <tbody>
          <tr>
            <th scope="row">{ledgerBalancePageTexts.summary.balanceNow[locale]}</th>
            <td>
              <strong class="balance">{euro(view.balanceCents, locale)}</strong>
            </td>
          </tr>
          {exempt ? null : (
            <tr>
              <th scope="row">{ledgerBalancePageTexts.summary.enoughFor[locale]}</th>
              <td>{ledgerBalancePageTexts.summary.persons[locale](persons)}</td>
            </tr>
          )}
          <tr>
            <th scope="row">{ledgerBalancePageTexts.summary.registrationNumber[locale]}</th>
            <td>{view.organisation.registrationNumber}</td>
          </tr>
        </tbody>
      </table>
      {exempt ? null : (
        <HowToPay
          ctx={ctx}
          registrationNumber={view.organisation.registrationNumber}
          feeCents={props.feeCents}
          payee={props.payee}
        />
      )}
      <Statement ctx={ctx} view={view} />
      {exempt ? null : (
        <form method="post" action={THRESHOLD_PATH} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <FormTokenField ctx={ctx} />
          <h2>{ledgerBalancePageTexts.threshold.heading[locale]}</h2>
          <TextField
            name="slieksnis"
            label={ledgerBalancePageTexts.threshold.label[locale]}
            hint={ledgerBalancePageTexts.threshold.hint[locale]}
            value={thresholdValue}
            error={props.errors.slieksnis}
            maxLength={20}
          />
          <button type="submit">{ledgerBalancePageTexts.threshold.save[locale]}</button>
        </form>
      )}
    </Layout>
  );
}
